// Everything a spreadsheet user's hands do to cells, for every editable grid: typing, paste, Delete, Ctrl+D, Ctrl+C,
// Ctrl+Z and Ctrl+Y. An operation is a list of cells; undo sends the values it replaced, redo sends it again.
import type { CellEditRequestEvent, GridApi } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { formatAngka, parseAngka } from '../../../../shared/format';
import { keTsv, parseTsv } from '../../../../shared/tsv';
import { useNotifikasi } from '../Notifikasi';
import { selDikosongkan, selIsiKeBawah, teksSalin, type Kotak } from './rentang';
import { petakanTempelan, type JenisKolom, type PetaGrid, type SelTempel } from './tempel';
import type { Rentang } from './useRentang';

export interface KolomSunting {
  jenis: JenisKolom;
  label: string;
}

export interface AturOperasi<T> {
  grid: RefObject<AgGridReact<T> | null>;
  rentang: Rentang;
  /** The row id when the row can be edited, else null (a subtotal row, a locked period). */
  barisSunting(data: T | undefined): string | null;
  /** The kind of an editable column by its id, else null. */
  kolomSunting(kolomId: string): KolomSunting | null;
  /** Saves cells as one operation; resolves false when nothing was saved (the page has said why). */
  kirim(sel: SelTempel[]): Promise<boolean>;
  /** Marks cells main or the parser refused (key `rowId|colId`); and clears marks. */
  tandai(tambah: [string, string][], hapus: string[]): void;
  /** Why nothing can be changed now (a verified period), or null. */
  alasanTerkunci?: string | null;
}

interface Langkah {
  sebelum: SelTempel[];
  sesudah: SelTempel[];
}

const BATAS_RIWAYAT = 50;

/** Row ids and column kinds in display order: what a paste or a fill may touch. */
function petaGrid<T>(api: GridApi<T>, atur: AturOperasi<T>): PetaGrid {
  const baris: (string | null)[] = [];
  api.forEachNodeAfterFilterAndSort((n) => baris.push(atur.barisSunting(n.data)));
  const kolom = api.getAllDisplayedColumns().map((c) => {
    const k = atur.kolomSunting(c.getColId());
    return k ? { id: c.getColId(), ...k } : null;
  });
  return { baris, kolom };
}

/** The stored value of a cell as the grid holds it (its valueGetter), empty as the column's kind writes it. */
function nilaiSelGrid<T>(
  api: GridApi<T>,
  atur: AturOperasi<T>,
  barisId: string,
  kolom: string,
): number | string | null {
  const node = api.getRowNode(barisId);
  const v: unknown = node ? api.getCellValue({ rowNode: node, colKey: kolom }) : null;
  if (v == null || v === '') return atur.kolomSunting(kolom)?.jenis === 'teks' ? '' : null;
  return v as number | string;
}

/** Ctrl+C: the range as TSV, numbers the Indonesian way with only the decimals they have. */
async function salinRentang<T>(api: GridApi<T>, k: Kotak): Promise<void> {
  const kolom = api.getAllDisplayedColumns().slice(k.kolom0, k.kolom1 + 1);
  const baris: string[][] = [];
  for (let b = k.baris0; b <= k.baris1; b++) {
    const node = api.getDisplayedRowAtIndex(b);
    if (!node) continue;
    baris.push(
      kolom.map((c) => {
        const nilai: unknown = api.getCellValue({ rowNode: node, colKey: c });
        const tampil = String(api.getCellValue({ rowNode: node, colKey: c, useFormatter: true }) ?? '');
        return teksSalin(nilai, tampil, c.getColDef().type === 'rightAligned');
      }),
    );
  }
  await tulisPapanKlip(keTsv(baris));
}

/**
 * The undo and redo stacks: `catat` keeps an operation with the values it replaced; `batalkan` sends those back,
 * `ulangi` sends the operation again, each through the page's `kirim`.
 */
