// Gathers a year's RPJMD, Renstra and Renja into the rows the pure consistency rules read.
import type { Konsistensi } from '../../shared/api/renstra';
import { periksaKonsistensi, type DataKonsistensi, type IndikatorLain } from '../../shared/renstra/konsistensi';
import type { Db } from '../db/connection';
import { rincianPemilik } from './repository';
import { rincianRpjmd, rpjmdUntukTahun } from './rpjmd';
import { programRenstraPeriode, programTahun, versiTahun } from './tautan';

async function indikatorRenjaTahun(db: Db, tahun: number) {
  const dasar = db
    .selectFrom('indikator as i')
    .select(['i.uraian', 'i.satuan', 'i.target', 'i.arah', 'i.programId', 'i.kegiatanId', 'i.subKegiatanId']);
  const [program, kegiatan, sub] = await Promise.all([
    dasar
      .innerJoin('program as p', 'p.id', 'i.programId')
      .innerJoin('opd as o', 'o.id', 'p.opdId')
      .select(['o.nama as opd', 'p.kode'])
      .where('p.tahun', '=', tahun)
      .execute(),
    dasar
      .innerJoin('kegiatan as k', 'k.id', 'i.kegiatanId')
      .innerJoin('program as p', 'p.id', 'k.programId')
      .innerJoin('opd as o', 'o.id', 'p.opdId')
      .select(['o.nama as opd', 'k.kode'])
      .where('p.tahun', '=', tahun)
      .execute(),
    dasar
      .innerJoin('subKegiatan as s', 's.id', 'i.subKegiatanId')
      .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
      .innerJoin('program as p', 'p.id', 'k.programId')
      .innerJoin('opd as o', 'o.id', 'p.opdId')
      .select(['o.nama as opd', 's.kode'])
      .where('p.tahun', '=', tahun)
      .execute(),
  ]);
  return { program, kegiatan, sub };
}

export async function dataKonsistensi(db: Db, tahun: number): Promise<DataKonsistensi> {
  const rpjmd = await rpjmdUntukTahun(db, tahun);
  const program = await programTahun(db, tahun);
  const ind = await indikatorRenjaTahun(db, tahun);
  const indProgram = Map.groupBy(ind.program, (i) => i.programId!);
  const indikatorLain: IndikatorLain[] = [
    ...ind.kegiatan.map((i) => ({ ...i, letak: 'Kegiatan Renja' })),
    ...ind.sub.map((i) => ({ ...i, letak: 'Sub kegiatan Renja' })),
  ];

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
