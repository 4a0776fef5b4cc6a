// An .xlsx written row by row with ExcelJS's streaming writer: each committed row leaves memory at once, so a
// regency's tens of thousands of rows never sit in an in-memory workbook (which held over 1 GB at 4x the bench).
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PengaturanHalaman } from '../../shared/api/pengaturan';

export type BukuKerjaAliran = ExcelJS.stream.xlsx.WorkbookWriter;
/** Commits a row: it is written out and can no longer change, nor can any row before it. */
export type KomitBaris = (row: ExcelJS.Row) => void;

/**
 * ExcelJS gives every cell its own style object and then, per cell, serialises it to find its entry in the style
 * table, unless it has seen that very object before: most of the writer's time. Cells whose style is made of the same
 * parts (the column's number format, the row's font object...) are pointed at one shared object, so each cell keeps
 * its style and the table finds it by identity. Parts are compared by identity, which is cheap and never merges two
 * styles that differ; equal parts built separately merely miss the sharing.
 */
function komitDenganGayaBersama(): KomitBaris {
  type Simpul = Map<unknown, Simpul> & { gaya?: Partial<ExcelJS.Style> };
  const akar: Simpul = new Map();
  return (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const g = cell.style;
      let simpul = akar;
      for (const bagian of [g.numFmt, g.font, g.alignment, g.border, g.fill, g.protection]) {
        let lanjut = simpul.get(bagian);
        if (!lanjut) simpul.set(bagian, (lanjut = new Map()));
        simpul = lanjut;
      }
      if (simpul.gaya) cell.style = simpul.gaya;
      else simpul.gaya = g;
    });
    row.commit();
  };
}

/**
 * Runs `isi` on a streaming workbook and returns the file. `isi` commits each row with `komit` once written and
 * each worksheet (`ws.commit()`) once done.
 */
export async function tulisBukuKerja(
  isi: (wb: BukuKerjaAliran, komit: KomitBaris) => Promise<void> | void,
): Promise<Buffer> {
  const potongan: Buffer[] = [];
  const tujuan = new Writable({
    write(chunk: Buffer, _encoding, selesai) {
      potongan.push(chunk);
      selesai();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: tujuan, useStyles: true, useSharedStrings: true });
  wb.creator = 'Sinergi';
  await isi(wb, komitDenganGayaBersama());
  await wb.commit();
  return Buffer.concat(potongan);
}

/** Centimetres to Excel's page-margin inches. */
const inci = (cm: number) => Math.round((cm / 2.54) * 100) / 100;

/**
 * Landscape, one page wide and as many long as needed, on the regency's paper (Excel's code 14 is Folio, F4) between
 * its margins, as the report's landscape annex: the same sides, so the sheet and the document bind alike.
 */
export function halamanCetak(halaman: PengaturanHalaman): Partial<ExcelJS.PageSetup> {
  return {
    orientation: 'landscape',
    // ExcelJS's enum lacks Folio; the file format takes any of Excel's codes.
    paperSize: (halaman.ukuranKertas === 'F4' ? 14 : 9) as unknown as ExcelJS.PaperSize,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: {
      left: inci(halaman.marginKiri),
      right: inci(halaman.marginKanan),
      top: inci(halaman.marginAtas),
      bottom: inci(halaman.marginBawah),
      header: 0.3,
      footer: 0.3,
    },
  };
}

/**
 * The same page as a worksheet's XML, for a sheet written as XML (the Formulir OPD): its margins, then its paper and
 * orientation, in the order the schema puts them at the end of a worksheet.
 */
export function xmlHalamanCetak(halaman: PengaturanHalaman): string {
  const { margins: m, paperSize } = halamanCetak(halaman);
  return (
    `<pageMargins left="${m!.left}" right="${m!.right}" top="${m!.top}" bottom="${m!.bottom}" header="${m!.header}" ` +
    `footer="${m!.footer}"/><pageSetup paperSize="${Number(paperSize)}" orientation="landscape" fitToWidth="1" ` +
    'fitToHeight="0"/>'
  );
}

/** Rows printed again at the top of every page, per sheet (0-based, in the order the sheets were added). */
export function judulCetak(wb: BukuKerjaAliran, judul: { lembar: number; baris: [number, number] }[]): void {
  // The streaming writer does not turn pageSetup.printTitlesRow into the workbook's defined name, as the in-memory
  // one does; it writes whatever model its defined names give, so the names are set there, with their sheet.
  const nama = judul.map((j) => {
    const ws = (wb as unknown as { _worksheets: ({ name: string } | undefined)[] })._worksheets.filter(Boolean)[
      j.lembar
    ]!;
    return {
      name: '_xlnm.Print_Titles',
      localSheetId: j.lembar,
      ranges: [`'${ws.name}'!$${j.baris[0]}:$${j.baris[1]}`],
    };
  });
  Object.defineProperty(wb.definedNames, 'model', { get: () => nama });
}
