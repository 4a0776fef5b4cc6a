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
export function bandRisiko(skor: number): BandRisiko {
  if (!Number.isFinite(skor) || skor < 1 || skor > 25) throw new RangeError(`Skor risiko ${skor} di luar 1-25`);
  if (skor <= 4) return 'Sangat Rendah';
  if (skor <= 9) return 'Rendah';
  if (skor <= 14) return 'Sedang';
  if (skor <= 19) return 'Tinggi';
  return 'Sangat Tinggi';
}
