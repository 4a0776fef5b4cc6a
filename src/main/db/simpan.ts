// Writing one row by its id: the insert-or-update every save of a master row does.
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
  if (!row) throw new DitolakError(`${label} dengan ID ${id} tidak ditemukan`);
  return row.id;
}
