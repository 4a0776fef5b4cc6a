// A kendala can name the sub kegiatan it holds back, so a meeting sees the obstacle next to the figures it explains.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // SET NULL: a sub kegiatan dropped by the budget revision must not take the meeting's record of the obstacle with it.
  await sql`ALTER TABLE kendala ADD COLUMN sub_kegiatan_id INTEGER REFERENCES sub_kegiatan(id) ON DELETE SET NULL`.execute(
    db,
  );
  await sql`CREATE INDEX kendala_sub_kegiatan ON kendala (sub_kegiatan_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX kendala_sub_kegiatan`.execute(db);
  await sql`ALTER TABLE kendala DROP COLUMN sub_kegiatan_id`.execute(db);
}
