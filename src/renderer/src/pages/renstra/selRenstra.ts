// In-place editing of the Renstra and RPJMD grids: cells typed the Indonesian way, saved through the API at once.
import type { CellEditRequestEvent, ColDef } from 'ag-grid-community';
import { useCallback } from 'react';
import type { NilaiTahun } from '../../../../shared/api/renstra';
import { parseAngka, type JenisAngka } from '../../../../shared/format';
import { pesanGalat } from '../../api/client';
import { formatSel, type JenisAngkaKolom } from '../../components/grid/kolomAngka';
import { useNotifikasi } from '../../components/Notifikasi';

/** A save that is ready to send, or the message saying why the typed text cannot be read. */
export type HasilUbah = (() => Promise<unknown>) | string;

/**
 * The onCellEditRequest of a grid in readOnlyEdit mode: the row's `ubah` reads the typed text; a text it cannot read
 * and a value the API refuses are shown with their message, and the grid keeps the saved value.
 */
export function useSuntingSel<T>(
  ubah: (baris: T, kolom: string, mentah: unknown) => HasilUbah,
  onTersimpan: () => void,
) {
  const { tampilkan } = useNotifikasi();
  return useCallback(
    async (e: CellEditRequestEvent<T>) => {
      const kolom = e.colDef.colId ?? e.colDef.field;
      if (!kolom || !e.data) return;
      const hasil = ubah(e.data, kolom, e.newValue);
      if (typeof hasil === 'string') {
        tampilkan(`${e.colDef.headerName ?? kolom}: ${hasil}`, 'galat');
        return;
      }
      try {
        await hasil();
        onTersimpan();
      } catch (error) {
        tampilkan(pesanGalat(error), 'galat');
      }
    },
    [ubah, onTersimpan, tampilkan],
  );
}

/** The number typed in a cell (null when emptied), or the reason it is not a number. */
export function bacaSel(mentah: unknown, jenis: JenisAngka): { ok: true; nilai: number | null } | string {
  const h = parseAngka(mentah == null ? '' : (mentah as string | number), { jenis });
  return h.ok ? { ok: true, nilai: h.value } : h.pesan;
}

/** An editable numeric column read through a getter; the editor opens with the number as the grid shows it. */
export function kolomSunting<T>(
  colId: string,
  headerName: string,
  jenis: JenisAngkaKolom,
  ambil: (baris: T) => number | null | undefined,
  width = 130,
): ColDef<T> {
  return {
    colId,
    headerName,
    width,
    type: 'rightAligned',
    editable: true,
    // Named with the right alignment: a cellClass of its own replaces the one the column type gives.
    cellClass: ['ag-right-aligned-cell', 'sel-sunting'],
    valueGetter: ({ data }) => (data ? (ambil(data) ?? null) : null),
    valueFormatter: formatSel(jenis),
    cellEditorParams: { useFormatter: true },
    context: { ekspor: jenis === 'poin' ? 'angka' : jenis },
  };
}

/** An editable text column. */
export function kolomTeks<T>(field: keyof T & string, headerName: string, width: number): ColDef<T> {
  return {
    colId: field,
    headerName,
    width,
    editable: true,
    cellClass: 'sel-sunting',
    valueGetter: ({ data }) => (data ? data[field] : ''),
    tooltipValueGetter: ({ data }) => (data ? String(data[field]) : ''),
  };
}

export interface IndikatorSunting {
  uraian: string;
  satuan: string;
  baseline: number | null;
  targetAkhir?: number | null;
  nilai: NilaiTahun[];
}

/** Columns of an indicator: description, unit, baseline, then target (and realisation) per year of the period. */
export function kolomIndikator<T extends IndikatorSunting>(tahun: number[], realisasi: boolean): ColDef<T>[] {
  return [
    kolomTeks<T>('uraian', 'Indikator', 300),
    kolomTeks<T>('satuan', 'Satuan', 90),
    kolomSunting<T>('baseline', 'Baseline', 'angka', (i) => i.baseline, 100),
    ...tahun.flatMap((th) => [
      kolomSunting<T>(`t${th}`, `Target ${th}`, 'angka', (i) => i.nilai.find((n) => n.tahun === th)?.target),
      ...(realisasi
        ? [kolomSunting<T>(`r${th}`, `Realisasi ${th}`, 'angka', (i) => i.nilai.find((n) => n.tahun === th)?.realisasi)]
        : []),
    ]),
  ];
}

/** The indicator with one cell changed, or the reason the typed text cannot be read. */
export function ubahIndikator<T extends IndikatorSunting>(i: T, kolom: string, mentah: unknown): T | string {
  if (kolom === 'uraian' || kolom === 'satuan') return { ...i, [kolom]: String(mentah ?? '').trim() };
  const angka = bacaSel(mentah, 'bilangan');
  if (typeof angka === 'string') return angka;
  if (kolom === 'baseline' || kolom === 'targetAkhir') return { ...i, [kolom]: angka.nilai };
  const m = /^([tr])(\d{4})$/.exec(kolom);
  if (!m) return `kolom ${kolom} tidak dapat diubah`;
  const tahun = Number(m[2]);
  const sisi = m[1] === 't' ? 'target' : 'realisasi';
  const lama = i.nilai.find((n) => n.tahun === tahun) ?? { tahun, target: null, realisasi: null };
  const nilai = [...i.nilai.filter((n) => n.tahun !== tahun), { ...lama, [sisi]: angka.nilai }]
    .filter((n) => n.target !== null || n.realisasi !== null)
    .sort((a, b) => a.tahun - b.tahun);
  return { ...i, nilai };
}
