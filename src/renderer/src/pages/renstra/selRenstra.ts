// The cells of the Renstra and RPJMD grids: their editable columns (each says how its text is read) and what one
// cell changes in its row. The grids save through the shared grid hooks (GridIsianRenstra, useSuntingBaris).
import type { ColDef } from 'ag-grid-community';
import type { NilaiTahun } from '../../../../shared/api/renstra';
import type { JenisAngka } from '../../../../shared/format';
import { formatSel, type JenisAngkaKolom } from '../../components/grid/kolomAngka';
import type { JenisKolom, SelTempel } from '../../components/grid/tempel';

/** How the typed text of a column of each kind is read: money as Rupiah, the rest as plain numbers. */
const BACA: Record<JenisAngkaKolom, JenisAngka> = {
  uang: 'uang',
  persen: 'persen',
  poin: 'bilangan',
  angka: 'bilangan',
};

/** The kind an editable column's cells are read as (kept in its context by kolomSunting); text when it has none. */
export function jenisKolomRenstra(def: ColDef): JenisKolom {
  return (def.context as { jenis?: JenisKolom } | undefined)?.jenis ?? 'teks';
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
    context: { ekspor: jenis === 'poin' ? 'angka' : jenis, jenis: BACA[jenis] },
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

/** The indicator with one cell changed, or the reason the value cannot go there. */
export function ubahIndikator<T extends IndikatorSunting>(i: T, kolom: string, nilai: SelTempel['nilai']): T | string {
  if (kolom === 'uraian' || kolom === 'satuan') return { ...i, [kolom]: String(nilai ?? '').trim() };
  if (typeof nilai === 'string') return 'isi dengan angka';
  if (kolom === 'baseline' || kolom === 'targetAkhir') return { ...i, [kolom]: nilai };
  const m = /^([tr])(\d{4})$/.exec(kolom);
  if (!m) return `kolom ${kolom} tidak dapat diubah`;
  const tahun = Number(m[2]);
  const sisi = m[1] === 't' ? 'target' : 'realisasi';
  const lama = i.nilai.find((n) => n.tahun === tahun) ?? { tahun, target: null, realisasi: null };
  const daftar = [...i.nilai.filter((n) => n.tahun !== tahun), { ...lama, [sisi]: nilai }]
    .filter((n) => n.target !== null || n.realisasi !== null)
    .sort((a, b) => a.tahun - b.tahun);
  return { ...i, nilai: daftar };
}
