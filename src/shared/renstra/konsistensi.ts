// Consistency between RPJMD, Renstra PD and Renja/DPA (Bimtek Renstra, seed 002): pure rules over plain rows.
import { formatAngka, formatRupiah } from '../format';
import type { ArahIndikator } from '../monev/rules';

export const ATURAN_KONSISTENSI = [
  'renja-tanpa-renstra',
  'renstra-tanpa-anggaran',
  'indikator-tanpa-target',
  'sub-tanpa-indikator',
  'target-di-bawah-renstra',
  'program-tanpa-sasaran',
  'benturan-kewenangan',
] as const;
export type AturanKonsistensi = (typeof ATURAN_KONSISTENSI)[number];

export const LABEL_ATURAN: Record<AturanKonsistensi, string> = {
  'renja-tanpa-renstra': 'Program Renja tanpa program Renstra',
  'renstra-tanpa-anggaran': 'Program Renstra tanpa anggaran tahun ini',
  'indikator-tanpa-target': 'Indikator tanpa target atau satuan',
  'sub-tanpa-indikator': 'Sub kegiatan berpagu tanpa indikator keluaran',
  'target-di-bawah-renstra': 'Target Renja tertinggal dari target Renstra',
  'program-tanpa-sasaran': 'Program Renstra tanpa sasaran RPJMD',
  'benturan-kewenangan': 'Program yang sama dianggarkan lebih dari satu OPD (benturan kewenangan)',
};

export interface Temuan {
  aturan: AturanKonsistensi;
  /** The OPD's name, or "RPJMD" for the regent's own indicators. */
  opd: string;
  kode: string;
  pesan: string;
}

export interface IndikatorPeriksa {
  uraian: string;
  satuan: string;
  target: number | null;
  arah: ArahIndikator;
}

/** A Renja program of the year with its pagu (version in force) and the Renstra program it is linked to. */
export interface ProgramRenjaTahun {
  id: number;
  opdId: number;
  opd: string;
  kode: string;
  nama: string;
  pagu: number;
  renstraProgramId: number | null;
}

export interface ProgramRenjaPeriksa extends ProgramRenjaTahun {
  indikator: IndikatorPeriksa[];
}

export interface ProgramRenstraPeriksa {
  id: number;
  opd: string;
  kode: string;
  nama: string;
  sasaranRpjmdId: number | null;
  /** Pagu indikatif of the year in the Renstra, when written. */
  paguIndikatif: number | null;
  /** Each indicator's target for the year. */
  indikator: (IndikatorPeriksa & { targetAkhir: number | null })[];
}

export interface IndikatorLain extends IndikatorPeriksa {
  opd: string;
  kode: string;
  /** Where the indicator sits, for the message: "Kegiatan", "Sub kegiatan", "Sasaran RPJMD", "Kegiatan Renstra". */
  letak: string;
}

export interface DataKonsistensi {
  tahun: number;
  programRenja: ProgramRenjaPeriksa[];
  programRenstra: ProgramRenstraPeriksa[];
  /** Indicators of Renja kegiatan and sub kegiatan, Renstra kegiatan and RPJMD sasaran. */
  indikatorLain: IndikatorLain[];
  subKegiatan: { opd: string; kode: string; nama: string; pagu: number; jumlahIndikator: number }[];
}

/** Program 01 (penunjang urusan) is in every OPD's plan by definition and serves no one sasaran. */
export function programPenunjang(kode: string): boolean {
  return /^(\d|X)\.(\d{2}|XX)\.01$/.test(kode);
}

/** Urusan 7 (kewilayahan): every kecamatan runs the same programs in its own area; that is no clash. */
function programKewilayahan(kode: string): boolean {
  return kode.startsWith('7.');
}

/** "61%", "8,5 tahun": a percent sign sticks to the number, other units follow a space. */
const angka = (n: number | null, satuan: string) => {
  const teks = formatAngka(n, 2)
    .replace(/(,\d*?)0+$/, '$1')
    .replace(/,$/, '');
  return satuan === '%' ? `${teks}%` : satuan ? `${teks} ${satuan}` : teks;
};

export function renjaTanpaRenstra(d: DataKonsistensi): Temuan[] {
  return d.programRenja
    .filter((p) => p.renstraProgramId === null && !programPenunjang(p.kode))
    .map((p) => ({
      aturan: 'renja-tanpa-renstra',
      opd: p.opd,
      kode: p.kode,
      pesan: `${p.nama} (pagu ${formatRupiah(p.pagu, { desimal: false })}) belum ditautkan ke program Renstra`,
    }));
}

export function renstraTanpaAnggaran(d: DataKonsistensi): Temuan[] {
  const pagu = new Map<number, number>();
  for (const p of d.programRenja) {
    if (p.renstraProgramId !== null) pagu.set(p.renstraProgramId, (pagu.get(p.renstraProgramId) ?? 0) + p.pagu);
  }
  return d.programRenstra
    .filter((p) => (pagu.get(p.id) ?? 0) === 0)
    .map((p) => ({
      aturan: 'renstra-tanpa-anggaran',
      opd: p.opd,
      kode: p.kode,
      pesan:
        `${p.nama}: tidak ada program Renja tahun ${d.tahun} berpagu yang ditautkan` +
        (p.paguIndikatif ? ` (pagu indikatif Renstra ${formatRupiah(p.paguIndikatif, { desimal: false })})` : ''),
    }));
}

function kurang(i: { target: number | null; satuan: string }, tanpaTarget: string): string | null {
  const bagian = [i.target === null ? tanpaTarget : '', i.satuan.trim() === '' ? 'tanpa satuan' : ''].filter(Boolean);
  return bagian.length === 0 ? null : bagian.join(' dan ');
}

