// Deleting after the app's own dialog asks: `hapus(pertanyaan, kerja, berhasil?)` runs the delete, says how it went
// and reloads the page's data. The dialog element goes into the page.
import { useCallback } from 'react';
import { useJalankan } from './useJalankan';
import { useKonfirmasi } from './Konfirmasi';

export function useHapus(muatUlang: () => void) {
  const jalankan = useJalankan();
  const [konfirmasi, dialog] = useKonfirmasi();
  const hapus = useCallback(
    async (pertanyaan: string, kerja: () => Promise<unknown>, berhasil?: string) => {
      if (!(await konfirmasi(pertanyaan, '', 'Hapus'))) return;
      if ((await jalankan(kerja, berhasil)).ok) muatUlang();
    },
    [muatUlang, jalankan, konfirmasi],
  );
  return [hapus, dialog] as const;
}
