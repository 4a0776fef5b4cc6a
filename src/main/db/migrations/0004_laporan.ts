// The quarterly report's narrative as the user edited it: one text per report (year, quarter, scope) and section.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // cakupan_kunci is '' for the whole regency, the OPD id for one OPD, the cluster name for one cluster. No foreign
  // key to opd: a deleted OPD's old report text is harmless and may still be wanted for the archive.
  await sql`CREATE TABLE laporan_narasi (
    tahun INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
    cakupan_jenis TEXT NOT NULL CHECK (cakupan_jenis IN ('kabupaten', 'opd', 'klaster')),
    cakupan_kunci TEXT NOT NULL DEFAULT '',
    bagian TEXT NOT NULL,
    teks TEXT NOT NULL,
    diubah_oleh TEXT NOT NULL DEFAULT '',
    diubah_pada TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (tahun, triwulan, cakupan_jenis, cakupan_kunci, bagian)
  ) STRICT`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE laporan_narasi`.execute(db);
}
