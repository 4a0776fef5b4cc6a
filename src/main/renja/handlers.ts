import type { HandlersFor } from '../api/context';
import { denganRevisi } from '../db/simpan';
import { hapusIndikator, hapusRenja } from './hapus';
import { aturPerubahan, daftarRenja, simpanKegiatan, simpanProgram, simpanSubKegiatan } from './repository';
import { simpanIndikator } from './indikator';

export const renjaHandlers: HandlersFor<
  | 'renja.daftar'
  | 'renja.aturPerubahan'
  | 'renja.simpanProgram'
  | 'renja.simpanKegiatan'
  | 'renja.simpanSubKegiatan'
  | 'renja.simpanIndikator'
  | 'renja.hapus'
  | 'renja.hapusIndikator'
> = {
  'renja.daftar': ({ opdId, tahun, versi }, { db }) => daftarRenja(db, opdId, tahun, versi),
  'renja.aturPerubahan': async ({ tahun, perubahanMulaiBulan }, { db }) => {
    await aturPerubahan(db, tahun, perubahanMulaiBulan);
    return { tahun, perubahanMulaiBulan };
  },
  // Each answers the saved row's new revision, so the grid's next edit of the row is not taken for a stale one.
  'renja.simpanProgram': async (input, { db }) => denganRevisi(db, 'program', await simpanProgram(db, input)),
  'renja.simpanKegiatan': async (input, { db }) => denganRevisi(db, 'kegiatan', await simpanKegiatan(db, input)),
  'renja.simpanSubKegiatan': async (input, { db }) =>
    denganRevisi(db, 'subKegiatan', await simpanSubKegiatan(db, input)),
  'renja.simpanIndikator': async (input, { db }) => denganRevisi(db, 'indikator', await simpanIndikator(db, input)),
  'renja.hapus': async ({ tingkat, id }, { db }) => {
    // A wrong click must not take a quarter's reports with it.
    await hapusRenja(db, tingkat, id);
    return { id };
  },
  'renja.hapusIndikator': async ({ id }, { db }) => {
    await hapusIndikator(db, id);
    return { id };
  },
};
