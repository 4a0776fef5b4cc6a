// Exact-string tests of the Indonesian formatting module.
import { describe, it, expect } from 'vitest';
import {
  formatAngka,
  formatHariTanggal,
  formatTanggalJam,
  formatDaftar,
  formatLampiran,
  formatNip,
  formatPersen,
  formatPersenLisan,
  formatPoin,
  formatPoinLisan,
  formatRupiah,
  formatRupiahLisan,
  formatTanggal,
  formatTanggalPendek,
  formatTriwulan,
  formatWaktu,
  labelSampaiTriwulan,
  labelTriwulan,
  NAMA_BULAN,
  NAMA_HARI,
  normalisasiNip,
  parseAngka,
  terbilang,
  validasiNip,
} from '../../src/shared/format';
import type { JenisAngka } from '../../src/shared/format';

describe('formatAngka', () => {
  it('groups thousands with dots and decimals with a comma', () => {
    expect(formatAngka(1234567)).toBe('1.234.567');
    expect(formatAngka(1234.5, 2)).toBe('1.234,50');
    expect(formatAngka(999)).toBe('999');
    expect(formatAngka(1000)).toBe('1.000');
    expect(formatAngka(0)).toBe('0');
    expect(formatAngka(-1234)).toBe('-1.234');
  });
  it('rounds the decimal value the user sees, half away from zero', () => {
    expect(formatAngka(1.005, 2)).toBe('1,01');
    expect(formatAngka(2.5)).toBe('3');
    expect(formatAngka(-2.5)).toBe('-3');
    expect(formatAngka(-0.001, 2)).toBe('0,00');
  });
  it('prints "-" for missing values', () => {
    expect(formatAngka(null)).toBe('-');
    expect(formatAngka(undefined)).toBe('-');
    expect(formatAngka(Number.NaN)).toBe('-');
  });
});

describe('formatRupiah', () => {
  it('writes Rp without a space and two decimals by default', () => {
    expect(formatRupiah(1234567)).toBe('Rp1.234.567,00');
    expect(formatRupiah(1234567.8)).toBe('Rp1.234.567,80');
    expect(formatRupiah(0)).toBe('Rp0,00');
  });
  it('can drop the decimals', () => {
    expect(formatRupiah(1234567, { desimal: false })).toBe('Rp1.234.567');
  });
  it('puts the minus before Rp', () => {
    expect(formatRupiah(-1234, { desimal: false })).toBe('-Rp1.234');
    expect(formatRupiah(-1234)).toBe('-Rp1.234,00');
  });
  it('prints "-" for missing values', () => {
    expect(formatRupiah(null)).toBe('-');
  });
});

describe('formatPersen and formatPoin', () => {
  it('formats percentages with a comma and %', () => {
    expect(formatPersen(41.3)).toBe('41,30%');
    expect(formatPersen(41.295)).toBe('41,30%');
    expect(formatPersen(100, 0)).toBe('100%');
    expect(formatPersen(1234.5)).toBe('1.234,50%');
    expect(formatPersen(null)).toBe('-');
  });
  it('writes points with an explicit sign, none for zero', () => {
    expect(formatPoin(5)).toBe('+5,00');
    expect(formatPoin(-15)).toBe('-15,00');
    expect(formatPoin(0)).toBe('0,00');
    expect(formatPoin(-0.001)).toBe('0,00');
    expect(formatPoin(0.004)).toBe('0,00');
    expect(formatPoin(1, 0)).toBe('+1');
    expect(formatPoin(null)).toBe('-');
  });
});

