// Gathers a year's RPJMD, Renstra and Renja into the rows the pure consistency rules read.
import type { Konsistensi } from '../../shared/api/renstra';
import { periksaKonsistensi, type DataKonsistensi, type IndikatorLain } from '../../shared/renstra/konsistensi';
import type { Db } from '../db/connection';
import { rincianPemilik } from './repository';
import { rincianRpjmd, rpjmdUntukTahun } from './rpjmd';
import { programRenstraPeriode, programTahun, versiTahun } from './tautan';

/**
 * Every Renja indicator of the year, of a program, a kegiatan or a sub kegiatan, with the OPD and the code of what it
 * measures: one walk up from whichever owner it has, as Riwayat finds an indicator's OPD (riwayat/pemicu.ts).
 */
async function indikatorRenjaTahun(db: Db, tahun: number) {
  const semua = await db
    .selectFrom('indikator as i')
    .leftJoin('subKegiatan as s', 's.id', 'i.subKegiatanId')
    .leftJoin('kegiatan as k', (j) => j.on((eb) => eb('k.id', '=', eb.fn.coalesce('i.kegiatanId', 's.kegiatanId'))))
    .innerJoin('program as p', (j) => j.on((eb) => eb('p.id', '=', eb.fn.coalesce('i.programId', 'k.programId'))))
    .innerJoin('opd as o', 'o.id', 'p.opdId')
    .select(['i.uraian', 'i.satuan', 'i.target', 'i.arah', 'i.programId', 'i.subKegiatanId', 'o.nama as opd'])
    .select((eb) => eb.fn.coalesce('s.kode', 'k.kode', 'p.kode').as('kode'))
    .where('p.tahun', '=', tahun)
    .orderBy('i.id')
    .execute();
  return {
    program: Map.groupBy(
      semua.filter((i) => i.programId !== null),
      (i) => i.programId!,
    ),
    lain: semua
      .filter((i) => i.programId === null)
      .map((i): IndikatorLain => ({ ...i, letak: i.subKegiatanId === null ? 'Kegiatan Renja' : 'Sub kegiatan Renja' })),
  };
}

export async function dataKonsistensi(db: Db, tahun: number): Promise<DataKonsistensi> {
  const rpjmd = await rpjmdUntukTahun(db, tahun);
  const program = await programTahun(db, tahun);
  const { program: indProgram, lain: indikatorLain } = await indikatorRenjaTahun(db, tahun);

  const versi = await versiTahun(db, tahun);
  const subKegiatan = await db
    .selectFrom('subKegiatan as s')
    .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
    .innerJoin('program as p', 'p.id', 'k.programId')
    .innerJoin('opd as o', 'o.id', 'p.opdId')
    .innerJoin('anggaran as a', (j) => j.onRef('a.subKegiatanId', '=', 's.id').on('a.versi', '=', versi))
    .select((eb) => [
      'o.nama as opd',
      's.kode',
      's.nama',
      'a.pagu',
      eb
        .selectFrom('indikator as i')
        .whereRef('i.subKegiatanId', '=', 's.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('jumlahIndikator'),
    ])
    .where('p.tahun', '=', tahun)
    .execute();

  let programRenstra: DataKonsistensi['programRenstra'] = [];
  if (rpjmd) {
    const rp = await programRenstraPeriode(db, rpjmd.id);
    const rinci = await rincianPemilik(
      db,
      'programId',
      rp.map((p) => p.id),
    );
    const targetTahun = (nilai: { tahun: number; target: number | null }[]) =>
      nilai.find((n) => n.tahun === tahun)?.target ?? null;
    programRenstra = rp.map((p) => ({
      id: p.id,
      opd: p.opd,
      kode: p.kode,
      nama: p.nama,
      sasaranRpjmdId: p.sasaranRpjmdId,
      paguIndikatif: rinci.pagu.get(p.id)?.find((x) => x.tahun === tahun)?.pagu ?? null,
      indikator: (rinci.indikator.get(p.id) ?? []).map((i) => ({ ...i, target: targetTahun(i.nilai) })),
    }));
    const kegiatan = await db
      .selectFrom('renstraKegiatan')
      .select(['id', 'programId', 'kode'])
      .where('programId', 'in', rp.length ? rp.map((p) => p.id) : [0])
      .execute();
    const rk = await rincianPemilik(
      db,
      'kegiatanId',
      kegiatan.map((k) => k.id),
    );
    const opdProgram = new Map(rp.map((p) => [p.id, p.opd]));
    for (const k of kegiatan) {
      for (const i of rk.indikator.get(k.id) ?? [])
        indikatorLain.push({
          ...i,
          target: targetTahun(i.nilai),
          opd: opdProgram.get(k.programId)!,
          kode: k.kode,
          letak: 'Kegiatan Renstra',
        });
    }
    const r = await rincianRpjmd(db, rpjmd.id);
    for (const m of r.misi)
      for (const t of m.tujuan)
        for (const s of t.sasaran)
          for (const i of s.indikator)
            indikatorLain.push({
              ...i,
              target: targetTahun(i.nilai),
              opd: 'RPJMD',
              kode: `Sasaran ${m.nomor}.${t.nomor}.${s.nomor}`,
              letak: 'Indikator sasaran RPJMD',
            });
  }

  return {
    tahun,
    programRenja: program.map((p) => ({
      ...p,
      indikator: (indProgram.get(p.id) ?? []).map(({ uraian, satuan, target, arah }) => ({
        uraian,
        satuan,
        target,
        arah,
      })),
    })),
    programRenstra,
    indikatorLain,
    subKegiatan: subKegiatan.map((s) => ({ ...s, jumlahIndikator: Number(s.jumlahIndikator ?? 0) })),
  };
}

export async function konsistensi(db: Db, tahun: number): Promise<Konsistensi> {
  return {
    tahun,
    rpjmd: await rpjmdUntukTahun(db, tahun),
    temuan: periksaKonsistensi(await dataKonsistensi(db, tahun)),
  };
}
