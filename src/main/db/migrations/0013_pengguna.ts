// Accounts and sessions of the office network mode. The desktop window needs neither: its user is the host's Admin.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE pengguna (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL UNIQUE COLLATE NOCASE,
    nama_lengkap TEXT NOT NULL,
    peran TEXT NOT NULL CHECK (peran IN ('admin', 'staf', 'verifikator', 'operator_opd', 'pimpinan')),
    opd_id INTEGER REFERENCES opd(id),
    sandi TEXT NOT NULL,
    aktif INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1)),
    dibuat_pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((peran = 'operator_opd') = (opd_id IS NOT NULL))
  ) STRICT`.execute(db);
  // The id column holds the SHA-256 of the cookie's token, so a backup or a copied file carries no live session.
  await sql`CREATE TABLE sesi (
    id TEXT PRIMARY KEY,
    pengguna_id INTEGER NOT NULL REFERENCES pengguna(id) ON DELETE CASCADE,
    dibuat_pada INTEGER NOT NULL,
    terakhir_pada INTEGER NOT NULL,
    alamat TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX sesi_pengguna ON sesi (pengguna_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sesi`.execute(db);
  await sql`DROP TABLE pengguna`.execute(db);
}
