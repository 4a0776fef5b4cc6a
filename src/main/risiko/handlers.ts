import type { HandlersFor } from '../api/context';
import { daftarKategori, hapusKategori, simpanKategori } from './kategori';
import { petaRisiko } from './peta';

export const risikoHandlers: HandlersFor<
  'kategoriKendala.daftar' | 'kategoriKendala.simpan' | 'kategoriKendala.hapus' | 'risiko.peta'
> = {
  'kategoriKendala.daftar': (_input, { db }) => daftarKategori(db),
  'kategoriKendala.simpan': (input, { db }) => simpanKategori(db, input),
  'kategoriKendala.hapus': async ({ id }, { db }) => {
    await hapusKategori(db, id);
    return { id };
  },
  'risiko.peta': (input, { db }) => petaRisiko(db, input),
};
