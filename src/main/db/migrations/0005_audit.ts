// Riwayat perubahan: who changed what, when, old and new values, for targets, realisation, meetings and follow-ups.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // No foreign key to opd: the history must outlive what it describes.
  await sql`CREATE TABLE riwayat (
    id INTEGER PRIMARY KEY,
    tabel TEXT NOT NULL,
    kunci TEXT NOT NULL CHECK (json_valid(kunci)),
    aksi TEXT NOT NULL CHECK (aksi IN ('tambah', 'ubah', 'hapus')),
    lama TEXT CHECK (lama IS NULL OR json_valid(lama)),
    baru TEXT CHECK (baru IS NULL OR json_valid(baru)),
    opd_id INTEGER,
    oleh TEXT NOT NULL DEFAULT '',
    pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  ) STRICT`.execute(db);
  await sql`CREATE INDEX riwayat_opd ON riwayat (opd_id, id)`.execute(db);
  await sql`CREATE INDEX riwayat_tabel ON riwayat (tabel, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE riwayat`.execute(db);
}
