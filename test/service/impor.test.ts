import ExcelJS from 'exceljs';
import { NAMA_BULAN } from '../../src/shared/format';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohDomain, OPD_CONTOH, TAHUN } from '../helpers/renja';

async function xlsx(rows: (string | number | null)[][], atur?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DPA');
  rows.forEach((r) => ws.addRow(r));
  atur?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// A SIPD-style export: a merged title above the header, urusan/bidang rows, SIPD column names.
const RENJA: (string | number | null)[][] = [
  ['DOKUMEN PELAKSANAAN ANGGARAN TAHUN 2026', null, null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null, null],
  [
    'kode_sub_giat',
    'nama_sub_giat',
    'indikator',
    'satuan',
    'target',
    'pagu',
    'nama_dana',
    'Target Fisik TW I',
    'Target Fisik Triwulan II',
  ],
  ['3', 'URUSAN PEMERINTAHAN PILIHAN', null, null, null, null, null, null, null],
  ['3.27', 'URUSAN PEMERINTAHAN BIDANG PERTANIAN', null, null, null, null, null, null, null],
  ['3.27.02', 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN', null, null, null, null, null, null, null],
  ['3.27.02.2.01', 'Pengawasan Penggunaan Sarana Pertanian', null, null, null, null, null, null, null],
  [
    '3.27.02.2.01.0001',
    'Pengawasan Pupuk Bersubsidi',
    'Jumlah kios diawasi',
    'Kios',
    40,
    'Rp 400.000.000',
    'DAU',
    '25%',
    50,
  ],
  [
    '3.27.02.2.01.0002',
    'Pengawasan Alsintan',
    'Jumlah alsintan diawasi',
    'Unit',
    '12',
    100000000,
    'DAK Fisik',
    20,
    '40,5',
  ],
];

describe('import of Renja and realisation', () => {
  let t: TempBackend;
  let b: Backend;
  let opdId: number;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    opdId = (await b.call('opd.simpan', OPD_CONTOH)).id;
    await b.call('sistem.aturOperator', { nama: 'Penguji' });
  });
  afterEach(() => t.dispose());

  const impor = (jenis: 'renja' | 'realisasi', namaBerkas: string, base64: string, extra: object = {}) => ({
    jenis,
    namaBerkas,
    base64,
    tahun: TAHUN,
    opdId,
    ...extra,
  });

  it('previews a SIPD-style xlsx, then imports it whole', async () => {
    const berkas = impor('renja', 'dpa.xlsx', await xlsx(RENJA));
    const p = await b.call('impor.pratinjau', berkas);
    expect(p.masalah).toEqual([]);
    expect(p.lembar[0]!.barisHeader).toBe(3);
    expect(p.lembar[0]!.kolom.map((k) => k.dibacaSebagai)).toContain('Target fisik TW II (%)');
    expect(p.ringkasan[0]).toBe('1 program, 1 kegiatan, 2 sub kegiatan');
    expect(p.ringkasan[1]).toBe('Jumlah pagu Rp500.000.000,00 (APBD Murni, tahun 2026)');
    expect(await b.call('renja.daftar', { opdId, tahun: TAHUN })).toMatchObject({ baris: [] });

    await b.call('impor.terapkan', berkas);
    const renja = await b.call('renja.daftar', { opdId, tahun: TAHUN });
    expect(renja.baris.map((r) => [r.tingkat, r.kode, r.pagu])).toEqual([
      ['program', '3.27.02', 500_000_000],
      ['kegiatan', '3.27.02.2.01', 500_000_000],
      ['subKegiatan', '3.27.02.2.01.0001', 400_000_000],
      ['subKegiatan', '3.27.02.2.01.0002', 100_000_000],
    ]);
    const [, , a, bSub] = renja.baris;
    expect(a!.targetFisik).toEqual([25, 50, null, null]);
    expect(bSub!.targetFisik).toEqual([20, 40.5, null, null]);
    expect(bSub!.indikator[0]).toMatchObject({ uraian: 'Jumlah alsintan diawasi', satuan: 'Unit', target: 12 });
    expect(renja.baris[0]!.targetFisik[1]).toBeCloseTo((50 * 400 + 40.5 * 100) / 500, 10);
  });

  it('lists every bad row by row and column and writes nothing', async () => {
    const rows = RENJA.map((r) => [...r]);
    rows[7]![5] = '1.234,5,6'; // pagu unreadable
    rows[8]![8] = '140'; // fisik above 100
    rows.push(['3.27.02.2.01.0002', 'Dobel', null, null, null, 5, null, null, null]); // duplicate code
    rows.push(['3.27.03.2.01.0001', 'Tanpa induk', null, null, null, 5, null, null, null]); // parents unknown
    rows.push(['3.27.02.2.1.0003', 'Kode salah', null, null, null, 5, null, null, null]);
    const berkas = impor('renja', 'dpa.xlsx', await xlsx(rows));
    const sebelum = dumpDatabase(b);
    const p = await b.call('impor.pratinjau', berkas);
    expect(p.masalah.map((m) => [m.baris, m.kolom])).toEqual([
      [8, 'Pagu (Rp)'],
      [9, 'Target fisik TW II (%)'],
      [10, 'Kode'],
      [11, 'Kode'],
      [11, 'Kode'],
      [12, 'Kode'],
    ]);
    expect(p.masalah[1]!.pesan).toBe('Target fisik TW II (%) tidak boleh lebih dari 100');
    expect(p.masalah[2]!.pesan).toBe('Kode 3.27.02.2.01.0002 sudah tertulis di baris 9');
    await expect(b.call('impor.terapkan', berkas)).rejects.toThrow(
      'Impor dibatalkan, tidak ada data yang diubah: 6 masalah, mis. baris 8 kolom F (Pagu (Rp)): "1.234,5,6" bukan angka',
    );
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('refuses an ambiguous percentage like 1.234 with the row named', async () => {
    const p = await b.call(
      'impor.pratinjau',
      impor(
        'renja',
        'dpa.csv',
        csv(
          'kode;uraian;pagu;target fisik tw1\n3.27.02;Program;;\n3.27.02.2.01;Kegiatan;;\n3.27.02.2.01.0001;Sub;1.000.000;1.234\n',
        ),
      ),
    );
    expect(p.masalah).toEqual([
      {
        lembar: 'dpa',
        baris: 4,
        huruf: 'D',
        kolom: 'Target fisik TW I (%)',
        pesan: 'Angka "1.234" ambigu untuk persentase: tulis 1,234 atau 1234',
      },
    ]);
  });

  it('refuses a file that is not a spreadsheet, or has no header, with a clear message', async () => {
    await expect(b.call('impor.pratinjau', impor('renja', 'dpa.xlsx', csv('bukan zip')))).rejects.toThrow(
      'Berkas bukan buku kerja .xlsx',
    );
    await expect(b.call('impor.pratinjau', impor('renja', 'dpa.csv', csv('a;b\n1;2\n')))).rejects.toThrow(
      'Baris judul kolom tidak ditemukan',
    );
    const salah = await b.handle('impor.pratinjau', impor('renja', 'dpa.pdf', csv('x')));
    expect(salah.ok === false && salah.galat.pesan).toBe(
      'Nama berkas: hanya berkas .xlsx atau .csv yang dapat diimpor',
    );
  });

  it('imports realisation from CSV, all or nothing', async () => {
    const ids = await buatContohDomainDiOpd(b);
    const baik = impor(
      'realisasi',
      'real.csv',
      csv(
        `Kode;Realisasi Fisik (%);Realisasi Keuangan (Rp);Permasalahan\n3.27.02.2.01.0001;35;120.000.000;Lelang ulang\n3.27.02.2.01.0002;45,0;Rp 50.000.000;\n`,
      ),
      { opdId: ids.opd.id, bulan: 6 },
    );
    await b.call('impor.terapkan', baik);
    const r = await b.call('monev.ringkasan', { tahun: TAHUN, triwulan: 2 });
    expect(r.opd.find((o) => o.opdId === ids.opd.id)!.realisasiFisik).toBeCloseTo(37, 10);

    const sebelum = dumpDatabase(b);
    const buruk = impor(
      'realisasi',
      'real.csv',
      csv(
        `Kode;Realisasi Fisik (%);Realisasi Keuangan (Rp)\n3.27.02.2.01.0001;36;130.000.000\n3.27.02.2.01.0002;46;150.000.000\n`,
      ),
      { opdId: ids.opd.id, bulan: 6 },
    );
    const p = await b.call('impor.pratinjau', buruk);
    expect(p.masalah).toHaveLength(1);
    expect(p.masalah[0]).toMatchObject({ baris: 3 });
    await expect(b.call('impor.terapkan', buruk)).rejects.toThrow('Impor dibatalkan');
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('round-trips a Formulir OPD and refuses it for the wrong period or OPD', async () => {
    const ids = await buatContohDomainDiOpd(b);
    const formulir = await b.call('ekspor.formulir', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(formulir.namaBerkas).toBe('Formulir Realisasi Dinas Pertanian Juni 2026.xlsx');

    // The OPD fills in the yellow cells, as Excel would save them.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(formulir.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Formulir Realisasi')!;
    expect(ws.getCell('A1').value).toBe('FORMULIR REALISASI PELAKSANAAN PROGRAM/KEGIATAN/SUB KEGIATAN');
    const baris = (kode: string) => ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === kode)!;
    expect(baris('3.27.02.2.01.0001').getCell(1).protection?.locked).not.toBe(false);
    expect(baris('3.27.02.2.01.0001').getCell(9).protection?.locked).toBe(false);
    baris('3.27.02.2.01.0001').getCell(9).value = 35;
    baris('3.27.02.2.01.0001').getCell(10).value = 120_000_000;
    baris('3.27.02.2.01.0002').getCell(9).value = 45;
    baris('3.27.02.2.01.0002').getCell(10).value = 50_000_000;
    const diisi = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');

    const salahPeriode = impor('realisasi', formulir.namaBerkas, diisi, { opdId: ids.opd.id, bulan: 9 });
    await expect(b.call('impor.pratinjau', salahPeriode)).rejects.toThrow(
      'Formulir ini untuk periode s.d. Juni 2026, bukan s.d. September 2026',
    );
    const salahOpd = impor('realisasi', formulir.namaBerkas, diisi, { opdId, bulan: 6 });
    await expect(b.call('impor.pratinjau', salahOpd)).rejects.toThrow('Formulir ini milik Dinas Pertanian, bukan');

    await b.call('impor.terapkan', impor('realisasi', formulir.namaBerkas, diisi, { opdId: ids.opd.id, bulan: 6 }));
    const lembar = await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(lembar.baris.map((x) => [x.realisasiFisik, x.realisasiKeuangan])).toEqual([
      [35, 120_000_000],
      [45, 50_000_000],
    ]);
  });
});

/** The worked example under a second OPD, so the first OPD of these tests stays empty. */
async function buatContohDomainDiOpd(b: Backend) {
  const daftar = await b.call('opd.daftar', {});
  await b.call('opd.simpan', { ...OPD_CONTOH, id: daftar[0]!.id, kode: '3.27.0.00.0.00.09.0000', nama: 'Dinas Lama' });
  return buatContohDomain(b);
}

describe('Formulir for every OPD', () => {
  it('writes one .xlsx per OPD with a Renja into a folder, or returns them as a .zip', async () => {
    const t = await tempBackend();
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const folder = mkdtempSync(join(tmpdir(), 'sinergi-formulir-'));
    try {
      await t.b.call('opd.simpan', { ...OPD_CONTOH, kode: '3.27.0.00.0.00.09.0000', nama: 'Dinas Tanpa Renja' });
      await buatContohDomain(t.b);
      const keFolder = await t.b.call('ekspor.formulirSemua', { tahun: TAHUN, bulan: 6, folder });
      expect(keFolder).toMatchObject({ jenis: 'folder', jumlah: 1, dilewati: ['Dinas Tanpa Renja'] });
      expect(readdirSync(folder)).toEqual(['Formulir Realisasi Dinas Pertanian Juni 2026.xlsx']);
      const zip = await t.b.call('ekspor.formulirSemua', { tahun: TAHUN, bulan: 6 });
      expect(zip.jenis === 'zip' && zip.namaBerkas).toBe('Formulir Realisasi semua OPD Juni 2026.zip');
      const JSZip = (await import('jszip')).default;
      const isi = await JSZip.loadAsync(Buffer.from(zip.jenis === 'zip' ? zip.base64 : '', 'base64'));
      expect(Object.keys(isi.files)).toEqual(['Formulir Realisasi Dinas Pertanian Juni 2026.xlsx']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      await t.dispose();
    }
  });
});

describe('monthly plans', () => {
  const csv = (fisik: number[], tambahan = '') =>
    Buffer.from(
      `kode;uraian;pagu;${NAMA_BULAN.map((b) => `Target Fisik ${b}`).join(';')}${tambahan ? ';Target Fisik TW I' : ''}\n` +
        `3.27.02;Program;;${';'.repeat(11)}${tambahan ? ';' : ''}\n3.27.02.2.01;Kegiatan;;${';'.repeat(11)}${tambahan ? ';' : ''}\n` +
        `3.27.02.2.01.0001;Sub;1.000.000;${fisik.join(';')}${tambahan ? `;${tambahan}` : ''}\n`,
    ).toString('base64');
  const FISIK = [5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100];

  it('take the quarter from months 3, 6, 9, 12 and keep the other months for monthly reports', async () => {
    const t = await tempBackend();
    try {
      const opd = await t.b.call('opd.simpan', OPD_CONTOH);
      await t.b.call('sistem.aturOperator', { nama: 'Penguji' });
      await t.b.call('impor.terapkan', {
        jenis: 'renja',
        namaBerkas: 'bulanan.csv',
        base64: csv(FISIK),
        tahun: TAHUN,
        opdId: opd.id,
      });
      const renja = await t.b.call('renja.daftar', { opdId: opd.id, tahun: TAHUN });
      expect(renja.baris[2]!.targetFisik).toEqual([20, 50, 80, 100]);
      const april = await t.b.call('realisasi.lembar', { opdId: opd.id, tahun: TAHUN, bulan: 4 });
      expect(april.baris[0]!.targetFisik).toBe(30);
    } finally {
      await t.dispose();
    }
  });

  it('refuse a quarter typed twice with two different values', async () => {
    const t = await tempBackend();
    try {
      const opd = await t.b.call('opd.simpan', OPD_CONTOH);
      const p = await t.b.call('impor.pratinjau', {
        jenis: 'renja',
        namaBerkas: 'bulanan.csv',
        base64: csv(FISIK, '25'),
        tahun: TAHUN,
        opdId: opd.id,
      });
      expect(p.masalah).toEqual([
        {
          lembar: 'bulanan',
          baris: 4,
          huruf: 'P',
          kolom: 'Target fisik TW I (%)',
          pesan: 'Target fisik TW I (%) berbeda dengan Target fisik Maret (%): isi salah satu saja',
        },
      ]);
    } finally {
      await t.dispose();
    }
  });
});
