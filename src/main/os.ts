// Side effects of the operating system, passed in so that everything but src/main/electron runs under plain Node.
import { mkdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DitolakError } from './errors';

export interface OsEffects {
  /** Asks where to save a generated file and writes it; null when the user cancels. */
  simpanBerkas(namaSaran: string, isi: Uint8Array): Promise<string | null>;
  /** Opens a saved file in the program the user has for it (Word for .docx). */
  bukaBerkas(path: string): Promise<void>;
  // Optional: absent means there is no desktop (browser mode, tests), and the renderer downloads or asks instead.
  /** Writes the file where documents to print go, without asking, and opens it; returns where it went. */
  bukaUntukCetak?(namaBerkas: string, isi: Uint8Array): Promise<string>;
  /** Asks for a folder (e.g. a flash disk for a backup); null when the user cancels. */
  pilihFolder?(judul: string): Promise<string | null>;
  /** Asks for an existing file with one of the extensions (without dot); null when cancelled. */
  pilihBerkas?(judul: string, ekstensi: string[]): Promise<string | null>;
  /** Opens an https link (a wa.me message) in the default browser; false when it is not a web link. */
  bukaTautan?(url: string): Promise<boolean>;
  /** Shows what was found outside any request (damage found by the background check); absent: the console. */
  peringatan?(judul: string, pesan: string): void;
}

/** Browser mode and tests: nothing on the desktop to open, downloads are the browser's business. */
export const osTanpaDesktop: OsEffects = {
  simpanBerkas: () => Promise.resolve(null),
  bukaBerkas: () => Promise.resolve(),
};

const JUDUL_SIMPAN: Record<string, string> = {
  '.docx': 'Simpan dokumen Word',
  '.xlsx': 'Simpan tabel Excel',
  '.zip': 'Simpan berkas .zip',
};

/** The save dialog's title, from what is being saved. */
export function judulSimpan(namaBerkas: string): string {
  return JUDUL_SIMPAN[extname(namaBerkas).toLowerCase()] ?? 'Simpan berkas';
}

/**
 * A failed write of a file the user will open, in words they can act on. Windows answers EBUSY (or EPERM) when the
 * file is open in Word or Excel, which is by far the usual case; the raw code would read as a fault of Sinergi.
 */
export function galatTulisBerkas(error: unknown, path: string): unknown {
  const kode = (error as { code?: unknown } | null)?.code;
  if (kode === 'EBUSY' || kode === 'EPERM') {
    return new DitolakError(
      `Berkas ${path} sedang dibuka di program lain (misalnya Word atau Excel). Tutup berkas itu lalu simpan lagi, ` +
        'atau simpan dengan nama lain.',
    );
  }
  if (kode === 'EACCES' || kode === 'EROFS') {
    return new DitolakError(`Berkas ${path} tidak dapat ditulisi (hanya-baca atau tanpa izin). Simpan di folder lain.`);
  }
  if (kode === 'EISDIR') return new DitolakError(`${path} adalah folder. Pilih nama berkas di dalamnya.`);
  if (kode === 'ENOSPC') return new DitolakError(`Ruang disk untuk ${path} tidak cukup. Berkas tidak disimpan.`);
  if (kode === 'ENOENT' || kode === 'ENOTDIR') {
    return new DitolakError(
      `Folder untuk ${path} tidak ditemukan. Pastikan flash disk atau folder jaringan terpasang.`,
    );
  }
  return error;
}

/**
 * Opens a file that has just been saved. The file is safe on disk whatever happens here, so a failure (no program
 * for .docx, a broken file association) is a warning naming where it is, not an error. Returns that warning or null.
 */
export async function bukaSetelahSimpan(os: OsEffects, path: string): Promise<string | null> {
  try {
    await os.bukaBerkas(path);
    return null;
  } catch (error) {
    const sebab = error instanceof Error ? error.message : String(error);
    return `Berkas tersimpan di ${path}, tetapi tidak dapat dibuka otomatis (${sebab}). Bukalah dari File Explorer.`;
  }
}

/**
 * Writes a document into the folder for printing, where it is opened straight away. A copy still open in Word from
 * an earlier print keeps its name (Windows refuses to overwrite it: EBUSY or EPERM; a folder of that name: EISDIR)
 * and this one gets " (2)", " (3)"...
 */
export async function tulisUntukCetak(folder: string, namaBerkas: string, isi: Uint8Array): Promise<string> {
  await mkdir(folder, { recursive: true });
  const ext = extname(namaBerkas);
  const dasar = namaBerkas.slice(0, namaBerkas.length - ext.length);
  for (let urut = 1; ; urut++) {
    const path = join(folder, urut === 1 ? namaBerkas : `${dasar} (${urut})${ext}`);
    try {
      await writeFile(path, isi);
      return path;
    } catch (error) {
      const kode = (error as { code?: unknown } | null)?.code;
      if (!['EBUSY', 'EPERM', 'EISDIR'].includes(String(kode)) || urut >= 20) throw galatTulisBerkas(error, path);
    }
  }
}
