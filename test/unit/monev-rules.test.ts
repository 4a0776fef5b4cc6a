// Tests of the monev rules against domain.md, including its worked example.
import { describe, it, expect } from 'vitest';
import { ATURAN_MONEV_BAKU, kalimatPredikat, legendaPredikat, PRESET_PREDIKAT } from '../../src/shared/monev/aturan';
import {
  deviasiFisik,
  deviasiKeuangan,
  kategoriCapaian,
  kategoriFisik,
  nilaiTahunan,
  penyerapan,
  persenKeuangan,
  statusDeviasi,
  tingkatCapaian,
  WARNA_KATEGORI,
} from '../../src/shared/monev/rules';
import {
  bobot,
  capaianBaris,
  cekKonsistensi,
  cekKumulatif,
  kumulatifKePeriode,
  jumlah,
  peringkat,
  rataRata,
  ringkasMonev,
  rollup,
  tertimbang,
} from '../../src/shared/monev/rollup';
import type { BarisMonev } from '../../src/shared/monev/rollup';
import { bandRisiko, skorRisiko } from '../../src/shared/monev/risiko';

const BAKU = ATURAN_MONEV_BAKU;
const STATUS = BAKU.aturanStatus;
const P86 = PRESET_PREDIKAT.permendagri86;

const A: BarisMonev = {
  pagu: 400_000_000,
  targetFisik: 50,
  realisasiFisik: 35,
  targetKeuangan: null,
  realisasiKeuangan: 120_000_000,
};
const B: BarisMonev = {
  pagu: 100_000_000,
  targetFisik: 40,
  realisasiFisik: 45,
  targetKeuangan: null,
  realisasiKeuangan: 50_000_000,
};

describe('worked example of domain.md', () => {
  it('sub kegiatan A: deviasi -15, merah, penyerapan 30%', () => {
    expect(ringkasMonev(A, BAKU)).toEqual({
      deviasiFisik: -15,
      persenKeuangan: 30,
      deviasiKeuangan: null,
      penyerapan: 30,
      status: 'merah',
    });
  });
  it('sub kegiatan B: deviasi +5, hijau, penyerapan 50%', () => {
    const r = ringkasMonev(B, BAKU);
    expect(r.deviasiFisik).toBe(5);
    expect(r.status).toBe('hijau');
    expect(r.penyerapan).toBe(50);
  });
  it('kegiatan A+B: pagu 500.000.000, target 48, realisasi 37, deviasi -11 merah, keuangan 170.000.000, penyerapan 34', () => {
    const k = rollup([A, B]);
    expect(k).toEqual({
      pagu: 500_000_000,
      targetFisik: 48,
      realisasiFisik: 37,
      targetKeuangan: null,
      realisasiKeuangan: 170_000_000,
    });
    const r = ringkasMonev(k, BAKU);
    expect(r.deviasiFisik).toBe(-11);
    expect(r.status).toBe('merah');
    expect(r.penyerapan).toBe(34);
  });
  it('the sum of the Form B tertimbang column equals the pagu-weighted rollup', () => {
    const total = A.pagu + B.pagu;
    const sum = [A, B].reduce((s, r) => s + (tertimbang(r.realisasiFisik, bobot(r.pagu, total)) ?? 0), 0);
    expect(bobot(A.pagu, total)).toBe(80);
    expect(sum).toBeCloseTo(37, 10);
  });
});

describe('figures of one row', () => {
  it('computes deviasi and percentages, null when a value or the pagu is missing', () => {
    expect(deviasiFisik(35, 50)).toBe(-15);
    expect(deviasiFisik(null, 50)).toBeNull();
    expect(deviasiFisik(35, null)).toBeNull();
    expect(persenKeuangan(120_000_000, 400_000_000)).toBe(30);
    expect(persenKeuangan(120_000_000, 0)).toBeNull();
    expect(persenKeuangan(null, 400_000_000)).toBeNull();
    expect(penyerapan(50_000_000, 100_000_000)).toBe(50);
    expect(deviasiKeuangan(120_000_000, 160_000_000, 400_000_000)).toBe(-10);
    expect(deviasiKeuangan(120_000_000, null, 400_000_000)).toBeNull();
    expect(deviasiKeuangan(120_000_000, 160_000_000, 0)).toBeNull();
  });
});

