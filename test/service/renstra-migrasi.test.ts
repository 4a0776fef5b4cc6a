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
import { OPD_CONTOH, TAHUN } from '../helpers/renja';

// Kysely runs migrations in name order, whatever order the map lists them in.
const URUT = Object.keys(migrations).sort();
const SEBELUM = URUT[URUT.indexOf('0006_renstra') - 1]!;

function bukaKysely(path: string) {
  const sqlite = new Sqlite(path);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    sqlite,
    db,
    migrator: new Migrator({ db, provider: migrationProvider, migrationTableName: 'kysely_migration' }),
  };
}

const tabel = (sqlite: Sqlite.Database) =>
  sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];

describe('migration 0006_renstra', () => {
  const dir = tempDir('sinergi-migrasi-');
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds RPJMD and Renstra next to an existing Renja, links to it, and down leaves the Renja as it was', async () => {
    const path = join(dir, 'sinergi.sqlite');
    const lama = bukaKysely(path);
    expect((await lama.migrator.migrateTo(SEBELUM)).error).toBeUndefined();
    const opd = await lama.db
      .insertInto('opd')
      .values({
        ...OPD_CONTOH,
        singkatan: '',
        kepalaJabatan: '',
        sekretarisNama: '',
        sekretarisNip: '',
        alamat: '',
        telepon: '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const program = await lama.db
      .insertInto('program')
      .values({ opdId: opd.id, tahun: TAHUN, kode: '3.27.02', nama: 'PROGRAM SARANA PERTANIAN' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(tabel(lama.sqlite)).not.toContain('rpjmd');
    await lama.db.destroy();

    const b = await createBackend({ dataPath: path });
    const rpjmd = await b.call('rpjmd.simpan', { tahunAwal: 2025, visi: 'Visi' });
    const rp = await b.call('renstra.simpanProgram', {
      rpjmdId: rpjmd.id,
      opdId: opd.id,
      kode: '3.27.02',
      nama: 'PROGRAM SARANA PERTANIAN',
      sasaranRpjmdId: null,
    });
    await b.call('renstra.tautkan', { programId: program.id, renstraProgramId: rp.id });
    expect((await b.call('renstra.tautan', { tahun: TAHUN }))[0]!.tertaut?.id).toBe(rp.id);
    await b.close();

    const turun = bukaKysely(path);
    expect((await turun.migrator.migrateTo(SEBELUM)).error).toBeUndefined();
    const sisa = tabel(turun.sqlite);
    for (const t of ['rpjmd', 'renstra', 'renstra_program', 'program_renstra', 'prioritas'])
      expect(sisa).not.toContain(t);
    expect(turun.sqlite.prepare('SELECT kode FROM program').pluck().all()).toEqual(['3.27.02']);
    await turun.db.destroy();
  });
});
