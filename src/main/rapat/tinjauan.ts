// One meeting's view of follow-ups: decided here, reviewed here, and open ones of earlier meetings on offer.
import { sql } from 'kysely';
import type { TindakLanjutRapat } from '../../shared/api/rapat';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { muatKendala, muatTindakLanjut } from './tindakLanjut';

type Peran = 'diputuskan' | 'ditinjau' | 'tawaran';

/**
 * Ids of the items of one kind for each role. On offer: not done, decided at a meeting held before this one
 * (or the same day), and not yet on this meeting's agenda.
 */
async function idPerPeran(db: Db, jenis: 'tindak_lanjut' | 'kendala', rapatId: number, tanggal: string) {
  const tabel = sql.table(jenis);
  const tinjauan = sql.table(`${jenis}_tinjauan`);
  const kolom = sql.ref(`${jenis}_id`);
  const { rows } = await sql<{ id: number; peran: Peran }>`
    SELECT b.id, 'diputuskan' AS peran FROM ${tabel} b WHERE b.rapat_id = ${rapatId}
    UNION ALL
    SELECT t.${kolom}, 'ditinjau' FROM ${tinjauan} t WHERE t.rapat_id = ${rapatId}
    UNION ALL
    SELECT b.id, 'tawaran' FROM ${tabel} b JOIN rapat r ON r.id = b.rapat_id
    WHERE b.status <> 'selesai' AND b.rapat_id <> ${rapatId} AND r.tanggal <= ${tanggal}
      AND b.id NOT IN (SELECT t.${kolom} FROM ${tinjauan} t WHERE t.rapat_id = ${rapatId})`.execute(db);
  const per = (peran: Peran) => rows.filter((r) => r.peran === peran).map((r) => r.id);
  return { diputuskan: per('diputuskan'), ditinjau: per('ditinjau'), tawaran: per('tawaran') };
}

export async function tindakLanjutRapat(db: Db, rapatId: number): Promise<TindakLanjutRapat> {
  const rapat = await db.selectFrom('rapat').select('tanggal').where('id', '=', rapatId).executeTakeFirst();
  if (!rapat) throw new DitolakError(`Rapat dengan ID ${rapatId} tidak ditemukan (mungkin sudah dihapus)`);
  const [tl, kendala] = await Promise.all([
    idPerPeran(db, 'tindak_lanjut', rapatId, rapat.tanggal),
    idPerPeran(db, 'kendala', rapatId, rapat.tanggal),
  ]);
  const [diputuskan, ditinjau, tawaran, kendalaDiangkat, kendalaDitinjau, kendalaTawaran] = await Promise.all([
    muatTindakLanjut(db, tl.diputuskan),
    muatTindakLanjut(db, tl.ditinjau),
    muatTindakLanjut(db, tl.tawaran),
    muatKendala(db, kendala.diputuskan),
    muatKendala(db, kendala.ditinjau),
    muatKendala(db, kendala.tawaran),
  ]);
  return { diputuskan, ditinjau, tawaran, kendalaDiangkat, kendalaDitinjau, kendalaTawaran };
}
