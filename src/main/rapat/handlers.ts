import type { rapatApi } from '../../shared/api/rapat';
import type { HandlersFor } from '../api/context';
import { buatDokumenRapat, sahkanNotulen } from './dokumen';
import { batalkanPengesahan } from './pengesahan';
import { daftarSuratKeluar, terbitkanNomor } from './nomor';
import { simpanNotulen } from './notulen';
import { ambilRapat, daftarRapat, hapusRapat, salinRapat, simpanRapat } from './repository';
import { hapusButir, idButir, muatKendala, muatTindakLanjut, tindakLanjutPerOpd } from './tindakLanjut';
import { tindakLanjutRapat } from './tinjauan';
import { simpanKendala, simpanTindakLanjut, simpanTinjauan } from './tulisTindakLanjut';

/** Every method of the meetings' contract: a new one there fails to compile until it has its handler. */
type MetodeRapat = keyof typeof rapatApi;

export const rapatHandlers: HandlersFor<MetodeRapat> = {
  'rapat.daftar': (_input, { db }) => daftarRapat(db),
  'rapat.ambil': ({ id }, { db }) => ambilRapat(db, id),
  'rapat.simpan': (input, { db }) => simpanRapat(db, input),
  'rapat.hapus': async ({ id }, { db }) => {
    await hapusRapat(db, id);
    return { id };
  },
  'rapat.salin': ({ id, tanggal }, { db }) => salinRapat(db, id, tanggal),
  'rapat.simpanNotulen': (input, { db }) => simpanNotulen(db, input),
  'rapat.sahkanNotulen': ({ rapatId }, { db, sesi }) => sahkanNotulen(db, rapatId, sesi.operator),
  'rapat.batalkanPengesahan': ({ rapatId, alasan }, { db, sesi }) =>
    db.transaction().execute(async (trx) => {
      await batalkanPengesahan(trx, rapatId, alasan, sesi.operator);
      return ambilRapat(trx, rapatId);
    }),
  'rapat.terbitkanNomor': ({ rapatId, nomorUrut }, { db }) => terbitkanNomor(db, rapatId, nomorUrut),
  'rapat.tindakLanjut': ({ rapatId }, { db }) => tindakLanjutRapat(db, rapatId),
  'rapat.simpanTinjauan': (input, { db }) => simpanTinjauan(db, input),
  'rapat.buatDokumen': ({ rapatId, jenis }, { db }) => buatDokumenRapat(db, rapatId, jenis),
  'suratKeluar.daftar': ({ tahun }, { db }) => daftarSuratKeluar(db, tahun),
  'tindakLanjut.daftar': async ({ status }, { db }) => muatTindakLanjut(db, await idButir(db, 'tindak_lanjut', status)),
  'tindakLanjut.perOpd': (_input, { db }) => tindakLanjutPerOpd(db),
  'tindakLanjut.simpan': (input, { db }) => simpanTindakLanjut(db, input),
  'tindakLanjut.hapus': async ({ id }, { db }) => {
    await hapusButir(db, 'tindakLanjut', id);
    return { id };
  },
  'kendala.daftar': async ({ status }, { db }) => muatKendala(db, await idButir(db, 'kendala', status)),
  'kendala.simpan': (input, { db }) => simpanKendala(db, input),
  'kendala.hapus': async ({ id }, { db }) => {
    await hapusButir(db, 'kendala', id);
    return { id };
  },
};
