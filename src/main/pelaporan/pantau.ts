// The submission tracker of one quarter: for each OPD with a Renja in the year, the state of its report, how complete
// it is, when the Formulir went out and came back, how late it is against the quarter's deadline, and the reminders
// sent. One computation, used by the page, Beranda, the letters and the messages.
import { sql } from 'kysely';
import type { BarisPelaporan, PemantauanPelaporan, Ukuran } from '../../shared/api/pelaporan';
import type { AturanMonev } from '../../shared/monev/aturan';
import { statusDeviasi } from '../../shared/monev/rules';
import {
  dalamMasaPelaporan,
  hariTerlambat,
  perluDiingatkan,
  STATUS_LAPORAN,
  statusLaporan,
  type StatusLaporan,
} from '../../shared/pelaporan';
import { hariIni } from '../../shared/rapat';
import type { Db } from '../db/connection';
import { renjaBerlaku } from '../monev/berlaku';
import { ambilVerifikasi } from '../realisasi/verifikasi';
import { formulirPeriode, pengingatPeriode } from './catat';
import { tenggatTriwulan } from './tenggat';

export interface PeriodePantau {
  tahun: number;
  triwulan: number;
  /** The day lateness is counted to; today when absent. */
  perTanggal?: string | undefined;
}

interface BarisSub {
  opdId: number;
  targetFisik: number | null;
  realisasiFisik: number | null;
  realisasiKeuangan: number | null;
  permasalahan: string | null;
  faktorPenghambat: string | null;
  diubahPada: string | null;
  kontrakId: number | null;
  jumlahIndikator: number;
  indikatorTerisi: number;
  jumlahFoto: number;
}

/** Every sub kegiatan of the Renja in force at the quarter's end, with what the tracker measures of it. */
async function subKegiatanPeriode(db: Db, tahun: number, bulan: number): Promise<BarisSub[]> {
  const { dari, syarat } = await renjaBerlaku(db, tahun, bulan);
  const { rows } = await sql<BarisSub>`
    SELECT p.opd_id AS "opdId", t.target_fisik AS "targetFisik", r.realisasi_fisik AS "realisasiFisik",
      r.realisasi_keuangan AS "realisasiKeuangan", r.permasalahan, r.faktor_penghambat AS "faktorPenghambat",
      r.diubah_pada AS "diubahPada", ko.id AS "kontrakId",
      (SELECT count(*) FROM indikator i WHERE i.sub_kegiatan_id = s.id) AS "jumlahIndikator",
      (SELECT count(*) FROM indikator i JOIN nilai_indikator n ON n.indikator_id = i.id
        WHERE i.sub_kegiatan_id = s.id AND n.bulan = ${bulan} AND n.realisasi IS NOT NULL) AS "indikatorTerisi",
      (SELECT count(*) FROM dokumentasi d WHERE d.sub_kegiatan_id = s.id AND d.bulan = ${bulan}) AS "jumlahFoto"
    ${dari}
    LEFT JOIN realisasi r ON r.sub_kegiatan_id = s.id AND r.bulan = ${bulan}
    LEFT JOIN kontrak ko ON ko.sub_kegiatan_id = s.id
    WHERE ${syarat}`.execute(db.withoutPlugins());
  return rows;
}

const ukur = <T>(rows: T[], diharapkan: (r: T) => boolean, ada: (r: T) => boolean): Ukuran => {
  const harap = rows.filter(diharapkan);
  return { ada: harap.filter(ada).length, jumlah: harap.length };
};