describe('tingkatCapaian', () => {
  it('positif: realisasi / target x 100', () => {
    expect(tingkatCapaian(45, 50, 'positif', 'selisih')).toBe(90);
    expect(tingkatCapaian(60, 50, 'positif', 'selisih')).toBe(120);
    expect(tingkatCapaian(0, 50, 'positif', 'selisih')).toBe(0);
  });
  it('negatif, selisih (the default setting): (2t - r) / t x 100, never below 0', () => {
    expect(tingkatCapaian(8, 10, 'negatif', 'selisih')).toBe(120);
    expect(tingkatCapaian(12, 10, 'negatif', 'selisih')).toBe(80);
    expect(tingkatCapaian(0, 10, 'negatif', 'selisih')).toBe(200);
    expect(tingkatCapaian(25, 10, 'negatif', 'selisih')).toBe(0);
  });
  it('negatif, kebalikan: t / r x 100, no value at realisasi 0', () => {
    expect(tingkatCapaian(8, 10, 'negatif', 'kebalikan')).toBe(125);
    expect(tingkatCapaian(20, 10, 'negatif', 'kebalikan')).toBe(50);
    expect(tingkatCapaian(0, 10, 'negatif', 'kebalikan')).toBeNull();
  });
  it('a target of 0 or a missing value gives no capaian', () => {
    expect(tingkatCapaian(5, 0, 'positif', 'selisih')).toBeNull();
    expect(tingkatCapaian(5, 0, 'negatif', 'selisih')).toBeNull();
    expect(tingkatCapaian(5, 0, 'negatif', 'kebalikan')).toBeNull();
    expect(tingkatCapaian(null, 10, 'positif', 'selisih')).toBeNull();
    expect(tingkatCapaian(5, null, 'negatif', 'selisih')).toBeNull();
  });
});

describe('nilaiTahunan', () => {
  it('jumlah sums the reported periods', () => {
    expect(nilaiTahunan([10, 20, null, 5], 'jumlah')).toBe(35);
  });
  it('posisi takes the latest reported period', () => {
    expect(nilaiTahunan([10, 20, 15, null], 'posisi')).toBe(15);
    expect(nilaiTahunan([10, null, null, 40], 'posisi')).toBe(40);
  });
  it('nothing reported gives null', () => {
    expect(nilaiTahunan([null, null], 'jumlah')).toBeNull();
    expect(nilaiTahunan([], 'posisi')).toBeNull();
  });
});

describe('kategoriCapaian', () => {
  it.each([
    [120, 'Sangat Tinggi'],
    [91, 'Sangat Tinggi'],
    [90.5, 'Tinggi'],
    [76, 'Tinggi'],
    [75.99, 'Sedang'],
    [66, 'Sedang'],
    [65.9, 'Rendah'],
    [51, 'Rendah'],
    [50.99, 'Sangat Rendah'],
    [0, 'Sangat Rendah'],
  ] as const)('%d -> %s', (x, kategori) => {
    expect(kategoriCapaian(x, P86)).toBe(kategori);
  });
  it('null has no kategori', () => {
    expect(kategoriCapaian(null, P86)).toBeNull();
  });
  it('has the colours of domain.md', () => {
    expect(WARNA_KATEGORI['Sangat Tinggi']).toBe('#29af28');
    expect(WARNA_KATEGORI['Sangat Rendah']).toBe('#b71b1c');
  });
});

