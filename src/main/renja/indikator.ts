// Indicators of a program (outcome), kegiatan or sub kegiatan (output).
import type { z } from 'zod';
import type { renjaApi } from '../../shared/api/renja';
import { LABEL_TINGKAT } from '../../shared/renja';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';

type Input = z.output<(typeof renjaApi)['renja.simpanIndikator']['input']>;

const KUNCI = { program: 'programId', kegiatan: 'kegiatanId', subKegiatan: 'subKegiatanId' } as const;

export async function simpanIndikator(db: Db, { id, tingkat, pemilikId, ...data }: Input): Promise<number> {
  const pemilik = await db.selectFrom(tingkat).select('id').where('id', '=', pemilikId).executeTakeFirst();
  if (!pemilik) throw new DitolakError(`${LABEL_TINGKAT[tingkat]} dengan ID ${pemilikId} tidak ditemukan`);
  const milik = { programId: null, kegiatanId: null, subKegiatanId: null, [KUNCI[tingkat]]: pemilikId };
  if (id === undefined) {
    return (
      await db
        .insertInto('indikator')
        .values({ ...milik, ...data })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  const row = await db
    .updateTable('indikator')
    .set({ ...milik, ...data })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new DitolakError(`Indikator dengan ID ${id} tidak ditemukan`);
  return row.id;
}