function useRiwayat(kirim: (sel: SelTempel[]) => Promise<boolean>) {
  const { tampilkan } = useNotifikasi();
  const batal = useRef<Langkah[]>([]);
  const ulang = useRef<Langkah[]>([]);
  const catat = useCallback((langkah: Langkah) => {
    batal.current = [...batal.current.slice(1 - BATAS_RIWAYAT), langkah];
    ulang.current = [];
  }, []);
  const jalankan = useCallback(
    (dari: RefObject<Langkah[]>, ke: RefObject<Langkah[]>, arah: 'sebelum' | 'sesudah', kata: string) => {
      const langkah = dari.current.at(-1);
      if (!langkah) return tampilkan(`Tidak ada perubahan untuk ${kata}`, 'info');
      void kirim(langkah[arah]).then((ok) => {
        if (!ok) return;
        dari.current = dari.current.slice(0, -1);
        ke.current = [...ke.current, langkah];
        tampilkan(`${kata[0]!.toUpperCase()}${kata.slice(1)}: ${formatAngka(langkah[arah].length)} sel`, 'sukses');
      });
    },
    [kirim, tampilkan],
  );
  const batalkan = useCallback(() => jalankan(batal, ulang, 'sebelum', 'dibatalkan'), [jalankan]);
  const ulangi = useCallback(() => jalankan(ulang, batal, 'sesudah', 'diulang'), [jalankan]);
  return { catat, batalkan, ulangi };
}

export function useOperasiSel<T>(atur: AturOperasi<T>) {
  const { tampilkan } = useNotifikasi();
  // The page's latest callbacks, read by the handlers when they run (they change with every load of the sheet).
  const a = useRef(atur);
  useLayoutEffect(() => {
    a.current = atur;
  });
  const sekarang = useCallback(() => a.current, []);
  const kirim = useCallback((sel: SelTempel[]) => a.current.kirim(sel), []);
  const riwayat = useRiwayat(kirim);
  const { catat } = riwayat;

  const terapkan = useCallback(
    async (sel: SelTempel[]): Promise<boolean> => {
      const api = a.current.grid.current?.api;
      if (!api) return false;
      // Only cells the grid lets the user edit (an indicator row has no name of its own, a program no pagu).
      const boleh = sel.filter((s) => {
        const node = api.getRowNode(s.barisId);
        return node !== undefined && api.getColumn(s.kolom)?.isCellEditable(node) === true;
      });
      if (boleh.length === 0) {
        if (sel.length > 0) tampilkan('Tidak ada sel yang dapat diubah pada pilihan ini', 'info');
        return false;
      }
      const sebelum = boleh.map((s) => ({ ...s, nilai: nilaiSelGrid(api, a.current, s.barisId, s.kolom) }));
      const ok = await a.current.kirim(boleh);
      if (ok) catat({ sebelum, sesudah: boleh });
      return ok;
    },
    [catat, tampilkan],
  );

  const terkunci = useCallback(() => {
    const alasan = a.current.alasanTerkunci;
    if (alasan) tampilkan(alasan, 'galat');
    return Boolean(alasan);
  }, [tampilkan]);

  /** One typed cell: numbers read the Indonesian way with the column's kind; a refusal marks the cell. */
  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<T>) => {
      const kolomId = e.column.getColId();
      const kolom = a.current.kolomSunting(kolomId);
      const barisId = a.current.barisSunting(e.data);
      if (!kolom || !barisId) return;
      const mentah = e.newValue as string | number | null;
      if (kolom.jenis === 'teks')
        return void terapkan([{ barisId, kolom: kolomId, nilai: String(mentah ?? '').trim() }]);
      const angka = parseAngka(mentah, { jenis: kolom.jenis });
      if (!angka.ok) {
        a.current.tandai([[`${barisId}|${kolomId}`, angka.pesan]], []);
        tampilkan(`${kolom.label}: ${angka.pesan}`, 'galat');
        return;
      }
      void terapkan([{ barisId, kolom: kolomId, nilai: angka.value }]);
    },
    [terapkan, tampilkan],
  );

  const onPasteCapture = useTempel(sekarang, terapkan, terkunci);

  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (a.current.rentang.wadah.onKeyDownCapture(e)) return berhenti(e);
      const api = a.current.grid.current?.api;
      if (!api || api.getEditingCells().length > 0) return;
      const k = a.current.rentang.kotak(api);
      const ctrl = e.ctrlKey || e.metaKey;
      const tombol = e.key.toLowerCase();
      if (ctrl && tombol === 'c' && k) {
        berhenti(e);
        return void salinRentang(api, k);
      }
      const ubah =
        (ctrl && (tombol === 'z' || tombol === 'y' || tombol === 'd')) ||
        (e.key === 'Delete' && k && (k.baris1 > k.baris0 || k.kolom1 > k.kolom0));
      if (!ubah) return;
      berhenti(e);
      if (terkunci()) return;
      if (tombol === 'z' && !e.shiftKey) return riwayat.batalkan();
      if (tombol === 'y' || tombol === 'z') return riwayat.ulangi();
      if (!k) return;
      const peta = petaGrid(api, a.current);
      const sel =
        tombol === 'd' ? selIsiKeBawah(peta, k, (b, c) => nilaiSelGrid(api, a.current, b, c)) : selDikosongkan(peta, k);
      if (sel.length === 0) return tampilkan('Tidak ada sel yang dapat diubah pada pilihan ini', 'info');
      void terapkan(sel);
    },
    [terkunci, riwayat, terapkan, tampilkan],
  );

  return {
    terapkan,
    onCellEditRequest,
    wadah: {
      onPasteCapture,
      onKeyDownCapture,
      onMouseDownCapture: atur.rentang.wadah.onMouseDownCapture,
      onMouseOverCapture: atur.rentang.wadah.onMouseOverCapture,
    },
  };
}

