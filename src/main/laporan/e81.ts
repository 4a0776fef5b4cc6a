// The rows of the Permendagri 86/2017 evaluation table (Formulir E.81) per OPD: program, kegiatan and sub kegiatan
// with their indicators, target and realisation per quarter, capaian and kategori, and the OPD's own texts.
import { sql } from 'kysely';
import type { AturanMonev } from '../../shared/monev/aturan';
import { capaianBaris, jumlah, kumulatifKePeriode, rataRata } from '../../shared/monev/rollup';
import {
  kategoriCapaian,
  nilaiTahunan,
  persenKeuangan,
  tingkatCapaian,
  type ArahIndikator,
  type JenisIndikator,
  type KategoriCapaian,
} from '../../shared/monev/rules';
import { BULAN_TRIWULAN, pemilikIndikator, type Tingkat } from '../../shared/renja';
import type { Db } from '../db/connection';
import { angkaRenstraUntukE81, type AngkaRenstraE81 } from '../renstra/e81';
import { pasanganIndikator } from '../../shared/renstra/konsistensi';
import type { BarisRealisasi } from '../../shared/api/realisasi';
import type { AngkaSub } from '../monev/hitung';
import { kelompokkanTeks, type TeksKelompok } from './kendala';

export interface IndikatorE81 {
  uraian: string;
  satuan: string;
  /** Column 7 K: the year's target. */
  target: number | null;
  jenis: JenisIndikator;
  arah: ArahIndikator;
  /** Columns 8-11 K: the value of each quarter itself; null after the report's quarter or when not reported. */
  triwulan: (number | null)[];
  /** Column 12 K: sum of the quarters (jumlah) or the latest (posisi). */
  realisasi: number | null;
  /** Column 13 K. */
  capaian: number | null;
}

/** Renstra figures of a row: columns 5 and 6 from the Renstra, 14 and 15 computed from them and column 12. */
export interface RenstraE81 {
  indikator: {
    targetAkhir: number | null;
    realisasiSdTahunLalu: number | null;
    /** Column 14 K: 6 + 12 by the indicator's kind. */
    realisasiSdTahunIni: number | null;
    /** Column 15 K: 14 / 5 x 100. */
    capaian: number | null;
  }[];
  paguAkhir: number | null;
  realisasiSdTahunLaluRp: number | null;
  realisasiSdTahunIniRp: number | null;
  capaianRp: number | null;
}

export interface BarisE81 {
  tingkat: Tingkat;
  id: number;
  kode: string;
  nama: string;
  indikator: IndikatorE81[];
  /** Column 7 Rp: the pagu in force at the quarter's end. */
  pagu: number;
  /** Columns 8-11 Rp: spending within each quarter; null after the report's quarter or when not reported. */
  triwulanRp: (number | null)[];
  /** Column 12 Rp: cumulative spending up to the quarter (the dashboard's realisasi keuangan). */
  realisasiRp: number | null;
  /** Column 13 Rp: column 12 / pagu x 100. */
  capaianRp: number | null;
  /** Mean capaian of the row's own indicators; for a parent without any, its children's (capaianBaris). */
  capaianK: number | null;
  kategori: KategoriCapaian | null;
  /** Columns 5 and 6 when Renstra data exists; the table prints "-" without. */
  renstra?: RenstraE81;
  /** Column 2 of a program row linked to a Renstra program: the sasaran it serves. */
  sasaran?: string | null;
}

export interface OpdE81 {
  id: number;
  nama: string;
  singkatan: string;
  kepalaNama: string;
  kepalaJabatan: string;
  kepalaNip: string;
}

export interface TabelE81 {
  opd: OpdE81;
  baris: BarisE81[];
  jumlah: Pick<BarisE81, 'pagu' | 'triwulanRp' | 'realisasiRp' | 'capaianRp'>;
  /** Mean capaian kinerja of the programs, and its predikat. */
  rataCapaianK: number | null;
  predikat: KategoriCapaian | null;
  /** The RPJMD sasaran (which the RKPD follows) of the OPD's linked programs, in program order, each once. */
  sasaranRkpd: string[];
  pendorong: TeksKelompok[];
  penghambat: TeksKelompok[];
  tindakLanjut: TeksKelompok[];
}

interface BarisIndikator {
  id: number;
  programId: number | null;
  kegiatanId: number | null;
  subKegiatanId: number | null;
  uraian: string;
  satuan: string;
  target: number | null;
  jenis: JenisIndikator;
  arah: ArahIndikator;
}

