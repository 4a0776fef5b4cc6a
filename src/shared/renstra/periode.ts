// The years of an RPJMD period (and so of every Renstra PD under it): the grids' columns, the checks and the import.

/** An RPJMD covers five years, tahun awal to tahun akhir inclusive (the database holds it to that). */
export const LAMA_PERIODE_RPJMD = 5;

/** The last year of a period that starts in `tahunAwal`. */
export function tahunAkhirPeriode(tahunAwal: number): number {
  return tahunAwal + LAMA_PERIODE_RPJMD - 1;
}

/** Every year of the period, in order: [2025, 2026, 2027, 2028, 2029] for RPJMD 2025-2029. */
export function tahunPeriode(periode: { tahunAwal: number; tahunAkhir: number }): number[] {
  const { tahunAwal, tahunAkhir } = periode;
  return Array.from({ length: Math.max(tahunAkhir - tahunAwal + 1, 0) }, (_, i) => tahunAwal + i);
}
