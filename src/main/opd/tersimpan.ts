// The stored OPD and signatory rows a partial save starts from (see api/sunting.ts).
import type { Db } from '../db/connection';
import { KOLOM_OPD } from './repository';
import { muatKolom, muatMenurutId, pisahRevisi, type PemuatFor } from '../api/sunting';

export const opdTersimpan: PemuatFor<'opd.simpan' | 'penandatangan.simpan'> = {
  'opd.simpan': (raw, db: Db) =>
    muatMenurutId(raw, 'opd', 'OPD', async (id) => {
      const row = await db.selectFrom('opd').select(KOLOM_OPD).where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const { id: _id, ...isi } = row;
      return pisahRevisi(isi);
    }),
  'penandatangan.simpan': (raw, db: Db) =>
    muatKolom(raw, db, 'penandatangan', 'Penandatangan', [
      'nama',
      'jabatan',
      'pangkat',
      'nip',
      'kedudukan',
      'atasNama',
      'untukBeliau',
    ]),
};
