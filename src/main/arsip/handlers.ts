import type { HandlersFor } from '../api/context';
import { DitolakError } from '../errors';
import { bukaSetelahSimpan } from '../os';
import { ambilDokumen, daftarDokumen, hapusDokumen } from './repository';

export const arsipHandlers: HandlersFor<'arsip.daftar' | 'arsip.buka' | 'arsip.cetak' | 'arsip.unduh' | 'arsip.hapus'> =
  {
    'arsip.daftar': ({ rapatId }, { db }) => daftarDokumen(db, rapatId),
    'arsip.buka': async ({ id }, { db, os }) => {
      const { namaBerkas, isi } = await ambilDokumen(db, id);
      const path = await os.simpanBerkas(namaBerkas, isi);
      return { path, peringatan: path === null ? null : await bukaSetelahSimpan(os, path) };
    },
    'arsip.cetak': async ({ id }, { db, os }) => {
      if (!os.bukaUntukCetak) throw new DitolakError('Mencetak langsung hanya tersedia di aplikasi desktop');
      const { namaBerkas, isi } = await ambilDokumen(db, id);
      const path = await os.bukaUntukCetak(namaBerkas, isi);
      return { path, peringatan: null };
    },
    'arsip.unduh': async ({ id }, { db }) => {
      const { namaBerkas, isi } = await ambilDokumen(db, id);
      return { namaBerkas, base64: Buffer.from(isi).toString('base64') };
    },
    'arsip.hapus': async ({ id }, { db }) => {
      await hapusDokumen(db, id);
      return { id };
    },
  };