const filterOpd = (ids: number[] | null) =>
  ids === null
    ? sql``
    : sql`AND p.opd_id IN (${sql.join(
        ids.map((i) => sql`${i}`),
        sql`, `,
      )})`;

// Indicators of every level, found through their owner's program of the year.
const DARI_INDIKATOR = (tahun: number, ids: number[] | null) => sql`FROM indikator i
  LEFT JOIN sub_kegiatan s ON s.id = i.sub_kegiatan_id
  LEFT JOIN kegiatan k ON k.id = coalesce(i.kegiatan_id, s.kegiatan_id)
  JOIN program p ON p.id = coalesce(i.program_id, k.program_id)
  WHERE p.tahun = ${tahun} ${filterOpd(ids)}`;

/**
 * A sub kegiatan with its kegiatan and program, named as the Realisasi grid names them, its cumulative spending at each
 * quarter end up to the report's (`rp1` to `rp4`, null after it or when not reported) and what it wrote in the report's
 * month ('' when it wrote nothing).
 */
type BarisStruktur = { id: number } & Pick<
  BarisRealisasi,
  'kode' | 'nama' | 'kegiatanId' | 'kegiatanKode' | 'kegiatanNama' | 'programId' | 'programKode' | 'programNama'
> &
  Record<'rp1' | 'rp2' | 'rp3' | 'rp4', number | null> &
  Record<'permasalahan' | 'faktorPendorong' | 'faktorPenghambat' | 'tindakLanjut', string>;

/**
 * The rows of the scope, by plain SQL with the result's own column names, run without Kysely's plugins: a regency's
 * report reads tens of thousands of rows here, and renaming every key of every row was a good part of its time.
 */
async function muat(db: Db, tahun: number, bulan: number, ids: number[] | null) {
  const bulanTw = BULAN_TRIWULAN.filter((b) => b <= bulan);
  const dalamBulan = sql.join(
    bulanTw.map((b) => sql`${b}`),
    sql`, `,
  );
  // One row per sub kegiatan, its realisation at each quarter end joined beside it (a row per sub kegiatan and quarter
  // end, grouped again in TypeScript, was three times the rows); the texts are the report month's alone.
  const r = (b: number) => sql.raw(`r${b}`);
  const realisasiTw = sql.join(
    bulanTw.map((b) => sql`LEFT JOIN realisasi ${r(b)} ON ${r(b)}.sub_kegiatan_id = s.id AND ${r(b)}.bulan = ${b}`),
    sql` `,
  );
  const rp = sql.join(
    BULAN_TRIWULAN.map(
      (b, j) => sql`${b <= bulan ? sql`${r(b)}.realisasi_keuangan` : sql`NULL`} AS ${sql.raw(`"rp${j + 1}"`)}`,
    ),
    sql`, `,
  );
  const teks = (kolom: string, nama: string) =>
    sql`coalesce(${r(bulan)}.${sql.raw(kolom)}, '') AS ${sql.raw(`"${nama}"`)}`;
  const mentah = db.withoutPlugins();
  const [struktur, indikator, nilai, opd] = await Promise.all([
    sql<BarisStruktur>`SELECT s.id, s.kode, s.nama, k.id AS "kegiatanId", k.kode AS "kegiatanKode",
      k.nama AS "kegiatanNama", p.id AS "programId", p.kode AS "programKode", p.nama AS "programNama", ${rp},
      ${teks('permasalahan', 'permasalahan')}, ${teks('faktor_pendorong', 'faktorPendorong')},
      ${teks('faktor_penghambat', 'faktorPenghambat')}, ${teks('tindak_lanjut', 'tindakLanjut')}
      FROM sub_kegiatan s JOIN kegiatan k ON k.id = s.kegiatan_id JOIN program p ON p.id = k.program_id
      ${realisasiTw}
      WHERE p.tahun = ${tahun} ${filterOpd(ids)}`.execute(mentah),
    sql<BarisIndikator>`SELECT i.id, i.program_id AS "programId", i.kegiatan_id AS "kegiatanId",
      i.sub_kegiatan_id AS "subKegiatanId", i.uraian, i.satuan, i.target, i.jenis, i.arah
      ${DARI_INDIKATOR(tahun, ids)} ORDER BY i.urutan, i.id`.execute(mentah),
    sql<{ indikatorId: number; bulan: number; realisasi: number | null }>`SELECT n.indikator_id AS "indikatorId",
      n.bulan, n.realisasi
      FROM nilai_indikator n JOIN (SELECT i.id ${DARI_INDIKATOR(tahun, ids)}) x ON x.id = n.indikator_id
      WHERE n.bulan IN (${dalamBulan})`.execute(mentah),
    db
      .selectFrom('opd')
      .select(['id', 'nama', 'singkatan', 'kepalaNama', 'kepalaJabatan', 'kepalaNip'])
      .$if(ids !== null, (q) => q.where('id', 'in', ids!))
      .orderBy('kode')
      .execute(),
  ]);
  return {
    struktur: struktur.rows,
    indikator: indikator.rows,
    nilai: nilai.rows,
    opd,
    bulanTw,
  };
}

