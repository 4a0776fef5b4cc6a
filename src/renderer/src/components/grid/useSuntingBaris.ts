// Grid edits go through the API first: the grid shows a new value only after main has validated and saved it.
import type { CellEditRequestEvent } from 'ag-grid-community';
import { useCallback, useRef } from 'react';
import { GalatApi, pesanGalat } from '../../api/client';
import { useNotifikasi } from '../Notifikasi';

/**
 * Saves one edited cell as its whole row. Saves run one after another and each starts from the row as the grid holds
 * it then (with the revision the previous save returned), so quick edits of one row never look stale to main; a
 * row someone else changed meanwhile is refused (konflik) and `muatUlang` shows their values.
 */
export function useSuntingBaris<T extends { id: number }>(simpan: (baris: T) => Promise<T>, muatUlang: () => void) {
  const { tampilkan } = useNotifikasi();
  const antrean = useRef<Promise<void>>(Promise.resolve());
  return useCallback(
    (event: CellEditRequestEvent<T>) => {
      const field = event.colDef.field;
      if (!field || !event.data) return;
      antrean.current = antrean.current.then(async () => {
        const kini = (event.node.data ?? event.data) as T;
        try {
          const tersimpan = await simpan({ ...kini, [field]: event.newValue } as T);
          event.api.applyTransaction({ update: [tersimpan] });
          event.api.flashCells({ rowNodes: [event.node], columns: [field] });
        } catch (error) {
          // The grid still holds the old value (readOnlyEdit), so nothing to undo.
          if (error instanceof GalatApi && error.galat.kode === 'konflik') muatUlang();
          tampilkan(pesanGalat(error), 'galat');
        }
      });
    },
    [simpan, tampilkan, muatUlang],
  );
}
