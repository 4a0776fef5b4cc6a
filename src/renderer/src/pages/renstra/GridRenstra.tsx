// One OPD's Renstra in grids edited in place: programs and kegiatan with pagu indikatif per year, then their indicators.
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import type { Renstra } from '../../../../shared/api/renstra';
import { api } from '../../api/client';
import { useHapus } from '../../components/useHapus';
import {
  barisIndikator,
  barisUnit,
  idBaris,
  periksaUnit,
  useSimpanIndikator,
  useSimpanUnit,
  ubahUnit,
  type BarisIndikator,
  type BarisUnit,
} from './barisRenstra';
import { LABEL_TINGKAT } from '../../../../shared/renja';
import { kolomHapus } from '../../components/grid/kolomHapus';
import { GridIsianRenstra } from './GridIsianRenstra';
import { kolomIndikator, kolomSunting, kolomTeks, ubahIndikator } from './selRenstra';
import { TambahIndikator, TambahKegiatan } from './TambahRenstra';

function tinggiGrid(n: number) {
  return `${Math.max(Math.min(n, 12), 2) * 30 + 64}px`;
}

export interface Sasaran {
  id: number;
  label: string;
}

type Hapus = ReturnType<typeof useHapus>[0];

function kolomUnit(tahun: number[], sasaran: Sasaran[], hapus: Hapus): ColDef<BarisUnit>[] {
  const labelSasaran = new Map(sasaran.map((s) => [String(s.id), s.label]));
  const nama = (b: BarisUnit) => `${LABEL_TINGKAT[b.tingkat].toLowerCase()} ${b.kode}`;
  return [
    {
      colId: 'tingkat',
      headerName: 'Tingkat',
      width: 95,
      pinned: 'left',
      valueGetter: ({ data }) => (data ? LABEL_TINGKAT[data.tingkat] : ''),
    },
    { ...kolomTeks<BarisUnit>('kode', 'Kode', 110), pinned: 'left' },
    { ...kolomTeks<BarisUnit>('nama', 'Program / kegiatan', 300), pinned: 'left' },
    {
      colId: 'sasaran',
      headerName: 'Sasaran RPJMD',
      width: 240,
      editable: ({ data }) => data?.tingkat === 'program',
      cellClassRules: { 'sel-sunting': ({ data }) => data?.tingkat === 'program' },
      valueGetter: ({ data }) => (data?.sasaranRpjmdId ? String(data.sasaranRpjmdId) : ''),
      valueFormatter: ({ value, data }) =>
        data?.tingkat === 'program' ? (labelSasaran.get(value as string) ?? '(belum mendukung sasaran RPJMD)') : '',
      tooltipValueGetter: ({ data }) => labelSasaran.get(String(data?.sasaranRpjmdId)) ?? '',
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...sasaran.map((s) => String(s.id))] },
    },
    ...tahun.flatMap((th) => [
      kolomSunting<BarisUnit>(`p${th}`, `Pagu ${th}`, 'uang', (b) => b.pagu.find((x) => x.tahun === th)?.pagu, 150),
      kolomSunting<BarisUnit>(
        `q${th}`,
        `Realisasi ${th}`,
        'uang',
        (b) => b.pagu.find((x) => x.tahun === th)?.realisasi,
        150,
      ),
    ]),
    kolomHapus<BarisUnit>(
      nama,
      (b) =>
        void hapus(
          `Hapus ${nama(b)}?`,
          () => api('renstra.hapus', { tingkat: b.tingkat, id: b.id }),
          `${nama(b)} dihapus`,
        ),
    ),
  ];
}

function kolomIndikatorRenstra(tahun: number[], hapus: Hapus): ColDef<BarisIndikator>[] {
  const nama = (i: BarisIndikator) => `indikator ${i.uraian}`;
  return [
    {
      colId: 'pemilik',
      headerName: 'Program / kegiatan',
      width: 150,
      pinned: 'left',
      valueGetter: ({ data }) => (data ? `${LABEL_TINGKAT[data.tingkat]} ${data.pemilik}` : ''),
    },
    ...kolomIndikator<BarisIndikator>(tahun, false),
    kolomSunting<BarisIndikator>('targetAkhir', 'Target akhir', 'angka', (i) => i.targetAkhir),
    kolomHapus<BarisIndikator>(
      nama,
      (i) =>
        void hapus(
          `Hapus ${nama(i)}?`,
          () => api('renstra.hapus', { tingkat: 'indikator', id: i.id }),
          `${nama(i)} dihapus`,
        ),
    ),
  ];
}

export function GridRenstra({
  renstra,
  tahun,
  sasaran,
  onTersimpan,
}: {
  renstra: Renstra;
  tahun: number[];
  sasaran: Sasaran[];
  onTersimpan: () => void;
}) {
  const unit = useMemo(() => barisUnit(renstra), [renstra]);
  const indikator = useMemo(() => barisIndikator(renstra), [renstra]);
  const [hapus, dialogKonfirmasi] = useHapus(onTersimpan);
  const kolomU = useMemo(() => kolomUnit(tahun, sasaran, hapus), [tahun, sasaran, hapus]);
  const kolomI = useMemo(() => kolomIndikatorRenstra(tahun, hapus), [tahun, hapus]);
  const simpanU = useSimpanUnit();
  const simpanI = useSimpanIndikator();

  return (
    <>
      {dialogKonfirmasi}
      <p className="keterangan">
        Klik dua kali pada sel untuk mengubah; perubahan langsung tersimpan. Angka ditulis cara Indonesia, mis.
        1.250.000 atau 12,5.
      </p>
      <h3>Program, kegiatan dan pagu indikatif per tahun (Rp)</h3>
      <GridIsianRenstra
        baris={unit}
        kolom={kolomU}
        tinggi={tinggiGrid(unit.length)}
        simpan={simpanU}
        muatUlang={onTersimpan}
        idBaris={idBaris}
        ubahSel={ubahUnit}
        periksaBaris={periksaUnit}
      />
      <TambahKegiatan program={renstra.program} onTersimpan={onTersimpan} />
      <h3>Indikator program dan kegiatan</h3>
      <GridIsianRenstra
        baris={indikator}
        kolom={kolomI}
        tinggi={tinggiGrid(indikator.length)}
        simpan={simpanI}
        muatUlang={onTersimpan}
        idBaris={idBaris}
        ubahSel={ubahIndikator}
      />
      <TambahIndikator unit={unit} onTersimpan={onTersimpan} />
    </>
  );
}
