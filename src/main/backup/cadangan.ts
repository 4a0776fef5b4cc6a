// Backups of the live database through SQLite's online backup API (never a file copy of a live database), named by
// time and reason, listed, and pruned to the retention the user set.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as tunggu } from 'node:timers/promises';
import Sqlite from 'better-sqlite3';
import {
  ALASAN_CADANGAN,
  type AlasanCadangan,
  type AturanCadangan,
  type BerkasCadangan,
} from '../../shared/api/cadangan';
import { DitolakError } from '../errors';

const POLA_NAMA = new RegExp(
  `^sinergi-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})-(${ALASAN_CADANGAN.join('|')})(?:-(\\d+))?\\.sqlite$`,
);
/** A .tmp this old is a backup that was interrupted (power cut, killed process), not one being written. */
const UMUR_TMP_YATIM_MS = 60 * 60 * 1000;

export { folderCadangan } from '../lokasi';

const dua = (n: number) => String(n).padStart(2, '0');

/** Local time, as the user reads the office clock: 2026-11-25-0930. */
export function capWaktu(waktu: Date): string {
  const tanggal = `${waktu.getFullYear()}-${dua(waktu.getMonth() + 1)}-${dua(waktu.getDate())}`;
  return `${tanggal}-${dua(waktu.getHours())}${dua(waktu.getMinutes())}`;
}

export function daftarCadangan(folder: string): BerkasCadangan[] {
  let nama: string[];
  try {
    nama = readdirSync(folder);
  } catch {
    return [];
  }
  const berkas: (BerkasCadangan & { urut: number })[] = [];
  for (const n of nama) {
    const m = POLA_NAMA.exec(n);
    if (!m) continue;
    const [, th, bl, hr, jam, menit, alasan, urut] = m;
    const waktu = new Date(Number(th), Number(bl) - 1, Number(hr), Number(jam), Number(menit));
    const path = join(folder, n);
    berkas.push({
      nama: n,
      path,
      alasan: alasan as AlasanCadangan,
      dibuatPada: waktu.toISOString(),
      ukuran: statSync(path).size,
      urut: Number(urut ?? 1),
    });
  }
  berkas.sort((a, b) => b.dibuatPada.localeCompare(a.dibuatPada) || b.urut - a.urut);
  return berkas.map(({ urut: _urut, ...b }) => b);
}

export function fsyncBerkas(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable; Windows cannot open a folder for fsync and journals renames itself. */
export function fsyncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort by design
  }
}

const KODE_TERKUNCI = new Set(['EBUSY', 'EPERM', 'EACCES']);
/** About four seconds in all: long enough for an antivirus scan of a fresh file, short enough to wait for. */
const JEDA_ULANG_MS = [100, 250, 500, 1000, 2000];

function kodeGalat(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/**
 * Runs `kerja` again while Windows reports the file locked: an antivirus often opens a file it has just seen written
 * for a moment. Still locked after the last try, it says so instead of blaming the folder.
 */
export async function ulangiSaatTerkunci(kerja: () => void, nama: string): Promise<void> {
  for (let coba = 0; ; coba++) {
    try {
      kerja();
      return;
    } catch (error) {
      const kode = kodeGalat(error);
      if (typeof kode !== 'string' || !KODE_TERKUNCI.has(kode)) throw error;
      const jeda = JEDA_ULANG_MS[coba];
      if (jeda === undefined) {
        throw new DitolakError(
          `Berkas ${nama} sedang dipakai program lain (misalnya antivirus atau Word), sehingga tidak dapat ` +
            'diganti namanya. Tunggu sebentar lalu ulangi; data tidak diubah.',
        );
      }
      await tunggu(jeda);
    }
  }
}

/** renameSync that waits out a brief lock; see ulangiSaatTerkunci. */
export function gantiNama(dari: string, ke: string): Promise<void> {
  return ulangiSaatTerkunci(() => renameSync(dari, ke), dari);
}

/** A disk or folder problem while writing a backup, in words the user can act on. */
export function galatFolder(error: unknown, folder: string): unknown {
  const code = kodeGalat(error);
  if (typeof code !== 'string') return error;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return new DitolakError(`Ruang disk di ${folder} tidak cukup. Cadangan tidak dibuat; data tidak diubah.`);
  }
  if (/^(EACCES|EPERM|EROFS|ENOTDIR|ENOENT|EISDIR|SQLITE_CANTOPEN|SQLITE_READONLY)/.test(code)) {
    return new DitolakError(
      `Folder ${folder} tidak dapat ditulisi (hanya-baca, tidak ada, atau tanpa izin). ` +
        'Cadangan tidak dibuat; data tidak diubah.',
    );
  }
  return error;
}

