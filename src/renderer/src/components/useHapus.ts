// Deleting after the app's own dialog asks: `hapus(pertanyaan, kerja, berhasil?)` runs the delete, says how it went
// and reloads the page's data. The dialog element goes into the page.
import { useCallback } from 'react';
import { pesanGalat } from '../api/client';
import { useKonfirmasi } from './Konfirmasi';
import { useNotifikasi } from './Notifikasi';

export function useHapus(muatUlang: () => void) {
  const { tampilkan } = useNotifikasi();
  const [konfirmasi, dialog] = useKonfirmasi();
  const hapus = useCallback(
    async (pertanyaan: string, kerja: () => Promise<unknown>, berhasil?: string) => {
      if (!(await konfirmasi(pertanyaan, '', 'Hapus'))) return;
      try {
        await kerja();
        if (berhasil) tampilkan(berhasil, 'sukses');
        muatUlang();
      } catch (error) {
        tampilkan(pesanGalat(error), 'galat');
      }
    },
    [muatUlang, tampilkan, konfirmasi],
  );
  return [hapus, dialog] as const;
}
