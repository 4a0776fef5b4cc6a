// Monev over several rows: pagu-weighted rollups, Form B bobot/tertimbang, consistency flags, OPD ranking, Kurva S series.

import { formatPersen, formatRupiah, labelSampaiBulan } from '../format';
import type { AturanMonev } from './aturan';
import { deviasiFisik, deviasiKeuangan, persenKeuangan, roundTo, statusDeviasi } from './rules';
import type { Status } from './rules';

export interface BarisMonev {
  pagu: number;
  targetFisik: number | null;
  realisasiFisik: number | null;
  targetKeuangan: number | null;
  realisasiKeuangan: number | null;
}

export interface RingkasanMonev {
  deviasiFisik: number | null;
  persenKeuangan: number | null;
  deviasiKeuangan: number | null;
  penyerapan: number | null;
  status: Status | null;
}

/** Money's rollup: the sum, null when no row has a figure (an empty cell adds nothing). */
export function jumlah(values: readonly (number | null)[]): number | null {
  return values.every((v) => v == null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

/**
 * Money by sum; fisik = sum(fisik_i x pagu_i) / sum(pagu_i). An empty fisik cell counts as 0 while its pagu stays
 * in the denominator: that is what summing Form B's tertimbang column does, so the rollup and the form agree, and
 * an unreported sub kegiatan cannot lift its group by dropping out. A figure that no row has stays null.
 */
export function rollup(rows: readonly BarisMonev[]): BarisMonev {
  // One pass, adding in row order as `jumlah` does (an empty cell adds nothing; the sums start at +0, so skipping it
  // changes no bit): the dashboard and the report roll up every sub kegiatan of a regency several times, and an array
  // per figure per rollup was most of the cost.
  let pagu = 0;
  const jml = { targetFisik: 0, realisasiFisik: 0, targetKeuangan: 0, realisasiKeuangan: 0 };
  const ada = { targetFisik: false, realisasiFisik: false, targetKeuangan: false, realisasiKeuangan: false };
  for (const r of rows) {
    pagu += r.pagu;
    if (r.targetFisik != null) {
      jml.targetFisik += r.targetFisik * r.pagu;
      ada.targetFisik = true;
    }
    if (r.realisasiFisik != null) {
      jml.realisasiFisik += r.realisasiFisik * r.pagu;
      ada.realisasiFisik = true;
    }
    if (r.targetKeuangan != null) {
      jml.targetKeuangan += r.targetKeuangan;
      ada.targetKeuangan = true;
    }
    if (r.realisasiKeuangan != null) {
      jml.realisasiKeuangan += r.realisasiKeuangan;
      ada.realisasiKeuangan = true;
    }
  }
  const fisik = (key: 'targetFisik' | 'realisasiFisik') => (ada[key] && pagu !== 0 ? jml[key] / pagu : null);
  return {
    pagu,
    targetFisik: fisik('targetFisik'),
    realisasiFisik: fisik('realisasiFisik'),
    targetKeuangan: ada.targetKeuangan ? jml.targetKeuangan : null,
    realisasiKeuangan: ada.realisasiKeuangan ? jml.realisasiKeuangan : null,
  };
}

export function ringkasMonev(row: BarisMonev, aturan: AturanMonev): RingkasanMonev {
  const persen = persenKeuangan(row.realisasiKeuangan, row.pagu);
  return {
    deviasiFisik: deviasiFisik(row.realisasiFisik, row.targetFisik),
    persenKeuangan: persen,
    deviasiKeuangan: deviasiKeuangan(row.realisasiKeuangan, row.targetKeuangan, row.pagu),
    penyerapan: persen,
    status: statusDeviasi(row.realisasiFisik, row.targetFisik, aturan.aturanStatus),
  };
}

/** Form B bobot (%): the row's share of the OPD's total pagu. */
export function bobot(pagu: number, totalPagu: number): number | null {
  return totalPagu === 0 ? null : (pagu / totalPagu) * 100;
}

/** Form B tertimbang: the column sums to the OPD's pagu-weighted figure. */
export function tertimbang(nilai: number | null, bobotPersen: number | null): number | null {
  return nilai == null || bobotPersen == null ? null : (nilai * bobotPersen) / 100;
}

/** Warnings a verifikator should look at before accepting a row; empty when nothing is suspicious. */
export function cekKonsistensi(row: BarisMonev): string[] {
  const pesan: string[] = [];
  const fisik = row.realisasiFisik;
  const keuangan = row.realisasiKeuangan ?? 0;
  const persen = persenKeuangan(row.realisasiKeuangan, row.pagu);
  // Physical progress without payment is normal; payment without progress is not.
  if (keuangan > 0 && (fisik ?? 0) === 0) pesan.push('Keuangan sudah terserap tetapi fisik 0%: periksa kembali');
  // Compared at the two decimals the forms show, because a copied value is the displayed one.
  if (fisik != null && fisik > 0 && persen != null && persen > 0 && roundTo(fisik, 2) === roundTo(persen, 2)) {
    pesan.push('Realisasi fisik sama persis dengan persentase keuangan: pastikan tidak tersalin');
  }
  if (keuangan > row.pagu) {
    pesan.push(`Realisasi keuangan ${formatRupiah(keuangan)} melebihi pagu ${formatRupiah(row.pagu)}`);
  }
  for (const [label, nilai] of [
    ['Target fisik', row.targetFisik],
    ['Realisasi fisik', fisik],
  ] as const) {
    if (nilai != null && (nilai < 0 || nilai > 100))
      pesan.push(`${label} ${formatPersen(nilai)} di luar rentang 0-100%`);
  }
  return pesan;
}

export type KolomKumulatif = 'realisasiFisik' | 'realisasiKeuangan';
type NilaiKumulatif = Pick<BarisMonev, KolomKumulatif>;

/**
 * Realisation is entered cumulatively (s.d. the period), so it can only grow: a value below the last reported month
 * or above the next one is refused with both figures named. Targets are not checked: APBD Perubahan may lower them.
 */
export function cekKumulatif(
  sekarang: NilaiKumulatif,
  sebelum: (NilaiKumulatif & { bulan: number }) | undefined,
  sesudah: (NilaiKumulatif & { bulan: number }) | undefined,
): { kolom: KolomKumulatif; pesan: string }[] {
  const pesan: { kolom: KolomKumulatif; pesan: string }[] = [];
  const cek = (kolom: KolomKumulatif, format: (n: number) => string) => {
    const baru = sekarang[kolom];
    if (baru == null) return;
    const lalu = sebelum?.[kolom];
    if (lalu != null && roundTo(baru - lalu, 6) < 0)
      pesan.push({
        kolom,
        pesan: `nilai kumulatif ${format(baru)} lebih kecil dari ${labelSampaiBulan(sebelum!.bulan)} (${format(lalu)})`,
      });
    const nanti = sesudah?.[kolom];
    if (nanti != null && roundTo(baru - nanti, 6) > 0)
      pesan.push({
        kolom,
        pesan: `nilai kumulatif ${format(baru)} lebih besar dari ${labelSampaiBulan(sesudah!.bulan)} (${format(nanti)})`,
      });
  };
  cek('realisasiFisik', (n) => formatPersen(n));
  cek('realisasiKeuangan', (n) => formatRupiah(n));
  return pesan;
}

/** Plain mean of the values that exist; null when none does. */
export function rataRata(nilai: readonly (number | null)[]): number | null {
  const ada = nilai.filter((v): v is number => v != null && Number.isFinite(v));
  return ada.length === 0 ? null : ada.reduce((a, b) => a + b, 0) / ada.length;
}

/**
 * Capaian kinerja of a row (sub kegiatan, kegiatan, program) for E.81 and the Pohon Kinerja alike: the mean of its
 * own indicators' capaian when any has one; otherwise the mean of its children's capaian weighted by their pagu, as
 * every budget rollup of domain.md weighs (equal weights when none of them has pagu).
 */
export function capaianBaris(
  indikator: readonly (number | null)[],
  anak: readonly { capaian: number | null; pagu: number }[],
): { capaian: number | null; sumber: 'indikator' | 'turunan' | null } {
  const sendiri = rataRata(indikator);
  if (sendiri !== null) return { capaian: sendiri, sumber: 'indikator' };
  const ada = anak.filter(
    (n): n is { capaian: number; pagu: number } => n.capaian != null && Number.isFinite(n.capaian),
  );
  const bobotTotal = ada.reduce((a, n) => a + n.pagu, 0);
  const capaian =
    bobotTotal === 0
      ? rataRata(ada.map((n) => n.capaian))
      : ada.reduce((a, n) => a + n.capaian * n.pagu, 0) / bobotTotal;
  return { capaian, sumber: capaian === null ? null : 'turunan' };
}

export interface NilaiPeringkat {
  realisasiFisik: number | null;
  persenKeuangan: number | null;
}

/**
 * OPD ranking: realisasi fisik descending, then persentase keuangan descending; missing figures rank last.
 * Ties get consecutive ranks in input order, as printed rankings do not share places.
 */
export function peringkat<T extends NilaiPeringkat>(rows: readonly T[]): (T & { peringkat: number })[] {
  const turun = (a: number | null, b: number | null): number => {
    const [x, y] = [a ?? Number.NEGATIVE_INFINITY, b ?? Number.NEGATIVE_INFINITY];
    return x === y ? 0 : x > y ? -1 : 1;
  };
  return [...rows]
    .sort((a, b) => turun(a.realisasiFisik, b.realisasiFisik) || turun(a.persenKeuangan, b.persenKeuangan))
    .map((row, i) => ({ ...row, peringkat: i + 1 }));
}

/** Per-period values from cumulative ones (each minus the last reported before it); gaps stay null. */
export function kumulatifKePeriode(kumulatif: readonly (number | null)[]): (number | null)[] {
  let sebelumnya = 0;
  return kumulatif.map((v) => {
    if (v == null) return null;
    const selisih = v - sebelumnya;
    sebelumnya = v;
    return selisih;
  });
}
