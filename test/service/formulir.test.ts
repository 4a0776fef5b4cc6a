// The Formulir OPD as a spreadsheet program shows and prints it, and as the OPD return it after filling it in.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_XLSX } from '../../src/main/ekspor/formatAngka';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohDomain, TAHUN } from '../helpers/renja';

const CATATAN =
  'Pekerjaan rehab gudang tertunda karena lelang ulang; penyedia baru ditetapkan akhir Mei dan kontrak ditandatangani awal Juni, sehingga progres fisik tertinggal dari rencana.';

describe('Formulir OPD', () => {
  let t: TempBackend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeEach(async () => {
    t = await tempBackend();
    ids = await buatContohDomain(t.b);
    await t.b.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [
        { subKegiatanId: ids.a.id, realisasiFisik: 63.22, realisasiKeuangan: 249_200_000, permasalahan: CATATAN },
      ],
    });
  });
  afterEach(() => t.dispose());

  const formulir = async () => {
    const f = await t.b.call('ekspor.formulir', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    const isi = Buffer.from(f.base64, 'base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(isi as unknown as ArrayBuffer);
    return { f, isi, wb, ws: wb.getWorksheet('Formulir Realisasi')! };
  };

  it('uses explicit number formats (not the built-in ones LibreOffice localises wrongly) and tall rows for long notes', async () => {
    const { isi, ws } = await formulir();
    const baris = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === '3.27.02.2.01.0001')!;
    expect(baris.getCell(4).numFmt).toBe(FORMAT_XLSX.uang);
    expect(baris.getCell(5).numFmt).toBe(FORMAT_XLSX.persen);
    expect(baris.getCell(9).numFmt).toBe(FORMAT_XLSX.persen);
    expect(baris.getCell(10).numFmt).toBe(FORMAT_XLSX.uang);
    const styles = await (await JSZip.loadAsync(isi)).file('xl/styles.xml')!.async('string');
    expect(styles).toContain(`formatCode="${FORMAT_XLSX.uang}"`);
    expect(styles).toContain(`formatCode="${FORMAT_XLSX.persen}"`);
    // The note takes five lines of its 36-wide column: the row is five lines high, so printing does not overlap.
    expect(baris.height).toBe(75);
    const pendek = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === '3.27.02.2.01.0002')!;
    expect(pendek.height).toBeUndefined();
  });

  it('locks the sheet but the yellow cells, checks realisation against 0-100 and the pagu, and hides its metadata', async () => {
    const { wb, ws } = await formulir();
    const ke = (kode: string) => ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === kode)!;
    const a = ke('3.27.02.2.01.0001');
    const b = ke('3.27.02.2.01.0002');
    expect(a.getCell(2).value).toBe('Pengawasan Pupuk Bersubsidi (A)');
    expect(a.getCell(9).value).toBe(63.22);
    expect(a.getCell(10).value).toBe(249_200_000);
    expect(a.getCell(12).value).toBe(CATATAN);
    for (let k = 1; k <= 13; k++) {
      expect(a.getCell(k).protection?.locked, `kolom ${k}`).toBe(k >= 9 ? false : undefined);
      expect((a.getCell(k).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb, `kolom ${k}`).toBe(
        k >= 9 ? 'FFFFF2CC' : undefined,
      );
    }
    // ExcelJS's model says what the lock allows: widening columns and rows stays allowed.
    expect((ws as unknown as { sheetProtection: object }).sheetProtection).toMatchObject({
      sheet: true,
      formatColumns: true,
      formatRows: true,
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 6 });
    expect(ws.getCell('A4').isMerged && ws.getCell('H4').master.address).toBe('A4');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 13 });
    expect(ws.getColumn(2).width).toBe(48);
    const dv = (c: ExcelJS.Cell) => c.dataValidation as ExcelJS.DataValidation;
    for (const r of [a, b]) expect(dv(r.getCell(9))).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(dv(a.getCell(10))).toMatchObject({ type: 'decimal', formulae: [0, 400_000_000] });
    expect(dv(a.getCell(10)).error).toBe('Realisasi keuangan tidak boleh negatif atau melebihi pagu');
    const program = ke('3.27.02');
    expect(program.getCell(1).font).toMatchObject({ bold: true });
    expect(ke('3.27.02.2.01').getCell(2).font).toMatchObject({ italic: true });
    const meta = wb.getWorksheet('_sinergi')!;
    expect(meta.state).toBe('veryHidden');
    expect(JSON.parse(meta.getCell('A1').value as string)).toMatchObject({
      jenis: 'formulir-realisasi',
      tahun: TAHUN,
      bulan: 6,
    });
  });

  it('imports what a spreadsheet program saves: text numbers, formulas with their result, a cleared note', async () => {
    const { f, wb, ws } = await formulir();
    const baris = (kode: string) => ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === kode)!;
    // As LibreOffice Calc saved it under id-ID after an OPD typed into the yellow cells.
    baris('3.27.02.2.01.0001').getCell(9).value = '70,5';
    baris('3.27.02.2.01.0001').getCell(10).value = 300_000_000;
    baris('3.27.02.2.01.0001').getCell(11).value = '1.500';
    baris('3.27.02.2.01.0001').getCell(12).value = null;
    baris('3.27.02.2.01.0002').getCell(9).value = { formula: '40+5', result: 45 };
    baris('3.27.02.2.01.0002').getCell(10).value = 55_000_000.5;
    baris('3.27.02.2.01.0002').getCell(13).value = 'Koordinasi dengan penyedia';
    const input = {
      jenis: 'realisasi' as const,
      namaBerkas: f.namaBerkas,
      base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
      tahun: TAHUN,
      opdId: ids.opd.id,
      bulan: 6,
    };
    const p = await t.b.call('impor.pratinjau', input);
    expect(p.masalah).toEqual([]);
    await t.b.call('impor.terapkan', input);
    const l = await t.b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(
      l.baris.map((x) => [x.realisasiFisik, x.realisasiKeuangan, x.indikator?.realisasi ?? null, x.permasalahan]),
    ).toEqual([
      [70.5, 300_000_000, 1500, ''],
      [45, 55_000_000.5, null, ''],
    ]);
    expect(l.baris[1]!.tindakLanjut).toBe('Koordinasi dengan penyedia');
  });
});
