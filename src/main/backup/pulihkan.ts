// Restoring a backup: what a file holds (preview), which backup is the latest good one, and putting a backup in place
// of the data file without ever leaving a half-written file where Sinergi looks for its data.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Sqlite from 'better-sqlite3';
import type { PratinjauCadangan } from '../../shared/api/cadangan';
import { periksaBerkas } from '../db/integritas';
import { pindahkanBerkas } from './pindah';
import { DitolakError } from '../errors';
import { capWaktu, daftarCadangan, fsyncBerkas, fsyncFolder, galatFolder, gantiNama } from './cadangan';

const EKOR_SQLITE = ['-wal', '-shm'];

function tahunDanPemda(sqlite: Sqlite.Database): { tahunAnggaran: number | null; namaPemda: string | null } {
  const nilai = sqlite.prepare("SELECT nilai FROM pengaturan WHERE kunci = 'instansi'").pluck().get() as
    string | undefined;
  let instansi: { tahunAnggaran?: unknown; namaPemda?: unknown } = {};
  try {
    instansi = nilai ? (JSON.parse(nilai) as typeof instansi) : {};
  } catch {
    // a settings value we cannot read does not stop the preview
  }
  return {
    tahunAnggaran: typeof instansi.tahunAnggaran === 'number' ? instansi.tahunAnggaran : null,
    namaPemda: typeof instansi.namaPemda === 'string' ? instansi.namaPemda : null,
  };
}

/** The newest diubah_pada of any table that has one, so tables added by later schemas count without a change here. */
function perubahanTerakhir(sqlite: Sqlite.Database): string | null {
  const tabel = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  let terakhir: string | null = null;
  for (const t of tabel) {
    const kolom = sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[];
    if (!kolom.includes('diubah_pada')) continue;
    const nilai = sqlite.prepare(`SELECT max(diubah_pada) FROM "${t}"`).pluck().get() as string | null;
    if (nilai && (terakhir === null || nilai > terakhir)) terakhir = nilai;
  }
  return terakhir;
}

/** Checks the file like a start would and says what it holds; throws the reason when it cannot be restored. */
export function pratinjauCadangan(path: string): PratinjauCadangan {
  if (!existsSync(path) || !statSync(path).isFile()) throw new DitolakError(`Berkas ${path} tidak ditemukan`);
  // A backup is checked fully: it is about to become the data, and nothing would check it again today.
  const info = periksaBerkas(path, 'penuh');
  if (info.kosong) throw new DitolakError(`Berkas ${path} tidak berisi data Sinergi (kosong)`);
  const sqlite = new Sqlite(path, { readonly: true, fileMustExist: true });
  try {
    const jumlahOpd = sqlite.prepare('SELECT count(*) FROM opd').pluck().get() as number;
    const ukuran = statSync(path).size;
    return {
      path,
      ukuran,
      ...tahunDanPemda(sqlite),
      jumlahOpd,
      perubahanTerakhir: perubahanTerakhir(sqlite) ?? statSync(path).mtime.toISOString(),
      versiSkema: info.migrasi.at(-1) ?? '',
    };
  } finally {
    sqlite.close();
  }
}

/** The newest backup in the backup folder that passes the start checks. */
export function cadanganTerakhirYangBaik(folder: string): string | null {
  for (const b of daftarCadangan(folder)) {
    try {
      if (!periksaBerkas(b.path, 'penuh').kosong) return b.path;
    } catch {
      // a damaged backup is skipped; the next older one may be good
    }
  }
  return null;
}

/**
 * Puts a consistent copy of `sumber` where `dataPath` is: written next to it under a temporary name, flushed to disk,
 * then renamed over it, so a power cut leaves either the old file or the new one. The live database must be closed.
 */
export async function tulisBerkasData(sumber: string, dataPath: string): Promise<void> {
  const sementara = `${dataPath}.pulihkan.tmp`;
  try {
    rmSync(sementara, { force: true });
    const asal = new Sqlite(sumber, { readonly: true, fileMustExist: true });
    try {
      await asal.backup(sementara);
    } finally {
      asal.close();
    }
    fsyncBerkas(sementara);
    // A -wal left beside the old file would be replayed onto the new one and corrupt it.
    for (const ekor of EKOR_SQLITE) rmSync(dataPath + ekor, { force: true });
    await gantiNama(sementara, dataPath);
    fsyncFolder(dirname(dataPath));
  } catch (error) {
    rmSync(sementara, { force: true });
    throw galatFolder(error, dirname(dataPath));
  }
}

/** After the last connection closes SQLite folds the -wal into the file and deletes it; one left means another user. */
export function pastikanTidakDipakai(dataPath: string): void {
  const wal = `${dataPath}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new DitolakError(
      'Berkas data sedang dibuka oleh program lain (misalnya Sinergi di jendela lain). Tutup program itu lalu ulangi.',
    );
  }
}

/**
 * At start, when the data file is damaged: moves it (and its -wal, -shm) aside into the backup folder, never deleting
 * it, then puts the backup in its place. Returns where the damaged file went.
 */
export async function pulihkanSaatMulai(dataPath: string, folder: string, cadangan: string): Promise<string> {
  pratinjauCadangan(cadangan);
  const rusak = join(folder, `rusak-${capWaktu(new Date())}-${Date.now()}.sqlite`);
  try {
    mkdirSync(folder, { recursive: true });
    for (const ekor of ['', ...EKOR_SQLITE]) {
      if (existsSync(dataPath + ekor)) await pindahkanBerkas(dataPath + ekor, rusak + ekor);
    }
  } catch (error) {
    throw galatFolder(error, folder);
  }
  await tulisBerkasData(cadangan, dataPath);
  return rusak;
}
