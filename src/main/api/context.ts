// What every handler receives besides its validated input.
import type Sqlite from 'better-sqlite3';
import type { Db } from '../db/connection';
import type { OsEffects } from '../os';
import type { MethodName, ParsedInput, Result } from '../../shared/api';

export interface Context {
  db: Db;
  sqlite: Sqlite.Database;
  dataPath: string;
  versiAplikasi: string;
  os: OsEffects;
  /** Who is working in this app instance, recorded with every change (chosen at start; no passwords). */
  sesi: { operator: string };
  /**
   * Closes the data file, runs `tulis` (which may replace the file), and opens it again with the start checks, while
   * other requests wait. For restoring a backup; `db` and `sqlite` above are the new handles afterwards.
   */
  gantiBerkas(tulis: () => Promise<void>): Promise<void>;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: Context) => Promise<Result<M>>;

/** A domain's handlers: exactly the methods it names, each typed from the contract. */
export type HandlersFor<M extends MethodName> = { [K in M]: Handler<K> };

export type Handlers = HandlersFor<MethodName>;
