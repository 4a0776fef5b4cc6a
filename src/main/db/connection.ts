// Opens the Sinergi database file: pragmas for safety, Kysely on top, migrations to the latest schema.
import Sqlite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteAdapter, SqliteDialect, sql, type DialectAdapter } from 'kysely';
import { Migrator } from 'kysely/migration';
import { existsSync, statSync } from 'node:fs';
import {
  caraPeriksaSaatMulai,
  MIGRATION_TABLE,
  periksaBerkas,
  terjemahkanGalatBerkas,
  tolakSkemaLebihBaru,
} from './integritas';
import { migrationProvider, migrations } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/** Kysely's camelCase names (code) and snake_case names (disk), asked also for a table's name on disk. */
class PetaNama extends CamelCasePlugin {
  diDisk(nama: string): string {
    return this.snakeCase(nama);
  }
}
const petaNama = new PetaNama();
/** A table's name on disk (`subKegiatan` -> `sub_kegiatan`), as Riwayat records it. */
export const namaDiDisk = (tabel: keyof Database): string => petaNama.diDisk(tabel);

export interface OpenedDatabase {
  db: Db;
  /** The raw handle, for bulk statements where Kysely's per-query compile cost shows. */
  sqlite: Sqlite.Database;
  path: string;
  /**
   * The last session did not close the file: SQLite removes the -wal when its last connection closes, so one left
   * with content means a crash, a power cut or a killed process (or, harmlessly, another program holding it open).
   */
  tutupTidakBersih: boolean;
  /** The start already ran the full integrity_check (an earlier finding asked for it). */
  diperiksaPenuh: boolean;
  close(): Promise<void>;
}

/** A database that a newer Sinergi has migrated further than this one knows must not be touched. */
function refuseNewerSchema(sqlite: Sqlite.Database): void {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATION_TABLE);
  if (!hasTable) return;
  tolakSkemaLebihBaru(sqlite.prepare(`SELECT name FROM ${MIGRATION_TABLE}`).pluck().all() as string[]);
}

/**
 * SQLite rolls DDL back like any other write, but Kysely's adapter says it cannot, so its Migrator would run each
 * migration outside a transaction and a power cut mid-migration would leave half a schema. Saying so runs every
 * pending migration in one transaction: all of them or none.
 */
class SqliteAdapterTransaksional extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class SqliteDialectTransaksional extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new SqliteAdapterTransaksional();
  }
}

export interface OpsiBuka {
  /** Runs before pending migrations change an existing file (not a new one): the place for a backup. */
  sebelumMigrasi?: (sqlite: Sqlite.Database) => Promise<unknown>;
}

export async function openDatabase(path: string, opsi: OpsiBuka = {}): Promise<OpenedDatabase> {
  const wal = `${path}-wal`;
  const tutupTidakBersih = existsSync(wal) && statSync(wal).size > 0;
  // Read-only first: a damaged or foreign file is refused before anything could write to it.
  const cara = caraPeriksaSaatMulai(path);
  const info = periksaBerkas(path, cara);
  let sqlite: Sqlite.Database | undefined;
  try {
    sqlite = new Sqlite(path);
    sqlite.pragma('journal_mode = WAL');
    // FULL: a power cut right after "Simpan" must not lose what the user saw saved.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MiB of pages instead of SQLite's 2 MiB: the dashboard, the grids and the report read a regency's sub kegiatan
    // with their pagu, targets and realisation, tens of MB of pages at 4x the bench, which the default cache read from
    // the file again on every request (the rollup took 5 x as long for 4 x the data; with this, 4 x).
    sqlite.pragma('cache_size = -65536');
    refuseNewerSchema(sqlite);
    const tertunda = Object.keys(migrations).filter((name) => !info.migrasi.includes(name));
    if (!info.kosong && tertunda.length > 0) await opsi.sebelumMigrasi?.(sqlite);
  } catch (error) {
    sqlite?.close();
    throw terjemahkanGalatBerkas(error, path);
  }

  const db = new Kysely<Database>({
    dialect: new SqliteDialectTransaksional({ database: sqlite }),
    plugins: [new PetaNama()],
  });

  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: MIGRATION_TABLE });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error;
  }
  return { db, sqlite, path, tutupTidakBersih, diperiksaPenuh: cara === 'penuh', close: () => db.destroy() };
}

export async function schemaVersion(db: Db): Promise<string> {
  const row = await sql<{
    name: string;
  }>`SELECT name FROM ${sql.table(MIGRATION_TABLE)} ORDER BY name DESC LIMIT 1`.execute(db);
  return row.rows[0]?.name ?? '';
}
