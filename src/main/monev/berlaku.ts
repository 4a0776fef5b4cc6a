// "The Renja in force at a month": every sub kegiatan of a year in the budget version in force then (Murni, or
// Perubahan once the revision applies), joined to its pagu and its target at that month. Every figure of a period
// starts from this one query: the dashboard, the Realisasi sheet and the report.
import { versiBerlaku, type Versi } from '../../shared/renja';
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { perubahanMulaiBulan } from '../renja/repository';

/** The code of a sub kegiatan and the OPD and year whose Renja it belongs to; undefined when there is none. */
export function pemilikSub(db: Db, subKegiatanId: number) {
  return db
    .selectFrom('subKegiatan as s')
    .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
    .innerJoin('program as p', 'p.id', 'k.programId')
    .select(['s.kode', 'p.opdId', 'p.tahun'])
    .where('s.id', '=', subKegiatanId)
    .executeTakeFirst();
}

/** The budget version realisation up to a month is measured against. */
export async function versiPada(db: Db, tahun: number, bulan: number): Promise<Versi> {
  return versiBerlaku(bulan, await perubahanMulaiBulan(db, tahun));
}

/**
 * The join as SQL: `dari` (the tables, aliases s, k, p, a for the pagu and t for the target at the month) and `syarat`
 * (the year), for callers to add their own columns, joins and conditions:
 * `SELECT ... ${dari} LEFT JOIN realisasi r ON ... WHERE ${syarat} AND ...`. Raw SQL because the dashboard reads every
 * sub kegiatan of the regency through it, and row objects built by Kysely's plugins cost more than the query.
 */
export async function renjaBerlaku(db: Db, tahun: number, bulan: number) {
  const versi = await versiPada(db, tahun, bulan);
  const dari = sql`FROM sub_kegiatan s
    JOIN kegiatan k ON k.id = s.kegiatan_id
    JOIN program p ON p.id = k.program_id
    JOIN anggaran a ON a.sub_kegiatan_id = s.id AND a.versi = ${versi}
    LEFT JOIN target_periode t ON t.sub_kegiatan_id = s.id AND t.versi = ${versi} AND t.bulan = ${bulan}`;
  return { versi, dari, syarat: sql`p.tahun = ${tahun}` };
}
