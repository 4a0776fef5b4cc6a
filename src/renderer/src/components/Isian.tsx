// A labelled form field that shows the field's own error message under it.
import type { ReactNode } from 'react';

export function Isian({ label, galat, children }: { label: string; galat?: string | undefined; children: ReactNode }) {
  return (
    <label className={galat ? 'isian salah' : 'isian'}>
      <span>{label}</span>
      {children}
      {galat && <small className="pesan-salah">{galat}</small>}
    </label>
  );
}

/** Field -> message, from the details of a refused API call. */
export function galatPerKolom(error: unknown): Record<string, string> {
  const rincian = (error as { galat?: { rincian?: { kolom: string; pesan: string }[] } }).galat?.rincian ?? [];
  return Object.fromEntries(rincian.map((r) => [r.kolom, r.pesan]));
}
