// Pemantauan Pelaporan: who has reported the quarter, how complete, how late, whom to remind, and the reminders.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef, useState } from 'react';
import type { BarisPelaporan, PemantauanPelaporan, Ukuran } from '../../../../shared/api/pelaporan';
import { formatAngka, formatHariTanggal, formatTanggal, labelTriwulan } from '../../../../shared/format';
import { KLASTER, LABEL_KLASTER, type Klaster } from '../../../../shared/opd';
import {
  LABEL_CARA_PENGINGAT,
  LABEL_STATUS_LAPORAN,
  periodePelaporanDi,
  STATUS_LAPORAN,
  type StatusLaporan,
} from '../../../../shared/pelaporan';
import { hariIni } from '../../../../shared/rapat';
import { formatTelepon } from '../../../../shared/telepon';
import { api } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { TombolEkspor } from '../../components/grid/TombolEkspor';
import { PilihPeriode, triwulanPeriode, usePeriode } from '../../components/PilihPeriode';
import { useMuat } from '../../components/useMuat';
import { PesanPengingat } from './PesanPengingat';
import { ArsipSuratPengingat, OpsiSuratPengingat, useBuatSurat } from './SuratPengingat';
import { KotakCari } from '../../components/KotakCari';
import { OpsiLabel } from '../../components/OpsiLabel';

type Saring = StatusLaporan | 'semua' | 'perlu';
const ukuran = (u: Ukuran) => (u.jumlah === 0 ? '-' : `${formatAngka(u.ada)}/${formatAngka(u.jumlah)}`);
const tanggal = (iso: string | null) => (iso ? formatTanggal(new Date(iso)) : '-');

type Surat = ReturnType<typeof useBuatSurat>;

/** The tracker's columns; an OPD that must be reminded gets a message and a letter button. */
function kolomPemantauan(setPesan: (b: BarisPelaporan) => void, surat: Surat): ColDef<BarisPelaporan>[] {
  return [
    { field: 'nama', headerName: 'OPD', width: 270, pinned: 'left', tooltipField: 'nama' },
    {
      field: 'status',
      headerName: 'Status',
      width: 130,
      valueFormatter: ({ value }) => LABEL_STATUS_LAPORAN[value as StatusLaporan],
      cellClass: ({ value }) => `pantau-${value as string}`,
    },
    {
      colId: 'sub',
      headerName: 'Sub kegiatan',
      width: 115,
      valueGetter: ({ data: d }) => d && ukuran(d.subKegiatan),
    },
    { colId: 'ind', headerName: 'Indikator', width: 100, valueGetter: ({ data: d }) => d && ukuran(d.indikator) },
    { colId: 'foto', headerName: 'Foto fisik', width: 100, valueGetter: ({ data: d }) => d && ukuran(d.foto) },
    {
      colId: 'catatan',
      headerName: 'Catatan deviasi',
      width: 130,
      valueGetter: ({ data: d }) => d && ukuran(d.catatan),
    },
    {
      colId: 'kirim',
      headerName: 'Formulir dikirim',
      width: 140,
      valueGetter: ({ data: d }) => d && tanggal(d.formulirDikirim),
    },
    {
      colId: 'kembali',
      headerName: 'Formulir kembali',
      width: 140,
      valueGetter: ({ data: d }) => d && tanggal(d.formulirKembali),
    },
    {
      field: 'hariTerlambat',
      headerName: 'Terlambat (hari)',
      width: 135,
      type: 'rightAligned',
      cellClass: ({ value }) => ((value as number) > 0 ? 'pantau-terlambat' : ''),
      valueFormatter: ({ value }) => ((value as number) > 0 ? formatAngka(value as number) : '-'),
    },
    {
      colId: 'kontak',
      headerName: 'Kontak',
      width: 210,
      valueGetter: ({ data: d }) =>
        d && [d.kontakNama, d.kontakTelepon && formatTelepon(d.kontakTelepon)].filter(Boolean).join(' · '),
    },
    {
      colId: 'pengingat',
      headerName: 'Pengingat',
      width: 200,
      valueGetter: ({ data: d }) =>
        !d || d.pengingat.terakhir === null
          ? '-'
          : `${formatAngka(d.pengingat.jumlah)}× · ${LABEL_CARA_PENGINGAT[d.pengingat.terakhir.cara]} ${tanggal(d.pengingat.terakhir.pada)}`,
    },
    {
      colId: 'aksi',
      headerName: '',
      width: 150,
      pinned: 'right',
      sortable: false,
      filter: false,
      cellRenderer: ({ data: d }: ICellRendererParams<BarisPelaporan>) =>
        d?.perluDiingatkan ? (
          <span className="pantau-aksi">
            <button type="button" onClick={() => setPesan(d)} aria-label={`Pesan ${d.nama}`}>
              Pesan
            </button>
            <button
              type="button"
              disabled={surat.sibuk}
              onClick={() => void surat.buat([d.opdId], 'per_opd')}
              aria-label={`Surat ${d.nama}`}
            >
              Surat
            </button>
          </span>
        ) : null,
    },
  ];
}