describe('statusDeviasi', () => {
  it('target <= 70: merah only below -10 points', () => {
    expect(statusDeviasi(60, 70, STATUS)).toBe('kuning');
    expect(statusDeviasi(59.99, 70, STATUS)).toBe('merah');
    expect(statusDeviasi(59.99, 70.01, STATUS)).toBe('merah');
    expect(statusDeviasi(35, 50, STATUS)).toBe('merah');
  });
  it('target > 70: merah below -5 points', () => {
    expect(statusDeviasi(66, 71, STATUS)).toBe('kuning');
    expect(statusDeviasi(65.5, 71, STATUS)).toBe('merah');
  });
  it('is float-safe at the boundary', () => {
    // 6,1 - 16,1 is -10.000000000000002 in binary floating point.
    expect(6.1 - 16.1).toBeLessThan(-10);
    expect(statusDeviasi(6.1, 16.1, STATUS)).toBe('kuning');
  });
  it('hijau when realisation meets the target, kuning just below', () => {
    expect(statusDeviasi(50, 50, STATUS)).toBe('hijau');
    expect(statusDeviasi(80, 50, STATUS)).toBe('hijau');
    expect(statusDeviasi(49.9, 50, STATUS)).toBe('kuning');
  });
  it('no status without a target or a realisation', () => {
    expect(statusDeviasi(50, null, STATUS)).toBeNull();
    expect(statusDeviasi(null, 50, STATUS)).toBeNull();
  });
  it('follows a configured rule', () => {
    const aturan = { ...STATUS, batasMerahRendah: -5 };
    expect(statusDeviasi(44, 50, aturan)).toBe('merah');
    expect(statusDeviasi(44, 50, STATUS)).toBe('kuning');
  });
});

describe('rollup', () => {
  it('counts a missing fisik as 0 but keeps its pagu in the weight', () => {
    const r = rollup([A, { ...B, realisasiFisik: null }]);
    expect(r.realisasiFisik).toBe(28);
    expect(r.targetFisik).toBe(48);
  });
  it('keeps null where no row has the figure', () => {
    const r = rollup([
      { ...A, realisasiFisik: null, realisasiKeuangan: null },
      { ...B, realisasiFisik: null, realisasiKeuangan: null },
    ]);
    expect(r.realisasiFisik).toBeNull();
    expect(r.realisasiKeuangan).toBeNull();
    expect(r.targetFisik).toBe(48);
  });
  it('an empty group or a zero pagu has no fisik', () => {
    expect(rollup([])).toEqual({
      pagu: 0,
      targetFisik: null,
      realisasiFisik: null,
      targetKeuangan: null,
      realisasiKeuangan: null,
    });
    expect(rollup([{ ...A, pagu: 0 }]).realisasiFisik).toBeNull();
  });
  it('is, to the last bit, the sum of each figure over the rows in their order (jumlah), fisik weighted by pagu', () => {
    // Figures whose sums round differently in another order, and empty cells anywhere.
    const acak = (i: number, n: number) => ((i * 7919 + n * 104729) % 1000) / 7;
    const rows: BarisMonev[] = Array.from({ length: 997 }, (_, i) => ({
      pagu: 1e6 * acak(i, 1) + 0.1,
      targetFisik: i % 5 === 0 ? null : acak(i, 2) / 10,
      realisasiFisik: i % 7 === 0 ? null : acak(i, 3) / 10.3,
      targetKeuangan: i % 3 === 0 ? null : 1e5 * acak(i, 4) + 0.3,
      realisasiKeuangan: i % 11 === 0 ? null : 1e5 * acak(i, 5) + 0.7,
    }));
    const pagu = rows.reduce((a, r) => a + r.pagu, 0);
    const fisik = (k: 'targetFisik' | 'realisasiFisik') =>
      jumlah(rows.map((r) => (r[k] == null ? null : r[k] * r.pagu)))! / pagu;
    expect(rollup(rows)).toEqual({
      pagu,
      targetFisik: fisik('targetFisik'),
      realisasiFisik: fisik('realisasiFisik'),
      targetKeuangan: jumlah(rows.map((r) => r.targetKeuangan)),
      realisasiKeuangan: jumlah(rows.map((r) => r.realisasiKeuangan)),
    });
  });
});