export function indikatorTanpaTarget(d: DataKonsistensi): Temuan[] {
  const hasil: Temuan[] = [];
  const cek = (opd: string, kode: string, letak: string, i: IndikatorPeriksa, tanpaTarget: string) => {
    const salah = kurang(i, tanpaTarget);
    if (salah) hasil.push({ aturan: 'indikator-tanpa-target', opd, kode, pesan: `${letak}: "${i.uraian}" ${salah}` });
  };
  const tanpaTahun = `tanpa target tahun ${d.tahun}`;
  for (const p of d.programRenja) for (const i of p.indikator) cek(p.opd, p.kode, 'Program Renja', i, 'tanpa target');
  for (const p of d.programRenstra) {
    for (const i of p.indikator) {
      cek(p.opd, p.kode, 'Program Renstra', i, tanpaTahun);
      if (i.targetAkhir === null)
        hasil.push({
          aturan: 'indikator-tanpa-target',
          opd: p.opd,
          kode: p.kode,
          pesan: `Program Renstra: "${i.uraian}" tanpa target akhir periode`,
        });
    }
  }
  for (const i of d.indikatorLain)
    cek(i.opd, i.kode, i.letak, i, i.letak.includes('Renja') ? 'tanpa target' : tanpaTahun);
  return hasil;
}

export function subTanpaIndikator(d: DataKonsistensi): Temuan[] {
  return d.subKegiatan
    .filter((s) => s.pagu > 0 && s.jumlahIndikator === 0)
    .map((s) => ({
      aturan: 'sub-tanpa-indikator',
      opd: s.opd,
      kode: s.kode,
      pesan: `${s.nama} berpagu ${formatRupiah(s.pagu, { desimal: false })} tetapi tidak memiliki indikator keluaran`,
    }));
}

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Pairs a Renja program's indicators with its Renstra program's: by the same wording, or, when each side has exactly
 * one indicator, the two (a Renja often rewords the Renstra indicator slightly).
 */
export function pasanganIndikator<A extends { uraian: string }, B extends { uraian: string }>(
  renja: readonly A[],
  renstra: readonly B[],
): [A, B][] {
  if (renja.length === 1 && renstra.length === 1) return [[renja[0]!, renstra[0]!]];
  const per = new Map(renstra.map((i) => [normal(i.uraian), i]));
  return renja.flatMap((i) => {
    const pasangan = per.get(normal(i.uraian));
    return pasangan ? [[i, pasangan] as [A, B]] : [];
  });
}

/** The Renja target for the year lags the Renstra path when it asks less than the Renstra target of that year. */
export function targetDiBawahRenstra(d: DataKonsistensi): Temuan[] {
  const renstra = new Map(d.programRenstra.map((p) => [p.id, p]));
  const hasil: Temuan[] = [];
  for (const p of d.programRenja) {
    const rp = p.renstraProgramId === null ? undefined : renstra.get(p.renstraProgramId);
    if (!rp) continue;
    for (const [a, b] of pasanganIndikator(p.indikator, rp.indikator)) {
      if (a.target === null || b.target === null) continue;
      const tertinggal = b.arah === 'negatif' ? a.target > b.target : a.target < b.target;
      if (tertinggal)
        hasil.push({
          aturan: 'target-di-bawah-renstra',
          opd: p.opd,
          kode: p.kode,
          pesan: `"${a.uraian}": target Renja ${angka(a.target, a.satuan)} tertinggal dari target Renstra tahun ${d.tahun} ${angka(b.target, b.satuan)}`,
        });
    }
  }
  return hasil;
}

export function programTanpaSasaran(d: DataKonsistensi): Temuan[] {
  return d.programRenstra
    .filter((p) => p.sasaranRpjmdId === null && !programPenunjang(p.kode))
    .map((p) => ({
      aturan: 'program-tanpa-sasaran',
      opd: p.opd,
      kode: p.kode,
      pesan: `${p.nama} belum mendukung sasaran RPJMD mana pun`,
    }));
}

export function benturanKewenangan(d: DataKonsistensi): Temuan[] {
  const perKode = Map.groupBy(
    d.programRenja.filter((p) => p.pagu > 0 && !programPenunjang(p.kode) && !programKewilayahan(p.kode)),
    (p) => p.kode,
  );
  const hasil: Temuan[] = [];
  for (const [kode, daftar] of perKode) {
    const opd = new Set(daftar.map((p) => p.opdId));
    if (opd.size < 2) continue;
    for (const p of daftar) {
      const lain = daftar.filter((x) => x.opdId !== p.opdId).map((x) => x.opd);
      hasil.push({
        aturan: 'benturan-kewenangan',
        opd: p.opd,
        kode,
        pesan: `${p.nama} (pagu ${formatRupiah(p.pagu, { desimal: false })}) juga dianggarkan oleh ${lain.join(', ')}`,
      });
    }
  }
  return hasil;
}

/** Every finding, rule by rule, each rule's findings by OPD then code: ready for a Rakor agenda. */
export function periksaKonsistensi(d: DataKonsistensi): Temuan[] {
  const urut = (a: Temuan, b: Temuan) => a.opd.localeCompare(b.opd, 'id') || a.kode.localeCompare(b.kode);
  return [
    renjaTanpaRenstra,
    renstraTanpaAnggaran,
    indikatorTanpaTarget,
    subTanpaIndikator,
    targetDiBawahRenstra,
    programTanpaSasaran,
    benturanKewenangan,
  ].flatMap((aturan) => aturan(d).sort(urut));
}
