// Numbers and text as they arrive: CSV encodings, Rupiah notations and the two-decimal rule on every path,
// Indonesian or English writing decided by the column, cleared cells, dates typed into text columns.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { keBase64, lembarBaris, type Isi } from '../helpers/sipd';

/** Windows-1252 bytes, what Excel's "CSV (dipisahkan titik koma)" writes on an Indonesian Windows. */
function cp1252(teks: string): Buffer {
  const khusus: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96, é: 0xe9 };
  return Buffer.from([...teks].map((c) => khusus[c] ?? c.charCodeAt(0)));
}

const RENJA_KEPALA: Isi[][] = [
  ['Kode', 'Uraian', 'Indikator', 'Target', 'Pagu (Rp)', 'Target Keuangan TW IV (Rp)'],
  ['3.27.02', 'PROGRAM SARANA'],
  ['3.27.02.2.01', 'Pengawasan'],
];

describe('numbers and text as they arrive', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
  });
  afterEach(() => t.dispose());

  const realisasi = (namaBerkas: string, isi: Buffer | string) => ({
    jenis: 'realisasi' as const,
    namaBerkas,
    base64: typeof isi === 'string' ? isi : isi.toString('base64'),
    tahun: TAHUN,
    opdId: ids.opd.id,
    bulan: 6,
  });
  const renja = async (rows: Isi[][], opdId = ids.opd.id) => {
    const wb = new ExcelJS.Workbook();
    lembarBaris(wb, 'DPA', rows);
    return { jenis: 'renja' as const, namaBerkas: 'dpa.xlsx', base64: await keBase64(wb), tahun: TAHUN, opdId };
  };

  it('reads a Windows-1252 CSV as Windows-1252, and says which encoding it used', async () => {
    const teks =
      'Kode;Realisasi Fisik (%);Realisasi Keuangan (Rp);Permasalahan\r\n' +
      '3.27.02.2.01.0001;35;120.000.000;Pekerjaan “rehab gudang” tertunda – cuaca\r\n';
    const berkas = realisasi('realisasi.csv', cp1252(teks));
    const p = await b.call('impor.pratinjau', berkas);
    expect(p.pengodean).toBe('Windows-1252');
    expect(p.masalah).toEqual([]);
    await b.call('impor.terapkan', berkas);
    const lembar = await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(lembar.baris[0]!.permasalahan).toBe('Pekerjaan “rehab gudang” tertunda – cuaca');

    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(teks, 'utf8')]);
    expect((await b.call('impor.pratinjau', realisasi('realisasi.csv', bom))).pengodean).toBe('UTF-8 (BOM)');
    expect((await b.call('impor.pratinjau', realisasi('realisasi.csv', Buffer.from(teks)))).pengodean).toBe('UTF-8');
  });

  it('rounds a formula result in a Rupiah column to the sen on every path, says so, and refuses typed extra decimals', async () => {
    const rows: Isi[][] = [
      ...RENJA_KEPALA,
      ['3.27.02.2.01.0001', 'A', null, null, 400_000_000, 107_706_666.666667],
      ['3.27.02.2.01.0003', 'C', null, null, 'Rp 1.250.000,-', '1.250.000.-'],
    ];
    const p = await b.call('impor.pratinjau', await renja(rows));
    expect(p.masalah).toEqual([]);
    expect(p.peringatan.map((w) => `${w.baris} ${w.huruf} ${w.pesan}`)).toEqual([
      '0  1 sub kegiatan yang tersimpan tidak ada di berkas (mis. 3.27.02.2.01.0002); semuanya tetap tersimpan',
      '4 F Nilai 107706666,666667 memuat lebih dari dua angka desimal dan disimpan dibulatkan ke sen: Rp107.706.666,67 (berlaku untuk semua nilai seperti ini di kolom F)',
    ]);
    await b.call('impor.terapkan', await renja(rows));
    const r = await b.call('renja.daftar', { opdId: ids.opd.id, tahun: TAHUN });
    expect(r.baris.find((x) => x.kode === '3.27.02.2.01.0001')!.targetKeuangan[3]).toBe(107_706_666.67);
    expect(r.baris.find((x) => x.kode === '3.27.02.2.01.0003')).toMatchObject({
      pagu: 1_250_000,
      targetKeuangan: [null, null, null, 1_250_000],
    });

    // The realisation path: the same rule as the grid's field.
    const wb = new ExcelJS.Workbook();
    lembarBaris(wb, 'R', [
      ['Kode', 'Realisasi Keuangan (Rp)'],
      ['3.27.02.2.01.0001', 1_234_567.891],
      ['3.27.02.2.01.0002', '1.234,567'],
    ]);
    const pr = await b.call('impor.pratinjau', realisasi('r.xlsx', await keBase64(wb)));
    expect(pr.peringatan.map((w) => w.pesan)).toContain(
      'Nilai 1234567,891 memuat lebih dari dua angka desimal dan disimpan dibulatkan ke sen: Rp1.234.567,89 (berlaku untuk semua nilai seperti ini di kolom B)',
    );
    expect(pr.masalah).toEqual([
      expect.objectContaining({
        baris: 3,
        huruf: 'B',
        pesan: 'Rupiah "1.234,567" memuat lebih dari dua angka desimal: pemisah ribuan titik, desimal koma',
      }),
    ]);
  });

  it('decides Indonesian or English writing by the column and says how an ambiguous number was read', async () => {
    const rows: Isi[][] = [
      ...RENJA_KEPALA,
      ['3.27.02.2.01.0001', 'A', 'Jumlah kios', '1,200', '250,000', '1,234.50'],
      ['3.27.02.2.01.0002', 'B', 'Jumlah alsintan', '12.5', '1,000,000.00', null],
    ];
    const p = await b.call('impor.pratinjau', await renja(rows));
    expect(p.masalah).toEqual([]);
    expect(p.peringatan).toEqual([
      expect.objectContaining({
        baris: 4,
        huruf: 'D',
        pesan:
          '"1,200" dibaca 1.200, dengan koma sebagai pemisah ribuan dan titik sebagai desimal (gaya Inggris), sesuai angka lain di kolom ini, mis. "12.5" di baris 5',
      }),
    ]);
    await b.call('impor.terapkan', await renja(rows));
    const r = await b.call('renja.daftar', { opdId: ids.opd.id, tahun: TAHUN });
    const a = r.baris.find((x) => x.kode === '3.27.02.2.01.0001')!;
    expect(a.pagu).toBe(250_000);
    expect(a.targetKeuangan[3]).toBe(1234.5);
    expect(a.indikator[0]!.target).toBe(1200);
    expect(r.baris.find((x) => x.kode === '3.27.02.2.01.0002')!.indikator[0]!.target).toBe(12.5);

    // Both writings in one column: an ambiguous number there is a question, not a guess.
    const campur: Isi[][] = [
      ...RENJA_KEPALA,
      ['3.27.02.2.01.0001', 'A', 'x', '1.234,5', 1],
      ['3.27.02.2.01.0002', 'B', 'y', '1,234.5', 1],
      ['3.27.02.2.01.0003', 'C', 'z', '1.234', 1],
    ];
    const pc = await b.call('impor.pratinjau', await renja(campur));
    expect(pc.masalah).toEqual([
      expect.objectContaining({
        baris: 6,
        huruf: 'D',
        pesan: 'Angka "1.234" ambigu untuk bilangan: tulis 1,234 atau 1234',
      }),
    ]);
  });

  it('clears every column alike when a cell is emptied, the realisation of an indicator included', async () => {
    const isi = (kinerja: string) =>
      Buffer.from(
        'Kode;Realisasi Fisik (%);Realisasi Keuangan (Rp);Realisasi Kinerja;Permasalahan\n' +
          `3.27.02.2.01.0001;35;120.000.000;${kinerja};Lelang ulang\n3.27.02.2.01.0002;45;50.000.000;;\n`,
      );
    await b.call('impor.terapkan', realisasi('r.csv', isi('30')));
    const dulu = await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(dulu.baris[0]!.indikator!.realisasi).toBe(30);

    const kosong = Buffer.from(
      'Kode;Realisasi Fisik (%);Realisasi Keuangan (Rp);Realisasi Kinerja;Permasalahan\n' +
        '3.27.02.2.01.0001;;;;\n3.27.02.2.01.0002;45;50.000.000;;\n',
    );
    const p = await b.call('impor.pratinjau', realisasi('r.csv', kosong));
    // Sub kegiatan B has no indicator: its empty Realisasi Kinerja cell is no problem.
    expect(p.masalah).toEqual([]);
    await b.call('impor.terapkan', realisasi('r.csv', kosong));
    const kini = await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(kini.baris[0]).toMatchObject({ realisasiFisik: null, realisasiKeuangan: null, permasalahan: '' });
    expect(kini.baris[0]!.indikator!.realisasi).toBeNull();
  });

  it('keeps a date typed into a text column as the sheet shows it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = lembarBaris(wb, 'R', [
      ['Kode', 'Realisasi Fisik (%)', 'Permasalahan', 'Tindak Lanjut'],
      ['3.27.02.2.01.0001', 35, null, null],
    ]);
    ws.getCell('C2').value = new Date(Date.UTC(2026, 2, 12));
    ws.getCell('C2').numFmt = 'dd/mm/yyyy';
    ws.getCell('D2').value = new Date(Date.UTC(2026, 6, 1));
    ws.getCell('D2').numFmt = 'd mmmm yyyy';
    await b.call('impor.terapkan', realisasi('r.xlsx', await keBase64(wb)));
    const l = await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(l.baris[0]).toMatchObject({ permasalahan: '12/03/2026', tindakLanjut: '1 Juli 2026' });
  });

  it('refuses a date in a number column, naming the cell, and writes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = lembarBaris(wb, 'R', [
      ['Kode', 'Realisasi Fisik (%)'],
      ['3.27.02.2.01.0001', null],
    ]);
    ws.getCell('B2').value = new Date(Date.UTC(2026, 2, 12));
    const sebelum = dumpDatabase(b);
    const p = await b.call('impor.pratinjau', realisasi('r.xlsx', await keBase64(wb)));
    expect(p.masalah).toEqual([
      expect.objectContaining({ lembar: 'R', baris: 2, huruf: 'B', pesan: '"12/03/2026" bukan angka' }),
    ]);
    await expect(b.call('impor.terapkan', realisasi('r.xlsx', await keBase64(wb)))).rejects.toThrow('Impor dibatalkan');
    expect(dumpDatabase(b)).toBe(sebelum);
  });
});
