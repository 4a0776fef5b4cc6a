// Laporan evaluasi triwulan: choose the report (year, quarter, scope), edit each narrative section, generate the
// DOCX (full report or the regent's summary) or the .xlsx of its tables.
import { useEffect, useState, type ReactNode } from 'react';
import {
  BAGIAN_LAPORAN,
  BAGIAN_RINGKASAN,
  JENIS_CAKUPAN,
  LABEL_JENIS_CAKUPAN,
  type BagianNarasi,
  type JenisCakupan,
  type NarasiBagian,
} from '../../../../shared/api/laporan';
import type { BerkasJadi } from '../../../../shared/api/ekspor';
import type { Opd } from '../../../../shared/api/opd';
import { formatTriwulan } from '../../../../shared/format';
import type { Kemajuan } from '../../../../shared/kemajuan';
import { KLASTER, LABEL_KLASTER, type Klaster } from '../../../../shared/opd';
import { hariIni, triwulanDievaluasi } from '../../../../shared/rapat';
import { api, pesanGalat } from '../../api/client';
import { BilahKemajuan } from '../../components/BilahKemajuan';
import { OpsiOpd } from '../../components/PilihOpd';
import { useNotifikasi } from '../../components/Notifikasi';
import { simpanBerkas } from '../../components/simpanBerkas';
import { periodeBersama, simpanPeriodeBersama } from '../../components/PilihPeriode';
import { useMuat } from '../../components/useMuat';
import { BagianNarasiIsian } from './BagianNarasiIsian';
import { OpsiLabel, PilihLabel } from '../../components/OpsiLabel';
import { PilihPenandatangan } from '../../components/PilihPenandatangan';

interface Pilihan {
  tahun: number;
  triwulan: number;
  cakupan: JenisCakupan;
  opdId: number | null;
  klaster: Klaster | null;
}

type Pekerjaan = 'lengkap' | 'ringkasan' | 'pengantar' | 'xlsx' | 'paparan' | 'ekspose';
const LABEL_PEKERJAAN: Record<Pekerjaan, string> = {
  lengkap: 'Menyusun laporan lengkap',
  ringkasan: 'Menyusun ringkasan eksekutif',
  pengantar: 'Menyusun surat pengantar',
  xlsx: 'Menyusun tabel .xlsx',
  paparan: 'Menyusun paparan',
  ekspose: 'Menyusun ekspose setiap OPD',
};

/**
 * The period shared with Beranda and Realisasi when one was chosen there (a month rounds up to its quarter), else the
 * quarter evaluated today; the whole regency.
 */
function pilihanAwal(): Pilihan {
  const bersama = periodeBersama();
  const periode =
    bersama.tahun !== undefined && bersama.bulan !== undefined
      ? { tahun: bersama.tahun, triwulan: Math.ceil(bersama.bulan / 3) }
      : triwulanDievaluasi(hariIni());
  return { ...periode, cakupan: 'kabupaten', opdId: null, klaster: null };
}

type Kunci = Pilihan & { opdId: number | null; klaster: Klaster | null };

/**
 * Making a document of the report: what is being made, its progress and the seconds it has taken. Every section still
 * being edited is saved first (`sebelum`), so the document prints what is on screen.
 */
function useKerjaLaporan(
  kunci: Kunci | undefined,
  penandatanganId: number | null,
  sebelum: () => Promise<void>,
  muatUlang: () => void,
) {
  const { tampilkan } = useNotifikasi();
  const [kerja, setKerja] = useState<{ jenis: Pekerjaan; mulai: number } | null>(null);
  const [kemajuan, setKemajuan] = useState<Kemajuan | null>(null);
  const [detik, setDetik] = useState(0);
  useEffect(() => {
    if (!kerja) return;
    const t = setInterval(() => setDetik(Math.round((Date.now() - kerja.mulai) / 1000)), 500);
    return () => clearInterval(t);
  }, [kerja]);

  /** One deck per OPD head of the cluster: into a folder on the desktop, one .zip in the browser. */
  const ekspose = async (kunci: Kunci) => {
    const folder = window.sinergi ? (await api('cadangan.pilih', { jenis: 'folder' })).path : undefined;
    if (folder === null) return;
    const { tahun, triwulan } = kunci;
    const hasil = await api(
      'paparan.ekspose',
      { tahun, triwulan, klaster: kunci.klaster!, ...(folder ? { folder } : {}) },
      { kemajuan: setKemajuan },
    );
    if (hasil.jenis === 'zip') await simpanBerkas(hasil);
    const lewat = hasil.dilewati.length > 0 ? `; ${hasil.dilewati.length} OPD tanpa Renja dilewati` : '';
    tampilkan(
      `${hasil.jumlah} ekspose OPD dibuat${hasil.jenis === 'folder' ? ` di ${hasil.folder}` : ''}${lewat}`,
      'sukses',
    );
  };

  const jalankan = async (jenis: Pekerjaan) => {
    if (!kunci) return;
    setDetik(0);
    setKemajuan(null);
    setKerja({ jenis, mulai: Date.now() });
    try {
      await sebelum();
      if (jenis === 'ekspose') {
        await ekspose(kunci);
        return;
      }
      const opsi = { kemajuan: setKemajuan };
      const berkas: BerkasJadi =
        jenis === 'xlsx'
          ? await api('laporan.eksporXlsx', kunci, opsi)
          : jenis === 'paparan'
            ? await api('paparan.laporan', { ...kunci, penyajiId: penandatanganId }, opsi)
            : await api('laporan.buat', { ...kunci, jenis, penandatanganId }, opsi);
      setKemajuan({ langkah: 'Menyimpan berkas', selesai: 0, total: 0, satuan: '' });
      const kabar = await simpanBerkas(berkas);
      if (kabar) tampilkan(kabar.teks, kabar.jenis);
      muatUlang();
    } catch (e) {
      tampilkan(pesanGalat(e), 'galat');
    } finally {
      setKerja(null);
    }
  };

  return { kerja, kemajuan, detik, jalankan };
}

