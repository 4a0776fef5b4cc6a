// The full integrity_check off the main thread: it reads every page and every index of the file, which takes seconds
// on a regency's data, so it runs in a worker thread on its own read-only connection while Sinergi answers requests.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import {
  BasisDataRusakError,
  jalankanPemeriksaan,
  PRAGMA_PERIKSA,
  temuanPemeriksaan,
  terjemahkanGalatBerkas,
} from './integritas';

// Plain JavaScript evaluated in the worker, so no bundler needs to know about a second entry file. It loads
// better-sqlite3 from the path the main thread resolved, runs the pragma it is given and sends back its rows.
const KODE_PEKERJA = `
const { parentPort, workerData } = require('node:worker_threads');
const Sqlite = require(workerData.modul);
const sqlite = new Sqlite(workerData.path, { readonly: true, fileMustExist: true });
try {
  parentPort.postMessage(sqlite.prepare(workerData.pragma).pluck().all());
} finally {
  sqlite.close();
}
`;

/**
 * The full check of `path` in a worker thread; null when the file is sound, else SQLite's first findings. Where a
 * worker cannot load the SQLite module (it has its own module loader), the check runs on the main thread instead:
 * requests wait meanwhile, but the check is never skipped.
 */
export async function periksaPenuhDiLatar(path: string): Promise<string | null> {
  try {
    const modul = createRequire(import.meta.url).resolve('better-sqlite3');
    const pekerja = new Worker(KODE_PEKERJA, { eval: true, workerData: { modul, path, pragma: PRAGMA_PERIKSA.penuh } });
    return await new Promise<string | null>((selesai, gagal) => {
      pekerja.once('message', (hasil: string[]) => selesai(temuanPemeriksaan(hasil)));
      pekerja.once('error', gagal);
      pekerja.once('exit', (kode) => gagal(new Error(`Utas pemeriksaan berhenti (kode ${kode})`)));
    });
  } catch (error) {
    console.error('[sinergi] pemeriksaan di utas pekerja gagal, diulang di utas utama:', error);
    let sqlite: Sqlite.Database | undefined;
    try {
      sqlite = new Sqlite(path, { readonly: true, fileMustExist: true });
      return jalankanPemeriksaan(sqlite, 'penuh');
    } catch (galat) {
      // SQLite refusing to read the file is itself the finding.
      const rusak = terjemahkanGalatBerkas(galat, path);
      if (rusak instanceof BasisDataRusakError) return rusak.detail;
      throw galat;
    } finally {
      sqlite?.close();
    }
  }
}
