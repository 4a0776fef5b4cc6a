// Checks a database file before Sinergi opens or restores it: a damaged, foreign or newer file is refused with a
// message naming what to do, never opened for writing, never reset.
import { closeSync, existsSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { DitolakError } from '../errors';
import { migrations } from './migrations';

export const MIGRATION_TABLE = 'kysely_migration';
/** Tables every Sinergi file has had since the first schema; a file without them is someone else's. */
const TABEL_WAJIB = ['pengaturan', 'opd'];
const HEADER_SQLITE = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * How deep a check goes. `cepat` is quick_check: every page, record and constraint, but not whether each index holds
 * exactly its table's rows; at start it keeps opening fast at any size. `penuh` is integrity_check, which also reads
 * every index against its table: before a restore, and in the background once a day and after an unclean shutdown
 * (db/periksaLatar.ts), whose finding makes the next start run it again before opening.
 */
export type CaraPeriksa = 'cepat' | 'penuh';

/** Beside the data file: the background check found damage, so the next start must check fully before opening. */
export const penandaPeriksaPenuh = (path: string) => `${path}-periksa-penuh`;

export function tandaiPeriksaPenuh(path: string, temuan: string): void {
  writeFileSync(penandaPeriksaPenuh(path), `${new Date().toISOString()} ${temuan}\n`);
}

/** The check a start needs: full when the background check left its mark, quick otherwise. */
export const caraPeriksaSaatMulai = (path: string): CaraPeriksa =>
  existsSync(penandaPeriksaPenuh(path)) ? 'penuh' : 'cepat';

export type JenisMasalah = 'rusak' | 'asing' | 'bukan-sqlite';

/** The file cannot be used as it is; the message says why and, at start, which backup can replace it. */
export class BasisDataRusakError extends DitolakError {
  constructor(
    readonly jenis: JenisMasalah,
    readonly path: string,
    readonly detail: string,
    readonly cadanganTerakhir: string | null = null,
  ) {
    super(pesanMasalah(jenis, path, detail, cadanganTerakhir));
    this.name = 'BasisDataRusakError';
  }

  denganCadangan(cadangan: string | null): BasisDataRusakError {
    return new BasisDataRusakError(this.jenis, this.path, this.detail, cadangan);
  }
}

function pesanMasalah(jenis: JenisMasalah, path: string, detail: string, cadangan: string | null): string {
  const apa = {
    rusak: `Berkas data ${path} rusak (${detail}).`,
    asing: `Berkas ${path} adalah basis data SQLite milik aplikasi lain, bukan data Sinergi.`,
    'bukan-sqlite': `Berkas ${path} bukan berkas data Sinergi (bukan basis data SQLite).`,
  }[jenis];
  const saran = cadangan
    ? ` Cadangan terakhir yang baik: ${cadangan}.`
    : ' Tidak ada cadangan yang baik di folder cadangan; hubungi pengelola TI sebelum mengubah apa pun.';
  return `${apa} Berkas tidak diubah.${saran}`;
}

/** Errors of the disk or the folder (not of the file's content), in words a user can act on. */
export function pesanSqlite(code: string): string | null {
  if (code === 'SQLITE_FULL') return 'Penyimpanan penuh: kosongkan ruang disk lalu ulangi. Data tidak diubah.';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return 'Folder data tidak dapat ditulisi (hanya-baca atau tidak ada izin). Data tidak diubah.';
  }
  if (code.startsWith('SQLITE_IOERR'))
    return 'Disk tidak dapat dibaca atau ditulisi (gangguan perangkat). Data tidak diubah.';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return 'Berkas data sedang dipakai proses lain; tunggu sebentar lalu ulangi.';
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return 'Berkas data rusak. Pulihkan dari cadangan terakhir.';
  }
  return null;
}

/** A database that a newer Sinergi has migrated further than this one knows must not be touched. */
export function tolakSkemaLebihBaru(applied: string[]): void {
  const unknown = applied.filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length > 0) {
    throw new DitolakError(
      `Berkas data ini dibuat oleh versi Sinergi yang lebih baru (skema ${unknown.join(', ')}). ` +
        'Perbarui aplikasi Sinergi terlebih dahulu; berkas tidak diubah.',
    );
  }
}

function headerSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(HEADER_SQLITE.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(HEADER_SQLITE);
  } finally {
    closeSync(fd);
  }
}

export interface InfoBerkas {
  /** No file yet, or a SQLite file without tables: Sinergi may create its schema there. */
  kosong: boolean;
  /** Names of the migrations applied to the file, oldest first. */
  migrasi: string[];
}

/** Reads the file read-only; throws BasisDataRusakError or DitolakError when Sinergi must not open it. */
export function periksaBerkas(path: string, cara: CaraPeriksa): InfoBerkas {
  if (!existsSync(path) || statSync(path).size === 0) return { kosong: true, migrasi: [] };
  if (!headerSqlite(path)) throw new BasisDataRusakError('bukan-sqlite', path, '');
  let sqlite: Sqlite.Database | undefined;
  try {
    sqlite = new Sqlite(path, { readonly: true, fileMustExist: true });
    const hasil = jalankanPemeriksaan(sqlite, cara);
    if (hasil !== null) throw new BasisDataRusakError('rusak', path, hasil);
    const tabel = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    if (tabel.length === 0) return { kosong: true, migrasi: [] };
    if (!tabel.includes(MIGRATION_TABLE) || !TABEL_WAJIB.every((t) => tabel.includes(t))) {
      throw new BasisDataRusakError('asing', path, '');
    }
    const migrasi = sqlite.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).pluck().all() as string[];
    tolakSkemaLebihBaru(migrasi);
    // A full check passed: the mark of an earlier finding (the file has since been restored or repaired) is done.
    if (cara === 'penuh') rmSync(penandaPeriksaPenuh(path), { force: true });
    return { kosong: false, migrasi };
  } catch (error) {
    throw terjemahkanGalatBerkas(error, path);
  } finally {
    sqlite?.close();
  }
}

/** What a check's rows say: null for the single 'ok', else SQLite's first findings. */
export const temuanPemeriksaan = (hasil: string[]): string | null =>
  hasil.length === 1 && hasil[0] === 'ok' ? null : hasil.slice(0, 3).join('; ');

export const PRAGMA_PERIKSA: Record<CaraPeriksa, string> = {
  cepat: 'PRAGMA quick_check(10)',
  penuh: 'PRAGMA integrity_check(10)',
};

/** Runs the check on an open connection; null when the file is sound, else SQLite's first findings. */
export function jalankanPemeriksaan(sqlite: Sqlite.Database, cara: CaraPeriksa): string | null {
  return temuanPemeriksaan(sqlite.prepare(PRAGMA_PERIKSA[cara]).pluck().all() as string[]);
}

/** SQLite's own errors while opening become a message; ours pass through unchanged. */
export function terjemahkanGalatBerkas(error: unknown, path: string): unknown {
  if (!(error instanceof Sqlite.SqliteError)) return error;
  if (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB') {
    return new BasisDataRusakError('rusak', path, error.message);
  }
  const pesan = pesanSqlite(error.code);
  return pesan ? new DitolakError(`${pesan} (${path})`) : error;
}
