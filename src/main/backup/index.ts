// What the rest of the backend uses of backups: open the data file safely, back up before risky work, restore.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { RETENSI_BAKU, type AlasanCadangan, type HasilPulihkan } from '../../shared/api/cadangan';
import type { Context } from '../api/context';
import { openDatabase, type Db, type OpenedDatabase } from '../db/connection';
import { BasisDataRusakError } from '../db/integritas';
import { DitolakError } from '../errors';
import { ambilNilai, simpanNilai } from '../pengaturan/repository';
import { cadangkan, cadangkanHarian, folderCadangan, pangkasCadangan } from './cadangan';
import { cadanganTerakhirYangBaik, pastikanTidakDipakai, pratinjauCadangan, tulisBerkasData } from './pulihkan';

const KUNCI = 'cadangan';
const pengaturanCadangan = z.object({ retensi: z.number().int().min(1).max(365) });

export async function ambilRetensi(db: Db): Promise<number> {
  const hasil = pengaturanCadangan.safeParse(await ambilNilai(db, KUNCI));
  return hasil.success ? hasil.data.retensi : RETENSI_BAKU;
}

export async function simpanRetensi(db: Db, retensi: number): Promise<void> {
  await simpanNilai(db, KUNCI, { retensi });
}

/**
 * Opens the data file with the start checks; pending migrations are preceded by a backup. A damaged or foreign file
 * throws BasisDataRusakError naming the latest good backup, for the caller to offer restoring it.
 */
export async function bukaDenganPengaman(dataPath: string): Promise<OpenedDatabase> {
  try {
    return await openDatabase(dataPath, {
      sebelumMigrasi: (sqlite) => cadangkan(sqlite, folderCadangan(dataPath), 'migrasi'),
    });
  } catch (error) {
    if (error instanceof BasisDataRusakError) throw error.denganCadangan(cadanganTerakhirYangBaik(dataPath));
    throw error;
  }
}

/** The backup the import (and any other bulk change) makes first; returns its path. */
export async function cadangkanSebelum(ctx: Context, alasan: AlasanCadangan): Promise<string> {
  const folder = folderCadangan(ctx.dataPath);
  const path = await cadangkan(ctx.sqlite, folder, alasan);
  pangkasCadangan(folder, await ambilRetensi(ctx.db));
  return path;
}

/** Once per calendar day at start. A failure must not keep the user from working, so it is logged, not thrown. */
export async function cadangkanHarianSaatMulai(ctx: Context): Promise<string | null> {
  try {
    return await cadangkanHarian(ctx.sqlite, folderCadangan(ctx.dataPath), await ambilRetensi(ctx.db));
  } catch (error) {
    console.error('[sinergi] cadangan harian gagal:', error);
    return null;
  }
}

/** Replaces the live data with a backup; the current state is backed up first so the restore can be undone. */
export async function pulihkan(ctx: Context, sumber: string): Promise<HasilPulihkan> {
  if (existsSync(sumber) && resolve(sumber) === resolve(ctx.dataPath)) {
    throw new DitolakError('Berkas yang dipilih adalah berkas data yang sedang dipakai, bukan cadangan');
  }
  const pratinjau = pratinjauCadangan(sumber);
  const cadanganSebelum = await cadangkanSebelum(ctx, 'sebelum-pulihkan');
  await ctx.gantiBerkas(async () => {
    pastikanTidakDipakai(ctx.dataPath);
    await tulisBerkasData(sumber, ctx.dataPath);
  });
  return { pratinjau, cadanganSebelum };
}

export { daftarCadangan, folderCadangan } from './cadangan';
export { cadanganTerakhirYangBaik, pratinjauCadangan, pulihkanSaatMulai } from './pulihkan';
