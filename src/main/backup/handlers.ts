// Handlers of Cadangan & Pemulihan: list, retention, back up now, choose a file or folder, preview, restore.
import { existsSync, statSync } from 'node:fs';
import type { DaftarCadangan } from '../../shared/api/cadangan';
import type { Context, HandlersFor } from '../api/context';
import { DitolakError } from '../errors';
import { ambilAturanCadangan, cadangkanSebelum, pratinjauCadangan, pulihkan, simpanAturanCadangan } from '.';
import { cadangkan, daftarCadangan } from './cadangan';

async function daftar(ctx: Context): Promise<DaftarCadangan> {
  const berkas = daftarCadangan(ctx.folderCadangan);
  return {
    folder: ctx.folderCadangan,
    ...(await ambilAturanCadangan(ctx.db)),
    berkas,
    totalUkuran: berkas.reduce((n, b) => n + b.ukuran, 0),
  };
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
  'cadangan.aturRetensi': async (ubah, ctx) => {
    await simpanAturanCadangan(ctx.db, ubah);
    return daftar(ctx);
  },
  'cadangan.buatSekarang': async ({ folder }, ctx) => {
    // A flash disk that is not plugged in must not become a new folder on the office PC's disk.
    if (folder !== undefined && !(existsSync(folder) && statSync(folder).isDirectory())) {
      throw new DitolakError(`Folder ${folder} tidak ditemukan. Pastikan flash disk terpasang atau pilih folder lain.`);
    }
    const path =
      folder === undefined ? await cadangkanSebelum(ctx, 'manual') : await cadangkan(ctx.sqlite, folder, 'manual');
    const berkas = daftarCadangan(folder ?? ctx.folderCadangan).find((b) => b.path === path);
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
