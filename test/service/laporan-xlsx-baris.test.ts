// The report .xlsx writes its data rows as XML itself (BarisLangsung); they must be the very bytes ExcelJS's own row
// writer gives for the same values and styles, with the same style and shared-string tables.
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tulisBukuKerja } from '../../src/main/ekspor/bukuKerja';
import { BarisLangsung } from '../../src/main/laporan/xlsx';
import type { Nilai } from '../../src/main/laporan/rekap';

const KOLOM = 31; // past Z, so two-letter columns are written too
const FORMAT = (c: number) => (c % 3 === 0 ? '#,##0.00' : c % 3 === 1 ? '0.00' : undefined);
const TEBAL: Partial<ExcelJS.Font> = { bold: true };
const INDENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top', indent: 2 };

const BARIS: { nilai: Nilai[]; tebal: boolean }[] = [
  {
    nilai: Array.from({ length: KOLOM }, (_, i) => (i % 4 === 0 ? `teks ${i}` : i % 4 === 1 ? i * 1.5 : null)),
    tebal: true,
  },
  {
    nilai: ['', 'A & B <c> "d"', -0.5, 0, 1e21, 'baris\nkedua', null, 'Dinas Pekerjaan Umum – Bina Marga'],
    tebal: false,
  },
  { nilai: ['teks 0', 12345678.9, null], tebal: true },
  { nilai: [null, null, 'x'], tebal: false },
];

async function berkas(tulis: (wb: ExcelJS.stream.xlsx.WorkbookWriter, ws: ExcelJS.Worksheet) => void) {
  const zip = await JSZip.loadAsync(
    await tulisBukuKerja((wb, komit) => {
      const ws = wb.addWorksheet('Uji');
      ws.getCell('A1').value = 'Judul';
      ws.getCell('A1').font = { bold: true, size: 13 };
      for (let c = 1; c <= KOLOM; c++) {
        const f = FORMAT(c);
        if (f) ws.getColumn(c).numFmt = f;
      }
      komit(ws.getRow(1));
      tulis(wb, ws);
      ws.commit();
    }),
  );
  const isi = async (n: string) => (await zip.file(n)?.async('string')) ?? '';
  return {
    lembar: await isi('xl/worksheets/sheet1.xml'),
    gaya: await isi('xl/styles.xml'),
    teks: await isi('xl/sharedStrings.xml'),
  };
}

describe('the report .xlsx rows written as XML', () => {
  it("are byte for byte what ExcelJS's row writer writes", async () => {
    const exceljs = await berkas((_wb, ws) => {
      BARIS.forEach((b, r) => {
        const row = ws.getRow(3 + r);
        row.values = b.nilai;
        if (b.tebal) row.font = TEBAL;
        // Only a cell that has a value: getCell would add one to a shorter row.
        if (b.nilai.length >= 4) row.getCell(4).alignment = INDENT;
        row.commit();
      });
    });
    const langsung = await berkas((wb, ws) => {
      const gaya = (tebal: boolean) =>
        Array.from({ length: KOLOM }, (_, i): Partial<ExcelJS.Style> => {
          const numFmt = FORMAT(i + 1);
          return {
            ...(numFmt ? { numFmt } : {}),
            ...(tebal ? { font: TEBAL } : {}),
            ...(i === 3 ? { alignment: INDENT } : {}),
          };
        });
      const [biasa, tebal] = [gaya(false), gaya(true)];
      const penulis = new BarisLangsung(wb, ws);
      BARIS.forEach((b, r) =>
        penulis.tulis(3 + r, b.nilai, b.tebal ? tebal : biasa, b.tebal ? { font: TEBAL } : undefined),
      );
    });
    expect(langsung.lembar).toContain('<c r="AE3"');
    expect(langsung.lembar).toContain(' s="');
    expect(langsung).toEqual(exceljs);
  });
});
