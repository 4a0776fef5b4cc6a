import type { HandlersFor } from '../api/context';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { NAMA_BULAN } from '../../shared/format';
import { DitolakError } from '../errors';
import { formulirXlsx } from './formulir';
import { catatFormulirDikirim } from '../pelaporan/catat';
import { tabelXlsx } from './tabel';

export const eksporHandlers: HandlersFor<
  'ekspor.tabel' | 'ekspor.formulir' | 'ekspor.formulirSemua' | 'berkas.simpan'
> = {
  'ekspor.formulirSemua': async ({ tahun, bulan, folder }, { db }) => {
    const opd = await db.selectFrom('opd').select(['id', 'nama']).orderBy('kode').execute();
    const berkas: { namaBerkas: string; isi: Buffer }[] = [];
    const dikirim: number[] = [];
    const dilewati: string[] = [];
    for (const o of opd) {
      try {
        berkas.push(await formulirXlsx(db, o.id, tahun, bulan));
        dikirim.push(o.id);
      } catch (error) {
        if (!(error instanceof DitolakError)) throw error;
        dilewati.push(o.nama);
      }
    }
    if (berkas.length === 0) throw new DitolakError(`Belum ada OPD yang memiliki Renja tahun ${tahun}`);
    if (folder) {
      try {
        for (const b of berkas) await writeFile(join(folder, b.namaBerkas), b.isi);
      } catch (error) {
        throw new DitolakError(`Formulir tidak dapat ditulis ke ${folder}: ${(error as Error).message}`);
      }
      await catatFormulirDikirim(db, dikirim, tahun, bulan);
      return { jenis: 'folder', folder, jumlah: berkas.length, dilewati };
    }
    const zip = new JSZip();
    for (const b of berkas) zip.file(b.namaBerkas, b.isi);
    const isi = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await catatFormulirDikirim(db, dikirim, tahun, bulan);
    return {
      jenis: 'zip',
      namaBerkas: `Formulir Realisasi semua OPD ${NAMA_BULAN[bulan - 1]} ${tahun}.zip`,
      base64: isi.toString('base64'),
      jumlah: berkas.length,
      dilewati,
    };
  },
  'ekspor.tabel': async (input) => ({
    namaBerkas: `${input.judul.replace(/[\\/:*?"<>|]/g, '-')}.xlsx`,
    base64: (await tabelXlsx(input)).toString('base64'),
  }),
  'ekspor.formulir': async ({ opdId, tahun, bulan }, { db }) => {
    const { namaBerkas, isi } = await formulirXlsx(db, opdId, tahun, bulan);
    // Made to be sent to the OPD: the tracker counts it as sent (the first time only).
    await catatFormulirDikirim(db, [opdId], tahun, bulan);
    return { namaBerkas, base64: isi.toString('base64') };
  },
  'berkas.simpan': async ({ namaBerkas, base64 }, { os }) => {
    const path = await os.simpanBerkas(namaBerkas, Buffer.from(base64, 'base64'));
    if (path) await os.bukaBerkas(path);
    return { path };
  },
};
