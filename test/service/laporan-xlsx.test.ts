// The report's .xlsx against its DOCX on the sample regency, cell by cell: the recap with its Jumlah row and every
// E.81 row of every OPD (Renstra columns, sasaran, quarters), and the sheets set up to print.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNilai, KOLOM_REKAP } from '../../src/main/laporan/rekap';
import { juta, nilaiK } from '../../src/main/laporan/tabelE81Xml';
import { formatAngka } from '../../src/shared/format';
import { NAMA_PENILAIAN } from '../../src/shared/monev/rules';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { barisTabel, pisahKode } from '../helpers/docx';

const KUNCI = { triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;

const dekode = (s: string) =>
  s.replace(/&(amp|lt|gt);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>' })[e as 'amp']);

/** A paragraph's text with its line breaks (one line per indicator). */
const teksParagraf = (p: string) =>
  [...p.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map(([m, t]) => (m === '<w:br/>' ? '\n' : dekode(t!)))
    .join('');

/**
 * Body rows of the E.81 table as the DOCX prints them, the code before a name read as a cell of its own: not its
 * header, nor each OPD's band and summary (the sheet has the band as a merged title row and the summary not at all).
 */
function barisE81Docx(xml: string): string[][] {
  const tabel = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map(([x]) => x)
    .filter((x) => x.includes('Realisasi Kinerja pada Triwulan'));
  return tabel.flatMap((tbl) =>
    [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)]
      .map(([tr]) => tr)
      .filter((tr) => !tr.includes('<w:tblHeader/>') && !tr.includes('<w:gridSpan w:val="13"/>'))
      .filter((tr) => !tr.includes('<w:gridSpan w:val="17"/>'))
      .map((tr) =>
        [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].flatMap(([tc]) => {
          const kode = pisahKode(tc);
          const paragraf = [...(kode?.[1] ?? tc).matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([p]) => teksParagraf(p));
          return kode ? [kode[0], ...paragraf] : paragraf;
        }),
      ),
  );
}

// Columns of the E.81 sheet (0-based) by how the DOCX prints them.
const KOLOM_K = new Set([5, 7, 9, 11, 13, 15, 17, 19, 23]);
const KOLOM_RP = new Set([6, 8, 10, 12, 14, 16, 18, 20, 24]);
const KOLOM_PERSEN = new Set([21, 22, 25, 26]);

function sepertiDocx(v: unknown, j: number): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number') return String(v);
  if (KOLOM_K.has(j)) return nilaiK(v);
  if (KOLOM_RP.has(j)) return juta(v);
  if (KOLOM_PERSEN.has(j)) return formatAngka(v, 2);
  return String(v);
}

const nilaiBaris = (row: ExcelJS.Row, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const v = row.getCell(i + 1).value;
    return v === null || v === undefined ? null : v;
  });

