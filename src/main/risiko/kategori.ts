// The kendala category list (kode kendala) the regency edits: a default list from migration 0009, renamed, extended
// or trimmed here; a category still used by a kendala is not deleted.
import type { KategoriKendala, KategoriKendalaInput } from '../../shared/api/risiko';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { muatKolom, type PemuatFor } from '../api/sunting';

export async function daftarKategori(db: Db): Promise<KategoriKendala[]> {
  return db
    .selectFrom('kategoriKendala as k')
    .select(['k.id', 'k.nama', 'k.urutan', 'k.revisi'])
    .select((eb) =>
      eb
        .selectFrom('kendala')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('kendala.kategoriId', '=', 'k.id')
        .as('jumlahKendala'),
    )
    .orderBy('k.urutan')
    .orderBy('k.nama')
    .execute() as Promise<KategoriKendala[]>;
}

async function satuKategori(db: Db, id: number): Promise<KategoriKendala> {
  const semua = await daftarKategori(db);
  return semua.find((k) => k.id === id)!;
}

export async function pastikanKategoriAda(db: Db, id: number): Promise<void> {
  const ada = await db.selectFrom('kategoriKendala').select('id').where('id', '=', id).executeTakeFirst();
  if (!ada)
    throw new DitolakError(`Kategori kendala dengan ID ${id} tidak ditemukan`, [
      { kolom: 'kategoriId', pesan: 'Kategori kendala tidak ditemukan' },
    ]);
}

export function simpanKategori(
  db: Db,
  input: Omit<KategoriKendalaInput, 'revisi' | 'nama'> & { nama: string },
): Promise<KategoriKendala> {
  const { id, nama, urutan } = input;
  return db.transaction().execute(async (trx) => {
    const kembar = await trx
      .selectFrom('kategoriKendala')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['nama']), '=', nama.toLowerCase()))
      .$if(id !== undefined, (qb) => qb.where('id', '!=', id!))
      .executeTakeFirst();
    if (kembar)
      throw new DitolakError(`Kategori kendala "${nama}" sudah ada`, [
        { kolom: 'nama', pesan: 'Nama kategori sudah ada' },
      ]);
    if (id === undefined) {
      const akhir = await trx
        .selectFrom('kategoriKendala')
        .select((eb) => eb.fn.max<number | null>('urutan').as('maks'))
        .executeTakeFirst();
      const baru = await trx
        .insertInto('kategoriKendala')
        .values({ nama, urutan: urutan ?? (akhir?.maks ?? 0) + 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      return satuKategori(trx, baru.id);
    }
    const diubah = await trx
      .updateTable('kategoriKendala')
      .set({ nama, ...(urutan === undefined ? {} : { urutan }) })
      .where('id', '=', id)
      .executeTakeFirst();
    if (diubah.numUpdatedRows === 0n)
      throw new DitolakError(`Kategori kendala dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`);
    return satuKategori(trx, id);
  });
}

export async function hapusKategori(db: Db, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const kategori = (await daftarKategori(trx)).find((k) => k.id === id);
    if (!kategori) throw new DitolakError(`Kategori kendala dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`);
    if (kategori.jumlahKendala > 0)
      throw new DitolakError(
        `Kategori "${kategori.nama}" masih dipakai oleh ${kategori.jumlahKendala} kendala: ubah kategori kendala tersebut terlebih dahulu`,
      );
    await trx.deleteFrom('kategoriKendala').where('id', '=', id).execute();
  });
}

export const kategoriTersimpan: PemuatFor<'kategoriKendala.simpan'> = {
  'kategoriKendala.simpan': (raw, db) => muatKolom(raw, db, 'kategoriKendala', 'Kategori kendala', ['nama', 'urutan']),
};