/** Quarter values of an indicator, and its year's value and capaian by the indicator's kind and direction. */
function indikatorE81(
  i: BarisIndikator,
  nilai: Map<number, Map<number, number | null>>,
  triwulan: number,
  aturan: AturanMonev,
): IndikatorE81 {
  const perBulan = nilai.get(i.id);
  const tw = BULAN_TRIWULAN.map((b, j) => (j < triwulan ? (perBulan?.get(b) ?? null) : null));
  const realisasi = nilaiTahunan(tw, i.jenis);
  return {
    uraian: i.uraian,
    satuan: i.satuan,
    target: i.target,
    jenis: i.jenis,
    arah: i.arah,
    triwulan: tw,
    realisasi,
    capaian: tingkatCapaian(realisasi, i.target, i.arah, aturan.rumusNegatif),
  };
}

function baris(
  tingkat: Tingkat,
  id: number,
  kode: string,
  nama: string,
  indikator: IndikatorE81[],
  uang: Pick<BarisE81, 'pagu' | 'triwulanRp' | 'realisasiRp'>,
  anak: BarisE81[],
  aturan: AturanMonev,
): BarisE81 {
  const { capaian: capaianK } = capaianBaris(
    indikator.map((i) => i.capaian),
    anak.map((a) => ({ capaian: a.capaianK, pagu: a.pagu })),
  );
  return {
    tingkat,
    id,
    kode,
    nama,
    indikator,
    ...uang,
    capaianRp: persenKeuangan(uang.realisasiRp, uang.pagu),
    capaianK,
    kategori: kategoriCapaian(capaianK, aturan.predikat),
  };
}

/** Money rolls up by sum (rollup's rule, without its fisik, which money rows do not have); no figure stays null. */
function gabungUang(anak: BarisE81[]): Pick<BarisE81, 'pagu' | 'triwulanRp' | 'realisasiRp'> {
  return {
    pagu: anak.reduce((a, x) => a + x.pagu, 0),
    triwulanRp: [0, 1, 2, 3].map((j) => jumlah(anak.map((a) => a.triwulanRp[j] ?? null))),
    realisasiRp: jumlah(anak.map((a) => a.realisasiRp)),
  };
}

/**
 * One E.81 table per OPD of the scope, rows in code order: program, its kegiatan, their sub kegiatan. The sub kegiatan
 * are those in force at the quarter's end (`sub`, from the dashboard's query), so pagu and realisation agree with it.
 */
/** Columns 5 and 6 from the linked Renstra, each Renja indicator paired with its Renstra indicator by wording. */
function denganRenstra(row: BarisE81, angka: AngkaRenstraE81 | undefined, aturan: AturanMonev): BarisE81 {
  if (!angka) return row;
  const pasangan = new Map(pasanganIndikator(row.indikator, angka.indikator));
  // 14 = 6 + 12 only where column 6 has a figure: without the Renstra's past realisation, 12 alone is not "s.d. tahun".
  const sdRp = angka.realisasiSdTahunLaluRp == null ? null : angka.realisasiSdTahunLaluRp + (row.realisasiRp ?? 0);
  return {
    ...row,
    renstra: {
      indikator: row.indikator.map((i) => {
        const targetAkhir = pasangan.get(i)?.targetAkhir ?? null;
        const realisasiSdTahunLalu = pasangan.get(i)?.realisasiSdTahunLalu ?? null;
        const realisasiSdTahunIni =
          realisasiSdTahunLalu == null ? null : nilaiTahunan([realisasiSdTahunLalu, i.realisasi], i.jenis);
        return {
          targetAkhir,
          realisasiSdTahunLalu,
          realisasiSdTahunIni,
          capaian: tingkatCapaian(realisasiSdTahunIni, targetAkhir, i.arah, aturan.rumusNegatif),
        };
      }),
      paguAkhir: angka.paguAkhir,
      realisasiSdTahunLaluRp: angka.realisasiSdTahunLaluRp,
      realisasiSdTahunIniRp: sdRp,
      capaianRp: persenKeuangan(sdRp, angka.paguAkhir),
    },
  };
}