describe('cekKonsistensi', () => {
  const baris = (over: Partial<BarisMonev>): BarisMonev => ({ ...A, ...over });

  it('accepts a plausible row, and progress without payment', () => {
    expect(cekKonsistensi(A)).toEqual([]);
    expect(cekKonsistensi(baris({ realisasiFisik: 20, realisasiKeuangan: 0 }))).toEqual([]);
  });
  it('flags money spent with 0% fisik', () => {
    expect(cekKonsistensi(baris({ realisasiFisik: 0 }))).toEqual([
      'Keuangan sudah terserap tetapi fisik 0%: periksa kembali',
    ]);
  });
  it('flags fisik equal to the keuangan percentage', () => {
    expect(cekKonsistensi(baris({ realisasiFisik: 30 }))).toEqual([
      'Realisasi fisik sama persis dengan persentase keuangan: pastikan tidak tersalin',
    ]);
  });
  it('flags spending above the pagu', () => {
    expect(cekKonsistensi(baris({ realisasiKeuangan: 450_000_000, realisasiFisik: 90 }))).toEqual([
      'Realisasi keuangan Rp450.000.000,00 melebihi pagu Rp400.000.000,00',
    ]);
  });
  it('flags fisik outside 0-100', () => {
    expect(cekKonsistensi(baris({ realisasiFisik: 101 }))).toEqual(['Realisasi fisik 101,00% di luar rentang 0-100%']);
    expect(cekKonsistensi(baris({ targetFisik: -1 }))).toEqual(['Target fisik -1,00% di luar rentang 0-100%']);
  });
});

describe('cekKumulatif', () => {
  it('refuses a value below the last reported month or above the next one, naming both and the months', () => {
    expect(
      cekKumulatif(
        { realisasiFisik: 35, realisasiKeuangan: 90_000_000 },
        { bulan: 3, realisasiFisik: 40, realisasiKeuangan: 100_000_000 },
        { bulan: 9, realisasiFisik: 30, realisasiKeuangan: 95_000_000 },
      ),
    ).toEqual([
      { kolom: 'realisasiFisik', pesan: 'nilai kumulatif 35,00% lebih kecil dari s.d. Maret (40,00%)' },
      { kolom: 'realisasiFisik', pesan: 'nilai kumulatif 35,00% lebih besar dari s.d. September (30,00%)' },
      {
        kolom: 'realisasiKeuangan',
        pesan: 'nilai kumulatif Rp90.000.000,00 lebih kecil dari s.d. Maret (Rp100.000.000,00)',
      },
    ]);
  });
  it('accepts equal or growing values, missing ones and float noise', () => {
    const sebelum = { bulan: 3, realisasiFisik: 40, realisasiKeuangan: 5 };
    expect(cekKumulatif({ realisasiFisik: 40, realisasiKeuangan: 6 }, sebelum, undefined)).toEqual([]);
    expect(cekKumulatif({ realisasiFisik: null, realisasiKeuangan: null }, sebelum, undefined)).toEqual([]);
    expect(
      cekKumulatif(
        { realisasiFisik: 0.1 + 0.2, realisasiKeuangan: null },
        { ...sebelum, realisasiFisik: 0.3 },
        undefined,
      ),
    ).toEqual([]);
  });
});

describe('peringkat', () => {
  it('ranks by realisasi fisik, then persen keuangan, ties in input order, missing last', () => {
    const hasil = peringkat([
      { id: 'a', realisasiFisik: 50, persenKeuangan: 40 },
      { id: 'b', realisasiFisik: null, persenKeuangan: 90 },
      { id: 'c', realisasiFisik: 60, persenKeuangan: 10 },
      { id: 'd', realisasiFisik: 50, persenKeuangan: 45 },
      { id: 'e', realisasiFisik: 50, persenKeuangan: 40 },
    ]);
    expect(hasil.map((r) => [r.id, r.peringkat])).toEqual([
      ['c', 1],
      ['d', 2],
      ['a', 3],
      ['e', 4],
      ['b', 5],
    ]);
  });
});

