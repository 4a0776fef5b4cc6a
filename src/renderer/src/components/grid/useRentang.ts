// Selecting a rectangle of cells as in a spreadsheet: Shift+arrows, Shift+click and dragging with the mouse.
// AG Grid Community has no range selection; this keeps the anchor and the far corner, and the grid paints the cells.
import type { CellClassParams, CellFocusedEvent, Column, GridApi } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
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
  props: { onCellFocused(e: CellFocusedEvent): void };
  wadah: {
    onMouseDownCapture(e: MouseEvent): void;
    onMouseOverCapture(e: MouseEvent): void;
    onKeyDownCapture(e: KeyboardEvent): boolean;
  };
}

function indeksKolom(api: GridApi, kolomId: string): number {
  return api.getAllDisplayedColumns().findIndex((c) => c.getColId() === kolomId);
}

const sama = (a: Ujung | null, b: Ujung | null) =>
  a !== null && b !== null && a.baris === b.baris && a.kolomId === b.kolomId;

/** The body cell under the mouse, from the DOM: read at once, not from AG Grid's events, which arrive later. */
function selDari(api: GridApi | undefined, target: EventTarget): Ujung | null {
  const sel = target instanceof Element ? target.closest('.ag-cell') : null;
  const rowId = sel?.closest('.ag-row')?.getAttribute('row-id');
  const kolomId = sel?.getAttribute('col-id');
  const node = api && rowId != null ? api.getRowNode(rowId) : undefined;
  if (!node || node.rowPinned || node.rowIndex === null || !kolomId) return null;
  return { baris: node.rowIndex, kolomId };
}

export function useRentang<T>(grid: RefObject<AgGridReact<T> | null>): Rentang {
  const awal = useRef<Ujung | null>(null);
  const akhir = useRef<Ujung | null>(null);
  /**
   * Cells AG Grid will report focused because of our own clicks and keys, oldest first: its events arrive late, so a
   * click's focus may come after the Shift+arrow that followed it, and neither must reset the range.
   */
  const fokusDiharap = useRef<Ujung[]>([]);
  const harapkan = useCallback((titik: Ujung) => {
    fokusDiharap.current = [...fokusDiharap.current.slice(-3), titik];
  }, []);
  const seret = useRef(false);

  useEffect(() => {
    const lepas = () => {
      seret.current = false;
    };
    window.addEventListener('mouseup', lepas);
    return () => window.removeEventListener('mouseup', lepas);
  }, []);

  // Not forced: cell class rules are evaluated again on every refresh, and a forced one would rebuild the focused
  // cell, which AG Grid then focuses again.
  const gambar = useCallback(() => grid.current?.api?.refreshCells(), [grid]);

  const kotak = useCallback((api: GridApi): Kotak | null => {
    if (!awal.current || !akhir.current) return null;
    const k0 = indeksKolom(api, awal.current.kolomId);
    const k1 = indeksKolom(api, akhir.current.kolomId);
    if (k0 < 0 || k1 < 0) return null;
    return kotakDari({ baris: awal.current.baris, kolom: k0 }, { baris: akhir.current.baris, kolom: k1 });
  }, []);

  const ditandai = useCallback(
    (p: CellClassParams) => {
      if (p.node.rowPinned || p.node.rowIndex === null || sama(awal.current, akhir.current)) return false;
      const k = kotak(p.api);
      return k !== null && dalamKotak(k, p.node.rowIndex, indeksKolom(p.api, p.column.getColId()));
    },
    [kotak],
  );

  const props = useMemo(
    () => ({
      // Keyboard moves (arrows, Tab, Enter) start a new range at the focused cell.
      onCellFocused(e: CellFocusedEvent) {
        if (e.rowIndex === null || e.rowPinned || !e.column || typeof e.column === 'string') return;
        const titik = { baris: e.rowIndex, kolomId: (e.column as Column).getColId() };
        const ke = fokusDiharap.current.findIndex((f) => sama(f, titik));
        if (ke >= 0) {
          fokusDiharap.current = fokusDiharap.current.slice(ke + 1);
          return;
        }
        if (sama(titik, akhir.current) && sama(titik, awal.current)) return;
        awal.current = akhir.current = titik;
        gambar();
      },
    }),
    [gambar],
  );

  const wadah = useMemo(
    () => ({
      onMouseDownCapture(e: MouseEvent) {
        const titik = selDari(grid.current?.api, e.target);
        if (!titik || e.button !== 0) return;
        if (e.shiftKey && awal.current) akhir.current = titik;
        else awal.current = akhir.current = titik;
        harapkan(titik);
        seret.current = !e.shiftKey;
        gambar();
      },
      onMouseOverCapture(e: MouseEvent) {
        if (!seret.current || (e.buttons & 1) === 0) return;
        const titik = selDari(grid.current?.api, e.target);
        if (!titik || sama(titik, akhir.current)) return;
        akhir.current = titik;
        gambar();
      },
      /** Shift+arrow moves the far corner; true when the key was used. */
      onKeyDownCapture(e: KeyboardEvent): boolean {
        const langkah = LANGKAH[e.key];
        const api = grid.current?.api;
        if (!e.shiftKey || !langkah || !api || !akhir.current || api.getEditingCells().length > 0) return false;
        const kolom = api.getAllDisplayedColumns();
        const k = Math.min(Math.max(indeksKolom(api, akhir.current.kolomId) + langkah[1], 0), kolom.length - 1);
        const b = Math.min(Math.max(akhir.current.baris + langkah[0], 0), api.getDisplayedRowCount() - 1);
        const kolomId = kolom[k]!.getColId();
        akhir.current = { baris: b, kolomId };
        harapkan(akhir.current);
        gambar();
        api.ensureIndexVisible(b);
        api.ensureColumnVisible(kolomId);
        api.setFocusedCell(b, kolomId);
        return true;
      },
    }),
    [grid, gambar, harapkan],
  );

  return { kotak, ditandai, props, wadah };
}
