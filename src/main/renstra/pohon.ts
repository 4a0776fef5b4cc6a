// Gathers the year's RPJMD, Renstra and linked Renja into the plain shape `susunPohon` turns into the tree.
import type { PorsiAnggaran, Pohon } from '../../shared/api/renstra';
import { nilaiTahunan, type ArahIndikator } from '../../shared/monev/rules';
import { programPenunjang } from '../../shared/renstra/konsistensi';
import { susunPohon, type IndikatorNilai, type ProgramRenjaData, type SasaranData } from '../../shared/renstra/pohon';
import type { Db } from '../db/connection';
import { indikatorPer, type KunciIndikator } from '../renja/repository';
import { angkaSubKegiatan } from '../monev/hitung';
import { ambilPengaturanMonev } from '../pengaturan/repository';
import { rincianPemilik } from './repository';
import { rincianRpjmd, rpjmdUntukTahun } from './rpjmd';
import { programRenstraPeriode } from './tautan';

/** The month the year is measured at: the latest with any realisation reported, else December. */
export async function bulanTerakhir(db: Db, tahun: number): Promise<number> {
  const row = await db
    .selectFrom('realisasi as r')
    .innerJoin('subKegiatan as s', 's.id', 'r.subKegiatanId')
    .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
    .innerJoin('program as p', 'p.id', 'k.programId')
    .select((eb) => eb.fn.max<number | null>('r.bulan').as('bulan'))
    .where('p.tahun', '=', tahun)
    .executeTakeFirst();
  return row?.bulan ?? 12;
}

/** The target for a year and its realisation, from a list of yearly values. */
export function nilaiTahunIni(
  i: {
    uraian: string;
    satuan: string;
    arah: ArahIndikator;
    nilai: { tahun: number; target: number | null; realisasi: number | null }[];
  },
  tahun: number,
): IndikatorNilai {
  const n = i.nilai.find((x) => x.tahun === tahun);
  return {
    uraian: i.uraian,
    satuan: i.satuan,
    arah: i.arah,
    target: n?.target ?? null,
    realisasi: n?.realisasi ?? null,
  };
}

/** Renja indicators by owner, each with the year's value up to the month (sum or latest, by its kind). */
async function indikatorRenja(db: Db, kunci: KunciIndikator, ids: number[], bulan: number) {
  const per = await indikatorPer(db, kunci, ids);
  const semua = [...per.values()].flat();
  const nilai = semua.length
    ? await db
        .selectFrom('nilaiIndikator')
        .select(['indikatorId', 'bulan', 'realisasi'])
        .where(
          'indikatorId',
          'in',
          semua.map((r) => r.id),
        )
        .where('bulan', '<=', bulan)
        .orderBy('bulan')
        .execute()
    : [];
  const perIndikator = Map.groupBy(nilai, (n) => n.indikatorId);
  const map = new Map<number, IndikatorNilai[]>();
  for (const [pemilik, daftar] of per)
    map.set(
      pemilik,
      daftar.map((r) => ({
        uraian: r.uraian,
        satuan: r.satuan,
        target: r.target,
        realisasi: nilaiTahunan(
          (perIndikator.get(r.id) ?? []).map((n) => n.realisasi),
          r.jenis,
        ),
        arah: r.arah,
      })),
    );
  return map;
}

