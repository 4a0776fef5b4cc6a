// Kontrak Kritis: the contracted sub kegiatan of a quarter judged against their contract schedule (wajar, terlambat,
// kritis), and the contracts themselves entered and edited.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { KontrakPeriode, PantauKontrak } from '../../../../shared/api/kontrak';
import { formatAngka, formatHariTanggal, formatTanggal, labelTriwulan } from '../../../../shared/format';
import { LABEL_STATUS_KONTRAK, STATUS_KONTRAK, type StatusKontrak } from '../../../../shared/monev/kontrak';
import { api } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { kolomAngka } from '../../components/grid/kolomAngka';
import { useHapus } from '../../components/useHapus';
import { TombolEkspor } from '../../components/grid/TombolEkspor';
import { PilihPeriode, bulanTriwulanSelesai, triwulanPeriode, usePeriode } from '../../components/PilihPeriode';
import { useMuat } from '../../components/useMuat';
import { dariKontrak, FormKontrak } from './FormKontrak';
import { SaringOpd } from '../../components/PilihOpd';

/** The contracts judged against their schedule; each can be edited or deleted. */
function kolomKontrak(
  ubahKontrak: (k: KontrakPeriode) => void,
  hapus: (k: KontrakPeriode) => void,
): ColDef<KontrakPeriode>[] {
  return [
    {
      field: 'status',
      headerName: 'Status',
      width: 150,
      pinned: 'left',
      valueFormatter: ({ value }) => (value ? LABEL_STATUS_KONTRAK[value as StatusKontrak] : 'Belum ada realisasi'),
      cellClass: ({ value }) => (value ? `kontrak-${value as string}` : ''),
    },
    {
      field: 'opdSingkatan',
      headerName: 'OPD',
      width: 120,
      valueGetter: ({ data: d }) => d && (d.opdSingkatan || d.opdNama),
    },
    { field: 'subKode', headerName: 'Kode', width: 160 },
    { field: 'subNama', headerName: 'Sub kegiatan', width: 280, tooltipField: 'subNama' },
    { field: 'penyedia', headerName: 'Penyedia', width: 180 },
    kolomAngka<KontrakPeriode>('nilai', 'Nilai kontrak (Rp)', 'uang', 160),
    {
      colId: 'masa',
      headerName: 'Masa kontrak',
      width: 220,
      valueGetter: ({ data: d }) => d && `${formatTanggal(d.tanggalMulai)} – ${formatTanggal(d.tanggalSelesai)}`,
    },
    kolomAngka<KontrakPeriode>('rencanaFisik', 'Rencana fisik', 'persen', 120),
    kolomAngka<KontrakPeriode>('realisasiFisik', 'Realisasi fisik', 'persen', 125),
    kolomAngka<KontrakPeriode>('deviasi', 'Deviasi (poin)', 'poin', 125, {
      cellClass: ({ data: d }) => (d?.status ? `kontrak-${d.status}` : ''),
    }),
    {
      colId: 'aksi',
      headerName: '',
      width: 130,
      pinned: 'right',
      sortable: false,
      filter: false,
      cellRenderer: ({ data: d }: ICellRendererParams<KontrakPeriode>) =>
        d ? (
          <span className="pantau-aksi">
            <button type="button" onClick={() => ubahKontrak(d)}>
              Ubah
            </button>
            <button type="button" className="tautan-bahaya" onClick={() => void hapus(d)}>
              Hapus
            </button>
          </span>
        ) : null,
    },
  ];
}

/** How many contracts are wajar, terlambat, kritis, and without realisation yet. */
function RingkasKontrak({ jumlah }: { jumlah: PantauKontrak['jumlah'] }) {
  return (
    <div className="kartu-ringkas">
      {STATUS_KONTRAK.map((s) => (
        <div key={s} className={`kartu kontrak-${s}`}>
          <span>{LABEL_STATUS_KONTRAK[s]}</span>
          <strong data-testid={`kontrak-${s}`}>{formatAngka(jumlah[s])}</strong>
        </div>
      ))}
      <div className="kartu">
        <span>Belum ada realisasi</span>
        <strong>{formatAngka(jumlah.belumAdaData)}</strong>
      </div>
    </div>
  );
}

export function KontrakPage() {
  const [periode, ubah, opd] = usePeriode({ bulan: bulanTriwulanSelesai() });
  const triwulan = triwulanPeriode(periode);
  const [saringOpd, setSaringOpd] = useState<number | null>(null);
  const [data, muatUlang] = useMuat(
    () =>
      periode
        ? api('kontrak.pantau', { tahun: periode.tahun, triwulan, opdId: saringOpd })
        : Promise.resolve(undefined),
    [periode?.tahun, triwulan, saringOpd],
  );
  const [form, setForm] = useState<{ kunci: number; awal: KontrakPeriode | null } | null>(null);
  const gridRef = useRef<AgGridReact<KontrakPeriode>>(null);
  const [hapusSetelahTanya, dialogKonfirmasi] = useHapus(muatUlang);
  const hapus = useCallback(
    (k: KontrakPeriode) =>
      hapusSetelahTanya(
        `Hapus kontrak ${k.subKode} (${k.penyedia})?`,
        () => api('kontrak.hapus', { id: k.id }),
        'Kontrak dihapus',
      ),
    [hapusSetelahTanya],
  );

  const kolom = useMemo(() => kolomKontrak((d) => setForm({ kunci: d.id, awal: d }), hapus), [hapus]);

  if (!periode || !data) return <p className="keterangan">Memuat…</p>;
  return (
    <section>
      {dialogKonfirmasi}
      <div className="kepala-halaman">
        <h1>Kontrak Kritis</h1>
        <PilihPeriode periode={periode} ubah={ubah} opd={opd} denganOpd={false} hanyaTriwulan />
      </div>
      <p className="keterangan">
        Realisasi fisik sub kegiatan s.d. {labelTriwulan(triwulan)} {data.tahun} dibandingkan rencana kontrak pada{' '}
        {formatHariTanggal(data.tanggal)}. Kritis: tertinggal lebih dari batas merah pada Pengaturan Monev (bawaan 10
        poin bila rencana ≤ 70%, 5 poin bila di atasnya); terlambat: tertinggal kurang dari itu.
      </p>
      {data.kontrak.length === 0 && (
        <p className="keterangan" data-testid="kontrak-kosong">
          Belum ada kontrak tahun {data.tahun}. Kontrak dicatat pada sub kegiatan Renja: pilih Tambah kontrak, atau isi
          dahulu Renja di <a href="#/perencanaan">Perencanaan</a> bila belum ada.
        </p>
      )}
      <RingkasKontrak jumlah={data.jumlah} />
      <div className="bilah-aksi">
        <SaringOpd nilai={saringOpd} ubah={setSaringOpd} opd={opd} />
        <button type="button" className="utama" onClick={() => setForm({ kunci: 0, awal: null })}>
          Tambah kontrak
        </button>
        <TombolEkspor grid={gridRef} judul={`Kontrak Kritis ${labelTriwulan(triwulan)} ${data.tahun}`} />
      </div>
      {form && (
        <FormKontrak
          key={form.kunci}
          awal={form.awal && dariKontrak(form.awal)}
          tahun={periode.tahun}
          opd={opd}
          selesai={() => {
            setForm(null);
            muatUlang();
          }}
        />
      )}
      <Grid
        ref={gridRef}
        tinggi="min(520px, calc(100vh - 300px))"
        rowData={data.kontrak}
        columnDefs={kolom}
        getRowId={({ data: d }) => String(d.id)}
      />
    </section>
  );
}
