import type { HandlersFor } from '../api/context';
import { ambilPengaturanMonev } from '../pengaturan/repository';
import { pantauKontrak } from './pantau';
import { hapusKontrak, simpanKontrak } from './repository';

export const kontrakHandlers: HandlersFor<'kontrak.pantau' | 'kontrak.simpan' | 'kontrak.hapus'> = {
  'kontrak.pantau': async (input, { db }) => pantauKontrak(db, input, await ambilPengaturanMonev(db)),
  'kontrak.simpan': (input, { db }) => simpanKontrak(db, input),
  'kontrak.hapus': async ({ id }, { db }) => {
    await hapusKontrak(db, id);
    return { id };
  },
};
