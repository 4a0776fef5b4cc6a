// First schema: settings, logo, OPD and signatories.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE pengaturan (
    kunci TEXT PRIMARY KEY,
    nilai TEXT NOT NULL
  ) STRICT`.execute(db);

  await sql`CREATE TABLE logo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
    isi BLOB NOT NULL,
    diubah_pada TEXT NOT NULL
  ) STRICT`.execute(db);

  await sql`CREATE TABLE opd (
    id INTEGER PRIMARY KEY,
    kode TEXT NOT NULL UNIQUE,
    nama TEXT NOT NULL UNIQUE COLLATE NOCASE,
    singkatan TEXT NOT NULL DEFAULT '',
    klaster TEXT NOT NULL CHECK (klaster IN ('pembangunan_manusia', 'ekonomi', 'infrastruktur', 'pemerintahan')),
    kepala_nama TEXT NOT NULL,
    kepala_jabatan TEXT NOT NULL DEFAULT '',
    kepala_nip TEXT NOT NULL CHECK (length(kepala_nip) = 18),
    sekretaris_nama TEXT NOT NULL DEFAULT '',
    sekretaris_nip TEXT NOT NULL DEFAULT '' CHECK (sekretaris_nip = '' OR length(sekretaris_nip) = 18),
    alamat TEXT NOT NULL DEFAULT '',
    telepon TEXT NOT NULL DEFAULT '',
    dibuat_pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    diubah_pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  ) STRICT`.execute(db);

  await sql`CREATE TABLE penandatangan (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL,
    jabatan TEXT NOT NULL,
    pangkat TEXT NOT NULL DEFAULT '',
    nip TEXT NOT NULL CHECK (length(nip) = 18)
  ) STRICT`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['penandatangan', 'opd', 'logo', 'pengaturan']) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
