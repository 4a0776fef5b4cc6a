// Columns of the Realisasi grid: target, realisation, deviation with status colour, indicator and problems.
import type { CellClassParams, ColDef, ColGroupDef } from 'ag-grid-community';
import { LABEL_KOLOM_REALISASI, type KolomRealisasi } from '../../../../shared/api/realisasi';
import { formatSel, kolomAngka } from '../../components/grid/kolomAngka';
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

/** The group of each editable column. */
const GRUP_SUNTING: Record<KolomRealisasi, string> = {
  realisasiFisik: 'Fisik',
  realisasiKeuangan: 'Keuangan',
  realisasiKinerja: 'Kinerja',
  permasalahan: 'Catatan',
  tindakLanjut: 'Catatan',
  faktorPendorong: 'Catatan',
  faktorPenghambat: 'Catatan',
};

const persen = formatSel('persen');
const rupiah = formatSel('uang');
const bilangan = formatSel('angka');

/** Where the grid reads and shows an editable value: the row itself for figures, the source row for the rest. */
export function nilaiSel(baris: BarisGrid, kolom: KolomRealisasi): unknown {
  if (kolom === 'realisasiKinerja') return baris.sub?.indikator?.realisasi ?? null;
  if (kolom === 'realisasiFisik' || kolom === 'realisasiKeuangan') return baris[kolom];
  return baris.sub?.[kolom] ?? '';
}

/** The groups a user can hide; `Target` and `Kinerja` both hold the quarter's indicator target. */
export const GRUP_KOLOM_REALISASI = ['Target', 'Fisik', 'Keuangan', 'Kinerja', 'Catatan'] as const;
type Grup = (typeof GRUP_KOLOM_REALISASI)[number];
const dalam = (...grup: Grup[]) => ({ grup });

/** The columns that say which row this is: code, name and the verifikator's marks, pinned on the left. */
const KOLOM_IDENTITAS: ColDef<BarisGrid>[] = [
  {
    colId: 'kode',
    headerName: 'Kode',
    field: 'kode',
    width: 150,
    pinned: 'left',
    cellClass: (p) => `tingkat-${p.data?.tingkat ?? ''}`,
  },
  {
    colId: 'nama',
    headerName: 'Program / Kegiatan / Sub Kegiatan',
    field: 'nama',
    width: 240,
    pinned: 'left',
    cellClass: (p) => `tingkat-${p.data?.tingkat ?? ''}`,
    tooltipField: 'nama',
  },
  {
    // Marks for the verifikator (cekKonsistensi): they never stop a save.
    colId: 'periksa',
    headerName: 'Periksa',
    headerTooltip: 'Tanda untuk diperiksa verifikator, misalnya keuangan terserap tetapi fisik 0%',
    width: 70,
    pinned: 'left',
    valueGetter: ({ data }) => (data?.sub?.peringatan.length ? `⚠ ${data.sub.peringatan.length}` : ''),
    tooltipValueGetter: ({ data }) => data?.sub?.peringatan.join('\n'),
    cellClass: (p) => (p.value ? 'sel-periksa' : ''),
    context: { ekspor: 'teks' },
  },
];

/** The targets up to the period: physical, financial and the quarter's indicator target. */
const GRUP_TARGET: ColGroupDef<BarisGrid> = {
  headerName: 'Target s.d. periode',
  children: [
    kolomAngka<BarisGrid>('targetFisik', 'Fisik (%)', 'persen', 78, { context: dalam('Target') }),
    kolomAngka<BarisGrid>('targetKeuangan', 'Keuangan (Rp)', 'uang', 122, {
      context: dalam('Target'),
    }),
    {
      colId: 'targetKinerja',
      headerName: 'Kinerja',
      headerTooltip: 'Target kinerja triwulan',
      width: 84,
      type: 'rightAligned',
      context: { ekspor: 'angka', judulEkspor: 'Kinerja triwulan', ...dalam('Target', 'Kinerja') },
      valueGetter: ({ data }) => data?.sub?.indikator?.targetPeriode ?? null,
      valueFormatter: bilangan,
    },
  ],
};

