// The stored OPD and signatory rows a partial save starts from (see api/sunting.ts).
import type { Db } from '../db/connection';
import { muatMenurutId, pisahRevisi, type PemuatFor } from '../api/sunting';

const KOLOM_OPD = [
  'kode',
  'nama',
  'singkatan',
  'klaster',
  'kepalaNama',
  'kepalaJabatan',
  'kepalaNip',
  'sekretarisNama',
  'sekretarisNip',
  'alamat',
  'telepon',
  'kontakNama',
  'kontakTelepon',
  'revisi',
] as const;

export const opdTersimpan: PemuatFor<'opd.simpan' | 'penandatangan.simpan'> = {
  'opd.simpan': (raw, db: Db) =>
    muatMenurutId(raw, 'opd', 'OPD', async (id) => {
      const row = await db.selectFrom('opd').select(KOLOM_OPD).where('id', '=', id).executeTakeFirst();
      return row && pisahRevisi(row);
    }),
  'penandatangan.simpan': (raw, db: Db) =>
    muatMenurutId(raw, 'penandatangan', 'Penandatangan', async (id) => {
      const row = await db
        .selectFrom('penandatangan')
        .select(['nama', 'jabatan', 'pangkat', 'nip', 'revisi'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && pisahRevisi(row);
    }),
};