describe('figures as a presenter says them (slides)', () => {
  it('rounds money to one decimal in the largest unit it reaches', () => {
    expect(formatRupiahLisan(512_187_350_000)).toBe('Rp512,2 miliar');
    expect(formatRupiahLisan(1_250_000_000_000)).toBe('Rp1,3 triliun');
    expect(formatRupiahLisan(2_000_000_000)).toBe('Rp2 miliar');
    expect(formatRupiahLisan(845_049_999)).toBe('Rp845 juta');
    expect(formatRupiahLisan(12_345_678)).toBe('Rp12,3 juta');
    expect(formatRupiahLisan(1_234_567_890_123_456)).toBe('Rp1.234,6 triliun');
  });
  it('moves to the next unit when rounding reaches it', () => {
    expect(formatRupiahLisan(999_960_000)).toBe('Rp1 miliar');
    expect(formatRupiahLisan(999_940_000)).toBe('Rp999,9 juta');
    expect(formatRupiahLisan(999_960)).toBe('Rp1 juta');
    expect(formatRupiahLisan(950_000_000)).toBe('Rp950 juta');
  });
  it('writes small, zero, negative and missing amounts', () => {
    expect(formatRupiahLisan(750_000)).toBe('Rp750.000');
    expect(formatRupiahLisan(0)).toBe('Rp0');
    expect(formatRupiahLisan(-5_250_000_000)).toBe('-Rp5,3 miliar');
    expect(formatRupiahLisan(null)).toBe('-');
    expect(formatRupiahLisan(Number.NaN)).toBe('-');
  });
  it('rounds percentages and points to one decimal', () => {
    expect(formatPersenLisan(68.94)).toBe('68,9%');
    expect(formatPersenLisan(68.95)).toBe('69,0%');
    expect(formatPersenLisan(100)).toBe('100,0%');
    expect(formatPersenLisan(null)).toBe('-');
    expect(formatPoinLisan(-11)).toBe('-11,0 poin');
    expect(formatPoinLisan(5.04)).toBe('+5,0 poin');
    expect(formatPoinLisan(-0.04)).toBe('0,0 poin');
    expect(formatPoinLisan(null)).toBe('-');
  });
});

describe('parseAngka', () => {
  const ok = (text: string | number, jenis: JenisAngka) => parseAngka(text, { jenis });

  it('accepts every form the imports deliver', () => {
    expect(ok('1.234.567,89', 'uang')).toEqual({ ok: true, value: 1234567.89 });
    expect(ok('1234567.89', 'uang')).toEqual({ ok: true, value: 1234567.89 });
    expect(ok('1234567,89', 'uang')).toEqual({ ok: true, value: 1234567.89 });
    expect(ok('Rp 1.234.567', 'uang')).toEqual({ ok: true, value: 1234567 });
    expect(ok('Rp1.234.567,00', 'uang')).toEqual({ ok: true, value: 1234567 });
    expect(ok('Rp. 2.500', 'uang')).toEqual({ ok: true, value: 2500 });
    expect(ok('-Rp1.234', 'uang')).toEqual({ ok: true, value: -1234 });
    expect(ok('45,5%', 'persen')).toEqual({ ok: true, value: 45.5 });
    expect(ok('45,5 %', 'persen')).toEqual({ ok: true, value: 45.5 });
    expect(ok('45.5', 'persen')).toEqual({ ok: true, value: 45.5 });
    expect(ok('45,5', 'persen')).toEqual({ ok: true, value: 45.5 });
    expect(ok(' 12 ', 'bilangan')).toEqual({ ok: true, value: 12 });
    expect(ok('-3,5', 'bilangan')).toEqual({ ok: true, value: -3.5 });
    expect(ok(1234567.89, 'uang')).toEqual({ ok: true, value: 1234567.89 });
    expect(ok(0.455, 'persen')).toEqual({ ok: true, value: 0.455 });
  });

  it('reads a lone dot with three digits as thousands in money, as a decimal point otherwise', () => {
    expect(ok('1.234', 'uang')).toEqual({ ok: true, value: 1234 });
    expect(ok('1.5', 'uang')).toEqual({ ok: true, value: 1.5 });
    expect(ok('1.50', 'uang')).toEqual({ ok: true, value: 1.5 });
    expect(ok('0.125', 'persen')).toEqual({ ok: true, value: 0.125 });
    expect(ok('1234.567', 'persen')).toEqual({ ok: true, value: 1234.567 });
    expect(ok('1,234', 'persen')).toEqual({ ok: true, value: 1.234 });
  });

  it('accepts English grouping when both separators are present', () => {
    expect(ok('1,234.56', 'uang')).toEqual({ ok: true, value: 1234.56 });
    expect(ok('1,234,567.5', 'bilangan')).toEqual({ ok: true, value: 1234567.5 });
    expect(ok('1,234,567', 'uang')).toEqual({ ok: true, value: 1234567 });
  });

  it('treats empty input as no value', () => {
    expect(ok('', 'uang')).toEqual({ ok: true, value: null });
    expect(ok('   ', 'persen')).toEqual({ ok: true, value: null });
    expect(parseAngka(null, { jenis: 'uang' })).toEqual({ ok: true, value: null });
  });

  it('rejects ambiguity with a message saying how to write it', () => {
    expect(ok('1.234', 'persen')).toEqual({
      ok: false,
      pesan: 'Angka "1.234" ambigu untuk persentase: tulis 1,234 atau 1234',
    });
    expect(ok('12.500', 'bilangan')).toEqual({
      ok: false,
      pesan: 'Angka "12.500" ambigu untuk bilangan: tulis 12,500 atau 12500',
    });
    expect(ok('1,234', 'uang')).toEqual({
      ok: false,
      pesan: 'Rupiah "1,234" memuat lebih dari dua angka desimal: pemisah ribuan titik, desimal koma',
    });
    expect(ok('1234.567', 'uang')).toMatchObject({ ok: false });
  });

  it('rejects text that is not a number', () => {
    expect(ok('abc', 'bilangan')).toEqual({ ok: false, pesan: '"abc" bukan angka' });
    expect(ok('12a', 'uang')).toEqual({ ok: false, pesan: '"12a" bukan angka' });
    expect(ok('1.2.3', 'uang')).toEqual({ ok: false, pesan: '"1.2.3" bukan angka' });
    expect(ok('1.234,5.6', 'uang')).toEqual({ ok: false, pesan: '"1.234,5.6" bukan angka' });
    expect(ok('1 234', 'uang')).toEqual({ ok: false, pesan: '"1 234" bukan angka' });
    expect(ok('12,', 'bilangan')).toEqual({ ok: false, pesan: '"12," bukan angka' });
    expect(ok(Number.NaN, 'bilangan')).toEqual({ ok: false, pesan: 'Nilai bukan angka' });
  });

  it('rejects a unit that does not belong to the column', () => {
    expect(ok('45%', 'uang')).toEqual({ ok: false, pesan: '"45%" berupa persentase, bukan rupiah' });
    expect(ok('Rp 1.000', 'persen')).toEqual({ ok: false, pesan: '"Rp 1.000" berupa rupiah, bukan persentase' });
  });
});

