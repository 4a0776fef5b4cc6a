// Monev over several rows: pagu-weighted rollups, Form B bobot/tertimbang, consistency flags, OPD ranking, Kurva S series.

import { formatPersen, formatRupiah } from '../format';
import { ATURAN_STATUS_BAKU, deviasiFisik, deviasiKeuangan, persenKeuangan, roundTo, statusDeviasi } from './rules';
import type { AturanStatus, Status } from './rules';

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

function jumlah(values: readonly (number | null)[]): number | null {
  return values.every((v) => v == null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

/**
 * Money by sum; fisik = sum(fisik_i x pagu_i) / sum(pagu_i). An empty fisik cell counts as 0 while its pagu stays
 * in the denominator: that is what summing Form B's tertimbang column does, so the rollup and the form agree, and
 * an unreported sub kegiatan cannot lift its group by dropping out. A figure that no row has stays null.
 */
export function rollup(rows: readonly BarisMonev[]): BarisMonev {
  const pagu = rows.reduce((a, r) => a + r.pagu, 0);
  const fisik = (key: 'targetFisik' | 'realisasiFisik'): number | null => {
    const sum = jumlah(
      rows.map((r) => {
        const v = r[key];
        return v == null ? null : v * r.pagu;
      }),
    );
    return sum == null || pagu === 0 ? null : sum / pagu;
  };
  return {
    pagu,
    targetFisik: fisik('targetFisik'),
    realisasiFisik: fisik('realisasiFisik'),
    targetKeuangan: jumlah(rows.map((r) => r.targetKeuangan)),
    realisasiKeuangan: jumlah(rows.map((r) => r.realisasiKeuangan)),
  };
}

export function ringkasMonev(row: BarisMonev, aturan: AturanStatus = ATURAN_STATUS_BAKU): RingkasanMonev {
  const persen = persenKeuangan(row.realisasiKeuangan, row.pagu);
  return {
    deviasiFisik: deviasiFisik(row.realisasiFisik, row.targetFisik),
    persenKeuangan: persen,
    deviasiKeuangan: deviasiKeuangan(row.realisasiKeuangan, row.targetKeuangan, row.pagu),
    penyerapan: persen,
    status: statusDeviasi(row.realisasiFisik, row.targetFisik, aturan),
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

/**
 * Realisation is entered cumulatively (s.d. the period), so it can only grow; a drop is flagged, not accepted
 * silently. Targets are not checked: APBD Perubahan may lower them legitimately.
 */
export function cekKumulatif(
  sebelum: Pick<BarisMonev, 'realisasiFisik' | 'realisasiKeuangan'>,
  sekarang: Pick<BarisMonev, 'realisasiFisik' | 'realisasiKeuangan'>,
): string[] {
  const pesan: string[] = [];
  const cek = (label: string, lama: number | null, baru: number | null, format: (n: number) => string): void => {
    if (lama != null && baru != null && roundTo(baru - lama, 6) < 0) {
      pesan.push(`${label} kumulatif turun dari ${format(lama)} menjadi ${format(baru)}: periksa kembali`);
    }
  };
  cek('Realisasi fisik', sebelum.realisasiFisik, sekarang.realisasiFisik, (n) => formatPersen(n));
  cek('Realisasi keuangan', sebelum.realisasiKeuangan, sekarang.realisasiKeuangan, (n) => formatRupiah(n));
  return pesan;
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

/** Cumulative series (Kurva S) from per-period values; a null period is not drawn but does not break the sum. */
export function periodeKeKumulatif(perPeriode: readonly (number | null)[]): (number | null)[] {
  let total = 0;
  return perPeriode.map((v) => {
    if (v == null) return null;
    total += v;
    return total;
  });
}
