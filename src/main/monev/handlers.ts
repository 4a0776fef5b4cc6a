import type { HandlersFor } from '../api/context';
import { ambilPengaturanMonev } from '../pengaturan/repository';
import { kurvaS, ringkasan } from './hitung';

export const monevHandlers: HandlersFor<'monev.ringkasan' | 'monev.kurvaS' | 'monev.periodeTerakhir'> = {
  'monev.periodeTerakhir': async (_input, { db }) =>
    (await db
      .selectFrom('realisasi')
      .innerJoin('subKegiatan', 'subKegiatan.id', 'realisasi.subKegiatanId')
      .innerJoin('kegiatan', 'kegiatan.id', 'subKegiatan.kegiatanId')
      .innerJoin('program', 'program.id', 'kegiatan.programId')
      .select(['program.tahun', 'realisasi.bulan'])
      .where((eb) =>
        eb.or([eb('realisasi.realisasiFisik', 'is not', null), eb('realisasi.realisasiKeuangan', 'is not', null)]),
      )
      .orderBy('program.tahun', 'desc')
      .orderBy('realisasi.bulan', 'desc')
      .limit(1)
      .executeTakeFirst()) ?? null,
  'monev.ringkasan': async ({ tahun, triwulan }, { db }) =>
    ringkasan(db, tahun, triwulan, await ambilPengaturanMonev(db)),
  'monev.kurvaS': ({ tahun, opdId }, { db }) => kurvaS(db, tahun, opdId),
};
