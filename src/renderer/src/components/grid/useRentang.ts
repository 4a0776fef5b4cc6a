// Selecting a rectangle of cells as in a spreadsheet: Shift+arrows, Shift+click and dragging with the mouse.
// AG Grid Community has no range selection; this keeps the anchor and the far corner, and the grid paints the cells.
import type {
  CellFocusedEvent,
  CellMouseDownEvent,
  CellMouseOverEvent,
  CellClassParams,
  Column,
  GridApi,
} from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { dalamKotak, kotakDari, type Kotak } from './rentang';

interface Ujung {
  baris: number;
  kolomId: string;
}

const LANGKAH: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export interface Rentang {
  /** The rectangle in display indices (rows after filter and sort, displayed columns), or null before any focus. */
  kotak(api: GridApi): Kotak | null;
  /** For a column's cellClassRules: is this cell inside a selection of more than one cell? */
  ditandai(p: CellClassParams): boolean;
  props: {
    onCellFocused(e: CellFocusedEvent): void;
    onCellMouseDown(e: CellMouseDownEvent): void;
    onCellMouseOver(e: CellMouseOverEvent): void;
  };
  wadah: {
    onMouseDownCapture(e: MouseEvent): void;
    onKeyDownCapture(e: KeyboardEvent): boolean;
  };
}

function indeksKolom(api: GridApi, kolomId: string): number {
  return api.getAllDisplayedColumns().findIndex((c) => c.getColId() === kolomId);
}

export function useRentang(): Rentang {
  const awal = useRef<Ujung | null>(null);
  const akhir = useRef<Ujung | null>(null);
  const perluas = useRef(false);
  const seret = useRef(false);
  const apiRef = useRef<GridApi | null>(null);

  useEffect(() => {
    const lepas = () => {
      seret.current = false;
    };
    window.addEventListener('mouseup', lepas);
    return () => window.removeEventListener('mouseup', lepas);
  }, []);

  // Not forced: cell class rules are evaluated again on every refresh, and a forced one would rebuild the focused
  // cell, which AG Grid then focuses again (a second focus event that would reset the range).
  const gambar = useCallback(() => apiRef.current?.refreshCells(), []);

  const kotak = useCallback((api: GridApi): Kotak | null => {
    if (!awal.current || !akhir.current) return null;
    const k0 = indeksKolom(api, awal.current.kolomId);
    const k1 = indeksKolom(api, akhir.current.kolomId);
    if (k0 < 0 || k1 < 0) return null;
    return kotakDari({ baris: awal.current.baris, kolom: k0 }, { baris: akhir.current.baris, kolom: k1 });
  }, []);

  const ditandai = useCallback(
    (p: CellClassParams) => {
      const a = awal.current;
      const b = akhir.current;
      if (!a || !b || p.node.rowPinned || (a.baris === b.baris && a.kolomId === b.kolomId)) return false;
      const k = kotak(p.api);
      return (
        k !== null &&
        p.node.rowIndex !== null &&
        dalamKotak(k, p.node.rowIndex, indeksKolom(p.api, p.column.getColId()))
      );
    },
    [kotak],
  );

  const props = useMemo(
    () => ({
      // AG Grid's React wrapper delivers these events asynchronously, after later key presses may have run, so the
      // keyboard path sets the corner itself and a focus event that lands on the corner changes nothing.
      onCellFocused(e: CellFocusedEvent) {
        apiRef.current = e.api;
        if (e.rowIndex === null || e.rowPinned || !e.column || typeof e.column === 'string') return;
        const titik = { baris: e.rowIndex, kolomId: (e.column as Column).getColId() };
        const b = akhir.current;
        if (b && b.baris === titik.baris && b.kolomId === titik.kolomId) return;
        if (perluas.current && awal.current) akhir.current = titik;
        else awal.current = akhir.current = titik;
        perluas.current = false;
        gambar();
      },
      onCellMouseDown(e: CellMouseDownEvent) {
        apiRef.current = e.api;
        const shift = Boolean((e.event as globalThis.MouseEvent | null)?.shiftKey);
        seret.current = !shift;
        if (e.rowIndex === null || e.node.rowPinned) return;
        const titik = { baris: e.rowIndex, kolomId: e.column.getColId() };
        if (shift && awal.current) akhir.current = titik;
        else awal.current = akhir.current = titik;
        gambar();
      },
      onCellMouseOver(e: CellMouseOverEvent) {
        const tombol = (e.event as globalThis.MouseEvent | null)?.buttons ?? 0;
        if (!seret.current || (tombol & 1) === 0 || e.rowIndex === null || e.node.rowPinned || !awal.current) return;
        const kolomId = e.column.getColId();
        if (akhir.current?.baris === e.rowIndex && akhir.current.kolomId === kolomId) return;
        akhir.current = { baris: e.rowIndex, kolomId };
        gambar();
      },
    }),
    [gambar],
  );

  const wadah = useMemo(
    () => ({
      onMouseDownCapture(e: MouseEvent) {
        perluas.current = e.shiftKey;
      },
      /** Shift+arrow moves the far corner; true when the key was used. */
      onKeyDownCapture(e: KeyboardEvent): boolean {
        const langkah = LANGKAH[e.key];
        const api = apiRef.current;
        if (!e.shiftKey || !langkah || !api || !akhir.current || api.getEditingCells().length > 0) return false;
        const kolom = api.getAllDisplayedColumns();
        const k = Math.min(Math.max(indeksKolom(api, akhir.current.kolomId) + langkah[1], 0), kolom.length - 1);
        const b = Math.min(Math.max(akhir.current.baris + langkah[0], 0), api.getDisplayedRowCount() - 1);
        const kolomId = kolom[k]!.getColId();
        akhir.current = { baris: b, kolomId };
        gambar();
        api.ensureIndexVisible(b);
        api.ensureColumnVisible(kolomId);
        api.setFocusedCell(b, kolomId);
        return true;
      },
    }),
    [gambar],
  );

  return { kotak, ditandai, props, wadah };
}
