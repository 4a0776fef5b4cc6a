// The submission tracker of one quarter: for each OPD with a Renja in the year, the state of its report, how complete
// it is, when the Formulir went out and came back, how late it is against the quarter's deadline, and the reminders
// sent. One computation, used by the page, Beranda, the letters and the messages.
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

/** Every sub kegiatan of the Renja in force at the quarter's end, with what the tracker measures of it. */
async function subKegiatanPeriode(db: Db, tahun: number, bulan: number) {
  const { query } = await renjaBerlaku(db, tahun, bulan);
  return query
    .leftJoin('realisasi as r', (j) => j.onRef('r.subKegiatanId', '=', 's.id').on('r.bulan', '=', bulan))
    .leftJoin('kontrak as ko', 'ko.subKegiatanId', 's.id')
    .select([
      'p.opdId',
      't.targetFisik',
      'r.realisasiFisik',
      'r.realisasiKeuangan',
      'r.permasalahan',
      'r.faktorPenghambat',
      'r.diubahPada',
      'ko.id as kontrakId',
    ])
    .select((eb) => [
      eb
        .selectFrom('indikator as i')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.subKegiatanId', '=', 's.id')
        .as('jumlahIndikator'),
      eb
        .selectFrom('indikator as i')
        .innerJoin('nilaiIndikator as n', 'n.indikatorId', 'i.id')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.subKegiatanId', '=', 's.id')
        .where('n.bulan', '=', bulan)
        .where('n.realisasi', 'is not', null)
        .as('indikatorTerisi'),
      eb
        .selectFrom('dokumentasi as d')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('d.subKegiatanId', '=', 's.id')
        .where('d.bulan', '=', bulan)
        .as('jumlahFoto'),
    ])
    .execute();
}

type BarisSub = Awaited<ReturnType<typeof subKegiatanPeriode>>[number];

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
