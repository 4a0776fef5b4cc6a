// A small modal form: its title, its fields, then Batal and Simpan (the question dialog, the Renja add dialog).
import type { FormEvent, ReactNode } from 'react';

export function DialogForm({
  judul,
  kirim,
  batal,
  className = 'dialog',
  labelForm,
  children,
}: {
  judul: string;
  kirim: (e: FormEvent) => void;
  batal: () => void;
  className?: string;
  /** The form's own accessible name, where a test or a screen reader looks for it. */
  labelForm?: string;
  children: ReactNode;
}) {
  return (
    <div className="lapisan" role="dialog" aria-modal="true" aria-label={judul}>
      <form className={className} onSubmit={kirim} aria-label={labelForm}>
        <h2>{judul}</h2>
        {children}
        <div className="dialog-aksi">
          <button type="button" onClick={batal}>
            Batal
          </button>
          <button type="submit" className="utama">
            Simpan
          </button>
        </div>
      </form>
    </div>
  );
}
