// The archive of generated documents: every DOCX is kept with its date, so last quarter's letters print again.
import { sql } from 'kysely';
import type { DokumenRingkas } from '../../shared/api/rapat';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { bersihkanTeks } from '../../shared/teks';

const RINGKAS = ['id', 'rapatId', 'jenis', 'namaBerkas', 'dibuatPada', sql<number>`length(isi)`.as('ukuran')] as const;

export function simpanDokumen(
  db: Db,
  dokumen: { rapatId: number | null; jenis: string; namaBerkas: string; isi: Uint8Array },
): Promise<DokumenRingkas> {
  return db
    .insertInto('dokumen')
    .values({ ...dokumen, dibuatPada: new Date().toISOString() })
    .returning(RINGKAS)
    .executeTakeFirstOrThrow();
}

export function daftarDokumen(db: Db, rapatId: number): Promise<DokumenRingkas[]> {
  return db
    .selectFrom('dokumen')
    .select(RINGKAS)
    .where('rapatId', '=', rapatId)
    .orderBy('dibuatPada', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function ambilDokumen(db: Db, id: number): Promise<{ namaBerkas: string; isi: Uint8Array }> {
  const row = await db.selectFrom('dokumen').select(['namaBerkas', 'isi']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DitolakError(`Dokumen dengan ID ${id} tidak ditemukan di arsip`);
  return row;
}

export async function hapusDokumen(db: Db, id: number): Promise<void> {
  const hasil = await db.deleteFrom('dokumen').where('id', '=', id).executeTakeFirst();
  if (hasil.numDeletedRows === 0n) throw new DitolakError(`Dokumen dengan ID ${id} tidak ditemukan di arsip`);
}

/** A file name Windows accepts: no reserved characters, no trailing dot or space, not too long. */
export function namaBerkasAman(nama: string, ekstensi: string): string {
  const bersih = [...bersihkanTeks(nama)]
    .map((c) => (c < ' ' || '<>:"/\\|?*'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    .replace(/[. ]+$/, '');
  return `${bersih || 'dokumen'}.${ekstensi}`;
}
