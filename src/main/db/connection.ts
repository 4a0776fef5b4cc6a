// Opens the Sinergi database file: pragmas for safety, Kysely on top, migrations to the latest schema.
import Sqlite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { DitolakError } from '../errors';
import { migrationProvider, migrations } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface OpenedDatabase {
  db: Db;
  /** The raw handle, for bulk statements where Kysely's per-query compile cost shows. */
  sqlite: Sqlite.Database;
  path: string;
  close(): Promise<void>;
}

const MIGRATION_TABLE = 'kysely_migration';

/** A database that a newer Sinergi has migrated further than this one knows must not be touched. */
function refuseNewerSchema(sqlite: Sqlite.Database): void {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATION_TABLE);
  if (!hasTable) return;
  const applied = sqlite.prepare(`SELECT name FROM ${MIGRATION_TABLE}`).pluck().all() as string[];
  const unknown = applied.filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length > 0) {
    throw new DitolakError(
      `Berkas data ini dibuat oleh versi Sinergi yang lebih baru (skema ${unknown.join(', ')}). ` +
        'Perbarui aplikasi Sinergi terlebih dahulu; berkas tidak diubah.',
    );
  }
}

export async function openDatabase(path: string): Promise<OpenedDatabase> {
  const sqlite = new Sqlite(path);
  try {
    sqlite.pragma('journal_mode = WAL');
    // FULL: a power cut right after "Simpan" must not lose what the user saw saved.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    refuseNewerSchema(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }

  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });

  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: MIGRATION_TABLE });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error;
  }
  return { db, sqlite, path, close: () => db.destroy() };
}

export async function schemaVersion(db: Db): Promise<string> {
  const row = await sql<{
    name: string;
  }>`SELECT name FROM ${sql.table(MIGRATION_TABLE)} ORDER BY name DESC LIMIT 1`.execute(db);
  return row.rows[0]?.name ?? '';
}
