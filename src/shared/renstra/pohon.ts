// The performance tree from the regent's visi down to sub kegiatan: capaian at every level and the budget share per misi.
import type { AturanMonev } from '../monev/aturan';
import { capaianBaris, rollup, type BarisMonev } from '../monev/rollup';
import { kategoriCapaian, tingkatCapaian, type ArahIndikator, type KategoriCapaian } from '../monev/rules';

export type TingkatPohon =
  'visi' | 'misi' | 'tujuan' | 'sasaran' | 'renstraProgram' | 'program' | 'kegiatan' | 'subKegiatan';

export const LABEL_TINGKAT_POHON: Record<TingkatPohon, string> = {
  visi: 'Visi',
  misi: 'Misi',
  tujuan: 'Tujuan',
  sasaran: 'Sasaran',
  renstraProgram: 'Program Renstra',
  program: 'Program Renja',
  kegiatan: 'Kegiatan',
  subKegiatan: 'Sub Kegiatan',
};

/** An indicator with the year's target and realisation (the year's value already taken by nilaiTahunan). */
export interface IndikatorNilai {
  uraian: string;
  satuan: string;
  target: number | null;
  realisasi: number | null;
  arah: ArahIndikator;
}

export interface IndikatorPohon extends IndikatorNilai {
  capaian: number | null;
}

export interface SubData {
  id: number;
  kode: string;
  nama: string;
  indikator: IndikatorNilai[];
  /** Pagu (version in force), targets and cumulative realisation at the month measured. */
  monev: BarisMonev;
}

export interface KegiatanData {
  id: number;
  kode: string;
  nama: string;
  indikator: IndikatorNilai[];
  sub: SubData[];
}

export interface ProgramRenjaData {
  id: number;
  kode: string;
  nama: string;
  opd: string;
  indikator: IndikatorNilai[];
  kegiatan: KegiatanData[];
}

export interface ProgramRenstraData {
  id: number;
  kode: string;
  nama: string;
  opd: string;
  indikator: IndikatorNilai[];
  renja: ProgramRenjaData[];
}

export interface ButirRpjmdData {
  id: number;
  nomor: string;
  uraian: string;
}

export interface SasaranData extends ButirRpjmdData {
  indikator: IndikatorNilai[];
  /** Priorities (daerah, provinsi, nasional) this sasaran supports, as labels. */
  prioritas: string[];
  program: ProgramRenstraData[];
}

export interface DataPohon {
  visi: string;
  misi: (ButirRpjmdData & { tujuan: (ButirRpjmdData & { sasaran: SasaranData[] })[] })[];
  /** Pagu of every Renja program of the year (version in force): the denominator of the budget shares. */
  totalPagu: number;
}

export interface SimpulPohon {
  kunci: string;
  indukKunci: string | null;
  tingkat: TingkatPohon;
  kode: string;
  uraian: string;
  opd: string;
  /** Tingkat capaian kinerja (%) for the year; null when nothing under the node has a measurable figure. */
  capaian: number | null;
  kategori: KategoriCapaian | null;
  /** Where the capaian comes from: the node's own indicators, or its children. */
  sumber: 'indikator' | 'turunan' | null;
  pagu: number;
  realisasiFisik: number | null;
  realisasiKeuangan: number | null;
  /** Share (%) of the year's total pagu that serves this node: RPJMD levels only. */
  porsiAnggaran: number | null;
  indikator: IndikatorPohon[];
  prioritas: string[];
}

export function capaianIndikator(i: IndikatorNilai, aturan: AturanMonev): IndikatorPohon {
  return { ...i, capaian: tingkatCapaian(i.realisasi, i.target, i.arah, aturan.rumusNegatif) };
}

interface Hasil {
  simpul: SimpulPohon;
  monev: BarisMonev[];
}

/**
 * Builds the tree as rows in display order (parents before children). The rules, level by level:
 * - sub kegiatan, kegiatan, Renja program, Renstra program: the mean of the node's own indicators when any of them
 *   has a capaian; otherwise the pagu-weighted mean of its children, as domain.md weighs every budget rollup;
 * - sasaran: the mean of its indicators' capaian (each indicator counts the same, as the RPJMD evaluation reads
 *   them); impact indicators are measured once a year, so until one is, the plain mean of its Renstra programs
 *   stands in and the row says so (sumber 'turunan');
 * - tujuan, misi and visi: the plain mean of their children.
 * Fisik and keuangan roll up with `rollup` (money summed, fisik weighted by pagu) at every level.
 */
