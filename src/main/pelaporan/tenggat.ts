// The deadline of each quarter's report: the default (10 days after the quarter ends) unless Pengaturan sets one.
import type { TenggatTriwulan } from '../../shared/api/pelaporan';
import { tenggatBaku } from '../../shared/pelaporan';
import type { Db } from '../db/connection';

export async function daftarTenggat(db: Db, tahun: number): Promise<TenggatTriwulan[]> {
  const tersimpan = await db
    .selectFrom('tenggatPelaporan')
    .select(['triwulan', 'tanggal'])
    .where('tahun', '=', tahun)
    .execute();
  return [1, 2, 3, 4].map((triwulan) => {
    const diatur = tersimpan.find((t) => t.triwulan === triwulan);
    const baku = tenggatBaku(tahun, triwulan);
    return { triwulan, tanggal: diatur?.tanggal ?? baku, tanggalBaku: baku, baku: diatur === undefined };
  });
}

export async function tenggatTriwulan(db: Db, tahun: number, triwulan: number): Promise<TenggatTriwulan> {
  return (await daftarTenggat(db, tahun))[triwulan - 1]!;
}

/** null returns the quarter to the default. The input was checked (not before the quarter's end) by its schema. */
export async function simpanTenggat(
  db: Db,
  t: { tahun: number; triwulan: number; tanggal: string | null },
): Promise<TenggatTriwulan[]> {
  await db.transaction().execute(async (trx) => {
    if (t.tanggal === null) {
      await trx
        .deleteFrom('tenggatPelaporan')
        .where('tahun', '=', t.tahun)
        .where('triwulan', '=', t.triwulan)
        .execute();
      return;
    }
    await trx
      .insertInto('tenggatPelaporan')
      .values({ tahun: t.tahun, triwulan: t.triwulan, tanggal: t.tanggal })
      .onConflict((oc) => oc.columns(['tahun', 'triwulan']).doUpdateSet({ tanggal: t.tanggal! }))
      .execute();
  });
  return daftarTenggat(db, t.tahun);
}