export async function tabelE81(
  db: Db,
  tahun: number,
  triwulan: number,
  sub: AngkaSub[],
  aturan: AturanMonev,
): Promise<TabelE81[]> {
  const bulan = triwulan * 3;
  const opdIds = [...new Set(sub.map((s) => s.opdId))];
  const [data, renstra] = await Promise.all([muat(db, tahun, bulan, opdIds), angkaRenstraUntukE81(db, tahun)]);
  const angkaSub = new Map(sub.map((s) => [s.subKegiatanId, s]));
  const nilai = new Map<number, Map<number, number | null>>();
  for (const n of data.nilai)
    nilai.set(n.indikatorId, (nilai.get(n.indikatorId) ?? new Map()).set(n.bulan, n.realisasi));
  const indikatorPer: Record<Tingkat, Map<number, IndikatorE81[]>> = {
    program: new Map(),
    kegiatan: new Map(),
    subKegiatan: new Map(),
  };
  for (const i of data.indikator) {
    const [tingkat, pemilik] = pemilikIndikator(i);
    const list = indikatorPer[tingkat].get(pemilik) ?? [];
    list.push(indikatorE81(i, nilai, triwulan, aturan));
    indikatorPer[tingkat].set(pemilik, list);
  }
  const strukturPer = Map.groupBy(
    data.struktur.filter((s) => angkaSub.has(s.id)).sort((a, b) => a.kode.localeCompare(b.kode)),
    (s) => angkaSub.get(s.id)!.opdId,
  );

  return data.opd
    .filter((o) => strukturPer.has(o.id))
    .map((opd) => {
      const subs = strukturPer.get(opd.id)!;
      const rows: BarisE81[] = [];
      const programRows: BarisE81[] = [];
      for (const [programId, diProgram] of Map.groupBy(subs, (s) => s.programId)) {
        const kegiatanRows: BarisE81[][] = [];
        for (const [kegiatanId, diKegiatan] of Map.groupBy(diProgram, (s) => s.kegiatanId)) {
          const anak = diKegiatan.map((s) => {
            const a = angkaSub.get(s.id)!;
            const kumulatif = [s.rp1, s.rp2, s.rp3, s.rp4];
            const triwulanRp = kumulatifKePeriode(kumulatif).map((v, j) => (j < triwulan ? v : null));
            const ind = indikatorPer.subKegiatan.get(s.id) ?? [];
            return baris(
              'subKegiatan',
              s.id,
              s.kode,
              s.nama,
              ind,
              { pagu: a.pagu, triwulanRp, realisasiRp: a.realisasiKeuangan },
              [],
              aturan,
            );
          });
          const k = diKegiatan[0]!;
          const ind: IndikatorE81[] = indikatorPer.kegiatan.get(kegiatanId) ?? [];
          kegiatanRows.push([
            baris('kegiatan', kegiatanId, k.kegiatanKode, k.kegiatanNama, ind, gabungUang(anak), anak, aturan),
            ...anak,
          ]);
        }
        const p = diProgram[0]!;
        const kegiatan = kegiatanRows.map((kr) => kr[0]!);
        const ind: IndikatorE81[] = indikatorPer.program.get(programId) ?? [];
        const programRow = baris(
          'program',
          programId,
          p.programKode,
          p.programNama,
          ind,
          gabungUang(kegiatan),
          kegiatan,
          aturan,
        );
        programRows.push(programRow);
        rows.push(
          {
            ...denganRenstra(programRow, renstra.program.get(programId), aturan),
            sasaran: renstra.sasaran.get(programId)?.sasaran ?? null,
          },
          ...kegiatanRows.flatMap(([k, ...anak]) => [denganRenstra(k!, renstra.kegiatan.get(k!.id), aturan), ...anak]),
        );
      }
      const uang = gabungUang(programRows);
      const rataCapaianK = rataRata(programRows.map((p) => p.capaianK));
      return {
        opd,
        baris: rows,
        jumlah: { ...uang, capaianRp: persenKeuangan(uang.realisasiRp, uang.pagu) },
        rataCapaianK,
        predikat: kategoriCapaian(rataCapaianK, aturan.predikat),
        sasaranRkpd: [...new Set(programRows.flatMap((p) => renstra.sasaran.get(p.id)?.sasaranRpjmd ?? []))],
        // A sub kegiatan that wrote nothing adds nothing to a group.
        pendorong: kelompokkanTeks(subs.map((t) => [t.faktorPendorong])),
        penghambat: kelompokkanTeks(subs.map((t) => [t.permasalahan, t.faktorPenghambat])),
        tindakLanjut: kelompokkanTeks(subs.map((t) => [t.tindakLanjut])),
      };
    });
}
