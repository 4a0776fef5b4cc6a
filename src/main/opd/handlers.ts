import type { HandlersFor } from '../api/context';
import { daftarOpd, hapusOpd, simpanOpd } from './repository';

export const opdHandlers: HandlersFor<'opd.daftar' | 'opd.simpan' | 'opd.hapus'> = {
  'opd.daftar': (_input, { db }) => daftarOpd(db),
  'opd.simpan': (input, { db }) => simpanOpd(db, input),
  'opd.hapus': async ({ id }, { db }) => {
    await hapusOpd(db, id);
    return { id };
  },
};