describe('dates', () => {
  it('writes Indonesian dates without zero padding', () => {
    expect(formatTanggal('2021-07-08')).toBe('8 Juli 2021');
    expect(formatHariTanggal('2021-07-08')).toBe('Kamis, 8 Juli 2021');
    expect(formatHariTanggal('2025-01-12')).toBe('Minggu, 12 Januari 2025');
    expect(formatHariTanggal('2024-02-29')).toBe('Kamis, 29 Februari 2024');
    expect(formatHariTanggal('2021-07-09')).toBe('Jumat, 9 Juli 2021');
    expect(formatTanggalPendek('2021-07-08')).toBe('08/07/2021');
  });
  it('reads a Date object in local time', () => {
    expect(formatHariTanggal(new Date(2021, 6, 8, 23, 30))).toBe('Kamis, 8 Juli 2021');
    expect(formatTanggal(new Date(2021, 11, 31, 0, 5))).toBe('31 Desember 2021');
  });
  it('prints "-" for missing dates and throws on malformed ones', () => {
    expect(formatTanggal(null)).toBe('-');
    expect(formatHariTanggal('')).toBe('-');
    expect(() => formatTanggal('2021-02-30')).toThrow(RangeError);
    expect(() => formatTanggal('8/7/2021')).toThrow(RangeError);
  });
  it('names months and days', () => {
    expect(NAMA_BULAN).toHaveLength(12);
    expect(NAMA_BULAN[11]).toBe('Desember');
    expect(NAMA_HARI[1]).toBe('Senin');
  });
});