/** A labelled choice of the report's period and scope. */
function Pilih({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Which report: year, quarter, scope (regency, one OPD, one cluster) and who signs it. */
function PilihLaporan({
  pilihan,
  kunci,
  ubah,
  penandatanganId,
  setPenandatanganId,
  opd,
}: {
  pilihan: Pilihan;
  kunci: Kunci;
  ubah: (p: Partial<Pilihan>) => void;
  penandatanganId: number | null;
  setPenandatanganId: (id: number | null) => void;
  opd: Opd[] | undefined;
}) {
  return (
    <div className="pilih-periode laporan-pilih">
      <Pilih label="Tahun">
        <input
          type="number"
          min={2000}
          max={2100}
          value={pilihan.tahun}
          aria-label="Tahun"
          onChange={(e) => ubah({ tahun: Number(e.target.value) })}
        />
      </Pilih>
      <Pilih label="Triwulan">
        <select
          value={pilihan.triwulan}
          aria-label="Triwulan"
          onChange={(e) => ubah({ triwulan: Number(e.target.value) })}
        >
          {[1, 2, 3, 4].map((t) => (
            <option key={t} value={t}>
              Triwulan {formatTriwulan(t)}
            </option>
          ))}
        </select>
      </Pilih>
      <Pilih label="Cakupan">
        <PilihLabel
          nilai={pilihan.cakupan}
          pilihan={JENIS_CAKUPAN}
          label={LABEL_JENIS_CAKUPAN}
          ubah={(v) => ubah({ cakupan: v })}
          aria-label="Cakupan"
        />
      </Pilih>
      {pilihan.cakupan === 'opd' && (
        <Pilih label="OPD">
          <select value={kunci.opdId ?? ''} aria-label="OPD" onChange={(e) => ubah({ opdId: Number(e.target.value) })}>
            <OpsiOpd opd={opd ?? []} />
          </select>
        </Pilih>
      )}
      {pilihan.cakupan === 'klaster' && (
        <Pilih label="Klaster">
          <select
            value={kunci.klaster ?? ''}
            aria-label="Klaster"
            onChange={(e) => ubah({ klaster: e.target.value as Klaster })}
          >
            <OpsiLabel nilai={KLASTER} label={LABEL_KLASTER} />
          </select>
        </Pilih>
      )}
      <Pilih label="Penandatangan">
        <PilihPenandatangan
          nilai={penandatanganId}
          ubah={setPenandatanganId}
          kosong="Otomatis (Kepala Bagian)"
          label="Penandatangan"
        />
      </Pilih>
    </div>
  );
}

/** The documents the report can be made into; the OPD decks only for a cluster. */
function TombolLaporan({
  sibuk,
  klaster,
  jalankan,
}: {
  sibuk: boolean;
  klaster: boolean;
  jalankan: (jenis: Pekerjaan) => void;
}) {
  return (
    <div className="laporan-aksi">
      <button type="button" className="utama" disabled={sibuk} onClick={() => jalankan('lengkap')}>
        Buat laporan lengkap (.docx)
      </button>
      <button type="button" disabled={sibuk} onClick={() => jalankan('ringkasan')}>
        Buat ringkasan eksekutif (.docx)
      </button>
      <button type="button" disabled={sibuk} onClick={() => jalankan('pengantar')}>
        Buat surat pengantar (.docx)
      </button>
      <button type="button" disabled={sibuk} onClick={() => jalankan('xlsx')}>
        Ekspor tabel (.xlsx)
      </button>
      <button type="button" disabled={sibuk} onClick={() => jalankan('paparan')}>
        Buat paparan (.pptx)
      </button>
      {klaster && (
        <button type="button" disabled={sibuk} onClick={() => jalankan('ekspose')}>
          Ekspose setiap OPD (.zip)
        </button>
      )}
    </div>
  );
}

export function LaporanPage() {
  const { tampilkan } = useNotifikasi();
  const [opd] = useMuat(() => api('opd.daftar', {}), []);
  const [pilihan, setPilihan] = useState<Pilihan>(pilihanAwal);
  const [penandatanganId, setPenandatanganId] = useState<number | null>(null);
  const [konsep, setKonsep] = useState<Partial<Record<BagianNarasi, string>>>({});

  const kunci = pilihan && {
    ...pilihan,
    opdId: pilihan.cakupan === 'opd' ? (pilihan.opdId ?? opd?.[0]?.id ?? null) : null,
    klaster: pilihan.cakupan === 'klaster' ? (pilihan.klaster ?? 'pembangunan_manusia') : null,
  };
  const kunciTeks = JSON.stringify(kunci ?? null);
  // A report with nothing to evaluate (no Renja for the year) says so in place of the narrative, not in a toast.
  const [narasi, muatUlang, alasanKosong] = useMuat(
    () => (kunci ? api('laporan.narasi', kunci) : Promise.resolve(undefined)),
    [kunciTeks],
    { galatDiHalaman: true },
  );
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- drafts belong to one report
    setKonsep({});
  }, [kunciTeks]);

  const simpan = async (b: NarasiBagian, teks: string) => {
    if (!kunci) return;
    await api('laporan.simpanNarasi', { ...kunci, bagian: b.bagian, teks });
    setKonsep((k) => {
      const { [b.bagian]: _hapus, ...sisa } = k;
      return sisa;
    });
    muatUlang();
  };

  /** Saves every section still being edited, so the document prints what is on screen. */
  const simpanSemua = async () => {
    if (!kunci) return;
    for (const [bagian, teks] of Object.entries(konsep) as [BagianNarasi, string][]) {
      const b = narasi?.bagian.find((x) => x.bagian === bagian);
      if (b && teks !== b.teks) await api('laporan.simpanNarasi', { ...kunci, bagian, teks });
    }
    setKonsep({});
  };

  const { kerja, kemajuan, detik, jalankan } = useKerjaLaporan(kunci, penandatanganId, simpanSemua, muatUlang);

  if (!pilihan || !kunci) return <p className="keterangan">Memuat…</p>;
  const ubah = (p: Partial<Pilihan>) => {
    const baru = { ...pilihan, ...p };
    setPilihan(baru);
    if (p.tahun !== undefined || p.triwulan !== undefined)
      simpanPeriodeBersama({ tahun: baru.tahun, bulan: baru.triwulan * 3 });
  };

  const daftarBagian = (daftar: readonly BagianNarasi[]) =>
    (narasi?.bagian ?? [])
      .filter((b) => daftar.includes(b.bagian))
      .map((b) => (
        <BagianNarasiIsian
          key={`${kunciTeks}-${b.bagian}`}
          bagian={b}
          teks={konsep[b.bagian] ?? b.teks}
          ubah={(teks) => setKonsep((k) => ({ ...k, [b.bagian]: teks }))}
          simpan={(teks) => simpan(b, teks).catch((e: unknown) => tampilkan(pesanGalat(e), 'galat'))}
        />
      ));

  return (
    <section className="laporan">
      <div className="kepala-halaman">
        <h1>Laporan Evaluasi Triwulan</h1>
      </div>
      <PilihLaporan
        pilihan={pilihan}
        kunci={kunci}
        ubah={ubah}
        penandatanganId={penandatanganId}
        setPenandatanganId={setPenandatanganId}
        opd={opd}
      />

      {narasi?.belumAdaRealisasi && (
        <p className="laporan-peringatan" role="status">
          Belum ada realisasi yang dilaporkan untuk triwulan ini. Laporan tetap dapat dibuat dan akan menyebutkannya.
        </p>
      )}

      <TombolLaporan sibuk={!!kerja} klaster={pilihan.cakupan === 'klaster'} jalankan={(j) => void jalankan(j)} />
      {kerja && (
        <BilahKemajuan
          judul={`${LABEL_PEKERJAAN[kerja.jenis]} ${narasi?.judulCakupan ?? ''}`.trim()}
          kemajuan={kemajuan}
          rincian={detik > 0 ? `${detik} detik` : undefined}
        />
      )}

      {alasanKosong ? (
        <p className="keterangan" data-testid="laporan-kosong">
          {alasanKosong}. <a href="#/perencanaan">Buka Perencanaan</a>
        </p>
      ) : !narasi ? (
        <p className="keterangan">Menyiapkan teks dari data…</p>
      ) : (
        <>
          <p className="keterangan">
            Teks setiap bagian disusun dari data {narasi.judulCakupan}. Ubahlah sesuai kebutuhan: perubahan disimpan
            untuk laporan ini saja. Baris yang diawali "1." dicetak sebagai daftar bernomor.
          </p>
          <h2>Laporan lengkap</h2>
          {daftarBagian(BAGIAN_LAPORAN)}
          <h2>Ringkasan eksekutif untuk Bupati</h2>
          {daftarBagian(BAGIAN_RINGKASAN)}
        </>
      )}
    </section>
  );
}
