// Editing a grid whose rows are saved whole (Data Master OPD, Penandatangan, the Renstra and RPJMD grids): the shared
// range, copy, paste, fill and undo hooks, with a save that goes through the API first, so the grid shows a value only
// after main saved it.
import type { ColDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useState, type RefObject } from 'react';
import { pesanGalat } from '../../api/client';
import { useNotifikasi } from '../Notifikasi';
import type { JenisKolom, SelTempel } from './tempel';
import { useOperasiSel } from './useOperasiSel';
import { useRentang } from './useRentang';
import { useBerurutan } from '../useBerurutan';

/** How a grid's cells become its rows, where a cell is not simply the row's field of the column's name. */
export interface AturBaris<T> {
  /** The grid's row id of a row (its getRowId); String(id) when not given. */
  idBaris?(baris: T): string;
  /** How an editable column's cells are read; text when not given. */
  jenisKolom?(def: ColDef<T>): JenisKolom;
  /** The row with one cell changed, or the reason the value cannot go there; `{...baris, [kolom]: nilai}` if not given. */
  ubahSel?(baris: T, kolom: string, nilai: SelTempel['nilai']): T | string;
  /**
   * Why a row cannot be saved as the operation's cells left it (read after all of them, so a Delete over two cells
   * that only together make the row whole is taken); nothing to say when it can.
   */
  periksaBaris?(baris: T): string | undefined;
}

/**
 * Saves the cells of an operation row by row, each row whole. Saves run one after another and each starts from the
 * row as the grid holds it then (with the revision the previous save returned), so quick edits of one row never
 * look stale to main; a row someone else changed meanwhile is refused (konflik) and `muatUlang` shows their values.
 * Every cell of an operation is read, and every row it changes checked, before anything is saved: a cell that cannot be
 * read or a row that cannot stand saves nothing. A refusal
 * from main after some rows were saved leaves those saved (each row is one call, so never part of a row), and the grid
 * is loaded again so it shows what is stored.
 */
export function useSuntingBaris<T extends { id: number }>(
  grid: RefObject<AgGridReact<T> | null>,
  simpan: (baris: T, lama: T) => Promise<T>,
  muatUlang: () => void,
  atur: AturBaris<T> = {},
) {
  const { tampilkan } = useNotifikasi();
  const berurutan = useBerurutan();
  const [tersimpanPada, setTersimpanPada] = useState<Date | null>(null);
  const { idBaris = (b: T) => String(b.id), jenisKolom, ubahSel, periksaBaris } = atur;

  const kirimSekarang = useCallback(
    async (sel: SelTempel[]): Promise<boolean> => {
      const api = grid.current?.api;
      if (!api) return false;
      const perBaris = new Map<string, { lama: T; baru: T; kolom: string[] }>();
      for (const s of sel) {
        const lama = perBaris.get(s.barisId)?.lama ?? api.getRowNode(s.barisId)?.data;
        if (!lama) continue;
        const sekarang = perBaris.get(s.barisId) ?? { lama, baru: lama, kolom: [] };
        const baru = ubahSel ? ubahSel(sekarang.baru, s.kolom, s.nilai) : { ...sekarang.baru, [s.kolom]: s.nilai };
        if (typeof baru === 'string') {
          tampilkan(`${api.getColumn(s.kolom)?.getColDef().headerName ?? s.kolom}: ${baru}`, 'galat');
          return false;
        }
        perBaris.set(s.barisId, { lama, baru, kolom: [...sekarang.kolom, s.kolom] });
      }
      for (const { baru } of perBaris.values()) {
        const pesan = periksaBaris?.(baru);
        if (pesan) {
          tampilkan(pesan, 'galat');
          return false;
        }
      }
      for (const [id, { lama, baru, kolom }] of perBaris) {
        try {
          const tersimpan = await simpan(baru, lama);
          api.applyTransaction({ update: [tersimpan] });
          const node = api.getRowNode(id);
          if (node) api.flashCells({ rowNodes: [node], columns: kolom });
        } catch (error) {
          // The refused row still shows its old value (readOnlyEdit); what an earlier row or call of this operation
          // saved, or someone else's change (konflik), comes back with the reload.
          muatUlang();
          tampilkan(pesanGalat(error), 'galat');
          return false;
        }
      }
      setTersimpanPada(new Date());
      return true;
    },
    [grid, simpan, muatUlang, tampilkan, ubahSel, periksaBaris],
  );

  const kirim = useCallback(
    (sel: SelTempel[]): Promise<boolean> => {
      return berurutan(() => kirimSekarang(sel));
    },
    [berurutan, kirimSekarang],
  );

  const rentang = useRentang(grid);
  const operasi = useOperasiSel<T>({
    grid,
    rentang,
    barisSunting: (data) => (data ? idBaris(data) : null),
    kolomSunting: (id) => {
      const def = grid.current?.api?.getColumn(id)?.getColDef();
      if (!def?.editable) return null;
      return { jenis: jenisKolom ? jenisKolom(def) : 'teks', label: def.headerName ?? id };
    },
    kirim,
    tandai: () => undefined,
  });
  return { rentang, operasi, tersimpanPada };
}
