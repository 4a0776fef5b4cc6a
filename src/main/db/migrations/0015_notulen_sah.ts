// Approved minutes: what the notulen printed when it was approved (disahkan), so it prints the same ever after, and
// the explicit withdrawal of an approval with its reason. One approval in force per meeting; withdrawn ones stay.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE notulen_sah (
    id INTEGER PRIMARY KEY,
    rapat_id INTEGER NOT NULL REFERENCES rapat(id) ON DELETE CASCADE,
    disahkan_pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    disahkan_oleh TEXT NOT NULL DEFAULT '',
    isi TEXT NOT NULL CHECK (json_valid(isi)),
    dibatalkan_pada TEXT,
    dibatalkan_oleh TEXT NOT NULL DEFAULT '',
    alasan_batal TEXT NOT NULL DEFAULT '',
    CHECK ((dibatalkan_pada IS NULL) = (alasan_batal = ''))
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX notulen_sah_berlaku ON notulen_sah (rapat_id) WHERE dibatalkan_pada IS NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE notulen_sah`.execute(db);
}
