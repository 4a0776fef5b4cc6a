import { describe, expect, it } from 'vitest';
import { lembarLampiranPengingat } from '../../src/main/docx/suratPengingat';
import { waktuRapat } from '../../src/main/docx/undangan';
import { opdContoh } from '../../src/main/sample/opd-contoh';
import { formatHariTanggal, formatLampiran, formatNip, formatTanggal } from '../../src/shared/format';
import { PENGATURAN_BAKU } from '../../src/shared/api/pengaturan';
import {
  formatNomorSurat,
  gantiTriwulan,
  hitungKehadiran,
  kepalaDaerah,
  lembarLampiran,
  pembukaBaku,
  ringkasKehadiran,
  terlambat,
  triwulanBerikut,
  triwulanDievaluasi,
} from '../../src/shared/rapat';

const orang = (n: number, f: (i: number) => { nama: string; jabatan: string; instansi: string }) =>
  Array.from({ length: n }, (_, i) => f(i + 1));

describe('meeting rules', () => {
  it('writes dates and times of letters the Indonesian way', () => {
    expect(formatHariTanggal('2021-07-08')).toBe('Kamis, 8 Juli 2021');
    expect(formatHariTanggal('2026-10-15')).toBe('Kamis, 15 Oktober 2026');
    expect(formatHariTanggal('2025-01-12')).toBe('Minggu, 12 Januari 2025');
    expect(formatTanggal('2026-12-01')).toBe('1 Desember 2026');
    expect(waktuRapat('09:00', 'selesai', 'WITA')).toBe('09.00 WITA s.d. selesai');
    expect(waktuRapat('08:30', '12:00', 'WIB')).toBe('08.30 s.d. 12.00 WIB');
    expect(waktuRapat('13:00', '', 'WIT')).toBe('13.00 WIT');
    expect(formatLampiran(2)).toBe('2 (dua) lembar');
    expect(formatLampiran(0)).toBe('-');
    expect(formatNip('197001011995031001')).toBe('19700101 199503 1 001');
  });

  it('numbers letters from the pattern, leaving the running number blank until it is issued', () => {
    expect(formatNomorSurat('000.1.5/{urut}/Ekbang/{tahun}', 123, 2026)).toBe('000.1.5/123/Ekbang/2026');
    expect(formatNomorSurat('000.1.5/{urut}/Ekbang', 7, 2026)).toBe('000.1.5/7/Ekbang');
    expect(formatNomorSurat('000.1.5/{urut}/Ekbang/{tahun}', null, 2026)).toBe(
      `000.1.5/${'\u00a0'.repeat(8)}/Ekbang/2026`,
    );
  });

  it('evaluates by default the last quarter ended by the date, triwulan IV of the year before until March', () => {
    expect(triwulanDievaluasi('2027-01-05')).toEqual({ tahun: 2026, triwulan: 4 });
    expect(triwulanDievaluasi('2027-03-31')).toEqual({ tahun: 2026, triwulan: 4 });
    expect(triwulanDievaluasi('2027-04-01')).toEqual({ tahun: 2027, triwulan: 1 });
    expect(triwulanDievaluasi('2027-07-10')).toEqual({ tahun: 2027, triwulan: 2 });
    expect(triwulanDievaluasi('2027-09-30')).toEqual({ tahun: 2027, triwulan: 2 });
    expect(triwulanDievaluasi('2027-12-31')).toEqual({ tahun: 2027, triwulan: 3 });
  });

  it('moves a title to the next quarter, over the year end', () => {
    expect(triwulanBerikut(2026, 4)).toEqual({ tahun: 2027, triwulan: 1 });
    const tw3 = { tahun: 2026, triwulan: 3 };
    expect(gantiTriwulan('Rakor Triwulan III Tahun 2026', tw3, { tahun: 2026, triwulan: 4 })).toBe(
      'Rakor Triwulan IV Tahun 2026',
    );
    expect(gantiTriwulan('Realisasi s.d. TW II dan Triwulan II', { tahun: 2026, triwulan: 2 }, tw3)).toBe(
      'Realisasi s.d. TW III dan Triwulan III',
    );
    // "Triwulan I" must not match inside "Triwulan II".
    expect(gantiTriwulan('Triwulan II', { tahun: 2026, triwulan: 1 }, { tahun: 2026, triwulan: 2 })).toBe(
      'Triwulan II',
    );
    expect(
      gantiTriwulan('Rakor Triwulan IV Tahun 2026', { tahun: 2026, triwulan: 4 }, { tahun: 2027, triwulan: 1 }),
    ).toBe('Rakor Triwulan I Tahun 2027');
  });

  it('is late only when not done and past the due date', () => {
    expect(terlambat('2026-11-24', 'belum', '2026-11-25')).toBe(true);
    expect(terlambat('2026-11-25', 'proses', '2026-11-25')).toBe(false);
    expect(terlambat('2026-01-01', 'selesai', '2026-11-25')).toBe(false);
    expect(terlambat(null, 'belum', '2026-11-25')).toBe(false);
  });

  it('names the head of the region: Bupati, or Wali Kota of a city', () => {
    expect(kepalaDaerah('Pemerintah Kabupaten Contoh')).toBe('Bupati Contoh');
    expect(kepalaDaerah('Pemerintah Kota Baubau')).toBe('Wali Kota Baubau');
  });

  it('writes the opening sentence from the kind of meeting and its quarter', () => {
    expect(pembukaBaku({ jenis: 'pra_rakorev', judul: 'Pra Rakorev', tahun: 2021, triwulan: 2 })).toBe(
      'Dalam rangka persiapan Rapat Koordinasi dan Evaluasi pelaksanaan program pembangunan Triwulan II ' +
        'Tahun 2021, dengan hormat kami mengundang Bapak/Ibu untuk menghadiri Pra Rakorev yang akan ' +
        'dilaksanakan pada:',
    );
  });

  it('counts attendance for the minutes', () => {
    const h = hitungKehadiran([
      { diundang: true, kehadiran: 'hadir' },
      { diundang: true, kehadiran: 'diwakili' },
      { diundang: true, kehadiran: 'tidak_hadir' },
      { diundang: false, kehadiran: 'hadir' },
    ]);
    expect(ringkasKehadiran(h)).toBe('diundang 3; hadir 2 (1 diwakili); tidak hadir 1; peserta tambahan 1');
    expect(ringkasKehadiran(hitungKehadiran([{ diundang: true, kehadiran: '' }]))).toBe(
      'diundang 1; kehadiran belum dicatat',
    );
  });

  // Each count is what LibreOffice printed for that list (the undangan rendered, its lampiran's pages counted).
  it('counts the sheets of the lampiran as the rendered documents came out', () => {
    const panjang = (i: number) => ({
      nama: `La Ode Peserta Ke-${i}, S.E., M.Si.`,
      jabatan: `Kepala Dinas Contoh Nomor ${i}`,
      instansi: `Dinas Contoh Nomor ${i}`,
    });
    const pendek = (i: number) => ({ nama: `Camat ${i}`, jabatan: `Camat Contoh ${i}`, instansi: `Kecamatan ${i}` });
    const a4 = { ...PENGATURAN_BAKU, ukuranKertas: 'A4' } as const;
    const f4 = { ...PENGATURAN_BAKU, ukuranKertas: 'F4' } as const;
    expect(lembarLampiran(orang(3, panjang), a4)).toBe(0);
    expect(lembarLampiran(orang(8, panjang), a4)).toBe(1);
    expect(lembarLampiran(orang(60, panjang), f4)).toBe(3);
    expect(lembarLampiran(orang(60, pendek), a4)).toBe(2);
    expect(lembarLampiran(orang(38, pendek), a4)).toBe(2);
  });

  // A reminder to the sample regency's 36 OPD, rendered: its lampiran took 2 sheets, 3 with 3/3/4/3 cm margins.
  it("counts a reminder's lampiran from its own table, as it printed", () => {
    const baris = opdContoh().map((o) => ({
      opd: o.nama,
      status: 'Belum ada data',
      subKegiatan: '0 dari 24',
      terlambat: '5 hari',
    }));
    expect(baris).toHaveLength(36);
    expect(lembarLampiranPengingat(baris, PENGATURAN_BAKU)).toBe(2);
    const lebar = { ...PENGATURAN_BAKU, marginAtas: 3, marginBawah: 3, marginKiri: 4, marginKanan: 3 };
    expect(lembarLampiranPengingat(baris, lebar)).toBe(3);
  });

  it("counts them between the regency's own margins, from the words' real widths", () => {
    const pendek = (i: number) => ({ nama: `Camat ${i}`, jabatan: `Camat Contoh ${i}`, instansi: `Kecamatan ${i}` });
    const panjang = (i: number) => ({
      nama: `La Ode Peserta Ke-${i}, S.E., M.Si.`,
      jabatan: `Kepala Dinas Contoh Nomor ${i}`,
      instansi: `Dinas Contoh Nomor ${i}`,
    });
    const lebar = { ...PENGATURAN_BAKU, marginAtas: 3, marginBawah: 3, marginKiri: 4, marginKanan: 3 };
    expect(lembarLampiran(orang(60, pendek), lebar)).toBe(3);
    expect(lembarLampiran(orang(30, panjang), lebar)).toBe(2);
    // OPD heads as a meeting invites them: "Kepala Kecamatan Contoh 12" fits 26 characters but not the Jabatan
    // column, so every row takes two lines; counted by characters this printed "2 (dua) lembar" over 3 sheets.
    const camat = (i: number) => ({
      nama: `Kepala Kec. ${i}`,
      jabatan: `Kepala Kecamatan Contoh ${i}`,
      instansi: `Kecamatan Contoh ${i}`,
    });
    const opd = orang(60, camat);
    expect(lembarLampiran(opd, PENGATURAN_BAKU)).toBe(3);
    expect(lembarLampiran(opd, lebar)).toBe(4);
  });
});