export function susunPohon(data: DataPohon, aturan: AturanMonev): SimpulPohon[] {
  const baris: SimpulPohon[] = [];

  const simpul = (
    tingkat: TingkatPohon,
    kunci: string,
    indukKunci: string | null,
    isi: { kode: string; uraian: string; opd?: string; prioritas?: string[] },
    indikator: IndikatorNilai[],
    anak: (indukKunci: string) => Hasil[],
    gabung: 'pagu' | 'rata',
    monevSendiri: BarisMonev[] = [],
  ): Hasil => {
    const s: SimpulPohon = {
      kunci,
      indukKunci,
      tingkat,
      kode: isi.kode,
      uraian: isi.uraian,
      opd: isi.opd ?? '',
      capaian: null,
      kategori: null,
      sumber: null,
      pagu: 0,
      realisasiFisik: null,
      realisasiKeuangan: null,
      porsiAnggaran: null,
      indikator: indikator.map((i) => capaianIndikator(i, aturan)),
      prioritas: isi.prioritas ?? [],
    };
    baris.push(s);
    const hasilAnak = anak(kunci);
    const monev = [...monevSendiri, ...hasilAnak.flatMap((h) => h.monev)];
    const total = rollup(monev);
    s.pagu = total.pagu;
    s.realisasiFisik = total.realisasiFisik;
    s.realisasiKeuangan = total.realisasiKeuangan;
    const anakSimpul = hasilAnak.map((h) => h.simpul);
    const dariIndikator = s.indikator.map((i) => i.capaian);
    // Below the sasaran the one rule of E.81 (capaianBaris); above it every child counts the same.
    const hasil =
      gabung === 'pagu'
        ? capaianBaris(dariIndikator, anakSimpul)
        : capaianBaris(
            dariIndikator,
            anakSimpul.map((a) => ({ capaian: a.capaian, pagu: 0 })),
          );
    s.capaian = hasil.capaian;
    s.sumber = hasil.sumber;
    s.kategori = kategoriCapaian(s.capaian, aturan.predikat);
    return { simpul: s, monev };
  };

  const porsi = (h: Hasil): Hasil => {
    h.simpul.porsiAnggaran = data.totalPagu === 0 ? null : (h.simpul.pagu / data.totalPagu) * 100;
    return h;
  };

  const sub = (induk: string, s: SubData): Hasil =>
    simpul('subKegiatan', `s:${s.id}`, induk, { kode: s.kode, uraian: s.nama }, s.indikator, () => [], 'pagu', [
      s.monev,
    ]);
  const kegiatan = (induk: string, k: KegiatanData): Hasil =>
    simpul(
      'kegiatan',
      `k:${k.id}`,
      induk,
      { kode: k.kode, uraian: k.nama },
      k.indikator,
      (key) => k.sub.map((s) => sub(key, s)),
      'pagu',
    );
  const programRenja = (induk: string, p: ProgramRenjaData): Hasil =>
    simpul(
      'program',
      `p:${p.id}`,
      induk,
      { kode: p.kode, uraian: p.nama, opd: p.opd },
      p.indikator,
      (key) => p.kegiatan.map((k) => kegiatan(key, k)),
      'pagu',
    );
  const programRenstra = (induk: string, p: ProgramRenstraData): Hasil =>
    simpul(
      'renstraProgram',
      `rp:${p.id}`,
      induk,
      { kode: p.kode, uraian: p.nama, opd: p.opd },
      p.indikator,
      (key) => p.renja.map((r) => programRenja(key, r)),
      'pagu',
    );

  simpul(
    'visi',
    'visi',
    null,
    { kode: '', uraian: data.visi },
    [],
    (kVisi) =>
      data.misi.map((m) =>
        porsi(
          simpul(
            'misi',
            `m:${m.id}`,
            kVisi,
            { kode: m.nomor, uraian: m.uraian },
            [],
            (kMisi) =>
              m.tujuan.map((t) =>
                porsi(
                  simpul(
                    'tujuan',
                    `t:${t.id}`,
                    kMisi,
                    { kode: t.nomor, uraian: t.uraian },
                    [],
                    (kTujuan) =>
                      t.sasaran.map((sa) =>
                        porsi(
                          simpul(
                            'sasaran',
                            `sa:${sa.id}`,
                            kTujuan,
                            { kode: sa.nomor, uraian: sa.uraian, prioritas: sa.prioritas },
                            sa.indikator,
                            (kSasaran) => sa.program.map((p) => programRenstra(kSasaran, p)),
                            'rata',
                          ),
                        ),
                      ),
                    'rata',
                  ),
                ),
              ),
            'rata',
          ),
        ),
      ),
    'rata',
  );
  const visi = baris[0];
  if (visi) visi.porsiAnggaran = data.totalPagu === 0 ? null : (visi.pagu / data.totalPagu) * 100;
  return baris;
}
