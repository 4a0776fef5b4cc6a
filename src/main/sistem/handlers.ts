import type { StatusSistem } from '../../shared/api/sistem';
import type { Context, HandlersFor } from '../api/context';
import { schemaVersion } from '../db/connection';
import { ambilNilai, simpanNilai } from '../pengaturan/repository';
import { muatDataContoh } from '../sample/muat';
import { TANGGAL_BUILD } from './build';

async function operatorTerakhir(db: Context['db']): Promise<string[]> {
  const nilai = await ambilNilai(db, 'operatorTerakhir');
  return Array.isArray(nilai) ? nilai.filter((n): n is string => typeof n === 'string') : [];
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
