// Pure rules of reporting discipline, phone numbers and the contract schedule.
import { describe, expect, it } from 'vitest';
import { periksaJadwal, rencanaFisikPada, statusKontrak } from '../../src/shared/monev/kontrak';
import { ATURAN_MONEV_BAKU } from '../../src/shared/monev/aturan';
import { legendaRisiko } from '../../src/shared/monev/risiko';
import {
  dalamMasaPelaporan,
  hariTerlambat,
  periksaTenggat,
  periodePelaporanDi,
  statusLaporan,
  tenggatBaku,
} from '../../src/shared/pelaporan';
import { bisaWhatsApp, formatTelepon, normalisasiTelepon, tautanWhatsApp } from '../../src/shared/telepon';

describe('phone numbers', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['+62 (812) 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['812.3456.7890', '+6281234567890'],
    ['(0403) 21001', '+6240321001'],
    ['021-5551234', '+62215551234'],
    ['  ', ''],
  ])('%s is stored as %s', (ketik, nomor) => {
    expect(normalisasiTelepon(ketik)).toEqual({ ok: true, nomor });
  });

  it.each([
    ['0812', 'terlalu pendek untuk nomor telepon Indonesia'],
    ['+62 812 3456 7890 12', 'terlalu panjang untuk nomor telepon Indonesia'],
    ['+1 202 555 0147', 'harus nomor Indonesia (+62)'],
    ['+6208123456789', 'tidak boleh berawalan 0 setelah kode negara'],
    ['00812345678', 'tidak boleh berawalan 0 setelah kode negara'],
    ['0812-3456-78ab', 'hanya boleh berisi angka, spasi, tanda +, - dan ( )'],
    ['0812+3456', 'hanya boleh berisi angka, spasi, tanda +, - dan ( )'],
  ])('%s is refused: %s', (ketik, pesan) => {
    expect(normalisasiTelepon(ketik)).toEqual({ ok: false, pesan });
  });

  it('builds a wa.me link with the digits and the whole message, only for mobile numbers', () => {
    const pesan = 'Yth. Bapak/Ibu,\nlaporan 50% & "lengkap"?';
    const url = tautanWhatsApp('+6281234567890', pesan);
    expect(url.startsWith('https://wa.me/6281234567890?text=')).toBe(true);
    expect(new URL(url).searchParams.get('text')).toBe(pesan);
    expect(bisaWhatsApp('+6281234567890')).toBe(true);
    expect(bisaWhatsApp('+6240321001')).toBe(false);
    expect(bisaWhatsApp('')).toBe(false);
    expect(formatTelepon('+6281234567890')).toBe('+62 812-3456-7890');
  });
});

describe('deadlines and lateness', () => {
  it('defaults to the 10th day after each quarter ends, the fourth in the next year', () => {
    expect([1, 2, 3, 4].map((tw) => tenggatBaku(2026, tw))).toEqual([
      '2026-04-10',
      '2026-07-10',
      '2026-10-10',
      '2027-01-10',
    ]);
  });

  it('refuses a deadline before the quarter has ended, and accepts its last day', () => {
    expect(periksaTenggat(2026, 2, '2026-06-29')).toBe(
      'Batas waktu tidak boleh sebelum akhir Triwulan II 2026 (Selasa, 30 Juni 2026)',
    );
    expect(periksaTenggat(2026, 2, '2026-06-30')).toBeNull();
    expect(periksaTenggat(2024, 1, '2024-03-30')).toContain('31 Maret 2024');
  });

  it('counts days late to the day the report came in, or to the day asked while it has not', () => {
    expect(hariTerlambat('2026-04-10', null, '2026-04-10')).toBe(0);
    expect(hariTerlambat('2026-04-10', null, '2026-04-11')).toBe(1);
    expect(hariTerlambat('2026-04-10', '2026-04-09', '2026-05-01')).toBe(0);
    expect(hariTerlambat('2026-04-10', '2026-04-14', '2026-05-01')).toBe(4);
    // Asked about a day before it came in: not in yet then.
    expect(hariTerlambat('2026-04-10', '2026-04-20', '2026-04-15')).toBe(5);
    // Across the year's end (and a leap February).
    expect(hariTerlambat('2027-01-10', null, '2027-03-01')).toBe(50);
    expect(hariTerlambat('2028-02-10', null, '2028-03-01')).toBe(20);
  });

  it('takes the state from the figures until the section verifies', () => {
    expect(statusLaporan(0, 10, 'draft')).toBe('belum_ada_data');
    expect(statusLaporan(3, 10, 'draft')).toBe('sebagian');
    expect(statusLaporan(10, 10, 'draft')).toBe('lengkap');
    expect(statusLaporan(3, 10, 'diterima')).toBe('diterima');
    expect(statusLaporan(10, 10, 'diverifikasi')).toBe('diverifikasi');
  });

  it('knows the reporting weeks: a week before the quarter ends to two weeks past the deadline', () => {
    expect(dalamMasaPelaporan(2026, 3, '2026-10-10', '2026-09-22')).toBe(false);
    expect(dalamMasaPelaporan(2026, 3, '2026-10-10', '2026-09-23')).toBe(true);
    expect(dalamMasaPelaporan(2026, 3, '2026-10-10', '2026-10-24')).toBe(true);
    expect(dalamMasaPelaporan(2026, 3, '2026-10-10', '2026-10-25')).toBe(false);
    expect(dalamMasaPelaporan(2026, 3, '2026-11-30', '2026-12-02')).toBe(true);
    expect(periodePelaporanDi('2026-12-02')).toEqual({ tahun: 2026, triwulan: 3 });
    expect(periodePelaporanDi('2026-12-23')).toEqual({ tahun: 2026, triwulan: 3 });
    expect(periodePelaporanDi('2026-12-24')).toEqual({ tahun: 2026, triwulan: 4 });
    expect(periodePelaporanDi('2027-01-05')).toEqual({ tahun: 2026, triwulan: 4 });
  });
});

