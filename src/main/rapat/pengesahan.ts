// Approving the minutes (disahkan): what the notulen prints is stored at that moment, so it prints the same ever after,
// whatever later happens to the follow-ups' statuses, the invitees or the settings. An approval is withdrawn only
// explicitly, with a reason that stays on its row and in Riwayat.
import { formatTanggalJam } from '../../shared/format';
import type { Db } from '../db/connection';
import type { DataNotulen } from '../docx/notulen';
import { DitolakError } from '../errors';

export interface Pengesahan {
  id: number;
  disahkanPada: string;
  disahkanOleh: string;
}

/** The stored snapshot; `versi` names its shape, so a later DataNotulen can still read an old approval. */
interface IsiPengesahan {
  versi: 1;
  data: DataNotulen;
}

/** The meeting's approval in force (not withdrawn): at most one, as the table's unique index says. */
const berlaku = (db: Db, rapatId: number) =>
  db.selectFrom('notulenSah').where('rapatId', '=', rapatId).where('dibatalkanPada', 'is', null);

export async function pengesahanBerlaku(db: Db, rapatId: number): Promise<Pengesahan | null> {
  return (await berlaku(db, rapatId).select(['id', 'disahkanPada', 'disahkanOleh']).executeTakeFirst()) ?? null;
}

const sejak = (p: Pengesahan) =>
  `${formatTanggalJam(p.disahkanPada)}${p.disahkanOleh ? ` oleh ${p.disahkanOleh}` : ''}`;

/** Minutes already approved are not edited; the caller holds the transaction. */
export async function tolakBilaDisahkan(db: Db, rapatId: number): Promise<void> {
  const p = await pengesahanBerlaku(db, rapatId);
  if (p)
    throw new DitolakError(
      `Notulen rapat ini sudah disahkan pada ${sejak(p)}; batalkan pengesahan lebih dulu untuk mengubahnya`,
    );
}

/** Stores what the notulen prints now as the approved minutes; the caller holds the transaction. */
export async function catatPengesahan(db: Db, rapatId: number, data: DataNotulen, operator: string): Promise<void> {
  const ada = await pengesahanBerlaku(db, rapatId);
  if (ada) throw new DitolakError(`Notulen rapat ini sudah disahkan pada ${sejak(ada)}`);
  if (data.notulis.nama.trim() === '')
    throw new DitolakError('Notulen belum dapat disahkan: nama notulis belum diisi', [
      { kolom: 'notulisNama', pesan: 'Nama notulis wajib diisi sebelum notulen disahkan' },
    ]);
  const isi: IsiPengesahan = { versi: 1, data };
  await db
    .insertInto('notulenSah')
    .values({ rapatId, isi: JSON.stringify(isi), disahkanOleh: operator, dibatalkanPada: null })
    .execute();
}

export async function batalkanPengesahan(db: Db, rapatId: number, alasan: string, operator: string): Promise<void> {
  const p = await pengesahanBerlaku(db, rapatId);
  if (!p) throw new DitolakError('Notulen rapat ini belum disahkan, jadi tidak ada pengesahan yang dibatalkan');
  await db
    .updateTable('notulenSah')
    .set({ dibatalkanPada: new Date().toISOString(), dibatalkanOleh: operator, alasanBatal: alasan })
    .where('id', '=', p.id)
    .execute();
}

/** What the approved notulen prints, or null while it is not approved. */
export async function notulenDisahkan(db: Db, rapatId: number): Promise<DataNotulen | null> {
  const row = await berlaku(db, rapatId).select('isi').executeTakeFirst();
  return row ? (JSON.parse(row.isi) as IsiPengesahan).data : null;
}
