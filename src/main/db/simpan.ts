// Writing and deleting one row by its id, as the saves of OPD, signatories, Renja, Renstra and RPJMD rows, meetings,
// follow-ups, kendala and contracts do.
import type { Insertable, Kysely, Updateable } from 'kysely';
import { DitolakError } from '../errors';
import type { Db } from './connection';
import type { Database } from './schema';

/**
 * Inserts `baru` into `tabel` when `id` is undefined, else sets `ubah` (`baru` when not given) on the row `id`;
 * returns the row's id. An id that names no row is refused: "<label> dengan ID <id> tidak ditemukan". The table's
 * name is a variable here, which Kysely's types cannot follow; the values keep the table's own types.
 */
export async function simpanMenurutId<T extends keyof Database>(
  db: Db,
  tabel: T,
  id: number | undefined,
  label: string,
  baru: Insertable<Database[T]>,
  ubah?: Updateable<Database[T]>,
): Promise<number> {
  const tulis = db as unknown as Kysely<Record<string, { id: number }>>;
  if (id === undefined) {
    const row = await tulis
      .insertInto(tabel as string)
      .values(baru as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const row = await tulis
    .updateTable(tabel as string)
    .set((ubah ?? baru) as never)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw tidakDitemukan(label, id);
  return row.id;
}

/** Deletes the row `id` of `tabel`; refused, as `simpanMenurutId` refuses, when the id names no row. */
export async function hapusMenurutId(db: Db, tabel: keyof Database, id: number, label: string): Promise<void> {
  const hasil = await (db as unknown as Kysely<Record<string, { id: number }>>)
    .deleteFrom(tabel as string)
    .where('id', '=', id)
    .executeTakeFirst();
  if (hasil.numDeletedRows === 0n) throw tidakDitemukan(label, id);
}

function tidakDitemukan(label: string, id: number): DitolakError {
  return new DitolakError(`${label} dengan ID ${id} tidak ditemukan`);
}

/** The tables whose rows carry a revision (0008_revisi_kunci). */
type TabelBerevisi = { [T in keyof Database]: 'revisi' extends keyof Database[T] ? T : never }[keyof Database];

/**
 * A saved row's id with its revision as it now stands, read back after the write: RETURNING would not see what the
 * AFTER UPDATE triggers raised (a change of the row's targets or pagu raises it too), and the grid's next save of the
 * row would be refused as stale.
 */
export async function denganRevisi(db: Db, tabel: TabelBerevisi, id: number): Promise<{ id: number; revisi: number }> {
  const row = await (db as unknown as Kysely<Record<string, { id: number; revisi: number }>>)
    .selectFrom(tabel as string)
    .select('revisi')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { id, revisi: row.revisi };
}