it('prints the risk bands as a legend', () => {
  expect(legendaRisiko()).toBe('Sangat Rendah 1–4, Rendah 5–9, Sedang 10–14, Tinggi 15–19, Sangat Tinggi 20–25');
});

describe('contract schedule and the kontrak-kritis bands', () => {
  const k = { tanggalMulai: '2026-03-01', tanggalSelesai: '2026-04-30', jadwal: [] };

  it('is linear by calendar days between start and end, 0% before and 100% from the end', () => {
    expect(rencanaFisikPada(k, '2026-02-28')).toBe(0);
    expect(rencanaFisikPada(k, '2026-03-01')).toBe(0);
    expect(rencanaFisikPada(k, '2026-03-31')).toBe(50);
    expect(rencanaFisikPada(k, '2026-04-15')).toBe(75);
    expect(rencanaFisikPada(k, '2026-04-30')).toBe(100);
    expect(rencanaFisikPada({ ...k, tanggalSelesai: '2026-03-01' }, '2026-03-01')).toBe(100);
  });

  it("goes through the contract's month-end points when it has a monthly plan", () => {
    const jadwal = {
      ...k,
      tanggalMulai: '2026-01-01',
      tanggalSelesai: '2026-04-30',
      jadwal: [
        { bulan: '2026-02', rencanaFisik: 10 },
        { bulan: '2026-03', rencanaFisik: 70 },
      ],
    };
    expect(rencanaFisikPada(jadwal, '2026-02-28')).toBe(10);
    expect(rencanaFisikPada(jadwal, '2026-03-31')).toBe(70);
    // Halfway from 31 March (70%) to 30 April (100%).
    expect(rencanaFisikPada(jadwal, '2026-04-15')).toBe(85);
    expect(periksaJadwal(jadwal)).toBeNull();
    expect(periksaJadwal({ ...jadwal, jadwal: [...jadwal.jadwal, { bulan: '2026-02', rencanaFisik: 20 }] })).toBe(
      'Jadwal Februari 2026 diisi dua kali',
    );
  });

  it('bands a deviation by the plan: kritis beyond 10 points up to 70%, beyond 5 points above', () => {
    const a = ATURAN_MONEV_BAKU.aturanStatus;
    expect(statusKontrak(59.99, 70, a)).toBe('kritis');
    expect(statusKontrak(60, 70, a)).toBe('terlambat');
    expect(statusKontrak(70, 70, a)).toBe('wajar');
    expect(statusKontrak(65.99, 71, a)).toBe('kritis');
    expect(statusKontrak(66, 71, a)).toBe('terlambat');
    expect(statusKontrak(null, 50, a)).toBeNull();
  });
});
