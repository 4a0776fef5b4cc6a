// What every handler receives besides its validated input.
import type Sqlite from 'better-sqlite3';
import type { Db } from '../db/connection';
import type { LaporKemajuan } from '../kemajuan';
import type { OsEffects } from '../os';
import type { MethodName, ParsedInput, Result } from '../../shared/api';
import type { AkunSesi } from '../../shared/akun';
import type { Kehadiran } from '../akun/kehadiran';
import type { SetelanJaringan, StatusJaringan } from '../../shared/api/akun';

/**
 * Who made a request: the host's own window (the desktop app, or browser mode on this computer), whose user is the
 * host's Admin without a login, or a colleague over the office network, with the account of their session or none.
 */
export type Pelaku = { jenis: 'tuanRumah' } | { jenis: 'jaringan'; akun: AkunSesi | null };

/** The office network server of this host, where there is one to start and stop (desktop and browser mode). */
export interface PengendaliJaringan {
  terapkan(setelan: SetelanJaringan): Promise<void>;
  keadaan(): Pick<StatusJaringan, 'berjalan' | 'alamat' | 'sidikJari' | 'galat'>;
}

export interface Context {
  db: Db;
  sqlite: Sqlite.Database;
  dataPath: string;
  /** Where backups go: next to the data file, or on Windows in the local (not roaming) app data folder. */
  folderCadangan: string;
  versiAplikasi: string;
  /** The desktop of the window that made this request (its dialogs are parented to that window). */
  os: OsEffects;
  /** Progress of this request, shown to the user while long work runs. */
  kemajuan: LaporKemajuan;
  /** Who is working in this app instance, recorded with every change (chosen at start; no passwords). */
  sesi: { operator: string };
  /** Who asked; dispatch checks the role and OPD of a network account before any handler runs (src/main/akses). */
  pelaku: Pelaku;
  /** Null where no network server can run (tests, scripts). */
  jaringan: PengendaliJaringan | null;
  /** Who has which sheet open (the presence line). */
  kehadiran: Kehadiran;
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
