// Renja/DPA: program, kegiatan, sub kegiatan per OPD and year, budget versions, plans, realisation, indicators.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Months are the unit of every period: a quarterly report is the cumulative value at month 3, 6, 9 or 12,
  // so an OPD that reports monthly and one that reports quarterly share one table and a quarter is never typed twice.
  await sql`CREATE TABLE tahun_anggaran (
    tahun INTEGER PRIMARY KEY CHECK (tahun BETWEEN 2000 AND 2100),
    perubahan_mulai_bulan INTEGER CHECK (perubahan_mulai_bulan BETWEEN 1 AND 12)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE program (
    id INTEGER PRIMARY KEY,
    opd_id INTEGER NOT NULL REFERENCES opd(id),
    tahun INTEGER NOT NULL,
    kode TEXT NOT NULL,
    nama TEXT NOT NULL,
    UNIQUE (opd_id, tahun, kode)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE kegiatan (
    id INTEGER PRIMARY KEY,
    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
    kode TEXT NOT NULL,
    nama TEXT NOT NULL,
    UNIQUE (program_id, kode)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE sub_kegiatan (
    id INTEGER PRIMARY KEY,
    kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE,
    kode TEXT NOT NULL,
    nama TEXT NOT NULL,
    lokasi TEXT NOT NULL DEFAULT '',
    sumber_dana TEXT NOT NULL DEFAULT '',
    UNIQUE (kegiatan_id, kode)
  ) STRICT`.execute(db);

  // A sub kegiatan absent from a version was added (no murni row) or dropped (no perubahan row) by the revision.
  await sql`CREATE TABLE anggaran (
    sub_kegiatan_id INTEGER NOT NULL REFERENCES sub_kegiatan(id) ON DELETE CASCADE,
    versi TEXT NOT NULL CHECK (versi IN ('murni', 'perubahan')),
    pagu REAL NOT NULL CHECK (pagu >= 0),
    PRIMARY KEY (sub_kegiatan_id, versi)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE target_periode (
    sub_kegiatan_id INTEGER NOT NULL,
    versi TEXT NOT NULL,
    bulan INTEGER NOT NULL CHECK (bulan BETWEEN 1 AND 12),
    target_fisik REAL CHECK (target_fisik BETWEEN 0 AND 100),
    target_keuangan REAL CHECK (target_keuangan >= 0),
    PRIMARY KEY (sub_kegiatan_id, versi, bulan),
    FOREIGN KEY (sub_kegiatan_id, versi) REFERENCES anggaran(sub_kegiatan_id, versi) ON DELETE CASCADE
  ) STRICT`.execute(db);

  await sql`CREATE TABLE realisasi (
    sub_kegiatan_id INTEGER NOT NULL REFERENCES sub_kegiatan(id) ON DELETE CASCADE,
    bulan INTEGER NOT NULL CHECK (bulan BETWEEN 1 AND 12),
    realisasi_fisik REAL CHECK (realisasi_fisik BETWEEN 0 AND 100),
    realisasi_keuangan REAL CHECK (realisasi_keuangan >= 0),
    permasalahan TEXT NOT NULL DEFAULT '',
    faktor_pendorong TEXT NOT NULL DEFAULT '',
    faktor_penghambat TEXT NOT NULL DEFAULT '',
    tindak_lanjut TEXT NOT NULL DEFAULT '',
    diubah_oleh TEXT NOT NULL DEFAULT '',
    diubah_pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (sub_kegiatan_id, bulan)
  ) STRICT`.execute(db);

  // Exactly one owner: outcome indicators belong to a program, output indicators to a kegiatan or sub kegiatan.
  await sql`CREATE TABLE indikator (
    id INTEGER PRIMARY KEY,
    program_id INTEGER REFERENCES program(id) ON DELETE CASCADE,
    kegiatan_id INTEGER REFERENCES kegiatan(id) ON DELETE CASCADE,
    sub_kegiatan_id INTEGER REFERENCES sub_kegiatan(id) ON DELETE CASCADE,
    uraian TEXT NOT NULL,
    satuan TEXT NOT NULL DEFAULT '',
    target REAL,
    jenis TEXT NOT NULL DEFAULT 'jumlah' CHECK (jenis IN ('jumlah', 'posisi')),
    arah TEXT NOT NULL DEFAULT 'positif' CHECK (arah IN ('positif', 'negatif')),
    urutan INTEGER NOT NULL DEFAULT 0,
    CHECK ((program_id IS NOT NULL) + (kegiatan_id IS NOT NULL) + (sub_kegiatan_id IS NOT NULL) = 1)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE nilai_indikator (
    indikator_id INTEGER NOT NULL REFERENCES indikator(id) ON DELETE CASCADE,
    bulan INTEGER NOT NULL CHECK (bulan BETWEEN 1 AND 12),
    target REAL,
    realisasi REAL,
    diubah_oleh TEXT NOT NULL DEFAULT '',
    diubah_pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (indikator_id, bulan)
  ) STRICT`.execute(db);

  // How far the section has checked an OPD's report for a period: draft -> diterima -> diverifikasi.
  await sql`CREATE TABLE verifikasi (
    opd_id INTEGER NOT NULL REFERENCES opd(id),
    tahun INTEGER NOT NULL,
    bulan INTEGER NOT NULL CHECK (bulan BETWEEN 1 AND 12),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'diterima', 'diverifikasi')),
    catatan TEXT NOT NULL DEFAULT '',
    diubah_oleh TEXT NOT NULL DEFAULT '',
    diubah_pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (opd_id, tahun, bulan)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE dokumentasi (
    id INTEGER PRIMARY KEY,
    sub_kegiatan_id INTEGER NOT NULL REFERENCES sub_kegiatan(id) ON DELETE CASCADE,
    bulan INTEGER NOT NULL CHECK (bulan BETWEEN 1 AND 12),
    keterangan TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
    isi BLOB NOT NULL,
    diubah_oleh TEXT NOT NULL DEFAULT '',
    dibuat_pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  ) STRICT`.execute(db);

  await sql`CREATE INDEX program_tahun ON program (tahun, opd_id)`.execute(db);
  await sql`CREATE INDEX kegiatan_program ON kegiatan (program_id)`.execute(db);
  await sql`CREATE INDEX sub_kegiatan_kegiatan ON sub_kegiatan (kegiatan_id)`.execute(db);
  await sql`CREATE INDEX indikator_program ON indikator (program_id) WHERE program_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX indikator_kegiatan ON indikator (kegiatan_id) WHERE kegiatan_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX indikator_sub ON indikator (sub_kegiatan_id) WHERE sub_kegiatan_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX dokumentasi_sub ON dokumentasi (sub_kegiatan_id, bulan)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'dokumentasi',
    'verifikasi',
    'nilai_indikator',
    'indikator',
    'realisasi',
    'target_periode',
    'anggaran',
    'sub_kegiatan',
    'kegiatan',
    'program',
    'tahun_anggaran',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
