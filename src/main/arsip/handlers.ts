import type { HandlersFor } from '../api/context';
import { DitolakError } from '../errors';
import { bukaSetelahSimpan } from '../os';
import { ambilDokumen, daftarDokumen, hapusDokumen } from './repository';

export const arsipHandlers: HandlersFor<
  'dokumen.daftar' | 'dokumen.buka' | 'dokumen.cetak' | 'dokumen.unduh' | 'dokumen.hapus'
> = {
  'dokumen.daftar': ({ rapatId }, { db }) => daftarDokumen(db, rapatId),
  'dokumen.buka': async ({ id }, { db, os }) => {
    const { namaBerkas, isi } = await ambilDokumen(db, id);
    const path = await os.simpanBerkas(namaBerkas, isi);
    return { path, peringatan: path === null ? null : await bukaSetelahSimpan(os, path) };
  },
  'dokumen.cetak': async ({ id }, { db, os }) => {
    if (!os.bukaUntukCetak) throw new DitolakError('Mencetak langsung hanya tersedia di aplikasi desktop');
    const { namaBerkas, isi } = await ambilDokumen(db, id);
    const path = await os.bukaUntukCetak(namaBerkas, isi);
    return { path, peringatan: null };
  },
  'dokumen.unduh': async ({ id }, { db }) => {
    const { namaBerkas, isi } = await ambilDokumen(db, id);
    return { namaBerkas, base64: Buffer.from(isi).toString('base64') };
  },
  'dokumen.hapus': async ({ id }, { db }) => {
    await hapusDokumen(db, id);
    return { id };
  },
};
