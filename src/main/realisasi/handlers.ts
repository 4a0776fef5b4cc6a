import type { HandlersFor } from '../api/context';
import { lembarRealisasi, revisiRealisasi, simpanRealisasi } from './repository';
import { bukaVerifikasi, simpanVerifikasi } from './verifikasi';

export const realisasiHandlers: HandlersFor<
  'realisasi.lembar' | 'realisasi.simpan' | 'realisasi.verifikasi' | 'realisasi.bukaVerifikasi'
> = {
  'realisasi.lembar': ({ opdId, tahun, bulan }, { db }) => lembarRealisasi(db, opdId, tahun, bulan),
  // Writes run one at a time, so nothing can change the rows between the save and reading their revisions.
  'realisasi.simpan': async (input, { db, sesi }) => {
    const disimpan = await simpanRealisasi(db, { ...input, operator: sesi.operator });
    return {
      disimpan,
      revisi: await revisiRealisasi(db, [...new Set(input.perubahan.map((p) => p.subKegiatanId))], input.bulan),
    };
  },
  'realisasi.verifikasi': (input, { db, sesi }) => simpanVerifikasi(db, { ...input, operator: sesi.operator }),
  'realisasi.bukaVerifikasi': (input, { db, sesi }) => bukaVerifikasi(db, { ...input, operator: sesi.operator }),
};
