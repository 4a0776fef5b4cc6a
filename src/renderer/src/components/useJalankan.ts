// A write the user asked for: `jalankan(kerja, berhasil?)` runs it, says how it went (a toast) and answers with the
// fields main refused, so a form can mark them. Deletes (useHapus), the meeting's follow-ups and obstacles and the
// Renstra forms all report through it.
import { useCallback } from 'react';
import { pesanGalat } from '../api/client';
import { galatPerKolom } from './Isian';
import { useNotifikasi } from './Notifikasi';

export type HasilJalankan = { ok: true } | { ok: false; galat: Record<string, string> };

export function useJalankan(): (kerja: () => Promise<unknown>, berhasil?: string) => Promise<HasilJalankan> {
  const { tampilkan } = useNotifikasi();
  return useCallback(
    async (kerja, berhasil) => {
      try {
        await kerja();
        if (berhasil) tampilkan(berhasil, 'sukses');
        return { ok: true };
      } catch (error) {
        tampilkan(pesanGalat(error), 'galat');
        return { ok: false, galat: galatPerKolom(error) };
      }
    },
    [tampilkan],
  );
}
