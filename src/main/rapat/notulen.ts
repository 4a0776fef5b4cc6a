// Saving the minutes: the notulis, opening, discussion per agenda item and speaker, conclusions.
import type { z } from 'zod';
import type { notulenInput, Rapat } from '../../shared/api/rapat';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { tolakBilaDisahkan } from './pengesahan';
import { ambilRapat } from './repository';

export function simpanNotulen(db: Db, input: z.output<typeof notulenInput>): Promise<Rapat> {
  return db.transaction().execute((trx) => tulisNotulen(trx, input));
}

/** The minutes of one meeting; the caller holds the transaction. */
export async function tulisNotulen(trx: Db, input: z.output<typeof notulenInput>): Promise<Rapat> {
  const { rapatId, pembahasan, ...kolom } = input;
  const rapat = await ambilRapat(trx, rapatId);
  await tolakBilaDisahkan(trx, rapatId);
  const acaraRapat = new Set(rapat.acara.map((a) => a.id));
  const asing = pembahasan.findIndex((p) => p.acaraId !== null && !acaraRapat.has(p.acaraId));
  if (asing >= 0)
    throw new DitolakError(`Pembahasan ke-${asing + 1}: acara tersebut bukan acara rapat ini`, [
      { kolom: `pembahasan.${asing}.acaraId`, pesan: 'Acara tidak ditemukan pada rapat ini' },
    ]);
  await trx
    .updateTable('rapat')
    .set({ ...kolom, diubahPada: new Date().toISOString() })
    .where('id', '=', rapatId)
    .execute();
  await trx.deleteFrom('rapatPembahasan').where('rapatId', '=', rapatId).execute();
  if (pembahasan.length > 0)
    await trx
      .insertInto('rapatPembahasan')
      .values(pembahasan.map((p, urutan) => ({ ...p, rapatId, urutan })))
      .execute();
  return ambilRapat(trx, rapatId);
}
