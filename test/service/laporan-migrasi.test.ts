import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationProvider, migrations } from '../../src/main/db/migrations';
import type { Database } from '../../src/main/db/schema';
import { tempDir } from '../helpers/backend';

const SEBELUM = Object.keys(migrations)[Object.keys(migrations).indexOf('0004_laporan') - 1]!;

describe('migration 0004_laporan', () => {
  const dir = tempDir('sinergi-migrasi-');
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the narrative table to a database of the previous version, keeps its data; down removes it', async () => {
    const sqlite = new Sqlite(join(dir, 'sinergi.sqlite'));
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: sqlite }),
      plugins: [new CamelCasePlugin()],
    });
    const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'kysely_migration' });
    expect((await migrator.migrateTo(SEBELUM)).error).toBeUndefined();
    await db
      .insertInto('penandatangan')
      .values({ nama: 'Kabag', jabatan: 'Kepala Bagian', pangkat: '', nip: '197001011995031001' })
      .execute();
    expect((await migrator.migrateTo('0004_laporan')).error).toBeUndefined();
    expect(await db.selectFrom('penandatangan').select('nama').execute()).toEqual([{ nama: 'Kabag' }]);
    const baris = {
      tahun: 2026,
      triwulan: 2,
      cakupanJenis: 'kabupaten' as const,
      cakupanKunci: '',
      bagian: 'penutup',
      teks: 'x',
    };
    await db.insertInto('laporanNarasi').values(baris).execute();
    await expect(db.insertInto('laporanNarasi').values(baris).execute()).rejects.toThrow(/UNIQUE/);
    await expect(
      db
        .insertInto('laporanNarasi')
        .values({ ...baris, triwulan: 5 })
        .execute(),
    ).rejects.toThrow(/CHECK/);
    expect((await migrator.migrateTo(SEBELUM)).error).toBeUndefined();
    expect(sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'laporan_narasi'").pluck().get()).toBe(0);
    await db.destroy();
  });
});
