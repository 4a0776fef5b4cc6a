// Files that are not what they claim, or hide what they hold: each gets a clear message naming the sheet, row and
// column, and nothing is written.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { keBase64, lembarBaris, type Isi } from '../helpers/sipd';

const RENJA: Isi[][] = [
  ['Kode', 'Uraian', 'Pagu (Rp)', 'Target Fisik TW IV'],
  ['3.27.02', 'PROGRAM SARANA PERTANIAN'],
  ['3.27.02.2.01', 'Pengawasan'],
  ['3.27.02.2.01.0001', 'Pupuk', 400_000_000, 100],
  ['3.27.02.2.01.0002', 'Alsintan', 100_000_000, 100],
  ['3.27.02.2.01.0003', 'Benih', 80_000_000, 100],
];

describe('bad input files', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  let sebelum: string;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
    sebelum = dumpDatabase(b);
  });
  afterEach(async () => {
    expect(dumpDatabase(b)).toBe(sebelum);
    await t.dispose();
  });

  const renja = (base64: string, namaBerkas = 'dpa.xlsx') => ({
    jenis: 'renja' as const,
    namaBerkas,
    base64,
    tahun: TAHUN,
    opdId: ids.opd.id,
  });
  const buku = async (atur: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, rows = RENJA) => {
    const wb = new ExcelJS.Workbook();
    atur(lembarBaris(wb, 'DPA', rows), wb);
    return keBase64(wb);
  };
  /** Preview and apply both refuse: the problems are listed and nothing is written. */
  const ditolak = async (base64: string) => {
    const p = await b.call('impor.pratinjau', renja(base64));
    await expect(b.call('impor.terapkan', renja(base64))).rejects.toThrow(
      'Impor dibatalkan, tidak ada data yang diubah',
    );
    return p.masalah;
  };

  it('refuses what is not a workbook: a PDF, a Word document, a broken zip, a password-protected file', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n').toString('base64');
    await expect(b.call('impor.pratinjau', renja(pdf))).rejects.toThrow(
      'Berkas bukan buku kerja .xlsx (mungkin berkas lain yang diganti namanya)',
    );
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64');
    await expect(b.call('impor.pratinjau', renja(docx))).rejects.toThrow(
      'Berkas ini dokumen Word (.docx) yang diberi nama .xlsx, bukan buku kerja Excel',
    );
    const utuh = Buffer.from(await buku(() => undefined), 'base64');
    const terpotong = utuh.subarray(0, Math.floor(utuh.length / 2)).toString('base64');
    await expect(b.call('impor.pratinjau', renja(terpotong))).rejects.toThrow(
      /^Berkas bukan buku kerja \.xlsx .*rusak/,
    );
    // An encrypted workbook is an OLE compound file holding EncryptionInfo and EncryptedPackage streams.
    const cfb = Buffer.concat([
      Buffer.from('d0cf11e0a1b11ae1', 'hex'),
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(50),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    await expect(b.call('impor.pratinjau', renja(cfb.toString('base64')))).rejects.toThrow(
      'Berkas dilindungi kata sandi, sehingga isinya tidak dapat dibaca',
    );
    const xls = Buffer.concat([
      Buffer.from('d0cf11e0a1b11ae1', 'hex'),
      Buffer.alloc(504),
      Buffer.from('Workbook', 'utf16le'),
    ]);
    await expect(b.call('impor.pratinjau', renja(xls.toString('base64')))).rejects.toThrow(
      'Berkas ini .xls lama (Excel 97-2003) yang diganti namanya',
    );
  });

  it('refuses a sheet of 100,000 rows with its name and count, before reading the rows', async () => {
    const baris = [
      'Kode;Uraian;Pagu',
      ...Array.from({ length: 100_000 }, (_, i) => `3.27.02.2.01.${String(i % 9999).padStart(4, '0')};Sub;1`),
    ];
    const csv = Buffer.from(baris.join('\n')).toString('base64');
    await expect(b.call('impor.pratinjau', renja(csv, 'besar.csv'))).rejects.toThrow(
      'Lembar "besar" berisi 100.001 baris terisi; satu impor paling banyak 50.000 baris',
    );
  });

  it('names the cell of a formula saved without its result, and of an error value', async () => {
    const base64 = await buku((ws) => {
      ws.getCell('C5').value = { formula: 'C4/4' } as ExcelJS.CellFormulaValue;
      ws.getCell('D6').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    });
    expect(await ditolak(base64)).toEqual([
      {
        lembar: 'DPA',
        baris: 5,
        huruf: 'C',
        kolom: 'Pagu (Rp)',
        pesan: 'Sel C5 berisi rumus yang tersimpan tanpa hasilnya (buka dan simpan ulang berkas di Excel)',
      },
      { lembar: 'DPA', baris: 6, huruf: 'D', kolom: 'Target fisik TW IV (%)', pesan: 'Sel D6 berisi galat #REF!' },
    ]);
  });

  it('refuses cells merged across data rows, naming the range', async () => {
    const base64 = await buku((ws) => ws.mergeCells('D4:D6'));
    expect(await ditolak(base64)).toEqual([
      {
        lembar: 'DPA',
        baris: 4,
        huruf: 'D',
        kolom: 'Target fisik TW IV (%)',
        pesan:
          'Sel D4:D6 digabung (merge) melintasi 3 baris data: pisahkan gabungan sel (Unmerge Cells) lalu isi nilainya di setiap baris',
      },
    ]);
  });

  it('refuses hidden rows and hidden sheets that hold a table, and ignores a hidden list sheet', async () => {
    const base64 = await buku((ws, wb) => {
      ws.getRow(5).hidden = true;
      lembarBaris(wb, 'Cadangan', RENJA).state = 'hidden';
      lembarBaris(wb, 'Daftar', [['DAU'], ['DAK Fisik']]).state = 'veryHidden';
    });
    const masalah = await ditolak(base64);
    expect(masalah.map((m) => `${m.lembar} ${m.baris}: ${m.pesan}`)).toEqual([
      'DPA 5: Baris 5 tersembunyi (hidden): tampilkan baris itu (Unhide) untuk memeriksa isinya, atau hapus bila bukan data',
      'Cadangan 0: Lembar "Cadangan" tersembunyi tetapi berisi tabel: tampilkan lembar itu (Unhide) bila isinya ikut diimpor, atau hapus lembarnya',
    ]);
  });

  it('refuses a file with a header and no data, and one with no header at all', async () => {
    const kosong = Buffer.from('Kode;Uraian;Pagu\n').toString('base64');
    await expect(b.call('impor.terapkan', renja(kosong, 'kosong.csv'))).rejects.toThrow(
      'Berkas tidak berisi baris data di bawah judul kolom',
    );
    const biner = Buffer.from([0x00, 0xff, 0x10, 0x80, 0x81, 0x0a, 0x41]).toString('base64');
    await expect(b.call('impor.pratinjau', renja(biner, 'acak.csv'))).rejects.toThrow(
      'Baris judul kolom tidak ditemukan',
    );
  });
});
