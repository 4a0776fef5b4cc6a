// Small helpers the Renstra forms share: a number typed the Indonesian way, and a save that reports itself.
import { useCallback } from 'react';
import { parseAngka } from '../../../../shared/format';
import { pesanGalat } from '../../api/client';
import { useNotifikasi } from '../../components/Notifikasi';

/** The number, null when empty, or the message naming the field. */
export function bacaAngka(teks: string, label: string): number | null | string {
  const h = parseAngka(teks, { jenis: 'bilangan' });
  return h.ok ? h.value : `${label}: ${h.pesan}`;
}

/** Runs a save, tells the user how it went, and answers whether it worked. */
export function useSimpan(): (kerja: () => Promise<unknown>, berhasil: string) => Promise<boolean> {
  const { tampilkan } = useNotifikasi();
  return useCallback(
    async (kerja, berhasil) => {
      try {
        await kerja();
        tampilkan(berhasil, 'sukses');
        return true;
      } catch (error) {
        tampilkan(pesanGalat(error), 'galat');
        return false;
      }
    },
    [tampilkan],
  );
}