function namaBebas(folder: string, alasan: AlasanCadangan, waktu: Date): string {
  const ada = new Set(readdirSync(folder));
  const dasar = `sinergi-${capWaktu(waktu)}-${alasan}`;
  for (let urut = 1; ; urut++) {
    const nama = `${dasar}${urut === 1 ? '' : `-${urut}`}.sqlite`;
    if (!ada.has(nama) && !ada.has(`${nama}.tmp`)) return join(folder, nama);
  }
}

/**
 * Writes a consistent copy of the open database to `folder`. The copy goes to a .tmp name first and is renamed only
 * when complete and on disk, so an interrupted backup never looks like a good one.
 */
export async function cadangkan(
  sqlite: Sqlite.Database,
  folder: string,
  alasan: AlasanCadangan,
  waktu = new Date(),
): Promise<string> {
  let sementara: string | undefined;
  try {
    mkdirSync(folder, { recursive: true });
    const tujuan = namaBebas(folder, alasan, waktu);
    sementara = `${tujuan}.tmp`;
    await sqlite.backup(sementara);
    // One self-contained file (no -wal beside it), so it opens read-only from a flash disk or a CD.
    const salinan = new Sqlite(sementara);
    try {
      salinan.pragma('journal_mode = DELETE');
    } finally {
      salinan.close();
    }
    fsyncBerkas(sementara);
    await gantiNama(sementara, tujuan);
    fsyncFolder(folder);
    return tujuan;
  } catch (error) {
    if (sementara) rmSync(sementara, { force: true });
    throw galatFolder(error, folder);
  }
}

const BYTE_PER_GB = 1024 ** 3;

/**
 * Keeps the newest `retensi` backups of each kind, then deletes the oldest until all of them fit in `batasGb` (the
 * newest backup stays even when it alone is larger); removes interrupted .tmp files. Returns what it deleted.
 */
export function pangkasCadangan(folder: string, aturan: AturanCadangan, sekarang = Date.now()): string[] {
  const dihapus: string[] = [];
  const hapus = (path: string) => {
    rmSync(path, { force: true });
    dihapus.push(path);
  };
  for (const alasan of ALASAN_CADANGAN) {
    for (const b of daftarCadangan(folder)
      .filter((x) => x.alasan === alasan)
      .slice(aturan.retensi)) {
      hapus(b.path);
    }
  }
  let total = 0;
  daftarCadangan(folder).forEach((b, i) => {
    total += b.ukuran;
    if (i > 0 && total > aturan.batasGb * BYTE_PER_GB) hapus(b.path);
  });
  let nama: string[] = [];
  try {
    nama = readdirSync(folder);
  } catch {
    // no folder, nothing to prune
  }
  // The .tmp itself and the rollback journal SQLite keeps beside it while writing.
  for (const n of nama.filter((x) => x.startsWith('sinergi-') && /\.sqlite\.tmp(-journal)?$/.test(x))) {
    const path = join(folder, n);
    if (sekarang - statSync(path).mtimeMs > UMUR_TMP_YATIM_MS) {
      rmSync(path, { force: true });
      dihapus.push(path);
    }
  }
  return dihapus;
}

/** Whether the day of `waktu` has its daily backup: the first start of a day is the one without. */
export function harianSudahAda(folder: string, waktu: Date): boolean {
  const hari = `sinergi-${capWaktu(waktu).slice(0, 10)}-`;
  return daftarCadangan(folder).some((b) => b.alasan === 'harian' && b.nama.startsWith(hari));
}

/** At most one daily backup per calendar day; null when today's already exists. */
export async function cadangkanHarian(
  sqlite: Sqlite.Database,
  folder: string,
  aturan: AturanCadangan,
  waktu = new Date(),
): Promise<string | null> {
  if (harianSudahAda(folder, waktu)) return null;
  const path = await cadangkan(sqlite, folder, 'harian', waktu);
  pangkasCadangan(folder, aturan, waktu.getTime());
  return path;
}