/** Paste: a block from a spreadsheet laid from the range's corner; one value over a larger range fills it. */
function useTempel<T>(
  atur: () => AturOperasi<T>,
  terapkan: (sel: SelTempel[]) => Promise<boolean>,
  terkunci: () => boolean,
) {
  const { tampilkan } = useNotifikasi();
  const tempel = useCallback(
    (teks: string, api: GridApi<T>, k: Kotak) => {
      let blok = parseTsv(teks);
      // One value pasted over a selection fills it, as in Excel.
      if (blok.length === 1 && blok[0]!.length === 1 && (k.baris1 > k.baris0 || k.kolom1 > k.kolom0))
        blok = Array.from({ length: k.baris1 - k.baris0 + 1 }, () =>
          Array<string>(k.kolom1 - k.kolom0 + 1).fill(blok[0]![0]!),
        );
      const hasil = petakanTempelan(blok, petaGrid(api, atur()), k.baris0, k.kolom0);
      if (hasil.galat.length > 0) {
        atur().tandai(
          hasil.galat.map((g) => [`${g.barisId}|${g.kolom}`, g.pesan]),
          [],
        );
        const contoh = hasil.galat[0]!;
        tampilkan(
          `Tempelan tidak disimpan: ${formatAngka(hasil.galat.length)} sel tidak terbaca (${contoh.pesan})`,
          'galat',
        );
        return;
      }
      if (hasil.sel.length === 0) return tampilkan('Tidak ada sel yang dapat diisi pada posisi ini', 'info');
      void terapkan(hasil.sel).then((ok) => {
        if (ok && hasil.dilewati > 0)
          tampilkan(
            `${formatAngka(hasil.dilewati)} sel dilewati (baris subtotal atau kolom yang tidak dapat diubah)`,
            'info',
          );
      });
    },
    [atur, terapkan, tampilkan],
  );
  return useCallback(
    (e: ClipboardEvent<HTMLDivElement>) => {
      const api = atur().grid.current?.api;
      const k = api ? atur().rentang.kotak(api) : null;
      if (!api || !k || api.getEditingCells().length > 0) return;
      e.preventDefault();
      if (!terkunci()) tempel(e.clipboardData.getData('text/plain'), api, k);
    },
    [atur, tempel, terkunci],
  );
}

function berhenti(e: KeyboardEvent) {
  e.preventDefault();
  e.stopPropagation();
}

/** The clipboard API where the page may use it; else the copy event, which any page may fill during a keypress. */
async function tulisPapanKlip(teks: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(teks);
  } catch {
    const isi = (e: globalThis.ClipboardEvent) => {
      e.clipboardData?.setData('text/plain', teks);
      e.preventDefault();
    };
    document.addEventListener('copy', isi, { once: true });
    document.execCommand('copy');
  }
}
