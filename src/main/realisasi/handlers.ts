import type { HandlersFor } from '../api/context';
import { lembarRealisasi, simpanRealisasi, simpanVerifikasi } from './repository';

export const realisasiHandlers: HandlersFor<'realisasi.lembar' | 'realisasi.simpan' | 'realisasi.verifikasi'> = {
  'realisasi.lembar': ({ opdId, tahun, bulan }, { db }) => lembarRealisasi(db, opdId, tahun, bulan),
  'realisasi.simpan': async (input, { db, sesi }) => ({
    disimpan: await simpanRealisasi(db, { ...input, operator: sesi.operator }),
  }),
  'realisasi.verifikasi': (input, { db, sesi }) => simpanVerifikasi(db, { ...input, operator: sesi.operator }),
};
