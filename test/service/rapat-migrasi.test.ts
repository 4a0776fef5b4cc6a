import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/main/backend';
import { migrationProvider, migrations } from '../../src/main/db/migrations';
import type { Database } from '../../src/main/db/schema';
import { tempDir } from '../helpers/backend';

const SEBELUM = Object.keys(migrations)[Object.keys(migrations).indexOf('0003_rapat') - 1]!;
const TABEL_RAPAT = [
  'dokumen',
  'kendala',
  'kendala_tinjauan',
  'rapat',
  'rapat_acara',
  'rapat_pembahasan',
  'rapat_peserta',
];

function bukaKysely(path: string) {
  const sqlite = new Sqlite(path);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'kysely_migration' });
  return { sqlite, db, migrator };
}

const tabel = (sqlite: Sqlite.Database) =>
  sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];

describe('migration 0003_rapat', () => {
  const dir = tempDir('sinergi-migrasi-');
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the meeting tables to a database of the previous version and keeps its OPD; down removes them', async () => {
    const path = join(dir, 'sinergi.sqlite');
    const lama = bukaKysely(path);
    expect((await lama.migrator.migrateTo(SEBELUM)).error).toBeUndefined();
    await lama.db
      .insertInto('opd')
      .values({
        kode: '3.27.0.00.0.00.01.0000',
        nama: 'Dinas Pertanian',
        singkatan: 'Distan',
        klaster: 'ekonomi',
        kepalaNama: 'Ir. Kepala',
        kepalaJabatan: '',
        kepalaNip: '197001011995031001',
        sekretarisNama: '',
        sekretarisNip: '',
        alamat: '',
        telepon: '',
      })
      .execute();
    expect(tabel(lama.sqlite)).not.toContain('rapat');
    await lama.db.destroy();

    const b = await createBackend({ dataPath: path });
    const [opd] = await b.call('opd.daftar', {});
    const rapat = await b.call('rapat.simpan', {
      jenis: 'lainnya',
      judul: 'Rapat',
      tanggal: '2026-12-01',
      waktuMulai: '09:00',
      tempat: 'Aula',
      hal: 'Undangan',
      peserta: [{ opdId: opd!.id }],
    });
    expect(rapat.peserta[0]?.instansi).toBe('Dinas Pertanian');
    await b.close();

    const turun = bukaKysely(path);
    expect((await turun.migrator.migrateTo(SEBELUM)).error).toBeUndefined();
    const sisa = tabel(turun.sqlite);
    for (const t of TABEL_RAPAT) expect(sisa).not.toContain(t);
    expect(turun.sqlite.prepare('SELECT nama FROM opd').pluck().all()).toEqual(['Dinas Pertanian']);
    await turun.db.destroy();
  });
});
