// The yearly rows of one owner (an indicator's targets, a program's pagu) written in place, year by year.
import { sql } from 'kysely';
import type { Db } from '../db/connection';

type TabelTahunan = 'renstra_target' | 'nilai_indikator_sasaran' | 'renstra_pagu';

/**
 * Makes the owner's years exactly `baris`: a year kept is updated where it stands, a new year added, a year left out
 * removed. Not deleted and added again, so Riwayat records only the years whose value changed, each with its old
 * value. `pemilik` is the owner column and id; `lain` the other owner column a two-owner table leaves NULL.
 */
export async function tulisTahunan(
  trx: Db,
  tabel: TabelTahunan,
  pemilik: { kolom: string; id: number },
  baris: readonly ({ tahun: number } & Record<string, number | null>)[],
  lain: Record<string, null> = {},
): Promise<void> {
  const t = sql.table(tabel);
  const milik = sql`${sql.ref(pemilik.kolom)} = ${pemilik.id}`;
  const tahun = baris.map((b) => b.tahun);
  await sql`DELETE FROM ${t} WHERE ${milik}${
    tahun.length > 0 ? sql` AND tahun NOT IN (${sql.join(tahun)})` : sql``
  }`.execute(trx);
  for (const { tahun: th, ...nilai } of baris) {
    const kolom = Object.keys(nilai);
    const diubah =
      kolom.length > 0
        ? await sql`UPDATE ${t} SET ${sql.join(kolom.map((k) => sql`${sql.ref(k)} = ${nilai[k]}`))}
            WHERE ${milik} AND tahun = ${th}`.execute(trx)
        : null;
    if ((diubah?.numAffectedRows ?? 0n) > 0n) continue;
    const isi: Record<string, number | null> = { ...lain, [pemilik.kolom]: pemilik.id, tahun: th, ...nilai };
    await sql`INSERT INTO ${t} (${sql.join(Object.keys(isi).map((k) => sql.ref(k)))})
      VALUES (${sql.join(Object.values(isi))})`.execute(trx);
  }
}