/** Completeness of one OPD's period, from its sub kegiatan rows. */
function kelengkapan(subs: BarisSub[], aturan: AturanMonev) {
  const berangka = (s: BarisSub) => s.realisasiFisik !== null && s.realisasiKeuangan !== null;
  const tertinggal = (s: BarisSub) => {
    const status = statusDeviasi(s.realisasiFisik, s.targetFisik, aturan.aturanStatus);
    return status === 'merah' || status === 'kuning';
  };
  return {
    subKegiatan: ukur(subs, () => true, berangka),
    indikator: ukur(
      subs,
      (s) => Number(s.jumlahIndikator) > 0,
      (s) => Number(s.indikatorTerisi) > 0,
    ),
    foto: ukur(
      subs,
      (s) => s.kontrakId !== null && (s.realisasiFisik ?? 0) > 0,
      (s) => Number(s.jumlahFoto) > 0,
    ),
    catatan: ukur(
      subs,
      tertinggal,
      (s) => (s.permasalahan ?? '').trim() !== '' || (s.faktorPenghambat ?? '').trim() !== '',
    ),
    terakhirDiubah: subs.reduce<string | null>(
      (m, s) => (s.diubahPada && (!m || s.diubahPada > m) ? s.diubahPada : m),
      null,
    ),
  };
}

/** An instant (ISO timestamp) as the calendar day on the office PC. */
const hariDari = (iso: string | null | undefined) => (iso ? hariIni(new Date(iso)) : null);

export async function pantauPelaporan(db: Db, p: PeriodePantau, aturan: AturanMonev): Promise<PemantauanPelaporan> {
  const { tahun, triwulan } = p;
  const bulan = triwulan * 3;
  const perTanggal = p.perTanggal ?? hariIni();
  const [subs, opd, tenggat, formulir, pengingat] = await Promise.all([
    subKegiatanPeriode(db, tahun, bulan),
    db
      .selectFrom('opd')
      .select(['id', 'nama', 'singkatan', 'klaster', 'kontakNama', 'kontakTelepon'])
      .orderBy('kode')
      .execute(),
    tenggatTriwulan(db, tahun, triwulan),
    formulirPeriode(db, tahun, bulan),
    pengingatPeriode(db, tahun, triwulan),
  ]);
  const perOpd = Map.groupBy(subs, (s) => s.opdId);
  const baris: BarisPelaporan[] = [];
  for (const o of opd.filter((x) => perOpd.has(x.id))) {
    const k = kelengkapan(perOpd.get(o.id)!, aturan);
    const verifikasi = await ambilVerifikasi(db, { opdId: o.id, tahun, bulan });
    const status = statusLaporan(k.subKegiatan.ada, k.subKegiatan.jumlah, verifikasi.status);
    const f = formulir.get(o.id);
    // A returned form is the report coming in; typed in by the section, it came in when its figures were last saved
    // complete; accepted without either, when the section accepted it.
    // A report without any figures has not come in, whatever was returned.
    const masuk =
      status === 'belum_ada_data'
        ? null
        : (hariDari(f?.kembaliPada) ??
          (status === 'sebagian' ? null : (hariDari(k.terakhirDiubah) ?? hariDari(verifikasi.diubahPada))));
    baris.push({
      opdId: o.id,
      nama: o.nama,
      singkatan: o.singkatan,
      klaster: o.klaster,
      status,
      subKegiatan: k.subKegiatan,
      indikator: k.indikator,
      foto: k.foto,
      catatan: k.catatan,
      formulirDikirim: f?.dikirimPada ?? null,
      formulirKembali: f?.kembaliPada ?? null,
      tanggalMasuk: masuk,
      hariTerlambat: hariTerlambat(tenggat.tanggal, masuk, perTanggal),
      perluDiingatkan: perluDiingatkan(status),
      kontakNama: o.kontakNama,
      kontakTelepon: o.kontakTelepon,
      pengingat: pengingat.get(o.id) ?? { jumlah: 0, terakhir: null },
    });
  }
  const jumlahPerStatus = Object.fromEntries(
    STATUS_LAPORAN.map((s) => [s, baris.filter((b) => b.status === s).length]),
  ) as Record<StatusLaporan, number>;
  return {
    tahun,
    triwulan,
    bulan,
    tenggat: tenggat.tanggal,
    tenggatBaku: tenggat.baku,
    perTanggal,
    masaPelaporan: dalamMasaPelaporan(tahun, triwulan, tenggat.tanggal, perTanggal),
    jumlahPerStatus,
    jumlahTerlambat: baris.filter((b) => b.hariTerlambat > 0).length,
    opd: baris,
    tanpaRenja: opd.length - baris.length,
  };
}
