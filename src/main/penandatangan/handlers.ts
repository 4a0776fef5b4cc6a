// Signatories: small enough that queries and handlers share one file.
import type { Penandatangan } from '../../shared/api/penandatangan';
import type { HandlersFor } from '../api/context';
import { simpanMenurutId } from '../db/simpan';
import { DitolakError } from '../errors';
import { KOLOM_PEJABAT } from './repository';

const KOLOM = ['id', ...KOLOM_PEJABAT, 'revisi'] as const;

export const penandatanganHandlers: HandlersFor<
  'penandatangan.daftar' | 'penandatangan.simpan' | 'penandatangan.hapus'
> = {
  'penandatangan.daftar': (_input, { db }) => db.selectFrom('penandatangan').select(KOLOM).orderBy('id').execute(),
  'penandatangan.simpan': async ({ id, ...data }, { db }): Promise<Penandatangan> => {
    const tersimpan = await simpanMenurutId(db, 'penandatangan', id, 'Penandatangan', data);
    // Read back: RETURNING does not see the revision the AFTER UPDATE trigger raised (see opd/repository.ts).
    return db.selectFrom('penandatangan').select(KOLOM).where('id', '=', tersimpan).executeTakeFirstOrThrow();
  },
  'penandatangan.hapus': async ({ id }, { db }) => {
    // Meetings that named the signatory keep their record with the field emptied (ON DELETE SET NULL).
    const hasil = await db.deleteFrom('penandatangan').where('id', '=', id).executeTakeFirst();
    if (hasil.numDeletedRows === 0n)
      throw new DitolakError(`Penandatangan dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`);
    return { id };
  },
};
