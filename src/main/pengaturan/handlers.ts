import type { HandlersFor } from '../api/context';
import { DitolakError } from '../errors';
import { ambilLogo, ambilPengaturan, hapusLogo, simpanLogo, simpanPengaturan } from './repository';

/** The bytes must really be the image the user says, not a renamed file. */
function jenisGambar(isi: Buffer): 'image/png' | 'image/jpeg' | null {
  if (isi.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (isi[0] === 0xff && isi[1] === 0xd8 && isi[2] === 0xff) return 'image/jpeg';
  return null;
}

export const pengaturanHandlers: HandlersFor<
  'pengaturan.ambil' | 'pengaturan.simpan' | 'pengaturan.ambilLogo' | 'pengaturan.simpanLogo' | 'pengaturan.hapusLogo'
> = {
  'pengaturan.ambil': (_input, { db }) => ambilPengaturan(db),
  'pengaturan.simpan': (input, { db }) => simpanPengaturan(db, input),
  'pengaturan.ambilLogo': (_input, { db }) => ambilLogo(db),
  'pengaturan.simpanLogo': async ({ mime, base64 }, { db }) => {
    const isi = Buffer.from(base64, 'base64');
    const jenis = jenisGambar(isi);
    if (jenis === null) throw new DitolakError('Berkas logo harus gambar PNG atau JPG yang utuh');
    if (jenis !== mime)
      throw new DitolakError(`Berkas logo sebenarnya ${jenis === 'image/png' ? 'PNG' : 'JPG'}, bukan ${mime}`);
    await simpanLogo(db, isi, jenis);
    return { ukuran: isi.length };
  },
  'pengaturan.hapusLogo': async (_input, { db }) => {
    await hapusLogo(db);
    return {};
  },
};
