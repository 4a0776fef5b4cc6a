// Where the data file and its backups live, decided once for the desktop app and browser mode alike.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

export const NAMA_BERKAS_DATA = 'sinergi.sqlite';

/** The backup folder beside a data file: where backups go unless the desktop app on Windows says otherwise. */
export function folderCadangan(dataPath: string): string {
  return join(dirname(dataPath), 'cadangan');
}

export interface LokasiData {
  dataPath: string;
  folderCadangan: string;
  /** The backup folder an earlier Sinergi used, when it differs; its files are moved at start. */
  folderCadanganLama: string | null;
}

/**
 * SINERGI_DATA when it is set, checked: an empty value would open SQLite's in-memory database and save nothing, and a
 * relative one a file in whatever folder the app was started from. Throws the reason in Indonesian; null when unset.
 */
export function dataDariLingkungan(env: NodeJS.ProcessEnv): string | null {
  const nilai = env['SINERGI_DATA'];
  if (nilai === undefined) return null;
  const contoh = 'misalnya D:\\Data Sinergi\\sinergi.sqlite';
  if (nilai.trim() === '') throw new Error(`SINERGI_DATA kosong. Isilah dengan lokasi lengkap berkas data, ${contoh}.`);
  if (!isAbsolute(nilai)) {
    throw new Error(`SINERGI_DATA harus lokasi lengkap berkas data (${contoh}), bukan "${nilai}".`);
  }
  if (/[\\/]$/.test(nilai) || (existsSync(nilai) && statSync(nilai).isDirectory())) {
    throw new Error(`SINERGI_DATA menunjuk sebuah folder ("${nilai}"); isilah dengan lokasi berkas, ${contoh}.`);
  }
  return nilai;
}

/**
 * The desktop app: the data in the app's folder (roaming on Windows, which is where Electron puts it and where users
 * have always found it); its backups, which grow to gigabytes with photos, in the local app data folder on Windows so
 * they do not travel with a roaming profile. With SINERGI_DATA the backups stay beside the file it names.
 */
export function tentukanLokasi(o: {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Electron's userData: %APPDATA%\Sinergi on Windows. */
  folderAplikasi: string;
}): LokasiData {
  const dariEnv = dataDariLingkungan(o.env);
  if (dariEnv) return { dataPath: dariEnv, folderCadangan: folderCadangan(dariEnv), folderCadanganLama: null };
  const dataPath = join(o.folderAplikasi, NAMA_BERKAS_DATA);
  const lokal = o.env['LOCALAPPDATA'];
  if (o.platform === 'win32' && lokal && isAbsolute(lokal)) {
    return {
      dataPath,
      folderCadangan: join(lokal, 'Sinergi', 'cadangan'),
      folderCadanganLama: folderCadangan(dataPath),
    };
  }
  return { dataPath, folderCadangan: folderCadangan(dataPath), folderCadanganLama: null };
}
