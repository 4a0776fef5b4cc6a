import type { StatusSistem } from '../../shared/api/sistem';
import type { Context, HandlersFor } from '../api/context';
import { schemaVersion } from '../db/connection';
import { ambilNilai, simpanNilai } from '../pengaturan/repository';
import { muatDataContoh } from '../sample/muat';

async function status({ db, versiAplikasi, dataPath }: Context): Promise<StatusSistem> {
  const [awal, jumlah, versiSkema] = await Promise.all([
    ambilNilai(db, 'awal'),
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
  };
}

export const sistemHandlers: HandlersFor<'sistem.status' | 'sistem.mulaiKosong' | 'sistem.muatDataContoh'> = {
  'sistem.status': (_input, ctx) => status(ctx),
  'sistem.mulaiKosong': async (_input, ctx) => {
    await simpanNilai(ctx.db, 'awal', 'kosong');
    return status(ctx);
  },
  'sistem.muatDataContoh': async (_input, ctx) => {
    await muatDataContoh(ctx.db);
    return status(ctx);
  },
};