describe('the report .xlsx equals its DOCX', () => {
  let t: TempBackend;
  let docxXml: string;
  let wb: ExcelJS.Workbook;
  let xlsxZip: JSZip;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    const tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
    const docx = await t.b.call('laporan.buat', { tahun, ...KUNCI, jenis: 'lengkap' });
    docxXml = await (
      await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'))
    )
      .file('word/document.xml')!
      .async('string');
    const xlsx = Buffer.from((await t.b.call('laporan.eksporXlsx', { tahun, ...KUNCI })).base64, 'base64');
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as never);
    xlsxZip = await JSZip.loadAsync(xlsx);
  }, 90_000);
  afterAll(() => t.dispose());

  it('has every E.81 row of the DOCX with the same value in every column', () => {
    const ws = wb.getWorksheet('Evaluasi Renja (E.81)')!;
    const xlsx: string[][] = [];
    for (let r = 8; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      // The OPD's title row, merged across the sheet, stands where the DOCX has the table's title paragraphs.
      if (row.getCell(2).isMerged && row.getCell(1).isMerged) continue;
      const nilai = nilaiBaris(row, 29).map(sepertiDocx);
      // The DOCX's Jumlah spans the first four columns (No to Indikator).
      xlsx.push(nilai[0] === 'Jumlah' ? [nilai[0], ...nilai.slice(5)] : nilai);
    }
    const docx = barisE81Docx(docxXml);
    expect(xlsx.length).toBeGreaterThan(1000);
    expect(xlsx.length).toBe(docx.length);
    let renstra = 0;
    for (const [i, d] of docx.entries()) {
      expect(xlsx[i], `baris ${i + 1}: ${d[2]}`).toEqual(d);
      if (d[0] !== 'Jumlah' && d[23] !== '-') renstra++;
    }
    // Columns 14 and 15 carry Renstra figures (they were "-" in the .xlsx).
    expect(renstra).toBeGreaterThan(10);
  });

  it("has each OPD's band and summary as the DOCX prints them, in the same order", () => {
    const ws = wb.getWorksheet('Evaluasi Renja (E.81)')!;
    const xlsx: string[] = [];
    for (let r = 8; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (row.getCell(2).isMerged && row.getCell(1).isMerged) xlsx.push(String(row.getCell(1).value));
    }
    const tbl = [...docxXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([x]) => x)
      .find((x) => x.includes('Realisasi Kinerja pada Triwulan'))!;
    // The band spans the 17 columns; the summary is two cells side by side, read left then right.
    const docx = [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)]
      .map(([tr]) => tr)
      .filter((tr) => tr.includes('<w:gridSpan w:val="17"/>') || tr.includes('<w:gridSpan w:val="13"/>'))
      .map((tr) => [...tr.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([p]) => teksParagraf(p)).join('\n'));
    expect(docx.length).toBeGreaterThan(60);
    expect(xlsx).toEqual(docx);
    expect(xlsx[0]).toMatch(
      /^RENJA .*\nIndikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: /,
    );
    expect(xlsx[1]).toMatch(/^Rata-rata capaian kinerja \(%\): [\d,]+; Predikat Kinerja: /);
  });

  it('has the recap of Lampiran I with its Jumlah row', () => {
    const ws = wb.getWorksheet('Rekap OPD')!;
    const xlsx: string[][] = [];
    for (let r = 5; r <= ws.rowCount; r++) {
      const nilai = nilaiBaris(ws.getRow(r), KOLOM_REKAP.length).map((v, j) =>
        formatNilai(v as string | number | null, KOLOM_REKAP[j]!.jenis),
      );
      xlsx.push(nilai[0] === 'Jumlah' ? [nilai[0], ...nilai.slice(2)] : nilai);
    }
    const tabel = [...docxXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].find(([x]) => x.includes(NAMA_PENILAIAN.fisik))!;
    const docx = barisTabel(tabel[0]).slice(1);
    expect(xlsx.at(-1)![0]).toBe('Jumlah');
    expect(xlsx).toEqual(docx);
  });

  it("keeps each cell's style: the level's bold and indent, the column's number format, the data cells' wrap", () => {
    const ws = wb.getWorksheet('Evaluasi Renja (E.81)')!;
    const tingkat = new Map<string, ExcelJS.Row>();
    for (let r = 8; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const kode = String(row.getCell(3).value ?? '');
      const segmen = kode.split('.').length;
      const t = segmen === 3 ? 'program' : segmen === 5 ? 'kegiatan' : segmen > 5 ? 'subKegiatan' : '';
      if (t && !tingkat.has(t)) tingkat.set(t, row);
    }
    expect([...tingkat.keys()].sort()).toEqual(['kegiatan', 'program', 'subKegiatan']);
    for (const [t, row] of tingkat) {
      const tebal = t !== 'subKegiatan';
      // Every cell of the row, empty ones too, carries the row's font and its column's number format.
      for (let c = 1; c <= 29; c++) expect(Boolean(row.getCell(c).font?.bold), `${t} kolom ${c}`).toBe(tebal);
      expect(row.getCell(4).alignment).toEqual({
        wrapText: true,
        vertical: 'top',
        ...(t === 'program' ? {} : { indent: t === 'kegiatan' ? 1 : 2 }),
      });
      expect(row.getCell(10).numFmt).toBe('#,##0.##');
      expect(row.getCell(11).numFmt).toBe('#,##0.00');
      expect(row.getCell(23).numFmt).toBe('0.00');
      expect(row.getCell(19).numFmt).toBe('#,##0.00');
      expect(row.getCell(3).numFmt).toBeUndefined();
    }
    const rekap = wb.getWorksheet('Rekap OPD')!.getRow(5);
    for (const [j, k] of KOLOM_REKAP.entries()) {
      const c = rekap.getCell(j + 1);
      expect(c.alignment, k.judul).toEqual({ wrapText: true, vertical: 'top' });
      expect(c.numFmt, k.judul).toBe(
        { teks: undefined, uang: '#,##0.00', persen: '0.00', poin: '+0.00;-0.00;0.00', bilangan: '0' }[k.jenis],
      );
    }
  });

  it('prints each sheet landscape, one page wide, with its header rows repeated and frozen', async () => {
    const workbook = await xlsxZip.file('xl/workbook.xml')!.async('string');
    const lembar = await Promise.all(
      [1, 2, 3].map((n) => xlsxZip.file(`xl/worksheets/sheet${n}.xml`)!.async('string')),
    );
    for (const x of lembar) {
      expect(x).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      expect(x).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
      expect(x).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
      expect(x).toMatch(/<sheetPr[^>]*>[\s\S]*?<pageSetUpPr fitToPage="1"/);
      expect(x).toMatch(/<pane [^>]*state="frozen"/);
    }
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Rekap OPD&apos;!$4:$4</definedName>`,
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Evaluasi Renja (E.81)&apos;!$4:$7</definedName>`,
    );
  });
});
