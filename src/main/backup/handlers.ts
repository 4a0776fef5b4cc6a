// Handlers of Cadangan & Pemulihan: list, retention, back up now, choose a file or folder, preview, restore.
import { existsSync, statSync } from 'node:fs';
import type { DaftarCadangan } from '../../shared/api/cadangan';
import type { Context, HandlersFor } from '../api/context';
import { DitolakError } from '../errors';
import { ambilRetensi, cadangkanSebelum, pratinjauCadangan, pulihkan, simpanRetensi } from '.';
import { cadangkan, daftarCadangan, folderCadangan } from './cadangan';

async function daftar(ctx: Context): Promise<DaftarCadangan> {
  const folder = folderCadangan(ctx.dataPath);
  return { folder, retensi: await ambilRetensi(ctx.db), berkas: daftarCadangan(folder) };
}

export const cadanganHandlers: HandlersFor<
  | 'cadangan.daftar'
  | 'cadangan.aturRetensi'
  | 'cadangan.buatSekarang'
  | 'cadangan.pilih'
  | 'cadangan.pratinjau'
  | 'cadangan.pulihkan'
> = {
  'cadangan.daftar': (_input, ctx) => daftar(ctx),
  'cadangan.aturRetensi': async ({ retensi }, ctx) => {
    await simpanRetensi(ctx.db, retensi);
    return daftar(ctx);
  },
  'cadangan.buatSekarang': async ({ folder }, ctx) => {
    // A flash disk that is not plugged in must not become a new folder on the office PC's disk.
    if (folder !== undefined && !(existsSync(folder) && statSync(folder).isDirectory())) {
      throw new DitolakError(`Folder ${folder} tidak ditemukan. Pastikan flash disk terpasang atau pilih folder lain.`);
    }
    const path =
      folder === undefined ? await cadangkanSebelum(ctx, 'manual') : await cadangkan(ctx.sqlite, folder, 'manual');
    const berkas = daftarCadangan(folder ?? folderCadangan(ctx.dataPath)).find((b) => b.path === path);
    if (!berkas) throw new Error(`Cadangan ${path} tidak ditemukan setelah dibuat`);
    return berkas;
  },
  'cadangan.pilih': async ({ jenis }, { os }) => ({
    path:
      jenis === 'folder'
        ? ((await os.pilihFolder?.('Pilih folder tujuan cadangan')) ?? null)
        : ((await os.pilihBerkas?.('Pilih berkas cadangan Sinergi', ['sqlite'])) ?? null),
  }),
  'cadangan.pratinjau': async ({ path }) => pratinjauCadangan(path),
  'cadangan.pulihkan': ({ path }, ctx) => pulihkan(ctx, path),
};