/** One card per status (a click filters the list by it) and the count of late OPD. */
function RingkasStatus({
  data,
  saring,
  setSaring,
}: {
  data: PemantauanPelaporan;
  saring: Saring;
  setSaring: (s: Saring) => void;
}) {
  return (
    <div className="kartu-ringkas" data-testid="ringkas-status">
      {STATUS_LAPORAN.map((s) => (
        <button
          key={s}
          type="button"
          className={`kartu pantau-kartu pantau-${s}${saring === s ? ' dipilih' : ''}`}
          onClick={() => setSaring(saring === s ? 'semua' : s)}
        >
          <span>{LABEL_STATUS_LAPORAN[s]}</span>
          <strong>{formatAngka(data.jumlahPerStatus[s])}</strong>
        </button>
      ))}
      <div className="kartu">
        <span>Terlambat</span>
        <strong className={data.jumlahTerlambat > 0 ? 'rapat-merah' : undefined}>
          {formatAngka(data.jumlahTerlambat)}
        </strong>
        <small>dari {formatAngka(data.opd.length)} OPD</small>
      </div>
    </div>
  );
}

/** Reminder letters to every OPD on the list that must be reminded: one letter with an annex, or one per OPD. */
function SuratUntukSemua({ surat, opdIds }: { surat: Surat; opdIds: number[] }) {
  return (
    <>
      <h2>Surat pengingat</h2>
      <OpsiSuratPengingat opsi={surat.opsi} setOpsi={surat.setOpsi} galat={surat.galat} />
      <div className="bilah-aksi">
        <button
          type="button"
          className="utama"
          disabled={surat.sibuk || opdIds.length === 0}
          onClick={() => void surat.buat(opdIds, 'kolektif')}
        >
          Satu surat dengan lampiran ({formatAngka(opdIds.length)} OPD)
        </button>
        <button
          type="button"
          disabled={surat.sibuk || opdIds.length === 0}
          onClick={() => void surat.buat(opdIds, 'per_opd')}
        >
          Satu surat per OPD ({formatAngka(opdIds.length)} surat)
        </button>
        <span className="keterangan">untuk OPD yang belum lengkap pada daftar di atas (sesuai saringan)</span>
      </div>
    </>
  );
}