export async function pohon(db: Db, tahun: number): Promise<Pohon> {
  const rpjmd = await rpjmdUntukTahun(db, tahun);
  const bulan = await bulanTerakhir(db, tahun);
  const { rows: sub } = await angkaSubKegiatan(db, tahun, bulan);
  const totalPagu = sub.reduce((a, s) => a + s.pagu, 0);
  if (!rpjmd) return { tahun, bulan, rpjmd: null, baris: [], porsi: [], totalPagu };

  const rincian = await rincianRpjmd(db, rpjmd.id);
  const renstraProgram = (await programRenstraPeriode(db, rpjmd.id)).filter((p) => p.sasaranRpjmdId !== null);
  const indRenstra = (
    await rincianPemilik(
      db,
      'programId',
      renstraProgram.map((p) => p.id),
    )
  ).indikator;
  const tautan = await db
    .selectFrom('programRenstra as pr')
    .innerJoin('program as p', 'p.id', 'pr.programId')
    .innerJoin('opd as o', 'o.id', 'p.opdId')
    .select(['p.id', 'p.kode', 'p.nama', 'o.nama as opd', 'pr.renstraProgramId'])
    .where('p.tahun', '=', tahun)
    .execute();
  const renstraIds = new Set(renstraProgram.map((p) => p.id));
  const programDiPohon = tautan.filter((t) => renstraIds.has(t.renstraProgramId));
  const subDiPohon = sub.filter((s) => programDiPohon.some((p) => p.id === s.programId));
  const kegiatanIds = [...new Set(subDiPohon.map((s) => s.kegiatanId))];
  const nama = async (tabel: 'kegiatan' | 'subKegiatan', ids: number[]) =>
    new Map(
      (ids.length
        ? await db.selectFrom(tabel).select(['id', 'kode', 'nama']).where('id', 'in', ids).execute()
        : []
      ).map((r) => [r.id, r]),
    );
  const namaKegiatan = await nama('kegiatan', kegiatanIds);
  const namaSub = await nama(
    'subKegiatan',
    subDiPohon.map((s) => s.subKegiatanId),
  );
  const [indProgram, indKegiatan, indSub] = await Promise.all([
    indikatorRenja(
      db,
      'programId',
      programDiPohon.map((p) => p.id),
      bulan,
    ),
    indikatorRenja(db, 'kegiatanId', kegiatanIds, bulan),
    indikatorRenja(
      db,
      'subKegiatanId',
      subDiPohon.map((s) => s.subKegiatanId),
      bulan,
    ),
  ]);

  const programRenja = (id: number, kode: string, namaP: string, opd: string): ProgramRenjaData => {
    const subs = subDiPohon.filter((s) => s.programId === id);
    return {
      id,
      kode,
      nama: namaP,
      opd,
      indikator: indProgram.get(id) ?? [],
      kegiatan: [...new Set(subs.map((s) => s.kegiatanId))]
        .map((kid) => ({
          id: kid,
          kode: namaKegiatan.get(kid)?.kode ?? '',
          nama: namaKegiatan.get(kid)?.nama ?? '',
          indikator: indKegiatan.get(kid) ?? [],
          sub: subs
            .filter((s) => s.kegiatanId === kid)
            .map((s) => ({
              id: s.subKegiatanId,
              kode: namaSub.get(s.subKegiatanId)?.kode ?? '',
              nama: namaSub.get(s.subKegiatanId)?.nama ?? '',
              indikator: indSub.get(s.subKegiatanId) ?? [],
              monev: s,
            }))
            .sort((a, b) => a.kode.localeCompare(b.kode)),
        }))
        .sort((a, b) => a.kode.localeCompare(b.kode)),
    };
  };

  const labelPrioritas = new Map(rincian.prioritas.map((p) => [p.id, p.nama]));
  const sasaran = (
    s: (typeof rincian.misi)[number]['tujuan'][number]['sasaran'][number],
    kode: string,
  ): SasaranData => ({
    id: s.id,
    nomor: kode,
    uraian: s.uraian,
    indikator: s.indikator.map((i) => nilaiTahunIni(i, tahun)),
    prioritas: s.prioritasIds.map((p) => labelPrioritas.get(p) ?? ''),
    program: renstraProgram
      .filter((p) => p.sasaranRpjmdId === s.id)
      .map((p) => ({
        id: p.id,
        kode: p.kode,
        nama: p.nama,
        opd: p.opd,
        indikator: (indRenstra.get(p.id) ?? []).map((i) => nilaiTahunIni(i, tahun)),
        renja: programDiPohon
          .filter((t) => t.renstraProgramId === p.id)
          .map((t) => programRenja(t.id, t.kode, t.nama, t.opd)),
      })),
  });

  // Lower-is-better indicators are judged by the regency's chosen formula, as everywhere else in monev.
  const aturan = await ambilPengaturanMonev(db);
  const baris = susunPohon(
    {
      visi: rincian.visi,
      totalPagu,
      misi: rincian.misi.map((m) => ({
        id: m.id,
        nomor: String(m.nomor),
        uraian: m.uraian,
        tujuan: m.tujuan.map((t) => ({
          id: t.id,
          nomor: `${m.nomor}.${t.nomor}`,
          uraian: t.uraian,
          sasaran: t.sasaran.map((s) => sasaran(s, `${m.nomor}.${t.nomor}.${s.nomor}`)),
        })),
      })),
    },
    aturan,
  );

  const diPohon = new Set(programDiPohon.map((p) => p.id));
  const kodeProgram = new Map(
    (sub.length ? await db.selectFrom('program').select(['id', 'kode']).where('tahun', '=', tahun).execute() : []).map(
      (p) => [p.id, p.kode],
    ),
  );
  const sisa = (penunjang: boolean) =>
    sub
      .filter((s) => !diPohon.has(s.programId) && programPenunjang(kodeProgram.get(s.programId) ?? '') === penunjang)
      .reduce((a, s) => a + s.pagu, 0);
  const persen = (pagu: number) => (totalPagu === 0 ? null : (pagu / totalPagu) * 100);
  const porsi: PorsiAnggaran[] = [
    ...baris
      .filter((b) => b.tingkat === 'misi')
      .map((b) => ({ label: `Misi ${b.kode}`, pagu: b.pagu, persen: b.porsiAnggaran })),
    { label: 'Program penunjang urusan', pagu: sisa(true), persen: persen(sisa(true)) },
    { label: 'Belum terhubung ke sasaran RPJMD', pagu: sisa(false), persen: persen(sisa(false)) },
  ];
  return { tahun, bulan, rpjmd, baris, porsi, totalPagu };
}
