// The quarter at a glance: regency totals, OPD ranking with status colours, the OPD in merah, Kurva S and bars.
import type { ColDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import type { PantauKontrak } from '../../../../shared/api/kontrak';
import type { BarisOpdMonev, Ringkasan } from '../../../../shared/api/monev';
import type { Opd } from '../../../../shared/api/opd';
import { formatAngka, formatPersen, formatPoin, formatRupiah, formatTriwulan } from '../../../../shared/format';
import { LABEL_KLASTER } from '../../../../shared/opd';
import { LABEL_STATUS } from '../../../../shared/monev/rules';
import { LABEL_VERSI } from '../../../../shared/renja';
import { api } from '../../api/client';
import { Grid } from '../../components/grid/Grid';
import { kolomAngka } from '../../components/grid/kolomAngka';
import { TombolEkspor } from '../../components/grid/TombolEkspor';
import { usePeriode, PilihPeriode, bulanTriwulanSelesai, triwulanPeriode } from '../../components/PilihPeriode';
import { useMuat } from '../../components/useMuat';
import { KontrakKritisBeranda } from './KontrakBeranda';
import { OpsiOpd } from '../../components/PilihOpd';

// The charts come in their own chunk after the figures and the ranking: the chart library is a quarter of the page.
const KurvaS = lazy(() => import('./Grafik').then((m) => ({ default: m.KurvaS })));
const GrafikBatang = lazy(() => import('./Grafik').then((m) => ({ default: m.GrafikBatang })));
const TINGGI_KURVA = 264;

/**
 * The ranking of OPD by realisation, status coloured. Every column fits a 1366 px screen (the OPD name takes what is
 * left, whole in its tooltip); a wider screen gives the name more.
 */
const KOLOM_PERINGKAT: ColDef<BarisOpdMonev>[] = [
  { field: 'peringkat', headerName: 'No', width: 56, pinned: 'left' },
  { field: 'nama', headerName: 'OPD', flex: 1, minWidth: 200, pinned: 'left', tooltipField: 'nama' },
  {
    field: 'klaster',
    headerName: 'Kelompok',
    width: 125,
    valueFormatter: ({ value }) => LABEL_KLASTER[value as keyof typeof LABEL_KLASTER],
  },
  kolomAngka<BarisOpdMonev>('pagu', 'Pagu (Rp)', 'uang', 145),
  kolomAngka<BarisOpdMonev>('targetFisik', 'Target fisik', 'persen', 100),
  kolomAngka<BarisOpdMonev>('realisasiFisik', 'Realisasi fisik', 'persen', 110),
  kolomAngka<BarisOpdMonev>('deviasiFisik', 'Deviasi (poin)', 'poin', 110, {
    cellClass: ({ data }) => (data?.status ? `status-${data.status}` : ''),
  }),
  {
    field: 'status',
    headerName: 'Status',
    width: 85,
    valueFormatter: ({ value }) => (value ? LABEL_STATUS[value as keyof typeof LABEL_STATUS] : 'Belum lapor'),
    cellClass: ({ value }) => (value ? `status-${value as string}` : ''),
  },
  kolomAngka<BarisOpdMonev>('realisasiKeuangan', 'Realisasi keuangan (Rp)', 'uang', 150),
  kolomAngka<BarisOpdMonev>('persenKeuangan', 'Penyerapan', 'persen', 105),
  {
    colId: 'terisi',
    headerName: 'Terisi',
    width: 80,
    valueGetter: ({ data }) => (data ? `${data.jumlahTerisi}/${data.jumlahSubKegiatan}` : ''),
  },
];

/** The regency's figures, the count of OPD in merah, and the critical contracts when there are contracts. */
function KartuKabupaten({
  ringkasan,
  kontrak,
  jumlahMerah,
}: {
  ringkasan: Ringkasan;
  kontrak: PantauKontrak | undefined | null;
  jumlahMerah: number;
}) {
  const k = ringkasan.kabupaten;
  return (
    <div className="kartu-ringkas">
      <div className="kartu">
        <span>Pagu</span>
        <strong data-testid="kab-pagu">{formatRupiah(k.pagu, { desimal: false })}</strong>
      </div>
      <div className="kartu">
        <span>Realisasi keuangan</span>
        <strong>{formatRupiah(k.realisasiKeuangan, { desimal: false })}</strong>
        <small>penyerapan {formatPersen(k.persenKeuangan)}</small>
      </div>
      <div className="kartu">
        <span>Realisasi fisik</span>
        <strong data-testid="kab-fisik">{formatPersen(k.realisasiFisik)}</strong>
        <small>target {formatPersen(k.targetFisik)}</small>
      </div>
      <div className={`kartu ${k.status ? `status-${k.status}` : ''}`}>
        <span>Deviasi fisik</span>
        <strong data-testid="kab-deviasi">{formatPoin(k.deviasiFisik)}</strong>
        <small>poin</small>
      </div>
      <div className="kartu">
        <span>OPD berstatus merah</span>
        <strong data-testid="jumlah-merah">{formatAngka(jumlahMerah)}</strong>
        <small>dari {formatAngka(ringkasan.opd.length)} OPD</small>
      </div>
      {kontrak && kontrak.kontrak.length > 0 && (
        <a className={`kartu${kontrak.jumlah.kritis > 0 ? ' status-merah' : ''}`} href="#/kontrak">
          <span>Kontrak kritis</span>
          <strong data-testid="jumlah-kontrak-kritis">{formatAngka(kontrak.jumlah.kritis)}</strong>
          <small>
            {formatAngka(kontrak.jumlah.terlambat)} terlambat · dari {formatAngka(kontrak.kontrak.length)} kontrak
          </small>
        </a>
      )}
    </div>
  );
}

/** The Kurva S of one OPD the user picks. */
function KurvaSOpd({ tahun, opd }: { tahun: number; opd: Opd[] }) {
  const [opdKurva, setOpdKurva] = useState<number | null>(null);
  const [kurvaOpd] = useMuat(
    () => (opdKurva ? api('monev.kurvaS', { tahun, opdId: opdKurva }) : Promise.resolve(undefined)),
    [tahun, opdKurva],
  );
  return (
    <div>
      <select
        value={opdKurva ?? ''}
        onChange={(e) => setOpdKurva(Number(e.target.value) || null)}
        aria-label="OPD untuk Kurva S"
      >
        <option value="">Kurva S per OPD: pilih OPD…</option>
        <OpsiOpd opd={opd} />
      </select>
      {opdKurva ? (
        <Suspense fallback={null}>
          <KurvaS data={kurvaOpd} judul={opd.find((o) => o.id === opdKurva)?.nama ?? ''} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** `pertama`: what Beranda puts first, under the title (Pemantauan Pelaporan in the reporting weeks). */
export function Dashboard({ pertama }: { pertama?: ReactNode }) {
  const [periode, ubah, daftarOpd] = usePeriode({ bulan: bulanTriwulanSelesai() });
  const triwulan = triwulanPeriode(periode);
  const [ringkasan] = useMuat(
    () => (periode ? api('monev.ringkasan', { tahun: periode.tahun, triwulan }) : Promise.resolve(undefined)),
    [periode?.tahun, periode?.bulan],
  );
  const [kurvaKab] = useMuat(
    () => (periode ? api('monev.kurvaS', { tahun: periode.tahun }) : Promise.resolve(undefined)),
    [periode?.tahun],
  );
  const [kontrak] = useMuat(
    () => (periode ? api('kontrak.pantau', { tahun: periode.tahun, triwulan }) : Promise.resolve(undefined)),
    [periode?.tahun, periode?.bulan],
  );
  const gridRef = useRef<AgGridReact<BarisOpdMonev>>(null);

  if (!periode || !ringkasan) return <p className="keterangan">Memuat…</p>;
  const merah = ringkasan.opd.filter((o) => o.status === 'merah');
  const batang = [...ringkasan.opd]
    .sort((a, b) => (b.realisasiFisik ?? 0) - (a.realisasiFisik ?? 0))
    .map((o) => ({ nama: o.singkatan || o.nama, fisik: o.realisasiFisik, keuangan: o.persenKeuangan }));
  const tinggiBatang = Math.max(260, batang.length * 22);

  return (
    <section>
      <div className="kepala-halaman">
        <h1>Beranda</h1>
        <PilihPeriode periode={periode} ubah={ubah} opd={daftarOpd} denganOpd={false} hanyaTriwulan />
      </div>
      {pertama}
      <p className="keterangan">
        Kabupaten, s.d. triwulan {formatTriwulan(triwulan)} tahun {ringkasan.tahun}, dibandingkan dengan{' '}
        {LABEL_VERSI[ringkasan.versi]}.
        {ringkasan.belumAdaRealisasi && ' Belum ada realisasi yang dilaporkan untuk periode ini.'}
      </p>
      <KartuKabupaten ringkasan={ringkasan} kontrak={kontrak} jumlahMerah={merah.length} />
      <div className="dua-kolom">
        <Suspense fallback={<div className="grafik" style={{ height: TINGGI_KURVA }} />}>
          <KurvaS data={kurvaKab} judul="Kurva S kabupaten" />
        </Suspense>
        <KurvaSOpd tahun={periode.tahun} opd={daftarOpd} />
      </div>
      {merah.length > 0 && (
        <div className="daftar-merah">
          <h2>OPD berstatus merah</h2>
          <ul data-testid="daftar-merah">
            {merah.map((o) => (
              <li key={o.opdId}>
                <a href={`#/realisasi?opd=${o.opdId}&tahun=${ringkasan.tahun}&bulan=${ringkasan.bulan}`}>{o.nama}</a>:
                fisik {formatPersen(o.realisasiFisik)} dari target {formatPersen(o.targetFisik)} (deviasi{' '}
                {formatPoin(o.deviasiFisik)} poin)
              </li>
            ))}
          </ul>
        </div>
      )}
      {kontrak && <KontrakKritisBeranda data={kontrak} />}
      <div className="kepala-halaman">
        <h2>Peringkat OPD</h2>
        <TombolEkspor
          grid={gridRef}
          judul={`Peringkat OPD s.d. Triwulan ${formatTriwulan(triwulan)} ${ringkasan.tahun}`}
          subjudul={LABEL_VERSI[ringkasan.versi]}
        />
      </div>
      <Grid
        ref={gridRef}
        tinggi="420px"
        rowData={ringkasan.opd}
        columnDefs={KOLOM_PERINGKAT}
        getRowId={({ data }) => String(data.opdId)}
      />
      <Suspense fallback={<div className="grafik" style={{ height: tinggiBatang }} />}>
        <GrafikBatang data={batang} tinggi={tinggiBatang} />
      </Suspense>
    </section>
  );
}
