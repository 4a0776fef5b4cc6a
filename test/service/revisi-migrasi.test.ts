// Migration 0008_revisi_kunci on a database of the version before it: rows keep their data and get revision 1, a
// verified period becomes locked, saved monev settings keep their thresholds; and it rolls back cleanly.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/main/backend';
import { migrationProvider, migrations } from '../../src/main/db/migrations';
import { tempDir } from '../helpers/backend';

const NAMA = Object.keys(migrations);
const SEBELUM = NAMA[NAMA.indexOf('0008_revisi_kunci') - 1]!;

function isiVersiLama(sqlite: Sqlite.Database): void {
  sqlite.exec(`
    INSERT INTO opd (id, kode, nama, klaster, kepala_nama, kepala_nip)
      VALUES (1, '3.27.0.00.0.00.01.0000', 'Dinas Pertanian', 'ekonomi', 'Ir. Hasanuddin', '197001011995031001');
    INSERT INTO program (id, opd_id, tahun, kode, nama) VALUES (1, 1, 2026, '3.27.02', 'PROGRAM SARANA');
    INSERT INTO kegiatan (id, program_id, kode, nama) VALUES (1, 1, '3.27.02.2.01', 'Pengawasan');
    INSERT INTO sub_kegiatan (id, kegiatan_id, kode, nama) VALUES (1, 1, '3.27.02.2.01.0001', 'Pupuk');
    INSERT INTO anggaran (sub_kegiatan_id, versi, pagu) VALUES (1, 'murni', 400000000);
    INSERT INTO realisasi (sub_kegiatan_id, bulan, realisasi_fisik, realisasi_keuangan, permasalahan)
      VALUES (1, 6, 35, 120000000, 'Hujan');
    INSERT INTO verifikasi (opd_id, tahun, bulan, status) VALUES (1, 2026, 6, 'diverifikasi');
    INSERT INTO pengaturan (kunci, nilai) VALUES ('awal', '"kosong"'),
      ('monev', '{"aturanStatus":{"batasMerahRendah":-15,"batasMerahTinggi":-7,"ambangTarget":60},"rumusNegatif":"kebalikan"}');
  `);
}

describe('migration 0008_revisi_kunci', () => {
  const dir = tempDir('sinergi-migrasi-');
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'keeps the data of the previous version, locks what was verified, keeps the settings; down undoes it',
    { timeout: 30_000 },
    async () => {
      const path = join(dir, 'sinergi.sqlite');
      const sqlite = new Sqlite(path);
      sqlite.pragma('foreign_keys = ON');
      const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
      const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'kysely_migration' });
      expect((await migrator.migrateTo(SEBELUM)).error).toBeUndefined();
      isiVersiLama(sqlite);
      expect((await migrator.migrateTo('0008_revisi_kunci')).error).toBeUndefined();
      expect(sqlite.prepare('SELECT revisi, permasalahan FROM realisasi').get()).toEqual({
        revisi: 1,
        permasalahan: 'Hujan',
      });
      expect(sqlite.prepare('SELECT revisi FROM opd').pluck().get()).toBe(1);
      expect(sqlite.prepare('SELECT alasan_buka FROM verifikasi').pluck().get()).toBe('');
      // An update raises the revision once; the verified period refuses changes from any SQL.
      sqlite.prepare("UPDATE opd SET telepon = '1'").run();
      expect(sqlite.prepare('SELECT revisi FROM opd').pluck().get()).toBe(2);
      expect(() => sqlite.prepare('UPDATE realisasi SET realisasi_fisik = 40').run()).toThrow('sinergi:terkunci');
      expect(() => sqlite.prepare('DELETE FROM realisasi').run()).toThrow('sinergi:terkunci');

      expect((await migrator.migrateTo(SEBELUM)).error).toBeUndefined();
      expect(sqlite.prepare("SELECT count(*) FROM pragma_table_info('opd') WHERE name = 'revisi'").pluck().get()).toBe(
        0,
      );
      expect(sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get()).toBe(0);
      sqlite.prepare('UPDATE realisasi SET realisasi_fisik = 36').run();
      await db.destroy();

      // Opened by the app: the saved thresholds stay, the new predikat setting starts at its default.
      const b = await createBackend({ dataPath: path });
      try {
        expect(await b.call('pengaturan.ambilMonev', {})).toMatchObject({
          aturanStatus: { batasMerahRendah: -15, batasMerahTinggi: -7, ambangTarget: 60 },
          rumusNegatif: 'kebalikan',
          predikat: { batas: [91, 76, 66, 51], termasukBatas: true },
        });
      } finally {
        await b.close();
      }
    },
  );
});
