// Grid edits go through the API first: the grid shows a new value only after main has validated and saved it.
import type { CellEditRequestEvent } from 'ag-grid-community';
import { useCallback } from 'react';
import { pesanGalat } from '../../api/client';
import { useNotifikasi } from '../Notifikasi';

export function useSuntingBaris<T extends { id: number }>(simpan: (baris: T) => Promise<T>) {
  const { tampilkan } = useNotifikasi();
  return useCallback(
    async (event: CellEditRequestEvent<T>) => {
      const field = event.colDef.field;
      if (!field || !event.data) return;
      const baru = { ...event.data, [field]: event.newValue } as T;
      try {
        const tersimpan = await simpan(baru);
        event.api.applyTransaction({ update: [tersimpan] });
        event.api.flashCells({ rowNodes: [event.node], columns: [field] });
      } catch (error) {
        // The grid still holds the old value (readOnlyEdit), so nothing to undo.
        tampilkan(pesanGalat(error), 'galat');
      }
    },
    [simpan, tampilkan],
  );
}
