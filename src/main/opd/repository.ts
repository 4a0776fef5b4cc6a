// Queries of the OPD master data.
import type { Opd, OpdInput } from '../../shared/api/opd';
import type { Db } from '../db/connection';
import { simpanMenurutId } from '../db/simpan';
import { DitolakError } from '../errors';

/** The columns of an OPD as the API shows it. */
export const KOLOM_OPD = [
  'id',
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

export function daftarOpd(db: Db): Promise<Opd[]> {
  return db.selectFrom('opd').select(KOLOM_OPD).orderBy('kode').orderBy('nama').execute();
}

type OpdBaru = Required<Omit<OpdInput, 'id' | 'revisi'>>;

/** Duplicate code or name gets a message naming the field and the OPD that already has it. */
async function tolakDuplikat(db: Db, data: OpdBaru, id: number | undefined): Promise<void> {
  const bentrok = await db
    .selectFrom('opd')
    .select(['id', 'kode', 'nama'])
    .where((eb) => eb.or([eb('kode', '=', data.kode), eb(eb.fn('lower', ['nama']), '=', data.nama.toLowerCase())]))
    .$if(id !== undefined, (qb) => qb.where('id', '!=', id!))
    .executeTakeFirst();
  if (!bentrok) return;
  if (bentrok.kode === data.kode)
    throw new DitolakError(`Kode OPD ${data.kode} sudah dipakai oleh ${bentrok.nama}`, [
      { kolom: 'kode', pesan: 'Kode OPD sudah dipakai' },
    ]);
  throw new DitolakError(`Nama OPD "${data.nama}" sudah ada`, [{ kolom: 'nama', pesan: 'Nama OPD sudah ada' }]);
}

export async function simpanOpd(db: Db, input: OpdBaru & { id?: number }): Promise<Opd> {
  const { id, ...data } = input;
  return db.transaction().execute(async (trx) => {
    await tolakDuplikat(trx, data, id);
    const opdId = await simpanMenurutId(trx, 'opd', id, 'OPD', data, { ...data, diubahPada: new Date().toISOString() });
    // Read back rather than RETURNING: the revision is raised by an AFTER UPDATE trigger, which RETURNING does not
    // see, and a grid saving the row again with the returned revision would be refused as stale.
    return trx.selectFrom('opd').select(KOLOM_OPD).where('id', '=', opdId).executeTakeFirstOrThrow();
  });
}

export async function hapusOpd(db: Db, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const opd = await trx.selectFrom('opd').select(['nama']).where('id', '=', id).executeTakeFirst();
    if (!opd) throw new DitolakError(`OPD dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`);
    try {
      await trx.deleteFrom('opd').where('id', '=', id).execute();
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new DitolakError(
          `${opd.nama} tidak dapat dihapus karena masih memiliki data (Renja, realisasi atau rapat). ` +
            'Hapus data tersebut terlebih dahulu.',
        );
      }
      throw error;
    }
  });
}
