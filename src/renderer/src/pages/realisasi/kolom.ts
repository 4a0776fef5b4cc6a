// Columns of the Realisasi grid: target, realisation, deviation with status colour, indicator and problems.
import type { CellClassParams, ColDef, ColGroupDef, ValueFormatterParams } from 'ag-grid-community';
import type { KolomRealisasi } from '../../../../shared/api/realisasi';
import { formatAngka, formatPersen, formatPoin } from '../../../../shared/format';
import type { JenisKolom } from '../../components/grid/tempel';
import type { BarisGrid } from './baris';

export const JENIS_KOLOM: Record<KolomRealisasi, JenisKolom> = {
  realisasiFisik: 'persen',
  realisasiKeuangan: 'uang',
  realisasiKinerja: 'bilangan',
  permasalahan: 'teks',
  faktorPendorong: 'teks',
  faktorPenghambat: 'teks',
  tindakLanjut: 'teks',
};

const persen = ({ value }: ValueFormatterParams) => (value == null ? '' : formatPersen(value as number));
const rupiah = ({ value }: ValueFormatterParams) => (value == null ? '' : formatAngka(value as number));
const poin = ({ value }: ValueFormatterParams) => (value == null ? '' : formatPoin(value as number));
const bisaDiubah = ({ data }: { data?: BarisGrid | undefined }) => data?.tingkat === 'subKegiatan';

/** Where the grid reads and shows an editable value: the row itself for figures, the source row for the rest. */
export function nilaiSel(baris: BarisGrid, kolom: KolomRealisasi): unknown {
  if (kolom === 'realisasiKinerja') return baris.sub?.indikator?.realisasi ?? null;
  if (kolom === 'realisasiFisik' || kolom === 'realisasiKeuangan') return baris[kolom];
  return baris.sub?.[kolom] ?? '';
}

export function buatKolom(galat: Map<string, string>): (ColDef<BarisGrid> | ColGroupDef<BarisGrid>)[] {
  const kunci = (p: { data?: BarisGrid | undefined; colDef: ColDef<BarisGrid> }) =>
    `${p.data?.rowId}|${p.colDef.colId}`;
  const sunting = (
    colId: KolomRealisasi,
    headerName: string,
    width: number,
    extra: ColDef<BarisGrid> = {},
  ): ColDef<BarisGrid> => ({
    colId,
    headerName,
    width,
    editable: bisaDiubah,
    valueGetter: ({ data }) => (data ? nilaiSel(data, colId) : null),
    cellEditorParams: { useFormatter: true },
    cellClassRules: {
      'sel-sunting': (p: CellClassParams<BarisGrid>) => bisaDiubah(p),
      'sel-salah': (p: CellClassParams<BarisGrid>) => galat.has(kunci(p)),
    },
    tooltipValueGetter: (p) => galat.get(`${p.data?.rowId}|${colId}`),
    ...extra,
  });
  const angka = (
    colId: keyof BarisGrid,
    headerName: string,
    format: (p: ValueFormatterParams) => string,
    width = 120,
  ): ColDef<BarisGrid> => ({
    colId,
    headerName,
    field: colId,
    width,
    type: 'rightAligned',
    valueFormatter: format,
    context: { ekspor: format === rupiah ? 'uang' : format === persen ? 'persen' : 'angka' },
  });
  return [
    {
      colId: 'kode',
      headerName: 'Kode',
      field: 'kode',
      width: 170,
      pinned: 'left',
      cellClass: (p) => `tingkat-${p.data?.tingkat ?? ''}`,
    },
    {
      colId: 'nama',
      headerName: 'Program / Kegiatan / Sub Kegiatan',
      field: 'nama',
      width: 340,
      pinned: 'left',
      cellClass: (p) => `tingkat-${p.data?.tingkat ?? ''}`,
      tooltipField: 'nama',
    },
    angka('pagu', 'Pagu (Rp)', rupiah, 140),
    {
      headerName: 'Target s.d. periode',
      children: [
        angka('targetFisik', 'Fisik (%)', persen, 95),
        angka('targetKeuangan', 'Keuangan (Rp)', rupiah, 135),
        {
          colId: 'targetKinerja',
          headerName: 'Kinerja triwulan',
          width: 100,
          type: 'rightAligned',
          context: { ekspor: 'angka' },
          valueGetter: ({ data }) => data?.sub?.indikator?.targetPeriode ?? null,
          valueFormatter: ({ value }) => (value == null ? '' : formatAngka(value as number, 2)),
        },
      ],
    },
    {
      // The editable columns sit side by side in the order of the Formulir OPD, so a block copied from it pastes whole.
      headerName: 'Realisasi (isian OPD)',
      children: [
        sunting('realisasiFisik', 'Fisik (%)', 100, {
          type: 'rightAligned',
          valueFormatter: persen,
          context: { ekspor: 'persen' },
        }),
        sunting('realisasiKeuangan', 'Keuangan (Rp)', 135, {
          type: 'rightAligned',
          valueFormatter: rupiah,
          context: { ekspor: 'uang' },
        }),
        sunting('realisasiKinerja', 'Kinerja triwulan', 100, {
          type: 'rightAligned',
          context: { ekspor: 'angka' },
          valueFormatter: ({ value }) => (value == null ? '' : formatAngka(value as number, 2)),
        }),
        sunting('permasalahan', 'Permasalahan/kendala', 220),
        sunting('tindakLanjut', 'Tindak lanjut', 220),
      ],
    },
    {
      headerName: 'Capaian',
      children: [
        {
          ...angka('deviasiFisik', 'Deviasi fisik (poin)', poin, 120),
          cellClass: (p) => (p.data?.status ? `status-${p.data.status}` : ''),
        },
        angka('persenKeuangan', 'Penyerapan (%)', persen, 115),
        angka('deviasiKeuangan', 'Deviasi keuangan (poin)', poin, 135),
      ],
    },
    {
      headerName: 'Indikator keluaran',
      children: [
        {
          colId: 'indikator',
          headerName: 'Uraian',
          width: 220,
          valueGetter: ({ data }) => data?.sub?.indikator?.uraian ?? '',
          tooltipValueGetter: ({ data }) => data?.sub?.indikator?.uraian,
        },
        {
          colId: 'satuan',
          headerName: 'Satuan',
          width: 90,
          valueGetter: ({ data }) => data?.sub?.indikator?.satuan ?? '',
        },
      ],
    },
    sunting('faktorPendorong', 'Faktor pendorong', 200),
    sunting('faktorPenghambat', 'Faktor penghambat', 200),
    {
      colId: 'diubahOleh',
      headerName: 'Diubah oleh',
      width: 140,
      valueGetter: ({ data }) => data?.sub?.diubahOleh ?? '',
    },
  ];
}
