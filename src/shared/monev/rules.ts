// Monev figures for one row: deviasi, persentase keuangan, tingkat capaian, kategori capaian and status warnings (domain.md "Figures and rules").
// Every rule that depends on a regency setting takes it as a required argument (see aturan.ts).
import type { AturanMonev, BatasPredikat } from './aturan';

export type ArahIndikator = 'positif' | 'negatif';
export type JenisIndikator = 'jumlah' | 'posisi';
export type RumusNegatif = 'selisih' | 'kebalikan';
export type KategoriCapaian = 'Sangat Tinggi' | 'Tinggi' | 'Sedang' | 'Rendah' | 'Sangat Rendah';
export type Status = 'merah' | 'kuning' | 'hijau';

export interface AturanStatus {
  /** Red when deviasi (points) is below this while target fisik <= ambangTarget. */
  batasMerahRendah: number;
  /** Red when deviasi (points) is below this while target fisik > ambangTarget. */
  batasMerahTinggi: number;
  /** Target fisik (%) above which the tighter red limit applies. */
  ambangTarget: number;
}

export const LABEL_STATUS: Record<Status, string> = { merah: 'Merah', kuning: 'Kuning', hijau: 'Hijau' };

export const KATEGORI_CAPAIAN: readonly KategoriCapaian[] = [
  'Sangat Tinggi',
  'Tinggi',
  'Sedang',
  'Rendah',
  'Sangat Rendah',
];

// The colours of one regency system, listed in domain.md from Sangat Tinggi down to Sangat Rendah.
export const WARNA_KATEGORI: Record<KategoriCapaian, string> = {
  'Sangat Tinggi': '#29af28',
  Tinggi: '#8ec189',
  Sedang: '#e1c027',
  Rendah: '#d49dc5',
  'Sangat Rendah': '#b71b1c',
};

/**
 * Rounds away binary noise before a comparison or an equality test, so 35 - 50 or 45,3 - 45 lands exactly on
 * the boundary the user typed instead of a hair beside it.
 */
export function roundTo(x: number, desimal: number): number {
  const factor = 10 ** desimal;
  return Math.round(x * factor) / factor;
}

/** Percentage points: realisasi fisik kumulatif - target fisik kumulatif. */
export function deviasiFisik(realisasi: number | null, target: number | null): number | null {
  return realisasi == null || target == null ? null : realisasi - target;
}

/** Realisasi keuangan kumulatif / pagu x 100; a pagu of 0 has no percentage. */
export function persenKeuangan(realisasiRp: number | null, pagu: number | null): number | null {
  return realisasiRp == null || pagu == null || pagu === 0 ? null : (realisasiRp / pagu) * 100;
}

// domain.md names the same quotient twice: "persentase keuangan" in Form B, "penyerapan anggaran" in meetings.
export const penyerapan = persenKeuangan;

/** Percentage points: persentase realisasi keuangan - target keuangan / pagu x 100. */
export function deviasiKeuangan(
  realisasiRp: number | null,
  targetRp: number | null,
  pagu: number | null,
): number | null {
  const realisasi = persenKeuangan(realisasiRp, pagu);
  const target = persenKeuangan(targetRp, pagu);
  return realisasi == null || target == null ? null : realisasi - target;
}

/**
 * Tingkat capaian (%). A target of 0 or a missing value gives null (shown "-"), never a division error.
 * Negatif, 'selisih' (default): (2 x target - realisasi) / target x 100, floored at 0.
 * Negatif, 'kebalikan': target / realisasi x 100, which has no value at realisasi 0.
 */
export function tingkatCapaian(
  realisasi: number | null,
  target: number | null,
  arah: ArahIndikator,
  rumusNegatif: RumusNegatif,
): number | null {
  if (realisasi == null || target == null || target === 0) return null;
  if (arah === 'positif') return (realisasi / target) * 100;
  if (rumusNegatif === 'kebalikan') return realisasi === 0 ? null : (target / realisasi) * 100;
  return Math.max(0, ((2 * target - realisasi) / target) * 100);
}

/** The year's value of an indicator: sum of the periods (jumlah) or the latest reported period (posisi). */
export function nilaiTahunan(nilaiPerPeriode: readonly (number | null)[], jenis: JenisIndikator): number | null {
  const terisi = nilaiPerPeriode.filter((v): v is number => v != null);
  if (terisi.length === 0) return null;
  return jenis === 'jumlah' ? terisi.reduce((a, b) => a + b, 0) : (terisi.at(-1) ?? null);
}

/**
 * Predikat in the regency's bands (Permendagri 86/2017 by default). Fractions are not rounded first, so under the
 * default 90,5 is Tinggi: Sinergi's reading of boundaries that other systems treat differently. Above 100 stays
 * Sangat Tinggi.
 */
export function kategoriCapaian(x: number | null, predikat: BatasPredikat): KategoriCapaian | null {
  if (x == null || !Number.isFinite(x)) return null;
  const i = predikat.batas.findIndex((b) => (predikat.termasukBatas ? x >= b : x > b));
  return KATEGORI_CAPAIAN[i === -1 ? 4 : i]!;
}

/**
 * The report's two ratings, named apart wherever they are printed: physical progress against the cumulative target
 * (Lampiran I) and indicator results against the year's target (E.81, Permendagri 86/2017).
 */
export const NAMA_PENILAIAN = { fisik: 'Kategori Realisasi Fisik', kinerja: 'Predikat Kinerja' } as const;

/** The one sentence that tells the two ratings apart, printed under the recap. */
export const KALIMAT_DUA_PENILAIAN =
  `${NAMA_PENILAIAN.fisik} membandingkan realisasi fisik dengan target fisik kumulatif s.d. triwulan berjalan, ` +
  `sedangkan ${NAMA_PENILAIAN.kinerja} (Formulir E.81) membandingkan realisasi indikator kinerja dengan target ` +
  `tahunan, sehingga sebelum triwulan IV predikat kinerja wajar lebih rendah.`;

/**
 * "Kategori realisasi fisik" (Lampiran I): physical progress against the cumulative target, in the predikat bands.
 * Not the "predikat kinerja" of E.81, which rates indicator results against the year's target.
 */
export function kategoriFisik(
  realisasiFisik: number | null,
  targetFisik: number | null,
  aturan: AturanMonev,
): KategoriCapaian | null {
  return kategoriCapaian(tingkatCapaian(realisasiFisik, targetFisik, 'positif', aturan.rumusNegatif), aturan.predikat);
}

/**
 * Warning colour of a row. A missing target or a missing (not yet reported) realisation gives null: an
 * unreported row is a reporting problem, and painting it red as if it were 0% would misstate its progress.
 */
export function statusDeviasi(
  realisasiFisik: number | null,
  targetFisik: number | null,
  aturan: AturanStatus,
): Status | null {
  const deviasi = deviasiFisik(realisasiFisik, targetFisik);
  if (deviasi == null || targetFisik == null) return null;
  const d = roundTo(deviasi, 6);
  if (d >= 0) return 'hijau';
  const batas = roundTo(targetFisik, 6) <= aturan.ambangTarget ? aturan.batasMerahRendah : aturan.batasMerahTinggi;
  return d < batas ? 'merah' : 'kuning';
}
