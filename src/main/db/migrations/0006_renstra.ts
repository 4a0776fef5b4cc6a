// RPJMD (the regent's five-year plan) and Renstra PD (each OPD's five-year plan), and the link from Renja programs.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per five-year period; a regency keeps the previous period for the end-of-term evaluation.
  await sql`CREATE TABLE rpjmd (
    id INTEGER PRIMARY KEY,
    tahun_awal INTEGER NOT NULL UNIQUE CHECK (tahun_awal BETWEEN 2000 AND 2100),
    tahun_akhir INTEGER NOT NULL,
    nama_bupati TEXT NOT NULL DEFAULT '',
    nama_wakil TEXT NOT NULL DEFAULT '',
    visi TEXT NOT NULL,
    CHECK (tahun_akhir = tahun_awal + 4)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE rpjmd_misi (
    id INTEGER PRIMARY KEY,
    rpjmd_id INTEGER NOT NULL REFERENCES rpjmd(id) ON DELETE CASCADE,
    nomor INTEGER NOT NULL,
    uraian TEXT NOT NULL,
    UNIQUE (rpjmd_id, nomor)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE rpjmd_tujuan (
    id INTEGER PRIMARY KEY,
    misi_id INTEGER NOT NULL REFERENCES rpjmd_misi(id) ON DELETE CASCADE,
    nomor INTEGER NOT NULL,
    uraian TEXT NOT NULL,
    UNIQUE (misi_id, nomor)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE rpjmd_sasaran (
    id INTEGER PRIMARY KEY,
    tujuan_id INTEGER NOT NULL REFERENCES rpjmd_tujuan(id) ON DELETE CASCADE,
    nomor INTEGER NOT NULL,
    uraian TEXT NOT NULL,
    UNIQUE (tujuan_id, nomor)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE indikator_sasaran (
    id INTEGER PRIMARY KEY,
    sasaran_id INTEGER NOT NULL REFERENCES rpjmd_sasaran(id) ON DELETE CASCADE,
    uraian TEXT NOT NULL,
    satuan TEXT NOT NULL DEFAULT '',
    baseline REAL,
    jenis TEXT NOT NULL DEFAULT 'posisi' CHECK (jenis IN ('jumlah', 'posisi')),
    arah TEXT NOT NULL DEFAULT 'positif' CHECK (arah IN ('positif', 'negatif')),
    urutan INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);

  // Target and realisation per year of the period: impact indicators (BPS figures) are measured once a year.
  await sql`CREATE TABLE nilai_indikator_sasaran (
    indikator_id INTEGER NOT NULL REFERENCES indikator_sasaran(id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    target REAL,
    realisasi REAL,
    PRIMARY KEY (indikator_id, tahun)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE prioritas (
    id INTEGER PRIMARY KEY,
    rpjmd_id INTEGER NOT NULL REFERENCES rpjmd(id) ON DELETE CASCADE,
    tingkat TEXT NOT NULL CHECK (tingkat IN ('daerah', 'provinsi', 'nasional')),
    nama TEXT NOT NULL,
    uraian TEXT NOT NULL DEFAULT '',
    UNIQUE (rpjmd_id, tingkat, nama)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE prioritas_sasaran (
    prioritas_id INTEGER NOT NULL REFERENCES prioritas(id) ON DELETE CASCADE,
    sasaran_id INTEGER NOT NULL REFERENCES rpjmd_sasaran(id) ON DELETE CASCADE,
    PRIMARY KEY (prioritas_id, sasaran_id)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE renstra (
    id INTEGER PRIMARY KEY,
    opd_id INTEGER NOT NULL REFERENCES opd(id),
    rpjmd_id INTEGER NOT NULL REFERENCES rpjmd(id) ON DELETE CASCADE,
    UNIQUE (opd_id, rpjmd_id)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE renstra_tujuan (
    id INTEGER PRIMARY KEY,
    renstra_id INTEGER NOT NULL REFERENCES renstra(id) ON DELETE CASCADE,
    uraian TEXT NOT NULL
  ) STRICT`.execute(db);

  await sql`CREATE TABLE renstra_sasaran (
    id INTEGER PRIMARY KEY,
    tujuan_id INTEGER NOT NULL REFERENCES renstra_tujuan(id) ON DELETE CASCADE,
    uraian TEXT NOT NULL
  ) STRICT`.execute(db);

  // A program with no RPJMD sasaran is allowed (it is being drafted) and is exactly what Konsistensi reports.
  await sql`CREATE TABLE renstra_program (
    id INTEGER PRIMARY KEY,
    renstra_id INTEGER NOT NULL REFERENCES renstra(id) ON DELETE CASCADE,
    kode TEXT NOT NULL,
    nama TEXT NOT NULL,
    sasaran_rpjmd_id INTEGER REFERENCES rpjmd_sasaran(id) ON DELETE SET NULL,
    renstra_sasaran_id INTEGER REFERENCES renstra_sasaran(id) ON DELETE SET NULL,
    UNIQUE (renstra_id, kode)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE renstra_kegiatan (
    id INTEGER PRIMARY KEY,
    program_id INTEGER NOT NULL REFERENCES renstra_program(id) ON DELETE CASCADE,
    kode TEXT NOT NULL,
    nama TEXT NOT NULL,
    UNIQUE (program_id, kode)
  ) STRICT`.execute(db);

  // Exactly one owner, as in Renja: outcome indicators belong to a program, output indicators to a kegiatan.
  await sql`CREATE TABLE renstra_indikator (
    id INTEGER PRIMARY KEY,
    program_id INTEGER REFERENCES renstra_program(id) ON DELETE CASCADE,
    kegiatan_id INTEGER REFERENCES renstra_kegiatan(id) ON DELETE CASCADE,
    uraian TEXT NOT NULL,
    satuan TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target_akhir REAL,
    jenis TEXT NOT NULL DEFAULT 'posisi' CHECK (jenis IN ('jumlah', 'posisi')),
    arah TEXT NOT NULL DEFAULT 'positif' CHECK (arah IN ('positif', 'negatif')),
    urutan INTEGER NOT NULL DEFAULT 0,
    CHECK ((program_id IS NOT NULL) + (kegiatan_id IS NOT NULL) = 1)
  ) STRICT`.execute(db);

  // Realisation of closed years is typed or imported from the LKjIP; the running year comes from Renja.
  await sql`CREATE TABLE renstra_target (
    indikator_id INTEGER NOT NULL REFERENCES renstra_indikator(id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    target REAL,
    realisasi REAL,
    PRIMARY KEY (indikator_id, tahun)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE renstra_pagu (
    program_id INTEGER REFERENCES renstra_program(id) ON DELETE CASCADE,
    kegiatan_id INTEGER REFERENCES renstra_kegiatan(id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    pagu REAL NOT NULL CHECK (pagu >= 0),
    realisasi REAL CHECK (realisasi >= 0),
    CHECK ((program_id IS NOT NULL) + (kegiatan_id IS NOT NULL) = 1)
  ) STRICT`.execute(db);

  // A side table rather than a column on program: the Renja schema stays the monev core's, and unlinking is a delete.
  await sql`CREATE TABLE program_renstra (
    program_id INTEGER PRIMARY KEY REFERENCES program(id) ON DELETE CASCADE,
    renstra_program_id INTEGER NOT NULL REFERENCES renstra_program(id) ON DELETE CASCADE
  ) STRICT`.execute(db);

  await sql`CREATE INDEX rpjmd_tujuan_misi ON rpjmd_tujuan (misi_id)`.execute(db);
  await sql`CREATE INDEX rpjmd_sasaran_tujuan ON rpjmd_sasaran (tujuan_id)`.execute(db);
  await sql`CREATE INDEX indikator_sasaran_sasaran ON indikator_sasaran (sasaran_id)`.execute(db);
  await sql`CREATE INDEX renstra_program_sasaran ON renstra_program (sasaran_rpjmd_id)`.execute(db);
  await sql`CREATE INDEX renstra_kegiatan_program ON renstra_kegiatan (program_id)`.execute(db);
  await sql`CREATE INDEX renstra_indikator_program ON renstra_indikator (program_id) WHERE program_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX renstra_indikator_kegiatan ON renstra_indikator (kegiatan_id) WHERE kegiatan_id IS NOT NULL`.execute(
    db,
  );
  // Partial unique indexes: a plain UNIQUE over the two nullable owners would let NULLs repeat.
  await sql`CREATE UNIQUE INDEX renstra_pagu_program ON renstra_pagu (program_id, tahun) WHERE program_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX renstra_pagu_kegiatan ON renstra_pagu (kegiatan_id, tahun) WHERE kegiatan_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX program_renstra_renstra ON program_renstra (renstra_program_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'program_renstra',
    'renstra_pagu',
    'renstra_target',
    'renstra_indikator',
    'renstra_kegiatan',
    'renstra_program',
    'renstra_sasaran',
    'renstra_tujuan',
    'renstra',
    'prioritas_sasaran',
    'prioritas',
    'nilai_indikator_sasaran',
    'indikator_sasaran',
    'rpjmd_sasaran',
    'rpjmd_tujuan',
    'rpjmd_misi',
    'rpjmd',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
