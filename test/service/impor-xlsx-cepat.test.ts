// The fast .xlsx reader (impor/xlsxCepat.ts) against ExcelJS (impor/xlsx.ts): the same cells from the same file, on
// workbooks written by ExcelJS and on hand-written XML with what Excel and LibreOffice put in theirs; and the files it
// leaves to ExcelJS (dates, hyperlinks) still read as before.
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bacaXlsx, bacaXlsxExcelJs } from '../../src/main/impor/xlsx';
import { alasanLewat, bacaXlsxCepat } from '../../src/main/impor/xlsxCepat';

async function sama(isi: Buffer): Promise<void> {
  const cepat = bacaXlsxCepat(isi);
  const excel = await bacaXlsxExcelJs(isi);
  expect(alasanLewat(isi)).toBeNull();
  expect(cepat).toEqual(excel);
  // toEqual treats a missing array slot and an undefined one alike; the import does not, so be strict.
  expect(isDeepStrictEqual(cepat, excel)).toBe(true);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook as Excel writes one, from the XML of its sheets, shared strings and number formats. */
function buku(
  lembar: { nama: string; isi: string; state?: string }[],
  sst: string[],
  xfs: string[] = ['<xf numFmtId="0"/>'],
  numFmts = '',
): Buffer {
  const berkas: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        lembar
          .map(
            (_l, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook ${NS} ${NS_R}><sheets>` +
        lembar
          .map(
            (l, i) =>
              `<sheet name="${l.nama}" sheetId="${i + 1}"${l.state ? ` state="${l.state}"` : ''} r:id="rId${i + 10}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        lembar
          .map(
            (_l, i) =>
              `<Relationship Id="rId${i + 10}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst ${NS}>${sst.map((s) => `<si>${s}</si>`).join('')}</sst>`,
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0"?><styleSheet ${NS}>${numFmts}<fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`,
    ),
  };
  lembar.forEach((l, i) => {
    berkas[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0"?>\r\n<worksheet ${NS} ${NS_R}>${l.isi}</worksheet>`,
    );
  });
  return Buffer.from(zipSync(berkas));
}

describe('fast .xlsx reader', () => {
  it('reads what ExcelJS writes as ExcelJS reads it: text, numbers, percentages, formulas, merges, hidden rows and sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DPA & Renja <2026>');
    ws.getCell('A1').value = 'DOKUMEN PELAKSANAAN ANGGARAN';
    ws.mergeCells('A1:F1');
    ws.addRow([]);
    ws.addRow(['Kode', 'Uraian', 'Pagu', 'Fisik', 'Catatan', 'Cek']);
    ws.addRow(['1.02.02.2.01.0001', '  spasi di tepi  ', 1_250_000.5, 0.455, 'baris satu\nbaris dua', true]);
    ws.getCell('D4').numFmt = '0.0%';
    ws.addRow(['1.02.02.2.01.0002', 'Tanda "kutip" & <kurung> \'tunggal\'', { formula: 'C4*2', result: 2_500_001 }]);
    ws.addRow(['1.02.02.2.01.0003', { formula: 'C4/0', result: { error: '#DIV/0!' } }, { formula: 'C4*3' }]);
    ws.addRow([null, null, { sharedFormula: 'C5', result: 7 }, 'x']);
    ws.addRow(['1.02.02.2.01.0004', { richText: [{ text: 'tebal ', font: { bold: true } }, { text: 'biasa' }] }]);
    ws.getRow(8).hidden = true;
    ws.addRow(['1.02.02.2.01.0005', 'gabung turun', 10]);
    ws.mergeCells('B9:B10');
    ws.addRow(['1.02.02.2.01.0006', null, 11, false, { text: '_x000D_ dan _x0041_', font: {} } as never]);
    ws.getCell('A12').value = 0;
    ws.getCell('A12').numFmt = '#,##0.00';
    const tersembunyi = wb.addWorksheet('Lama', { state: 'hidden' });
    tersembunyi.addRow(['tersembunyi']);
    const meta = wb.addWorksheet('_sinergi', { state: 'veryHidden' });
    meta.getCell('A1').value = JSON.stringify({ jenis: 'formulir-realisasi', tahun: 2026 });
    await sama(Buffer.from(await wb.xlsx.writeBuffer()));
  });

  // A realisation the OPD computes (=SUM of its months, 0 in January) was refused by both readers as "a formula saved
  // without its result": ExcelJS's copy of a formula cell drops a result of 0 or FALSE.
  it('reads a formula whose saved result is 0 or FALSE as that result, and one without a result as a problem', async () => {
    const isi = buku(
      [
        {
          nama: 'Data',
          isi:
            '<sheetData><row r="1">' +
            '<c r="A1"><f>SUM(B1:C1)</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c>' +
            '<c r="C1"><f>SUM(D1:E1)</f><v>12.5</v></c><c r="D1"><f>SUM(E1:F1)</f></c>' +
            '</row></sheetData>',
        },
      ],
      [],
    );
    await sama(isi);
    const [a, b, c, d] = bacaXlsxCepat(isi)!.lembar[0]!.baris[0]!;
    expect([a, b, c]).toEqual([0, 'tidak', 12.5]);
    expect(d).toEqual({ galat: 'berisi rumus yang tersimpan tanpa hasilnya (buka dan simpan ulang berkas di Excel)' });
  });

  it('reads hand-written XML the way ExcelJS does: inline and rich text, escapes, CRLF, booleans, errors, styles, empty cells', async () => {
    const isi = buku(
      [
        {
          nama: 'Data',
          isi:
            '<sheetData>' +
            '<row r="2" hidden="true"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2"/><c r="D2" s="1"/><c r="E2" t="inlineStr"><is><t>inline &amp; &#233;&#x20AC;</t></is></c></row>' +
            '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>0.25</v></c><c r="C3" s="2"><v>0.5</v></c><c r="D3" s="3"><v>1234.5</v></c><c r="E3" s="4"><v>0.125</v></c></row>' +
            '<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="e"><v>#REF!</v></c><c r="C4" t="str"><v>a &amp;lt; b</v></c><c r="D4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="E4" t="b"><f>TRUE()</f><v>0</v></c></row>' +
            '<row r="5"><c r="A5" s="0"><v>7</v></c><c r="B5"><f t="shared" ref="B5:B6" si="0">A5*2</f><v>14</v></c><c r="C5"><f>A5/0</f><v></v></c><c r="D5" t="e"><f>NA()</f><v>#N/A</v></c><c r="E5"><f>A5-7</f><v>0</v></c></row>' +
            '<row r="6"><c r="B6"><f t="shared" si="0"/><v>16</v></c><c r="C6" t="s"><v>3</v></c></row>' +
            '<row r="8" spans="1:3"/>' +
            '<row r="9"><c r="A9" t="s"><v>4</v></c><c r="C9"><v>-1.5E+3</v></c></row>' +
            '</sheetData><mergeCells count="2"><mergeCell ref="C9:D10"/><mergeCell ref="A12:B12"/></mergeCells>',
        },
        {
          nama: 'Tersembunyi',
          state: 'veryHidden',
          isi: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>',
        },
        { nama: 'Kosong', isi: '<sheetData/>' },
      ],
      [
        '<t>Kode</t>',
        '<t xml:space="preserve">  Uraian\r\nbaris  </t>',
        '<r><rPr><b/></rPr><t>Tebal</t></r><r><t xml:space="preserve"> biasa_x000A_</t></r>',
        '<t>Dengan fonetik</t><rPh sb="0" eb="1"><t>ふ</t></rPh><phoneticPr fontId="1"/>',
        '<t/>',
      ],
      [
        '<xf numFmtId="9"/>',
        '<xf numFmtId="10"/>',
        '<xf numFmtId="164"/>',
        '<xf numFmtId="4"/>',
        '<xf numFmtId="165"/>',
      ],
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;"/><numFmt numFmtId="165" formatCode="[Red]0.000%"/></numFmts>',
    );
    await sama(isi);
  });

  it('leaves dates and hyperlinks to ExcelJS, which reads them as before', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Realisasi');
    ws.addRow(['Kode', 'Permasalahan']);
    ws.addRow(['1.02.02.2.01.0001', new Date(Date.UTC(2026, 2, 12))]);
    ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    const tanggal = Buffer.from(await wb.xlsx.writeBuffer());
    expect(alasanLewat(tanggal)).toBe('tanggal');
    expect((await bacaXlsx(tanggal)).lembar[0]!.baris[1]).toEqual(['1.02.02.2.01.0001', '12/03/2026']);

    ws.getCell('A3').value = { text: 'situs', hyperlink: 'https://example.org' };
    ws.getCell('B2').value = 'bukan tanggal';
    const tautan = Buffer.from(await wb.xlsx.writeBuffer());
    expect(alasanLewat(tautan)).toMatch(/hyperlink/);
    expect(await bacaXlsx(tautan)).toEqual(await bacaXlsxExcelJs(tautan));
  });
});
