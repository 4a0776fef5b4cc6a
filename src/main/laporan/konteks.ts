// Everything one report needs, gathered once: the scope's figures, the E.81 tables, the OPD in merah, the settings.
import { bersihkanSemua } from '../../shared/teks';
import type { KunciLaporan } from '../../shared/api/laporan';
import type { Pengaturan } from '../../shared/api/pengaturan';
import type { AturanMonev } from '../../shared/monev/aturan';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { ambilPengaturan, ambilPengaturanMonev } from '../pengaturan/repository';
import { dataCakupan, type DataCakupan } from './cakupan';
import { tabelE81, type TabelE81 } from './e81';
import { daftarMerah, type OpdMerah } from './kendala';

export interface KonteksLaporan {
  data: DataCakupan;
  tabel: TabelE81[];
  merah: OpdMerah[];
  pengaturan: Pengaturan;
  /** The regency's monev settings, read once: every status, capaian and predikat of the report uses them. */
  aturan: AturanMonev;
}

/** The report's context, or why there is nothing to evaluate: the slides say it where the report refuses. */
export async function konteksAtauAlasan(
  db: Db,
  kunci: KunciLaporan,
): Promise<{ konteks: KonteksLaporan } | { alasan: string; data: DataCakupan; pengaturan: Pengaturan }> {
  const [aturan, pengaturan] = await Promise.all([ambilPengaturanMonev(db), ambilPengaturan(db)]);
  const data = await dataCakupan(db, kunci, aturan, pengaturan);
  if (data.jumlahSub === 0)
    return {
      alasan:
        `Belum ada Renja ${data.cakupan.jenis === 'kabupaten' ? '' : `${data.nama} `}untuk tahun ${kunci.tahun}: ` +
        'isi atau impor Renja di Perencanaan terlebih dahulu',
      data,
      pengaturan,
    };
  const tabel = await tabelE81(db, kunci.tahun, kunci.triwulan, data.sub, aturan);
  // Old rows may carry a character XML forbids; one of them would make the whole report unopenable.
  return { konteks: bersihkanSemua({ data, tabel, merah: daftarMerah(data.opd, tabel), pengaturan, aturan }) };
}

export async function susunKonteks(db: Db, kunci: KunciLaporan): Promise<KonteksLaporan> {
  const hasil = await konteksAtauAlasan(db, kunci);
  // Nothing to evaluate is an answer for the user, not a chart without categories failing deep inside docx.
  if ('alasan' in hasil) throw new DitolakError(hasil.alasan);
  return hasil.konteks;
}
