// Photos of physical progress: stored in the database with the realisation they document.
import type { Foto } from '../../shared/api/foto';
import type { Db } from '../db/connection';
import type { HandlersFor } from '../api/context';
import { DitolakError } from '../errors';
import { jenisGambar } from '../gambar';
import { tolakBilaSubTerkunci } from '../realisasi/verifikasi';

export async function daftarFoto(db: Db, subKegiatanIds: number[], bulan: number): Promise<Foto[]> {
  if (subKegiatanIds.length === 0) return [];
  const rows = await db
    .selectFrom('dokumentasi')
    .select(['id', 'subKegiatanId', 'bulan', 'keterangan', 'mime', 'isi', 'diubahOleh', 'dibuatPada'])
    .where('subKegiatanId', 'in', subKegiatanIds)
    .where('bulan', '=', bulan)
    .orderBy('id')
    .execute();
  return rows.map(({ isi, mime, ...r }) => ({
    ...r,
    mime: mime as Foto['mime'],
    base64: Buffer.from(isi).toString('base64'),
  }));
}

export const fotoHandlers: HandlersFor<'foto.daftar' | 'foto.tambah' | 'foto.hapus'> = {
  'foto.daftar': ({ subKegiatanId, bulan }, { db }) => daftarFoto(db, [subKegiatanId], bulan),
  'foto.tambah': async ({ subKegiatanId, bulan, keterangan, mime, base64 }, { db, sesi }) => {
    const isi = Buffer.from(base64, 'base64');
    const jenis = jenisGambar(isi);
    if (jenis === null) throw new DitolakError('Berkas foto harus gambar PNG atau JPG yang utuh');
    if (jenis !== mime)
      throw new DitolakError(`Berkas foto sebenarnya ${jenis === 'image/png' ? 'PNG' : 'JPG'}, bukan ${mime}`);
    const ada = await db.selectFrom('subKegiatan').select('id').where('id', '=', subKegiatanId).executeTakeFirst();
    if (!ada) throw new DitolakError(`Sub kegiatan dengan ID ${subKegiatanId} tidak ditemukan`);
    await tolakBilaSubTerkunci(db, subKegiatanId, bulan);
    const row = await db
      .insertInto('dokumentasi')
      .values({ subKegiatanId, bulan, keterangan, mime: jenis, isi, diubahOleh: sesi.operator })
      .returning(['id', 'subKegiatanId', 'bulan', 'keterangan', 'diubahOleh', 'dibuatPada'])
      .executeTakeFirstOrThrow();
    return { ...row, mime: jenis, base64 };
  },
  'foto.hapus': async ({ id }, { db }) => {
    const foto = await db
      .selectFrom('dokumentasi')
      .select(['subKegiatanId', 'bulan'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!foto) throw new DitolakError(`Foto dengan ID ${id} tidak ditemukan`);
    await tolakBilaSubTerkunci(db, foto.subKegiatanId, foto.bulan);
    await db.deleteFrom('dokumentasi').where('id', '=', id).execute();
    return { id };
  },
};
