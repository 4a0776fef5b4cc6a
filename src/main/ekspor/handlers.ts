import type { HandlersFor } from '../api/context';
import { NAMA_BULAN } from '../../shared/format';
import { DitolakError } from '../errors';
import { serahkanBanyak } from './banyak';
import { formulirXlsx } from './formulir';
import { tabelXlsx } from './tabel';

export const eksporHandlers: HandlersFor<
  'ekspor.tabel' | 'ekspor.formulir' | 'ekspor.formulirSemua' | 'berkas.simpan'
> = {
  'ekspor.formulirSemua': async ({ tahun, bulan, folder }, { db }) => {
    const opd = await db.selectFrom('opd').select(['id', 'nama']).orderBy('kode').execute();
    const berkas: { namaBerkas: string; isi: Buffer }[] = [];
    const dilewati: string[] = [];
    for (const o of opd) {
      try {
        berkas.push(await formulirXlsx(db, o.id, tahun, bulan));
      } catch (error) {
        if (!(error instanceof DitolakError)) throw error;
        dilewati.push(o.nama);
      }
    }
    if (berkas.length === 0) throw new DitolakError(`Belum ada OPD yang memiliki Renja tahun ${tahun}`);
    return serahkanBanyak(
      berkas,
      dilewati,
      folder,
      `Formulir Realisasi semua OPD ${NAMA_BULAN[bulan - 1]} ${tahun}.zip`,
    );
  },
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
