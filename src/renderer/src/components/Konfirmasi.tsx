// The app's own yes/no question, in place of window.confirm: Indonesian buttons, the app's look, testable.
import { useCallback, useState, type ReactNode } from 'react';

interface Soal {
  judul: string;
  rincian: string;
  tombol: string;
  jawab: (ya: boolean) => void;
}

/** `konfirmasi(judul, rincian, tombol)` resolves true when the user agrees; render `dialog` in the page. */
export function useKonfirmasi(): [(judul: string, rincian?: string, tombol?: string) => Promise<boolean>, ReactNode] {
  const [soal, setSoal] = useState<Soal | null>(null);
  const konfirmasi = useCallback(
    (judul: string, rincian = '', tombol = 'Ya') =>
      new Promise<boolean>((jawab) => setSoal({ judul, rincian, tombol, jawab })),
    [],
  );
  const selesai = (ya: boolean) => {
    soal?.jawab(ya);
    setSoal(null);
  };
  const dialog = soal && (
    <div className="lapisan" role="alertdialog" aria-modal="true" aria-label={soal.judul}>
      <div className="dialog" onKeyDown={(e) => e.key === 'Escape' && selesai(false)}>
        <h2>{soal.judul}</h2>
        {soal.rincian && <p className="keterangan">{soal.rincian}</p>}
        <div className="dialog-aksi">
          <button type="button" onClick={() => selesai(false)} autoFocus>
            Batal
          </button>
          <button type="button" className="utama" onClick={() => selesai(true)}>
            {soal.tombol}
          </button>
        </div>
      </div>
    </div>
  );
  return [konfirmasi, dialog];
}