export function PemantauanPage() {
  const [periode, ubah] = usePeriode({ bulan: periodePelaporanDi(hariIni()).triwulan * 3 });
  const triwulan = triwulanPeriode(periode);
  const [versi, setVersi] = useState(0);
  const [data, muatUlang] = useMuat(
    () => (periode ? api('pelaporan.pantau', { tahun: periode.tahun, triwulan }) : Promise.resolve(undefined)),
    [periode?.tahun, triwulan, versi],
  );
  const [saring, setSaring] = useState<Saring>('semua');
  const [klaster, setKlaster] = useState<Klaster | ''>('');
  const [cari, setCari] = useState('');
  const [pesan, setPesan] = useState<BarisPelaporan | null>(null);
  const gridRef = useRef<AgGridReact<BarisPelaporan>>(null);
  const berubah = () => {
    setVersi((v) => v + 1);
    muatUlang();
  };
  const surat = useBuatSurat(periode?.tahun ?? 0, triwulan, berubah);

  const baris = useMemo(
    () =>
      (data?.opd ?? []).filter(
        (b) =>
          (saring === 'semua' || (saring === 'perlu' ? b.perluDiingatkan : b.status === saring)) &&
          (klaster === '' || b.klaster === klaster) &&
          b.nama.toLowerCase().includes(cari.trim().toLowerCase()),
      ),
    [data, saring, klaster, cari],
  );
  const diingatkan = baris.filter((b) => b.perluDiingatkan);

  const kolom = useMemo(() => kolomPemantauan(setPesan, surat), [surat]);

  if (!periode || !data) return <p className="keterangan">Memuat…</p>;
  return (
    <section>
      <div className="kepala-halaman">
        <h1>Pemantauan Pelaporan</h1>
        <PilihPeriode periode={periode} ubah={ubah} opd={[]} denganOpd={false} hanyaTriwulan />
      </div>
      <p className="keterangan" data-testid="tenggat">
        Laporan {labelTriwulan(triwulan)} {data.tahun} · batas waktu {formatHariTanggal(data.tenggat)}
        {data.tenggatBaku
          ? ' (bawaan: hari ke-10 setelah triwulan berakhir; ubah di Pengaturan)'
          : ' (diatur di Pengaturan)'}
        {data.masaPelaporan && <strong className="pantau-masa"> · masa pelaporan</strong>}
        {data.tanpaRenja > 0 && ` · ${formatAngka(data.tanpaRenja)} OPD tanpa Renja tahun ini tidak ditampilkan`}
      </p>
      {data.opd.length === 0 && (
        <p className="keterangan" data-testid="pantau-kosong">
          Belum ada OPD yang memiliki Renja tahun {data.tahun} untuk dipantau. Tambahkan OPD di{' '}
          <a href="#/opd">Data Master OPD</a>, lalu isi atau impor Renja di <a href="#/perencanaan">Perencanaan</a>.
        </p>
      )}
      <RingkasStatus data={data} saring={saring} setSaring={setSaring} />
      <div className="bilah-aksi pantau-saring">
        <select value={saring} onChange={(e) => setSaring(e.target.value as Saring)} aria-label="Saring status">
          <option value="semua">Semua status</option>
          <option value="perlu">Perlu diingatkan</option>
          <OpsiLabel nilai={STATUS_LAPORAN} label={LABEL_STATUS_LAPORAN} />
        </select>
        <select
          value={klaster}
          onChange={(e) => setKlaster(e.target.value as Klaster | '')}
          aria-label="Saring kelompok"
        >
          <option value="">Semua kelompok</option>
          <OpsiLabel nilai={KLASTER} label={LABEL_KLASTER} />
        </select>
        <KotakCari nilai={cari} ubah={setCari} label="Cari OPD" />
        <TombolEkspor grid={gridRef} judul={`Pemantauan Pelaporan ${labelTriwulan(triwulan)} ${data.tahun}`} />
      </div>
      <Grid
        ref={gridRef}
        tinggi="max(320px, calc(100vh - 330px))"
        rowData={baris}
        columnDefs={kolom}
        getRowId={({ data: d }) => String(d.opdId)}
      />
      <SuratUntukSemua surat={surat} opdIds={diingatkan.map((b) => b.opdId)} />
      <ArsipSuratPengingat tahun={data.tahun} triwulan={triwulan} versi={versi} />
      {pesan && (
        <PesanPengingat
          opdId={pesan.opdId}
          nama={pesan.nama}
          tahun={data.tahun}
          triwulan={triwulan}
          tutup={() => setPesan(null)}
          terkirim={berubah}
        />
      )}
    </section>
  );
}