/** Deviation (coloured by status) and absorption. */
const GRUP_CAPAIAN: ColGroupDef<BarisGrid> = {
  headerName: 'Capaian',
  children: [
    {
      ...kolomAngka<BarisGrid>('deviasiFisik', 'Deviasi fisik (poin)', 'poin', 120, {
        context: dalam('Fisik'),
      }),
      cellClass: (p) => (p.data?.status ? `status-${p.data.status}` : ''),
    },
    kolomAngka<BarisGrid>('persenKeuangan', 'Penyerapan (%)', 'persen', 115, {
      context: dalam('Keuangan'),
    }),
    kolomAngka<BarisGrid>('deviasiKeuangan', 'Deviasi keuangan (poin)', 'poin', 135, {
      context: dalam('Keuangan'),
    }),
  ],
};

/** The sub kegiatan's output indicator. */
const GRUP_INDIKATOR: ColGroupDef<BarisGrid> = {
  headerName: 'Indikator keluaran',
  children: [
    {
      colId: 'indikator',
      headerName: 'Uraian',
      width: 220,
      context: dalam('Kinerja'),
      valueGetter: ({ data }) => data?.sub?.indikator?.uraian ?? '',
      tooltipValueGetter: ({ data }) => data?.sub?.indikator?.uraian,
    },
    {
      colId: 'satuan',
      headerName: 'Satuan',
      width: 90,
      context: dalam('Kinerja'),
      valueGetter: ({ data }) => data?.sub?.indikator?.satuan ?? '',
    },
  ],
};

type Sunting = (colId: KolomRealisasi, width: number, extra?: ColDef<BarisGrid>) => ColDef<BarisGrid>;

/**
 * An editable column's header: its label (LABEL_KOLOM_REALISASI, the one the refusals and the import name), without
 * the word "Realisasi" that the group header above it already says ("Realisasi fisik (%)" reads "Fisik (%)").
 */
export const judulKolomSunting = (kolom: KolomRealisasi): string =>
  LABEL_KOLOM_REALISASI[kolom].replace(/^Realisasi (.)/, (_, awal: string) => awal.toUpperCase());

/** An editable column: editable on sub kegiatan rows of an unlocked period, marked where main refused its value. */
function kolomSunting(galat: Map<string, string>, terkunci: boolean): Sunting {
  const bisaDiubah = ({ data }: { data?: BarisGrid | undefined }) => !terkunci && data?.tingkat === 'subKegiatan';
  const kunci = (p: { data?: BarisGrid | undefined; colDef: ColDef<BarisGrid> }) =>
    `${p.data?.rowId}|${p.colDef.colId}`;
  return (colId: KolomRealisasi, width: number, extra: ColDef<BarisGrid> = {}) => ({
    colId,
    headerName: judulKolomSunting(colId),
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
    context: { ...(extra.context as object), grup: [GRUP_SUNTING[colId]] },
  });
}

/** The group the OPD fills in, in the order of the Formulir OPD. */
function grupRealisasi(sunting: Sunting): ColGroupDef<BarisGrid> {
  return {
    // The editable columns sit side by side in the order of the Formulir OPD, so a block copied from it pastes whole.
    headerName: 'Realisasi (isian OPD)',
    children: [
      sunting('realisasiFisik', 82, {
        type: 'rightAligned',
        valueFormatter: persen,
        context: { ekspor: 'persen' },
      }),
      sunting('realisasiKeuangan', 122, {
        type: 'rightAligned',
        valueFormatter: rupiah,
        context: { ekspor: 'uang' },
      }),
      sunting('realisasiKinerja', 84, {
        headerTooltip: 'Realisasi kinerja triwulan',
        type: 'rightAligned',
        context: { ekspor: 'angka', judulEkspor: 'Kinerja triwulan' },
        valueFormatter: bilangan,
      }),
      sunting('permasalahan', 200),
      sunting('tindakLanjut', 200),
    ],
  };
}

/** The grid's columns; nothing is editable while the period is verified (locked). */
export function buatKolom(
  galat: Map<string, string>,
  terkunci: boolean,
): (ColDef<BarisGrid> | ColGroupDef<BarisGrid>)[] {
  const sunting = kolomSunting(galat, terkunci);
  return [
    ...KOLOM_IDENTITAS,
    kolomAngka<BarisGrid>('pagu', 'Pagu (Rp)', 'uang', 122),
    GRUP_TARGET,
    grupRealisasi(sunting),
    GRUP_CAPAIAN,
    GRUP_INDIKATOR,
    sunting('faktorPendorong', 200),
    sunting('faktorPenghambat', 200),
    {
      colId: 'diubahOleh',
      headerName: 'Diubah oleh',
      width: 140,
      context: dalam('Catatan'),
      valueGetter: ({ data }) => data?.sub?.diubahOleh ?? '',
    },
  ];
}
