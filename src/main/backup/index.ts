// What the rest of the backend uses of backups: open the data file safely, back up before risky work, restore.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import {
  BATAS_GB_BAKU,
  RETENSI_BAKU,
  type AlasanCadangan,
  type AturanCadangan,
  type HasilPulihkan,
} from '../../shared/api/cadangan';
import type { Context } from '../api/context';
import { openDatabase, type Db, type OpenedDatabase } from '../db/connection';
import { BasisDataRusakError } from '../db/integritas';
import { DitolakError } from '../errors';
import { ambilNilai, simpanNilai } from '../pengaturan/repository';
import { cadangkan, cadangkanHarian, pangkasCadangan } from './cadangan';
import { cadanganTerakhirYangBaik, pastikanTidakDipakai, pratinjauCadangan, tulisBerkasData } from './pulihkan';

const KUNCI = 'cadangan';
// Each field on its own: a file saved before the size limit existed keeps its count.
const pengaturanCadangan = z.object({
  retensi: z.number().int().min(1).max(365).catch(RETENSI_BAKU).default(RETENSI_BAKU),
  batasGb: z.number().int().min(1).max(1000).catch(BATAS_GB_BAKU).default(BATAS_GB_BAKU),
});

export async function ambilAturanCadangan(db: Db): Promise<AturanCadangan> {
  const hasil = pengaturanCadangan.safeParse(await ambilNilai(db, KUNCI));
  return hasil.success ? hasil.data : { retensi: RETENSI_BAKU, batasGb: BATAS_GB_BAKU };
}

/** A field left out keeps what was saved. */
export async function simpanAturanCadangan(db: Db, ubah: Partial<AturanCadangan>): Promise<void> {
  const lama = await ambilAturanCadangan(db);
  await simpanNilai(db, KUNCI, {
    retensi: ubah.retensi ?? lama.retensi,
    batasGb: ubah.batasGb ?? lama.batasGb,
  });
}

/**
 * Opens the data file with the start checks; pending migrations are preceded by a backup. A damaged or foreign file
 * throws BasisDataRusakError naming the latest good backup, for the caller to offer restoring it.
 */
export async function bukaDenganPengaman(dataPath: string, folder: string): Promise<OpenedDatabase> {
  try {
    return await openDatabase(dataPath, {
      sebelumMigrasi: (sqlite) => cadangkan(sqlite, folder, 'migrasi'),
    });
  } catch (error) {
    if (error instanceof BasisDataRusakError) throw error.denganCadangan(cadanganTerakhirYangBaik(folder));
    throw error;
  }
}

/** The backup the import (and any other bulk change) makes first; returns its path. */
export async function cadangkanSebelum(ctx: Context, alasan: AlasanCadangan): Promise<string> {
  const path = await cadangkan(ctx.sqlite, ctx.folderCadangan, alasan);
  pangkasCadangan(ctx.folderCadangan, await ambilAturanCadangan(ctx.db));
  return path;
}

/** Once per calendar day at start. A failure must not keep the user from working, so it is logged, not thrown. */
export async function cadangkanHarianSaatMulai(ctx: Context): Promise<string | null> {
  try {
    return await cadangkanHarian(ctx.sqlite, ctx.folderCadangan, await ambilAturanCadangan(ctx.db));
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
export { pindahkanCadanganLama } from './pindah';
export { cadanganTerakhirYangBaik, pratinjauCadangan, pulihkanSaatMulai } from './pulihkan';
