// Risk score of a kendala: kemungkinan (likelihood 1-5) x dampak (impact 1-5), and its band.

export type BandRisiko = 'Sangat Rendah' | 'Rendah' | 'Sedang' | 'Tinggi' | 'Sangat Tinggi';

export function skorRisiko(kemungkinan: number, dampak: number): number {
  for (const [nama, v] of [
    ['kemungkinan', kemungkinan],
    ['dampak', dampak],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > 5)
      throw new RangeError(`Skala ${nama} harus bilangan bulat 1-5, bukan ${v}`);
  }
  return kemungkinan * dampak;
}

/**
 * domain.md names the bands but not their limits; these are Sinergi's choice: 1-4 Sangat Rendah, 5-9 Rendah,
 * 10-14 Sedang, 15-19 Tinggi, 20-25 Sangat Tinggi: five bands of about equal width, so only 4x5 and 5x5 reach
 * the top band.
 */
export const BAND_RISIKO: readonly { band: BandRisiko; sampai: number }[] = [
  { band: 'Sangat Rendah', sampai: 4 },
  { band: 'Rendah', sampai: 9 },
  { band: 'Sedang', sampai: 14 },
  { band: 'Tinggi', sampai: 19 },
  { band: 'Sangat Tinggi', sampai: 25 },
];

export function bandRisiko(skor: number): BandRisiko {
  if (!Number.isFinite(skor) || skor < 1 || skor > 25) throw new RangeError(`Skor risiko ${skor} di luar 1-25`);
  return BAND_RISIKO.find((b) => skor <= b.sampai)!.band;
}

/** "Sangat Rendah 1–4, Rendah 5–9, ...": the bands as a legend prints them. */
export function legendaRisiko(): string {
  return BAND_RISIKO.map((b, i) => `${b.band} ${i === 0 ? 1 : BAND_RISIKO[i - 1]!.sampai + 1}–${b.sampai}`).join(', ');
}
