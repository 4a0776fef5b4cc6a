// Everything one report needs, gathered once: the scope's figures, the E.81 tables, the OPD in merah, the settings.
import type { KunciLaporan } from '../../shared/api/laporan';
import type { Pengaturan } from '../../shared/api/pengaturan';
import type { Db } from '../db/connection';
import { ambilPengaturan } from '../pengaturan/repository';
import { dataCakupan, type DataCakupan } from './cakupan';
import { tabelE81, type TabelE81 } from './e81';
import { daftarMerah, type OpdMerah } from './kendala';

export interface KonteksLaporan {
  data: DataCakupan;
  tabel: TabelE81[];
  merah: OpdMerah[];
  pengaturan: Pengaturan;
}

export async function susunKonteks(db: Db, kunci: KunciLaporan): Promise<KonteksLaporan> {
  const [data, pengaturan] = await Promise.all([dataCakupan(db, kunci), ambilPengaturan(db)]);
  const tabel = await tabelE81(db, kunci.tahun, kunci.triwulan, data.sub);
  return { data, tabel, merah: daftarMerah(data.opd, tabel), pengaturan };
}