describe('formatWaktu', () => {
  it('writes the zone once, after the last clock time', () => {
    expect(formatWaktu('09:00', 'selesai', 'WITA')).toBe('09.00 WITA s.d. selesai');
    expect(formatWaktu('09:00', '12:00', 'WITA')).toBe('09.00 s.d. 12.00 WITA');
    expect(formatWaktu('8:30', null, 'WIB')).toBe('08.30 WIB');
  });
  it('rejects impossible times', () => {
    expect(() => formatWaktu('25:00', null, 'WIT')).toThrow(RangeError);
  });
});

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [2025, 'dua ribu dua puluh lima'],
    [12345, 'dua belas ribu tiga ratus empat puluh lima'],
    [100000, 'seratus ribu'],
    [111000, 'seratus sebelas ribu'],
    [1000000, 'satu juta'],
    [1001000, 'satu juta seribu'],
    [2500000000, 'dua miliar lima ratus juta'],
    [1000000000000, 'satu triliun'],
    [
      999999999999999,
      'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    ],
  ])('%i -> %s', (n, kata) => {
    expect(terbilang(n)).toBe(kata);
  });
  it('rejects negatives, fractions and numbers beyond triliun', () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(1e15)).toThrow(RangeError);
  });
  it('writes a list as a sentence does', () => {
    expect(formatDaftar([])).toBe('');
    expect(formatDaftar(['Dinkes'])).toBe('Dinkes');
    expect(formatDaftar(['Dinkes', 'DLH'])).toBe('Dinkes dan DLH');
    expect(formatDaftar(['Dinkes', 'DLH', 'Dishub'])).toBe('Dinkes, DLH dan Dishub');
  });
  it('counts lampiran in words', () => {
    expect(formatLampiran(1)).toBe('1 (satu) lembar');
    expect(formatLampiran(2)).toBe('2 (dua) lembar');
    expect(formatLampiran(0)).toBe('-');
    expect(formatLampiran(null)).toBe('-');
  });
});

describe('NIP', () => {
  it('normalises and prints in four groups', () => {
    expect(normalisasiNip(' 19700101 199503 1 001 ')).toBe('197001011995031001');
    expect(formatNip('197001011995031001')).toBe('19700101 199503 1 001');
    expect(formatNip('19700101 199503 1 001')).toBe('19700101 199503 1 001');
    expect(formatNip('12345')).toBe('12345');
  });
  it('accepts a valid NIP, spaced or not', () => {
    expect(validasiNip('197001011995031001')).toBeNull();
    expect(validasiNip('19800229 200501 2 003')).toBeNull();
  });
  it('explains what is wrong', () => {
    expect(validasiNip('19700101199503100')).toBe('NIP harus terdiri atas 18 digit angka');
    expect(validasiNip('19700101199503100A')).toBe('NIP harus terdiri atas 18 digit angka');
    expect(validasiNip('197002301995031001')).toBe('Tanggal lahir pada NIP (19700230) bukan tanggal yang valid');
    expect(validasiNip('198102291995031001')).toBe('Tanggal lahir pada NIP (19810229) bukan tanggal yang valid');
    expect(validasiNip('197001011995131001')).toBe('Bulan TMT CPNS pada NIP (199513) tidak valid');
    expect(validasiNip('197001011995001001')).toBe('Bulan TMT CPNS pada NIP (199500) tidak valid');
    expect(validasiNip('197001011995033001')).toBe('Digit ke-15 NIP (jenis kelamin) harus 1 atau 2');
  });
});

describe('triwulan', () => {
  it('uses Roman numerals', () => {
    expect([1, 2, 3, 4].map(formatTriwulan)).toEqual(['I', 'II', 'III', 'IV']);
    expect(labelTriwulan(2)).toBe('Triwulan II');
    expect(labelSampaiTriwulan(2)).toBe('s.d. Triwulan II');
    expect(() => formatTriwulan(5)).toThrow(RangeError);
    expect(() => formatTriwulan(0)).toThrow(RangeError);
  });
});

describe('formatTanggalJam', () => {
  it('writes a change time as the local day and clock time', () => {
    expect(formatTanggalJam(new Date(2026, 10, 25, 9, 5))).toBe('25 November 2026 09.05');
    expect(formatTanggalJam(null)).toBe('-');
    expect(formatTanggalJam('bukan tanggal')).toBe('-');
  });
});
