// The link from a year's Renja programs to Renstra programs: the list with suggestions, link and unlink.
import type { BarisTautan } from '../../shared/api/renstra';
import type { ProgramRenjaTahun } from '../../shared/renstra/konsistensi';
import { saranTautan } from '../../shared/renstra/tautan';
import { versiBerlaku, type Versi } from '../../shared/renja';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { perubahanMulaiBulan } from '../renja/repository';
import { pemilikRenstra } from './repository';
import { rpjmdUntukTahun } from './rpjmd';

/** The version that holds for the year as a whole: Perubahan once it exists, else Murni. */
export async function versiTahun(db: Db, tahun: number): Promise<Versi> {
  return versiBerlaku(12, await perubahanMulaiBulan(db, tahun));
}

/** Every Renja program of the year with its pagu (version in force) and its Renstra link. */
export async function programTahun(db: Db, tahun: number, opdId?: number): Promise<ProgramRenjaTahun[]> {
  const versi = await versiTahun(db, tahun);
  return db
    .selectFrom('program as p')
    .innerJoin('opd as o', 'o.id', 'p.opdId')
    .leftJoin('programRenstra as pr', 'pr.programId', 'p.id')
    .select((eb) => [
      'p.id',
      'p.opdId',
      'o.nama as opd',
      'p.kode',
      'p.nama',
      'pr.renstraProgramId',
      eb
        .selectFrom('anggaran as a')
        .innerJoin('subKegiatan as s', 's.id', 'a.subKegiatanId')
        .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
        .whereRef('k.programId', '=', 'p.id')
        .where('a.versi', '=', versi)
        .select((e) => e.fn.coalesce(e.fn.sum<number>('a.pagu'), e.lit(0)).as('pagu'))
        .as('pagu'),
    ])
    .where('p.tahun', '=', tahun)
    .$if(opdId !== undefined, (q) => q.where('p.opdId', '=', opdId!))
    .orderBy('o.kode')
    .orderBy('p.kode')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, pagu: Number(r.pagu ?? 0) })));
}

export interface ProgramRenstraPeriode {
  id: number;
  opdId: number;
  opd: string;
  kode: string;
  nama: string;
  sasaranRpjmdId: number | null;
}

export async function programRenstraPeriode(db: Db, rpjmdId: number): Promise<ProgramRenstraPeriode[]> {
  return db
    .selectFrom('renstraProgram as p')
    .innerJoin('renstra as r', 'r.id', 'p.renstraId')
    .innerJoin('opd as o', 'o.id', 'r.opdId')
    .select(['p.id', 'r.opdId', 'o.nama as opd', 'p.kode', 'p.nama', 'p.sasaranRpjmdId'])
    .where('r.rpjmdId', '=', rpjmdId)
    .orderBy('o.kode')
    .orderBy('p.kode')
    .execute();
}

export async function daftarTautan(db: Db, tahun: number, opdId?: number): Promise<BarisTautan[]> {
  const rpjmd = await rpjmdUntukTahun(db, tahun);
  const kandidat = rpjmd ? await programRenstraPeriode(db, rpjmd.id) : [];
  const per = new Map(kandidat.map((k) => [k.id, k]));
  const ringkas = (k: ProgramRenstraPeriode) => ({ id: k.id, opd: k.opd, kode: k.kode, nama: k.nama });
  return (await programTahun(db, tahun, opdId)).map((p) => {
    const tertaut = p.renstraProgramId === null ? undefined : per.get(p.renstraProgramId);
    return {
      programId: p.id,
      opdId: p.opdId,
      opd: p.opd,
      kode: p.kode,
      nama: p.nama,
      pagu: p.pagu,
      tertaut: tertaut ? ringkas(tertaut) : null,
      saran: tertaut ? [] : saranTautan(p, kandidat).map((s) => ({ ...s, ...ringkas(per.get(s.renstraProgramId)!) })),
    };
  });
}

export async function tautkan(db: Db, programId: number, renstraProgramId: number): Promise<void> {
  const program = await db.selectFrom('program').select(['tahun']).where('id', '=', programId).executeTakeFirst();
  if (!program) throw new DitolakError(`Program Renja dengan ID ${programId} tidak ditemukan`);
  const { rpjmd: rp } = await pemilikRenstra(db, 'program', renstraProgramId);
  if (program.tahun < rp.tahunAwal || program.tahun > rp.tahunAkhir) {
    const pesan = `Program Renja tahun ${program.tahun} tidak dapat ditautkan ke Renstra periode ${rp.tahunAwal}-${rp.tahunAkhir}`;
    throw new DitolakError(pesan, [{ kolom: 'renstraProgramId', pesan }]);
  }
  await db
    .insertInto('programRenstra')
    .values({ programId, renstraProgramId })
    .onConflict((oc) => oc.column('programId').doUpdateSet({ renstraProgramId }))
    .execute();
}

export async function lepasTautan(db: Db, programId: number): Promise<void> {
  const hasil = await db.deleteFrom('programRenstra').where('programId', '=', programId).executeTakeFirst();
  if (hasil.numDeletedRows === 0n) throw new DitolakError('Program Renja ini belum ditautkan ke program Renstra');
}
