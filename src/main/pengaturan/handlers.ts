import type { HandlersFor } from '../api/context';
import { DitolakError } from '../errors';
import { jenisGambar } from '../gambar';
import {
  ambilLogo,
  ambilPengaturan,
  ambilPengaturanMonev,
  hapusLogo,
  simpanLogo,
  simpanPengaturan,
  simpanPengaturanMonev,
} from './repository';

export const pengaturanHandlers: HandlersFor<
  | 'pengaturan.ambilMonev'
  | 'pengaturan.simpanMonev'
  | 'pengaturan.ambil'
  | 'pengaturan.simpan'
  | 'pengaturan.ambilLogo'
  | 'pengaturan.simpanLogo'
  | 'pengaturan.hapusLogo'
> = {
  'pengaturan.ambil': (_input, { db }) => ambilPengaturan(db),
  'pengaturan.ambilMonev': (_input, { db }) => ambilPengaturanMonev(db),
  'pengaturan.simpanMonev': (input, { db }) => simpanPengaturanMonev(db, input),
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
