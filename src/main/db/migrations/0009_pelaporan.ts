// Chasing the OPD's reports: a contact person per OPD, the Formulir sent/returned per period, reminders sent, a
// deadline per quarter, kendala scored (kemungkinan x dampak) and coded by an editable category list, and contracts
// of sub kegiatan for the kontrak-kritis rule.
import { sql, type Kysely } from 'kysely';

const SEKARANG = sql.raw(`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** The default category list of domain.md ("Kendala codes"), which the regency may then edit. */
export const KATEGORI_KENDALA_BAKU = [
  'Perencanaan',
  'Pengadaan barang/jasa',
  'SDM',
  'Regulasi/juknis',
  'Dana transfer',
  'Lahan/perizinan',
  'Cuaca/alam',
  'Pihak ketiga',
  'Lainnya',
] as const;

/** Same row revision as 0008_revisi_kunci gives the older editable tables: raised on every change of the row. */
async function pasangRevisi(db: Kysely<unknown>, tabel: string): Promise<void> {
  await sql
    .raw(
      `CREATE TRIGGER revisi_${tabel} AFTER UPDATE ON ${tabel} WHEN NEW.revisi = OLD.revisi
       BEGIN UPDATE ${tabel} SET revisi = OLD.revisi + 1 WHERE id = NEW.id; END`,
    )
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // Whom the section calls or messages about the OPD's report; the phone is stored as +62...
  await sql`ALTER TABLE opd ADD COLUMN kontak_nama TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`ALTER TABLE opd ADD COLUMN kontak_telepon TEXT NOT NULL DEFAULT ''`.execute(db);

  await sql`CREATE TABLE kategori_kendala (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL UNIQUE COLLATE NOCASE,
    urutan INTEGER NOT NULL DEFAULT 0,
    revisi INTEGER NOT NULL DEFAULT 1
  ) STRICT`.execute(db);
  await pasangRevisi(db, 'kategori_kendala');
  for (const [i, nama] of KATEGORI_KENDALA_BAKU.entries()) {
    await sql`INSERT INTO kategori_kendala (nama, urutan) VALUES (${nama}, ${i + 1})`.execute(db);
  }
  // NO ACTION, not RESTRICT (see docs/architecture.md): a category still in use cannot be deleted.
  await sql`ALTER TABLE kendala ADD COLUMN kategori_id INTEGER REFERENCES kategori_kendala(id)`.execute(db);
  await sql`ALTER TABLE kendala ADD COLUMN kemungkinan INTEGER CHECK (kemungkinan BETWEEN 1 AND 5)`.execute(db);
  await sql`ALTER TABLE kendala ADD COLUMN dampak INTEGER CHECK (dampak BETWEEN 1 AND 5)`.execute(db);
  await sql`CREATE INDEX kendala_kategori ON kendala (kategori_id)`.execute(db);

  await sql`CREATE TABLE tenggat_pelaporan (
    tahun INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
    tanggal TEXT NOT NULL,
    PRIMARY KEY (tahun, triwulan)
  ) STRICT, WITHOUT ROWID`.execute(db);

  // Bookkeeping of the Formulir OPD of one period: the first time it was sent and the first time figures came back.
  await sql`CREATE TABLE formulir_opd (
    opd_id INTEGER NOT NULL REFERENCES opd(id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    bulan INTEGER NOT NULL CHECK (bulan BETWEEN 1 AND 12),
    dikirim_pada TEXT,
    kembali_pada TEXT,
    PRIMARY KEY (opd_id, tahun, bulan)
  ) STRICT, WITHOUT ROWID`.execute(db);

  await sql`CREATE TABLE pengingat (
    id INTEGER PRIMARY KEY,
    opd_id INTEGER NOT NULL REFERENCES opd(id) ON DELETE CASCADE,
    tahun INTEGER NOT NULL,
    triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
    cara TEXT NOT NULL CHECK (cara IN ('surat', 'whatsapp', 'salin')),
    dokumen_id INTEGER REFERENCES dokumen(id) ON DELETE SET NULL,
    nomor_surat TEXT NOT NULL DEFAULT '',
    oleh TEXT NOT NULL DEFAULT '',
    pada TEXT NOT NULL DEFAULT ${SEKARANG}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX pengingat_periode ON pengingat (tahun, triwulan, opd_id)`.execute(db);

  // One contract per sub kegiatan: the sub kegiatan's realisasi fisik is what is measured against its schedule.
  await sql`CREATE TABLE kontrak (
    id INTEGER PRIMARY KEY,
    sub_kegiatan_id INTEGER NOT NULL UNIQUE REFERENCES sub_kegiatan(id) ON DELETE CASCADE,
    nomor TEXT NOT NULL DEFAULT '',
    penyedia TEXT NOT NULL,
    nilai REAL NOT NULL CHECK (nilai > 0),
    tanggal_mulai TEXT NOT NULL,
    tanggal_selesai TEXT NOT NULL,
    jadwal TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(jadwal)),
    revisi INTEGER NOT NULL DEFAULT 1,
    dibuat_pada TEXT NOT NULL DEFAULT ${SEKARANG},
    diubah_pada TEXT NOT NULL DEFAULT ${SEKARANG},
    CHECK (tanggal_selesai >= tanggal_mulai)
  ) STRICT`.execute(db);
  await pasangRevisi(db, 'kontrak');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE kontrak`.execute(db);
  await sql`DROP TABLE pengingat`.execute(db);
  await sql`DROP TABLE formulir_opd`.execute(db);
  await sql`DROP TABLE tenggat_pelaporan`.execute(db);
  await sql`DROP INDEX kendala_kategori`.execute(db);
  await sql`ALTER TABLE kendala DROP COLUMN dampak`.execute(db);
  await sql`ALTER TABLE kendala DROP COLUMN kemungkinan`.execute(db);
  await sql`ALTER TABLE kendala DROP COLUMN kategori_id`.execute(db);
  await sql`DROP TABLE kategori_kendala`.execute(db);
  await sql`ALTER TABLE opd DROP COLUMN kontak_telepon`.execute(db);
  await sql`ALTER TABLE opd DROP COLUMN kontak_nama`.execute(db);
}
