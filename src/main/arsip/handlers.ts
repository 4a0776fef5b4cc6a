import type { HandlersFor } from '../api/context';
import { ambilDokumen, daftarDokumen, hapusDokumen } from './repository';

export const arsipHandlers: HandlersFor<'dokumen.daftar' | 'dokumen.buka' | 'dokumen.unduh' | 'dokumen.hapus'> = {
  'dokumen.daftar': ({ rapatId }, { db }) => daftarDokumen(db, rapatId),
  'dokumen.buka': async ({ id }, { db, os }) => {
    const { namaBerkas, isi } = await ambilDokumen(db, id);
    const path = await os.simpanBerkas(namaBerkas, isi);
    if (path !== null) await os.bukaBerkas(path);
    return { path };
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
