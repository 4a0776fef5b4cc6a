import type { HandlersFor } from '../api/context';
import { daftarRiwayat, pulihkan } from './repository';

export const riwayatHandlers: HandlersFor<'riwayat.daftar' | 'riwayat.pulihkan'> = {
  'riwayat.daftar': ({ opdId, sebelum, batas }, { db }) => daftarRiwayat(db, opdId, sebelum, batas),
  'riwayat.pulihkan': async ({ id }, ctx) => {
    await pulihkan(ctx, id);
    return { id };
  },
};
