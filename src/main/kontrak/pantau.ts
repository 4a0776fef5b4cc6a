// The quarter's contracts judged by the kontrak-kritis rule: each contracted sub kegiatan of the Renja in force, its
// realisasi fisik at the quarter's end against the contract's planned progress on that day.
import { sql } from 'kysely';
import type { KontrakPeriode, PantauKontrak } from '../../shared/api/kontrak';
import type { AturanMonev } from '../../shared/monev/aturan';
import { rencanaFisikPada, statusKontrak, STATUS_KONTRAK } from '../../shared/monev/kontrak';
import { deviasiFisik } from '../../shared/monev/rules';
import { akhirTriwulan } from '../../shared/pelaporan';
import type { Db } from '../db/connection';
import { renjaBerlaku } from '../monev/berlaku';
import { bacaJadwal, kueriKontrak } from './repository';

const PERINGKAT = { kritis: 0, terlambat: 1, wajar: 2 } as const;

export async function pantauKontrak(
  db: Db,
  p: { tahun: number; triwulan: number; opdId?: number | null },
  aturan: AturanMonev,
): Promise<PantauKontrak> {
  const bulan = p.triwulan * 3;
  const tanggal = akhirTriwulan(p.tahun, p.triwulan);
  const { dari, syarat } = await renjaBerlaku(db, p.tahun, bulan);
  const rows = await kueriKontrak(db)
    .leftJoin('realisasi as r', (j) => j.onRef('r.subKegiatanId', '=', 's.id').on('r.bulan', '=', bulan))
    .select('r.realisasiFisik')
    .where(sql<boolean>`s.id IN (SELECT s.id ${dari} WHERE ${syarat})`)
    .$if(!!p.opdId, (qb) => qb.where('p.opdId', '=', p.opdId!))
    .execute();
  const kontrak: KontrakPeriode[] = rows.map((r) => {
    const jadwal = bacaJadwal(r.jadwal);
    const rencanaFisik = rencanaFisikPada({ ...r, jadwal }, tanggal);
    return {
      ...r,
      jadwal,
      rencanaFisik,
      deviasi: deviasiFisik(r.realisasiFisik, rencanaFisik),
      status: statusKontrak(r.realisasiFisik, rencanaFisik, aturan.aturanStatus),
    };
  });
  kontrak.sort(
    (a, b) =>
      (a.status === null ? 3 : PERINGKAT[a.status]) - (b.status === null ? 3 : PERINGKAT[b.status]) ||
      (a.deviasi ?? 0) - (b.deviasi ?? 0) ||
      a.subKode.localeCompare(b.subKode),
  );
  const jumlah = {
    ...Object.fromEntries(STATUS_KONTRAK.map((s) => [s, kontrak.filter((k) => k.status === s).length])),
    belumAdaData: kontrak.filter((k) => k.status === null).length,
  } as PantauKontrak['jumlah'];
  return { tahun: p.tahun, triwulan: p.triwulan, tanggal, jumlah, kontrak };
}
