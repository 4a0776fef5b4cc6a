// Reading signatories as a signature prints them.
import type { Db } from '../db/connection';
import type { Pejabat } from '../docx/blok';

/** The columns a signature prints: name, rank, NIP and how the office is written. */
export const KOLOM_PEJABAT = ['nama', 'jabatan', 'pangkat', 'nip', 'kedudukan', 'atasNama', 'untukBeliau'] as const;

export async function pejabat(db: Db, id: number | null): Promise<Pejabat | null> {
  if (id === null) return null;
  const row = await db.selectFrom('penandatangan').select(KOLOM_PEJABAT).where('id', '=', id).executeTakeFirst();
  return row ?? null;
}
