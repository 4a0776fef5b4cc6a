// Moving backup files: into the local app data folder on Windows (backups of a roaming profile travel with every
// log-on), and a damaged data file aside. A rename where it can, a copy that is flushed before the original goes
// where the two folders are on different drives.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncBerkas, fsyncFolder, galatFolder, gantiNama } from './cadangan';

/** Backups, their interrupted .tmp, and damaged data files kept aside by a restore at start. */
const POLA_BERKAS_CADANGAN = /^(sinergi-.+\.sqlite(\.tmp)?|rusak-.+\.sqlite(-wal|-shm)?)$/;

export async function pindahkanBerkas(dari: string, ke: string): Promise<void> {
  try {
    await gantiNama(dari, ke);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EXDEV') throw error;
    copyFileSync(dari, ke);
    fsyncBerkas(ke);
    rmSync(dari);
  }
}

/**
 * Moves every backup from the folder an earlier Sinergi used into `baru`, then removes the old folder when nothing
 * else is left in it. A name already present in `baru` stays where it is. Returns how many files moved.
 */
export async function pindahkanCadanganLama(lama: string, baru: string): Promise<number> {
  if (lama === baru || !existsSync(lama)) return 0;
  const nama = readdirSync(lama).filter((n) => POLA_BERKAS_CADANGAN.test(n));
  let pindah = 0;
  try {
    if (nama.length > 0) mkdirSync(baru, { recursive: true });
    for (const n of nama) {
      if (existsSync(join(baru, n))) continue;
      await pindahkanBerkas(join(lama, n), join(baru, n));
      pindah++;
    }
  } catch (error) {
    throw galatFolder(error, baru);
  }
  fsyncFolder(baru);
  if (readdirSync(lama).length === 0) rmdirSync(lama);
  return pindah;
}