describe('per-period values', () => {
  it('derives per-period values from cumulative ones', () => {
    expect(kumulatifKePeriode([10, 25, null, 60])).toEqual([10, 15, null, 35]);
  });
});

describe('predikat bands as a setting', () => {
  const R90 = PRESET_PREDIKAT.rentang90;
  it.each([
    [91, 'Sangat Tinggi', 'Sangat Tinggi'],
    [90.5, 'Tinggi', 'Sangat Tinggi'],
    [90, 'Tinggi', 'Tinggi'],
    [76, 'Tinggi', 'Tinggi'],
    [75.5, 'Sedang', 'Tinggi'],
    [75, 'Sedang', 'Sedang'],
    [65.01, 'Rendah', 'Sedang'],
    [51, 'Rendah', 'Rendah'],
    [50.5, 'Sangat Rendah', 'Rendah'],
    [50, 'Sangat Rendah', 'Sangat Rendah'],
  ] as const)('%d is %s under Permendagri 86 and %s under the 0-50 / > 90 legend', (x, p86, r90) => {
    expect(kategoriCapaian(x, P86)).toBe(p86);
    expect(kategoriCapaian(x, R90)).toBe(r90);
  });
  it('prints the legend in use', () => {
    expect(kalimatPredikat(P86)).toBe(
      'Sangat Tinggi x ≥ 91%; Tinggi 76 ≤ x < 91%; Sedang 66 ≤ x < 76%; Rendah 51 ≤ x < 66%; Sangat Rendah x < 51%',
    );
    expect(legendaPredikat(R90).map((l) => l.rentang)).toEqual([
      'x > 90%',
      '75 < x ≤ 90%',
      '65 < x ≤ 75%',
      '50 < x ≤ 65%',
      'x ≤ 50%',
    ]);
  });
  it('rates physical progress against the cumulative target in the bands in use', () => {
    // 45,25 of 50 is 90,5%.
    expect(kategoriFisik(45.25, 50, BAKU)).toBe('Tinggi');
    expect(kategoriFisik(45.25, 50, { ...BAKU, predikat: R90 })).toBe('Sangat Tinggi');
    expect(kategoriFisik(null, 50, BAKU)).toBeNull();
  });
});

describe('capaian of a row (E.81 and the Pohon Kinerja alike)', () => {
  it('takes the mean of its own indicators first', () => {
    expect(capaianBaris([80, null, 100], [{ capaian: 10, pagu: 1 }])).toEqual({ capaian: 90, sumber: 'indikator' });
  });
  it('else weighs its children by pagu, skipping those without capaian', () => {
    expect(
      capaianBaris(
        [],
        [
          { capaian: 100, pagu: 300 },
          { capaian: 60, pagu: 100 },
          { capaian: null, pagu: 1000 },
        ],
      ),
    ).toEqual({ capaian: 90, sumber: 'turunan' });
  });
  it('weighs equally when no child has pagu, and has nothing without children', () => {
    expect(
      capaianBaris(
        [null],
        [
          { capaian: 80, pagu: 0 },
          { capaian: 60, pagu: 0 },
        ],
      ).capaian,
    ).toBe(70);
    expect(capaianBaris([], [])).toEqual({ capaian: null, sumber: null });
    expect(rataRata([null])).toBeNull();
  });
});

describe('risiko', () => {
  it('scores likelihood x impact and bands the score', () => {
    expect(skorRisiko(3, 4)).toBe(12);
    expect([1, 4, 5, 9, 10, 14, 15, 19, 20, 25].map(bandRisiko)).toEqual([
      'Sangat Rendah',
      'Sangat Rendah',
      'Rendah',
      'Rendah',
      'Sedang',
      'Sedang',
      'Tinggi',
      'Tinggi',
      'Sangat Tinggi',
      'Sangat Tinggi',
    ]);
  });
  it('rejects values outside the scales', () => {
    expect(() => skorRisiko(0, 3)).toThrow(RangeError);
    expect(() => skorRisiko(3, 6)).toThrow(RangeError);
    expect(() => bandRisiko(26)).toThrow(RangeError);
  });
});
