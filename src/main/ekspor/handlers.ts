import type { HandlersFor } from '../api/context';
import { NAMA_BULAN } from '../../shared/format';
import { DitolakError } from '../errors';
import { bukaSetelahSimpan } from '../os';
import { serahkanBanyak } from './banyak';
import { formulirXlsx } from './formulir';
import { catatFormulirDikirim } from '../pelaporan/catat';
import { ambilPengaturan } from '../pengaturan/repository';
import { tabelXlsx } from './tabel';

export const eksporHandlers: HandlersFor<
  'ekspor.tabel' | 'ekspor.formulir' | 'ekspor.formulirSemua' | 'ekspor.pilihFolder' | 'berkas.simpan'
> = {
  'ekspor.formulirSemua': async ({ tahun, bulan, folder }, { db, kemajuan }) => {
    const opd = await db.selectFrom('opd').select(['id', 'nama']).orderBy('kode').execute();
    const halaman = await ambilPengaturan(db);
    const berkas: { namaBerkas: string; isi: Buffer }[] = [];
    const dikirim: number[] = [];
    const dilewati: string[] = [];
    for (const [i, o] of opd.entries()) {
      kemajuan({ langkah: 'Menyusun formulir OPD', selesai: i, total: opd.length, satuan: 'berkas' });
      try {
        berkas.push(await formulirXlsx(db, o.id, tahun, bulan, halaman));
        dikirim.push(o.id);
      } catch (error) {
        if (!(error instanceof DitolakError)) throw error;
        dilewati.push(o.nama);
      }
    }
    if (berkas.length === 0) throw new DitolakError(`Belum ada OPD yang memiliki Renja tahun ${tahun}`);
    const hasil = await serahkanBanyak(
      berkas,
      dilewati,
      folder,
      `Formulir Realisasi semua OPD ${NAMA_BULAN[bulan - 1]} ${tahun}.zip`,
      kemajuan,
    );
    // Recorded once they are out: a folder that could not be written sent nothing.
    await catatFormulirDikirim(db, dikirim, tahun, bulan);
    return hasil;
  },
  'ekspor.tabel': async (input, { db }) => ({
    namaBerkas: `${input.judul.replace(/[\\/:*?"<>|]/g, '-')}.xlsx`,
    base64: (await tabelXlsx(input, await ambilPengaturan(db))).toString('base64'),
  }),
  'ekspor.formulir': async ({ opdId, tahun, bulan }, { db }) => {
    const { namaBerkas, isi } = await formulirXlsx(db, opdId, tahun, bulan, await ambilPengaturan(db));
    // Made to be sent to the OPD: the tracker counts it as sent (the first time only).
    await catatFormulirDikirim(db, [opdId], tahun, bulan);
    return { namaBerkas, base64: isi.toString('base64') };
  },
  'ekspor.pilihFolder': async (_input, { os }) => ({
    path: (await os.pilihFolder?.('Pilih folder untuk Formulir Realisasi semua OPD')) ?? null,
  }),
  'berkas.simpan': async ({ namaBerkas, base64 }, { os }) => {
    const path = await os.simpanBerkas(namaBerkas, Buffer.from(base64, 'base64'));
    return { path, peringatan: path === null ? null : await bukaSetelahSimpan(os, path) };
  },
};
