// Rows and columns of the Perencanaan grid: every level with its first indicator, further indicators on rows of their
// own under it (as SIPD lays them out), so the grid's export re-imports in full.
import type { ColDef, ColGroupDef, EditableCallbackParams } from 'ag-grid-community';
import type { BarisRenja, IndikatorRingkas } from '../../../../shared/api/renja';
import { formatAngka, ROMAWI } from '../../../../shared/format';
import type { Tingkat } from '../../../../shared/renja';
import { formatSel } from '../../components/grid/kolomAngka';

export interface BarisGridRenja {
  rowId: string;
  tingkat: Tingkat | 'indikator';
  /** The program, kegiatan or sub kegiatan of the row, or the one whose further indicator the row shows. */
  renja: BarisRenja;
  indikator: IndikatorRingkas | null;
  kode: string;
  nama: string;
  pagu: number | null;
  targetFisik: (number | null)[];
  targetKeuangan: (number | null)[];
  lokasi: string;
  sumberDana: string;
}

const KOSONG = [null, null, null, null];

export function susunBaris(daftar: BarisRenja[]): BarisGridRenja[] {
  return daftar.flatMap((b) => [
    {
      rowId: `${b.tingkat}:${b.id}`,
      tingkat: b.tingkat,
      renja: b,
      indikator: b.indikator[0] ?? null,
      kode: b.kode,
      nama: b.nama,
      pagu: b.pagu,
      targetFisik: b.targetFisik,
      targetKeuangan: b.targetKeuangan,
      lokasi: b.lokasi,
      sumberDana: b.sumberDana,
    },
    ...b.indikator.slice(1).map((ind) => ({
      rowId: `indikator:${ind.id}`,
      tingkat: 'indikator' as const,
      renja: b,
      indikator: ind,
      kode: '',
      nama: '',
      pagu: null,
      targetFisik: KOSONG,
      targetKeuangan: KOSONG,
      lokasi: '',
      sumberDana: '',
    })),
  ]);
}

type Params = { data?: BarisGridRenja | undefined };
const sub = ({ data }: Params) => data?.tingkat === 'subKegiatan';
const bukanIndikator = ({ data }: Params) => data !== undefined && data.tingkat !== 'indikator';
const adaIndikator = ({ data }: Params) => data?.indikator != null;

/** Groups a user can hide; pagu, code and name always show. */
export const GRUP_KOLOM_RENJA = ['Kinerja', 'Fisik', 'Keuangan', 'Catatan'] as const;
const dalam = (grup: (typeof GRUP_KOLOM_RENJA)[number]) => ({ grup: [grup] });

/**
 * Editable where `boleh` says so, with the yellow mark of an editable cell. Always the text editor: AG Grid's number
 * editor would read "260.000.000" as 260; the page reads the text the Indonesian way.
 */
function sunting(boleh: (p: Params) => boolean): ColDef<BarisGridRenja> {
  return {
    editable: (p: EditableCallbackParams<BarisGridRenja>) => boleh(p),
    cellEditor: 'agTextCellEditor',
    cellDataType: false,
    cellEditorParams: { useFormatter: true },
    cellClassRules: { 'sel-sunting': boleh },
  };
}

const kolomTarget = (jenis: 'targetFisik' | 'targetKeuangan'): ColDef<BarisGridRenja>[] =>
  ROMAWI.map((r, i) => ({
    colId: `${jenis}${i}`,
    headerName: `TW ${r}`,
    width: jenis === 'targetFisik' ? 72 : 118,
    type: 'rightAligned',
    context: {
      ekspor: jenis === 'targetFisik' ? 'persen' : 'uang',
      ...dalam(jenis === 'targetFisik' ? 'Fisik' : 'Keuangan'),
    },
    valueGetter: ({ data }) => data?.[jenis][i] ?? null,
    valueFormatter: formatSel(jenis === 'targetFisik' ? 'persen' : 'uang'),
    ...sunting(sub),
  }));

const tingkat = (p: { data?: BarisGridRenja | undefined }) => `tingkat-${p.data?.tingkat ?? ''}`;

export const KOLOM_RENJA: (ColDef<BarisGridRenja> | ColGroupDef<BarisGridRenja>)[] = [
  { field: 'kode', headerName: 'Kode', width: 150, pinned: 'left', cellClass: tingkat },
  {
    field: 'nama',
    headerName: 'Program / Kegiatan / Sub Kegiatan',
    width: 240,
    pinned: 'left',
    tooltipField: 'nama',
    cellClass: tingkat,
    ...sunting(bukanIndikator),
  },
  {
    colId: 'indikator',
    headerName: 'Indikator',
    width: 200,
    context: dalam('Kinerja'),
    valueGetter: ({ data }) => data?.indikator?.uraian ?? '',
    tooltipValueGetter: ({ value }) => value as string,
    ...sunting(({ data }) => data !== undefined),
  },
  {
    colId: 'satuan',
    headerName: 'Satuan',
    width: 80,
    context: dalam('Kinerja'),
    valueGetter: ({ data }) => data?.indikator?.satuan ?? '',
    ...sunting(adaIndikator),
  },
  {
    colId: 'targetIndikator',
    headerName: 'Target',
    width: 72,
    type: 'rightAligned',
    valueGetter: ({ data }) => data?.indikator?.target ?? null,
    context: { ekspor: 'angka', ...dalam('Kinerja') },
    valueFormatter: ({ value }) => (value == null ? '' : formatAngka(value as number, 2).replace(/,00$/, '')),
    ...sunting(adaIndikator),
  },
  {
    field: 'pagu',
    headerName: 'Pagu (Rp)',
    width: 125,
    type: 'rightAligned',
    context: { ekspor: 'uang' },
    valueFormatter: formatSel('uang'),
    ...sunting(sub),
  },
  { headerName: 'Target fisik kumulatif (%)', children: kolomTarget('targetFisik') },
  { headerName: 'Target keuangan kumulatif / anggaran kas (Rp)', children: kolomTarget('targetKeuangan') },
  { field: 'lokasi', headerName: 'Lokasi', width: 160, context: dalam('Catatan'), ...sunting(sub) },
  { field: 'sumberDana', headerName: 'Sumber dana', width: 130, context: dalam('Catatan'), ...sunting(sub) },
];
