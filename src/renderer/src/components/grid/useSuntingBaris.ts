// Editing a grid whose rows are saved whole (Data Master OPD, Penandatangan): the shared range, copy, paste, fill and
// undo hooks, with a save that goes through the API first, so the grid shows a value only after main saved it.
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useRef, useState, type RefObject } from 'react';
import { GalatApi, pesanGalat } from '../../api/client';
import { useNotifikasi } from '../Notifikasi';
import type { SelTempel } from './tempel';
import { useOperasiSel } from './useOperasiSel';
import { useRentang } from './useRentang';

/**
 * Saves the cells of an operation row by row, each row whole. Saves run one after another and each starts from the
 * row as the grid holds it then (with the revision the previous save returned), so quick edits of one row never
 * look stale to main; a row someone else changed meanwhile is refused (konflik) and `muatUlang` shows their values.
 */
export function useSuntingBaris<T extends { id: number }>(
  grid: RefObject<AgGridReact<T> | null>,
  simpan: (baris: T) => Promise<T>,
  muatUlang: () => void,
) {
  const { tampilkan } = useNotifikasi();
  const antrean = useRef<Promise<unknown>>(Promise.resolve());
  const [tersimpanPada, setTersimpanPada] = useState<Date | null>(null);

  const kirimSekarang = useCallback(
    async (sel: SelTempel[]): Promise<boolean> => {
      const api = grid.current?.api;
      if (!api) return false;
      const perBaris = new Map<string, Record<string, unknown>>();
      for (const s of sel) perBaris.set(s.barisId, { ...perBaris.get(s.barisId), [s.kolom]: s.nilai });
      for (const [id, isian] of perBaris) {
        const node = api.getRowNode(id);
        if (!node?.data) continue;
        try {
          const tersimpan = await simpan({ ...node.data, ...isian });
          api.applyTransaction({ update: [tersimpan] });
          api.flashCells({ rowNodes: [node], columns: Object.keys(isian) });
        } catch (error) {
          // The grid still holds the old value (readOnlyEdit), so nothing to undo.
          if (error instanceof GalatApi && error.galat.kode === 'konflik') muatUlang();
          tampilkan(pesanGalat(error), 'galat');
          return false;
        }
      }
      setTersimpanPada(new Date());
      return true;
    },
    [grid, simpan, muatUlang, tampilkan],
  );

  const kirim = useCallback(
    (sel: SelTempel[]): Promise<boolean> => {
      const giliran = antrean.current.then(() => kirimSekarang(sel));
      antrean.current = giliran.catch(() => undefined);
      return giliran;
    },
    [kirimSekarang],
  );

  const rentang = useRentang(grid);
  const operasi = useOperasiSel<T>({
    grid,
    rentang,
    barisSunting: (data) => (data ? String(data.id) : null),
    // Every editable column of these grids holds text (codes, names, NIP, a kelompok chosen from a list).
    kolomSunting: (id) => {
      const def = grid.current?.api?.getColumn(id)?.getColDef();
      return def?.editable ? { jenis: 'teks', label: def.headerName ?? id } : null;
    },
    kirim,
    tandai: () => undefined,
  });
  return { rentang, operasi, tersimpanPada };
}
