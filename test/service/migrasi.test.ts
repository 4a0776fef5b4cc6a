// Every migration step keeps what users entered: a database built at each older version, with rows in it, opens
// with the current app and still has them; and every step can be rolled back.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/main/backend';
import { migrationProvider, migrations } from '../../src/main/db/migrations';
import { tempDir } from '../helpers/backend';

const NAMA = Object.keys(migrations);

async function bangunPada(path: string, versi: string): Promise<void> {
  const sqlite = new Sqlite(path);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'kysely_migration' });
  expect((await migrator.migrateTo(versi)).error).toBeUndefined();
  sqlite
    .prepare(
      "INSERT INTO opd (kode, nama, klaster, kepala_nama, kepala_nip) VALUES ('3.27.0.00.0.00.01.0000', 'Dinas Pertanian', 'ekonomi', 'Ir. Hasanuddin', '197001011995031001')",
    )
    .run();
  sqlite.prepare("INSERT INTO pengaturan (kunci, nilai) VALUES ('awal', '\"kosong\"')").run();
  await db.destroy();
}

describe('migrations', () => {
  const dir = tempDir('sinergi-migrasi-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are listed in the order of their names, so the newest is last', () => {
    expect(NAMA).toEqual([...NAMA].sort());
  });

  it.each(NAMA.slice(0, -1))('a database at %s opens with the current app and keeps its rows', async (versi) => {
    const path = join(dir, `${versi}.sqlite`);
    await bangunPada(path, versi);
    const b = await createBackend({ dataPath: path });
    try {
      expect((await b.call('sistem.status', {})).versiSkema).toBe(NAMA.at(-1));
      expect((await b.call('opd.daftar', {})).map((o) => o.nama)).toEqual(['Dinas Pertanian']);
      expect(b.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await b.close();
    }
  });

  // Every migration up and down again: several seconds on a busy two-core machine.
  it(
    'an empty file migrates to the latest, and every step rolls back down to nothing',
    { timeout: 30_000 },
    async () => {
      const sqlite = new Sqlite(join(dir, 'turun.sqlite'));
      const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
      const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'kysely_migration' });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      for (let i = NAMA.length - 1; i >= 0; i--) expect((await migrator.migrateDown()).error).toBeUndefined();
      const sisa = sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely%'")
        .pluck()
        .all();
      expect(sisa).toEqual([]);
      await db.destroy();
    },
  );
});
