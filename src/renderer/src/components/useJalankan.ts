// A write the user asked for: `jalankan(kerja, berhasil?)` runs it, says how it went (a toast) and answers with what
// it gave back, or with the fields main refused, so a form can mark them. Deletes (useHapus), the add forms
// (useFormTambah), the forms that mark their fields (useSimpanForm), the meeting's follow-ups and obstacles and the
// Renstra forms all report through it.
import { useCallback, useState } from 'react';
import { pesanGalat } from '../api/client';
import { galatPerKolom } from './Isian';
import { useNotifikasi } from './Notifikasi';

export type HasilJalankan<R = unknown> = { ok: true; hasil: R } | { ok: false; galat: Record<string, string> };

/** The toast after a save: a fixed text, or one made from what the save gave back (none when it gives nothing). */
export type Berhasil<R> = string | ((hasil: R) => string | undefined);

export function useJalankan(): <R>(kerja: () => Promise<R>, berhasil?: Berhasil<R>) => Promise<HasilJalankan<R>> {
  const { tampilkan } = useNotifikasi();
  return useCallback(
    async <R>(kerja: () => Promise<R>, berhasil?: Berhasil<R>): Promise<HasilJalankan<R>> => {
      try {
        const hasil = await kerja();
        const pesan = typeof berhasil === 'function' ? berhasil(hasil) : berhasil;
        if (pesan) tampilkan(pesan, 'sukses');
        return { ok: true, hasil };
      } catch (error) {
        tampilkan(pesanGalat(error), 'galat');
        return { ok: false, galat: galatPerKolom(error) };
      }
    },
    [tampilkan],
  );
}

/**
 * A form's save through useJalankan that keeps the fields main refused (`galat`, shown under each field) until the
 * next try; `setGalat` marks fields the form itself refused before asking main.
 */
export function useSimpanForm() {
  const jalankan = useJalankan();
  const [galat, setGalat] = useState<Record<string, string>>({});
  const simpan = useCallback(
    async <R>(kerja: () => Promise<R>, berhasil?: Berhasil<R>): Promise<HasilJalankan<R>> => {
      const hasil = await jalankan(kerja, berhasil);
      setGalat(hasil.ok ? {} : hasil.galat);
      return hasil;
    },
    [jalankan],
  );
  return { galat, setGalat, simpan };
}
