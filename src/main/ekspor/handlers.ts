import type { HandlersFor } from '../api/context';
import { formulirXlsx } from './formulir';
import { tabelXlsx } from './tabel';

export const eksporHandlers: HandlersFor<'ekspor.tabel' | 'ekspor.formulir' | 'berkas.simpan'> = {
  'ekspor.tabel': async (input) => ({
    namaBerkas: `${input.judul.replace(/[\\/:*?"<>|]/g, '-')}.xlsx`,
    base64: (await tabelXlsx(input)).toString('base64'),
  }),
  'ekspor.formulir': async ({ opdId, tahun, bulan }, { db }) => {
    const { namaBerkas, isi } = await formulirXlsx(db, opdId, tahun, bulan);
    return { namaBerkas, base64: isi.toString('base64') };
  },
  'berkas.simpan': async ({ namaBerkas, base64 }, { os }) => {
    const path = await os.simpanBerkas(namaBerkas, Buffer.from(base64, 'base64'));
    if (path) await os.bukaBerkas(path);
    return { path };
  },
};
