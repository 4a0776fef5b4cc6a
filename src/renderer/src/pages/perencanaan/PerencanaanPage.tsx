// Perencanaan: one OPD's Renja/DPA for a year as a tree of codes, with pagu, indicators and quarterly targets.
import type { CellEditRequestEvent, ColDef, ColGroupDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef, useState } from 'react';
import type { BarisRenja } from '../../../../shared/api/renja';
import { formatAngka, formatPersen, formatRupiah, NAMA_BULAN, ROMAWI } from '../../../../shared/format';
import { LABEL_VERSI, type Versi } from '../../../../shared/renja';
import { api, GalatApi, pesanGalat } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { useNotifikasi } from '../../components/Notifikasi';
import { PilihPeriode, usePeriode } from '../../components/PilihPeriode';
import { useMuat } from '../../components/useMuat';
import { Impor } from '../impor/Impor';
import { TombolEkspor } from '../../components/grid/TombolEkspor';
import { inputSubKegiatan, KOLOM_SUNTING, suntingBaris } from './sunting';

const kolomTarget = (jenis: 'targetFisik' | 'targetKeuangan'): ColDef<BarisRenja>[] =>
  ROMAWI.map((r, i) => ({
    colId: `${jenis}${i}`,
    headerName: `TW ${r}`,
    width: jenis === 'targetFisik' ? 80 : 135,
    type: 'rightAligned',
    context: { ekspor: jenis === 'targetFisik' ? 'persen' : 'uang' },
    valueGetter: ({ data }) => data?.[jenis][i] ?? null,
    valueFormatter: ({ value }) =>
      value == null ? '' : jenis === 'targetFisik' ? formatPersen(value as number) : formatAngka(value as number),
    ...sunting,
  }));

const bisaDiubah = ({ data }: { data?: BarisRenja | undefined }) => data?.tingkat === 'subKegiatan';

/** Sub kegiatan rows are edited in place; program and kegiatan rows are their subtotals. */
const sunting: ColDef<BarisRenja> = {
  editable: bisaDiubah,
  cellEditorParams: { useFormatter: true },
  cellClassRules: { 'sel-sunting': bisaDiubah },
};

const KOLOM: (ColDef<BarisRenja> | ColGroupDef<BarisRenja>)[] = [
  {
    field: 'kode',
    headerName: 'Kode',
    width: 170,
    pinned: 'left',
    cellClass: (p) => `tingkat-${p.data?.tingkat ?? ''}`,
  },
  {
    field: 'nama',
    headerName: 'Program / Kegiatan / Sub Kegiatan',
    width: 360,
    pinned: 'left',
    tooltipField: 'nama',
    cellClass: (p) => `tingkat-${p.data?.tingkat ?? ''}`,
    ...sunting,
  },
  {
    colId: 'indikator',
    headerName: 'Indikator (satuan)',
    width: 300,
    valueGetter: ({ data }) =>
      data?.indikator.map((i) => `${i.uraian}${i.satuan ? ` (${i.satuan})` : ''}`).join('; ') ?? '',
    tooltipValueGetter: ({ value }) => value as string,
  },
  {
    colId: 'targetIndikator',
    headerName: 'Target',
    width: 90,
    type: 'rightAligned',
    valueGetter: ({ data }) => data?.indikator[0]?.target ?? null,
    context: { ekspor: 'angka' },
    valueFormatter: ({ value }) => (value == null ? '' : formatAngka(value as number, 2).replace(/,00$/, '')),
  },
  {
    field: 'pagu',
    headerName: 'Pagu (Rp)',
    width: 150,
    type: 'rightAligned',
    context: { ekspor: 'uang' },
    valueFormatter: ({ value }) => formatAngka(value as number),
    ...sunting,
  },
  { headerName: 'Target fisik kumulatif (%)', children: kolomTarget('targetFisik') },
  { headerName: 'Target keuangan kumulatif / anggaran kas (Rp)', children: kolomTarget('targetKeuangan') },
  { field: 'lokasi', headerName: 'Lokasi', width: 160, ...sunting },
  { field: 'sumberDana', headerName: 'Sumber dana', width: 130, ...sunting },
];

