// The stored settings a partial save starts from (see api/sunting.ts): a form that sends one field keeps the others.
import type { PemuatFor } from '../api/sunting';
import { ambilPengaturan, ambilPengaturanMonev, KUNCI_INSTANSI, KUNCI_MONEV } from './repository';

export const pengaturanTersimpan: PemuatFor<'pengaturan.simpan' | 'pengaturan.simpanMonev'> = {
  'pengaturan.simpan': async (_raw, db) => ({
    nilai: await ambilPengaturan(db),
    revisi: 0,
    tabel: 'pengaturan',
    kunci: { kunci: KUNCI_INSTANSI },
  }),
  'pengaturan.simpanMonev': async (_raw, db) => ({
    nilai: await ambilPengaturanMonev(db),
    revisi: 0,
    tabel: 'pengaturan',
    kunci: { kunci: KUNCI_MONEV },
  }),
};
