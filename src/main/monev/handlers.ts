import type { HandlersFor } from '../api/context';
import { ambilPengaturanMonev } from '../pengaturan/repository';
import { kurvaS, ringkasan } from './hitung';

export const monevHandlers: HandlersFor<'monev.ringkasan' | 'monev.kurvaS'> = {
  'monev.ringkasan': async ({ tahun, triwulan }, { db }) =>
    ringkasan(db, tahun, triwulan, await ambilPengaturanMonev(db)),
  'monev.kurvaS': ({ tahun, opdId }, { db }) => kurvaS(db, tahun, opdId),
};
