// Tests of the monev rules against domain.md, including its worked example.
import { describe, it, expect } from 'vitest';
import {
  ATURAN_STATUS_BAKU,
  deviasiFisik,
  deviasiKeuangan,
  kategoriCapaian,
  nilaiTahunan,
  penyerapan,
  persenKeuangan,
  statusDeviasi,
  tingkatCapaian,
  WARNA_KATEGORI,
} from '../../src/shared/monev/rules';
import {
  bobot,
  cekKonsistensi,
  cekKumulatif,
  kumulatifKePeriode,
  peringkat,
  periodeKeKumulatif,
  ringkasMonev,
  rollup,
  tertimbang,
} from '../../src/shared/monev/rollup';
import type { BarisMonev } from '../../src/shared/monev/rollup';
import { bandRisiko, skorRisiko } from '../../src/shared/monev/risiko';

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
    expect(ringkasMonev(A)).toEqual({
      deviasiFisik: -15,
      persenKeuangan: 30,
      deviasiKeuangan: null,
      penyerapan: 30,
      status: 'merah',
    });
  });
  it('sub kegiatan B: deviasi +5, hijau, penyerapan 50%', () => {
    const r = ringkasMonev(B);
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
    const r = ringkasMonev(k);
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
    expect(tingkatCapaian(45, 50, 'positif')).toBe(90);
    expect(tingkatCapaian(60, 50, 'positif')).toBe(120);
    expect(tingkatCapaian(0, 50, 'positif')).toBe(0);
  });
  it('negatif, selisih (default): (2t - r) / t x 100, never below 0', () => {
    expect(tingkatCapaian(8, 10, 'negatif')).toBe(120);
    expect(tingkatCapaian(12, 10, 'negatif', 'selisih')).toBe(80);
    expect(tingkatCapaian(0, 10, 'negatif')).toBe(200);
    expect(tingkatCapaian(25, 10, 'negatif')).toBe(0);
  });
  it('negatif, kebalikan: t / r x 100, no value at realisasi 0', () => {
    expect(tingkatCapaian(8, 10, 'negatif', 'kebalikan')).toBe(125);
    expect(tingkatCapaian(20, 10, 'negatif', 'kebalikan')).toBe(50);
    expect(tingkatCapaian(0, 10, 'negatif', 'kebalikan')).toBeNull();
  });
  it('a target of 0 or a missing value gives no capaian', () => {
    expect(tingkatCapaian(5, 0, 'positif')).toBeNull();
    expect(tingkatCapaian(5, 0, 'negatif')).toBeNull();
    expect(tingkatCapaian(5, 0, 'negatif', 'kebalikan')).toBeNull();
    expect(tingkatCapaian(null, 10, 'positif')).toBeNull();
    expect(tingkatCapaian(5, null, 'negatif')).toBeNull();
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
    expect(kategoriCapaian(x)).toBe(kategori);
  });
  it('null has no kategori', () => {
    expect(kategoriCapaian(null)).toBeNull();
  });
  it('has the colours of domain.md', () => {
    expect(WARNA_KATEGORI['Sangat Tinggi']).toBe('#29af28');
    expect(WARNA_KATEGORI['Sangat Rendah']).toBe('#b71b1c');
  });
});

describe('statusDeviasi', () => {
  it('target <= 70: merah only below -10 points', () => {
    expect(statusDeviasi(60, 70)).toBe('kuning');
    expect(statusDeviasi(59.99, 70)).toBe('merah');
    expect(statusDeviasi(59.99, 70.01)).toBe('merah');
    expect(statusDeviasi(35, 50)).toBe('merah');
  });
  it('target > 70: merah below -5 points', () => {
    expect(statusDeviasi(66, 71)).toBe('kuning');
    expect(statusDeviasi(65.5, 71)).toBe('merah');
  });
  it('is float-safe at the boundary', () => {
    // 6,1 - 16,1 is -10.000000000000002 in binary floating point.
    expect(6.1 - 16.1).toBeLessThan(-10);
    expect(statusDeviasi(6.1, 16.1)).toBe('kuning');
  });
  it('hijau when realisation meets the target, kuning just below', () => {
    expect(statusDeviasi(50, 50)).toBe('hijau');
    expect(statusDeviasi(80, 50)).toBe('hijau');
    expect(statusDeviasi(49.9, 50)).toBe('kuning');
  });
  it('no status without a target or a realisation', () => {
    expect(statusDeviasi(50, null)).toBeNull();
    expect(statusDeviasi(null, 50)).toBeNull();
  });
  it('follows a configured rule', () => {
    const aturan = { ...ATURAN_STATUS_BAKU, batasMerahRendah: -5 };
    expect(statusDeviasi(44, 50, aturan)).toBe('merah');
    expect(statusDeviasi(44, 50)).toBe('kuning');
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
  it('flags a cumulative realisation that goes down, naming it', () => {
    expect(
      cekKumulatif(
        { realisasiFisik: 40, realisasiKeuangan: 100_000_000 },
        { realisasiFisik: 35, realisasiKeuangan: 90_000_000 },
      ),
    ).toEqual([
      'Realisasi fisik kumulatif turun dari 40,00% menjadi 35,00%: periksa kembali',
      'Realisasi keuangan kumulatif turun dari Rp100.000.000,00 menjadi Rp90.000.000,00: periksa kembali',
    ]);
  });
  it('accepts equal or growing values and missing ones', () => {
    expect(
      cekKumulatif({ realisasiFisik: 40, realisasiKeuangan: 5 }, { realisasiFisik: 40, realisasiKeuangan: 6 }),
    ).toEqual([]);
    expect(
      cekKumulatif({ realisasiFisik: 40, realisasiKeuangan: null }, { realisasiFisik: null, realisasiKeuangan: 1 }),
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

describe('Kurva S series', () => {
  it('derives per-period values from cumulative ones and back', () => {
    expect(kumulatifKePeriode([10, 25, null, 60])).toEqual([10, 15, null, 35]);
    expect(periodeKeKumulatif([10, 15, null, 35])).toEqual([10, 25, null, 60]);
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
