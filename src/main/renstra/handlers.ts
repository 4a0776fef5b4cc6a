import type { renstraApi } from '../../shared/api/renstra';
import type { HandlersFor } from '../api/context';
import { konsistensi } from './konsistensi';
import { konsistensiDocx } from './dokumen';
import { pohon } from './pohon';
import {
  daftarRenstra,
  hapusRenstra,
  simpanBarisRenstra,
  simpanIndikatorRenstra,
  simpanKegiatanRenstra,
  simpanProgramRenstra,
} from './repository';
import {
  daftarRpjmd,
  hapusButirRpjmd,
  rincianRpjmd,
  simpanButir,
  simpanIndikatorSasaran,
  simpanPrioritas,
  simpanRpjmd,
} from './rpjmd';
import { daftarTautan, lepasTautan, tautkan } from './tautan';

/** Every method of the RPJMD/Renstra contract: a new one there fails to compile until it has its handler. */
export const renstraHandlers: HandlersFor<keyof typeof renstraApi> = {
  'rpjmd.daftar': (_input, { db }) => daftarRpjmd(db),
  'rpjmd.rincian': ({ id }, { db }) => rincianRpjmd(db, id),
  'rpjmd.simpan': async (input, { db }) => ({ id: await simpanRpjmd(db, input) }),
  'rpjmd.simpanMisi': async ({ rpjmdId, ...b }, { db }) => ({ id: await simpanButir(db, 'misi', rpjmdId, b) }),
  'rpjmd.simpanTujuan': async ({ misiId, ...b }, { db }) => ({ id: await simpanButir(db, 'tujuan', misiId, b) }),
  'rpjmd.simpanSasaran': async ({ tujuanId, ...b }, { db }) => ({ id: await simpanButir(db, 'sasaran', tujuanId, b) }),
  'rpjmd.simpanIndikator': (input, { db }) => simpanIndikatorSasaran(db, input),
  'rpjmd.simpanPrioritas': async (input, { db }) => ({ id: await simpanPrioritas(db, input) }),
  'rpjmd.hapus': async ({ jenis, id }, { db }) => {
    await hapusButirRpjmd(db, jenis, id);
    return { id };
  },
  'renstra.daftar': ({ rpjmdId, opdId }, { db }) => daftarRenstra(db, rpjmdId, opdId),
  'renstra.simpanProgram': async (input, { db }) => ({ id: await simpanProgramRenstra(db, input) }),
  'renstra.simpanKegiatan': async (input, { db }) => ({ id: await simpanKegiatanRenstra(db, input) }),
  'renstra.simpanIndikator': (input, { db }) => simpanIndikatorRenstra(db, input),
  'renstra.simpanBaris': (input, { db }) => simpanBarisRenstra(db, input),
  'renstra.hapus': async ({ tingkat, id }, { db }) => {
    await hapusRenstra(db, tingkat, id);
    return { id };
  },
  'renstra.tautan': ({ tahun, opdId }, { db }) => daftarTautan(db, tahun, opdId),
  'renstra.tautkan': async ({ programId, renstraProgramId }, { db }) => {
    await tautkan(db, programId, renstraProgramId);
    return { programId, renstraProgramId };
  },
  'renstra.lepasTautan': async ({ programId }, { db }) => {
    await lepasTautan(db, programId);
    return { programId };
  },
  'renstra.pohon': ({ tahun }, { db }) => pohon(db, tahun),
  'renstra.konsistensi': ({ tahun }, { db }) => konsistensi(db, tahun),
  'renstra.konsistensiDocx': async ({ tahun }, { db }) => konsistensiDocx(db, await konsistensi(db, tahun)),
};