function AturPerubahan({
  tahun,
  mulai,
  onTersimpan,
}: {
  tahun: number;
  mulai: number | null;
  onTersimpan: () => void;
}) {
  const { tampilkan } = useNotifikasi();
  const ubah = async (nilai: string) => {
    try {
      await api('renja.aturPerubahan', { tahun, perubahanMulaiBulan: nilai === '' ? null : Number(nilai) });
      tampilkan('Masa berlaku APBD Perubahan disimpan', 'sukses');
      onTersimpan();
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };
  return (
    <label className="isian-sebaris">
      APBD Perubahan berlaku untuk realisasi mulai{' '}
      <select value={mulai ?? ''} onChange={(e) => void ubah(e.target.value)} aria-label="APBD Perubahan berlaku mulai">
        <option value="">(belum ada perubahan)</option>
        {NAMA_BULAN.map((b, i) => (
          <option key={b} value={i + 1}>
            s.d. {b}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PerencanaanPage() {
  const [periode, ubah, daftarOpd] = usePeriode({ bulan: 12 });
  const [versi, setVersi] = useState<Versi | ''>('');
  const gridRef = useRef<AgGridReact<BarisRenja>>(null);
  const { tampilkan } = useNotifikasi();
  const [renja, muatUlang] = useMuat(
    () =>
      periode?.opdId
        ? api('renja.daftar', { opdId: periode.opdId, tahun: periode.tahun, ...(versi ? { versi } : {}) })
        : Promise.resolve(undefined),
    [periode?.opdId, periode?.tahun, versi],
  );
  const total = useMemo(
    () => (renja?.baris ?? []).filter((b) => b.tingkat === 'program').reduce((a, b) => a + b.pagu, 0),
    [renja],
  );

  // Saves run one after another, each from the row as the grid holds it then (with the revision the last save
  // returned), so quick edits of one row are never taken as a conflict.
  const antrean = useRef<Promise<void>>(Promise.resolve());
  const simpanSel = (e: CellEditRequestEvent<BarisRenja>) => {
    const kolom = e.colDef.colId ?? e.colDef.field ?? '';
    if (!e.data || !renja || !KOLOM_SUNTING.test(kolom)) return;
    const versiRenja = renja.versi;
    antrean.current = antrean.current.then(async () => {
      const kini = e.node.data ?? e.data!;
      const hasil = suntingBaris(kini, kolom, e.newValue);
      if (!hasil.ok) return tampilkan(`${kini.kode}: ${hasil.pesan}`, 'galat');
      try {
        const { revisi } = await api('renja.simpanSubKegiatan', inputSubKegiatan(hasil.baris, versiRenja));
        e.api.applyTransaction({ update: [{ ...hasil.baris, revisi }] });
        muatUlang();
      } catch (error) {
        if (error instanceof GalatApi && error.galat.kode === 'konflik') muatUlang();
        tampilkan(`${kini.kode}: ${pesanGalat(error)}`, 'galat');
      }
    });
  };

  if (!periode) return <p className="keterangan">Memuat…</p>;
  return (
    <section>
      <div className="kepala-halaman">
        <h1>Perencanaan (Renja/DPA)</h1>
        <div className="aksi">
          <PilihPeriode periode={periode} ubah={ubah} opd={daftarOpd} denganPeriode={false} />
          <label className="pilih-periode">
            <select value={versi} onChange={(e) => setVersi(e.target.value as Versi | '')} aria-label="Versi anggaran">
              <option value="">Versi yang berlaku</option>
              <option value="murni">{LABEL_VERSI.murni}</option>
              <option value="perubahan">{LABEL_VERSI.perubahan}</option>
            </select>
          </label>
        </div>
      </div>
      {renja && (
        <div className="ringkas-lembar">
          <span>
            Menampilkan <strong data-testid="versi-renja">{LABEL_VERSI[renja.versi]}</strong>
          </span>
          <span>
            Jumlah pagu <strong data-testid="total-pagu">{formatRupiah(total, { desimal: false })}</strong>
          </span>
          <AturPerubahan tahun={periode.tahun} mulai={renja.perubahanMulaiBulan} onTersimpan={muatUlang} />
        </div>
      )}
      <div className="bilah-aksi">
        <Impor
          jenis="renja"
          tahun={periode.tahun}
          opdId={periode.opdId}
          versi={renja?.versi ?? 'murni'}
          onSelesai={muatUlang}
        />
        <TombolEkspor
          grid={gridRef}
          judul={`Renja ${daftarOpd.find((o) => o.id === periode.opdId)?.nama ?? ''} ${periode.tahun}`}
          subjudul={renja ? LABEL_VERSI[renja.versi] : ''}
        />
      </div>
      <Grid
        ref={gridRef}
        tinggi="calc(100vh - 230px)"
        rowData={renja?.baris}
        columnDefs={KOLOM}
        getRowId={({ data }) => `${data.tingkat}:${data.id}`}
        getRowClass={({ data }) => (data ? `baris-${data.tingkat}` : '')}
        defaultColDef={{ sortable: false, filter: false }}
        readOnlyEdit
        onCellEditRequest={simpanSel}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        tooltipShowDelay={300}
      />
    </section>
  );
}
