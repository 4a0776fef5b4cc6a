import { identitasKurang } from '../../shared/api/pengaturan';
import type { LangkahAwal, StatusSistem } from '../../shared/api/sistem';
import type { Context, HandlersFor } from '../api/context';
import { schemaVersion } from '../db/connection';
import { ambilNilai, ambilPengaturan, simpanNilai } from '../pengaturan/repository';
import { muatDataContoh } from '../sample/muat';
import { TANGGAL_BUILD } from './build';

async function operatorTerakhir(db: Context['db']): Promise<string[]> {
  const nilai = await ambilNilai(db, 'operatorTerakhir');
  return Array.isArray(nilai) ? nilai.filter((n): n is string => typeof n === 'string') : [];
}

/** Each first step judged from the data itself, so a step done anywhere (an import, a restore) is ticked. */
async function langkahAwal(db: Context['db'], jumlahOpd: number): Promise<LangkahAwal> {
  const pengaturan = await ambilPengaturan(db);
  const tahun = pengaturan.tahunAnggaran;
  const [renja, realisasi] = await Promise.all([
    db
      .selectFrom('subKegiatan')
      .innerJoin('kegiatan', 'kegiatan.id', 'subKegiatan.kegiatanId')
      .innerJoin('program', 'program.id', 'kegiatan.programId')
      .select('subKegiatan.id')
      .where('program.tahun', '=', tahun)
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('realisasi')
      .select('subKegiatanId')
      .where((eb) => eb.or([eb('realisasiFisik', 'is not', null), eb('realisasiKeuangan', 'is not', null)]))
      .limit(1)
      .executeTakeFirst(),
  ]);
  return {
    instansi: identitasKurang(pengaturan).length === 0,
    opd: jumlahOpd > 0,
    renja: renja !== undefined,
    realisasi: realisasi !== undefined,
    tahunAnggaran: tahun,
  };
}

async function status({ db, versiAplikasi, dataPath, sesi }: Context): Promise<StatusSistem> {
  const [awal, terakhir, jumlah, versiSkema] = await Promise.all([
    ambilNilai(db, 'awal'),
    operatorTerakhir(db),
    db
      .selectFrom('opd')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    schemaVersion(db),
  ]);
  return {
    perluMemilihAwal: awal === undefined && jumlah.n === 0,
    jumlahOpd: jumlah.n,
    versiAplikasi,
    versiSkema,
    lokasiData: dataPath,
    tanggalBuild: TANGGAL_BUILD,
    operator: sesi.operator,
    operatorTerakhir: terakhir,
    langkahAwal: awal === 'kosong' ? await langkahAwal(db, jumlah.n) : null,
  };
}

export const sistemHandlers: HandlersFor<
  'sistem.status' | 'sistem.mulaiKosong' | 'sistem.muatDataContoh' | 'sistem.aturOperator'
> = {
  'sistem.status': (_input, ctx) => status(ctx),
  'sistem.mulaiKosong': async (_input, ctx) => {
    await simpanNilai(ctx.db, 'awal', 'kosong');
    return status(ctx);
  },
  'sistem.aturOperator': async ({ nama }, ctx) => {
    const daftar = await operatorTerakhir(ctx.db);
    await simpanNilai(ctx.db, 'operatorTerakhir', [nama, ...daftar.filter((n) => n !== nama)].slice(0, 10));
    ctx.sesi.operator = nama;
    return status(ctx);
  },
  'sistem.muatDataContoh': async (_input, ctx) => {
    await muatDataContoh(ctx.db, ctx.sqlite, ctx.kemajuan);
    return status(ctx);
  },
};
