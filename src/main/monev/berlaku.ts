// "The Renja in force at a month": every sub kegiatan of a year in the budget version in force then (Murni, or
// Perubahan once the revision applies), joined to its pagu and its target at that month. Every figure of a period
// starts from this one query: the dashboard, the Realisasi sheet and the report.
import { versiBerlaku, type Versi } from '../../shared/renja';
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

export async function renjaBerlaku(db: Db, tahun: number, bulan: number) {
  const versi = await versiPada(db, tahun, bulan);
  const query = db
    .selectFrom('subKegiatan as s')
    .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
    .innerJoin('program as p', 'p.id', 'k.programId')
    .innerJoin('anggaran as a', (j) => j.onRef('a.subKegiatanId', '=', 's.id').on('a.versi', '=', versi))
    .leftJoin('targetPeriode as t', (j) =>
      j.onRef('t.subKegiatanId', '=', 's.id').on('t.versi', '=', versi).on('t.bulan', '=', bulan),
    )
    .where('p.tahun', '=', tahun);
  return { versi, query };
}
