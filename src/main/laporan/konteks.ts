// Everything one report needs, gathered once: the scope's figures, the E.81 tables, the OPD in merah, the settings.
import { bersihkanSemua } from '../../shared/teks';
import type { KunciLaporan } from '../../shared/api/laporan';
import type { Pengaturan } from '../../shared/api/pengaturan';
import type { AturanMonev } from '../../shared/monev/aturan';
import type { KontrakPeriode } from '../../shared/api/kontrak';
import type { Db } from '../db/connection';
import { pantauKontrak } from '../kontrak/pantau';
import { DitolakError } from '../errors';
import { ambilPengaturan, ambilPengaturanMonev } from '../pengaturan/repository';
import { dataCakupan, dataTabel, type DataCakupan, type DataTabel } from './cakupan';
import { tabelE81, type TabelE81 } from './e81';
import { daftarMerah, type OpdMerah } from './kendala';
import { registerRapat, type RegisterOpd } from './rapatPeriode';

/** What the report's tables need: the .xlsx's context, and the heart of the documents'. */
export interface KonteksTabel {
  data: DataTabel;
  tabel: TabelE81[];
  merah: OpdMerah[];
  pengaturan: Pengaturan;
  /** The regency's monev settings, read once: every status, capaian and predikat of the report uses them. */
  aturan: AturanMonev;
}

export interface KonteksLaporan extends KonteksTabel {
  data: DataCakupan;
  /** Kendala and tindak lanjut of the period's meetings, per OPD of the scope. */
  rapat: RegisterOpd[];
  /** Contracts of the scope the kontrak-kritis rule marks kritis at the quarter's end, the furthest behind first. */
  kontrakKritis: KontrakPeriode[];
}

/** Why a scope has nothing to evaluate, or null: no sub kegiatan in its Renja of the year. */
function tanpaRenja(data: DataTabel, kunci: KunciLaporan): string | null {
  if (data.jumlahSub > 0) return null;
  return (
    `Belum ada Renja ${data.cakupan.jenis === 'kabupaten' ? '' : `${data.nama} `}untuk tahun ${kunci.tahun}: ` +
    'isi atau impor Renja di Perencanaan terlebih dahulu'
  );
}

/** The report's context, or why there is nothing to evaluate: the slides say it where the report refuses. */
export async function konteksAtauAlasan(
  db: Db,
  kunci: KunciLaporan,
): Promise<{ konteks: KonteksLaporan } | { alasan: string; data: DataCakupan; pengaturan: Pengaturan }> {
  const [aturan, pengaturan] = await Promise.all([ambilPengaturanMonev(db), ambilPengaturan(db)]);
  const data = await dataCakupan(db, kunci, aturan, pengaturan);
  const alasan = tanpaRenja(data, kunci);
  if (alasan) return { alasan, data, pengaturan };
  const opdIds = new Set(data.sub.map((s) => s.opdId));
  const [tabel, rapat, kontrak] = await Promise.all([
    tabelE81(db, kunci.tahun, kunci.triwulan, data.sub, aturan),
    registerRapat(db, kunci.tahun, kunci.triwulan, opdIds),
    pantauKontrak(db, { tahun: kunci.tahun, triwulan: kunci.triwulan }, aturan),
  ]);
  const kontrakKritis = kontrak.kontrak.filter((x) => x.status === 'kritis' && opdIds.has(x.opdId));
  // Old rows may carry a character XML forbids; one of them would make the whole report unopenable.
  return {
    konteks: bersihkanSemua({
      data,
      tabel,
      merah: daftarMerah(data.opd, tabel),
      pengaturan,
      aturan,
      rapat,
      kontrakKritis,
    }),
  };
}

export async function susunKonteks(db: Db, kunci: KunciLaporan): Promise<KonteksLaporan> {
  const hasil = await konteksAtauAlasan(db, kunci);
  // Nothing to evaluate is an answer for the user, not a chart without categories failing deep inside docx.
  if ('alasan' in hasil) throw new DitolakError(hasil.alasan);
  return hasil.konteks;
}

/**
 * The tables' context alone, for the .xlsx: the quarter end's figures, without the earlier quarters the Kurva S and
 * the narrative read (three more readings of every sub kegiatan), nor the meetings and contracts.
 */
export async function susunKonteksTabel(db: Db, kunci: KunciLaporan): Promise<KonteksTabel> {
  const [aturan, pengaturan] = await Promise.all([ambilPengaturanMonev(db), ambilPengaturan(db)]);
  const data = await dataTabel(db, kunci, aturan, pengaturan);
  const alasan = tanpaRenja(data, kunci);
  if (alasan) throw new DitolakError(alasan);
  const tabel = await tabelE81(db, kunci.tahun, kunci.triwulan, data.sub, aturan);
  return bersihkanSemua({ data, tabel, merah: daftarMerah(data.opd, tabel), pengaturan, aturan });
}
