// Reads an .xlsx or .csv into plain rows of cells, so the rest of the import never sees a file format.
import ExcelJS from 'exceljs';
import { parseTerpisah } from '../../shared/tsv';
import { DitolakError } from '../errors';

/** A cell as read: text, a number, or a number Excel shows as a percentage (0,455 shown as 45,5%). */
export type Sel = string | number | { persen: number } | null;

export interface Lembar {
  baris: Sel[][];
  /** Metadata a Formulir OPD carries in its hidden sheet, if any. */
  meta: Record<string, unknown> | null;
}

export const NAMA_LEMBAR_META = '_sinergi';

function nilaiSel(cell: ExcelJS.Cell): Sel {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return cell.numFmt?.includes('%') ? { persen: v * 100 } : v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) {
      const r = v.result;
      if (typeof r === 'number') return cell.numFmt?.includes('%') ? { persen: r * 100 } : r;
      return r === undefined || r === null ? null : String(r as string);
    }
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
  }
  return String(cell.text);
}

async function bacaXlsx(isi: Buffer): Promise<Lembar> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(isi as unknown as ArrayBuffer);
  } catch {
    throw new DitolakError(
      'Berkas bukan .xlsx yang sah atau rusak; simpan ulang dari Excel sebagai "Excel Workbook (.xlsx)"',
    );
  }
  const metaSheet = wb.getWorksheet(NAMA_LEMBAR_META);
  let meta: Record<string, unknown> | null = null;
  const metaText = metaSheet?.getCell('A1').value;
  if (typeof metaText === 'string') {
    try {
      meta = JSON.parse(metaText) as Record<string, unknown>;
    } catch {
      meta = null;
    }
  }
  const sheet = wb.worksheets.find((w) => w.name !== NAMA_LEMBAR_META && w.state === 'visible');
  if (!sheet) throw new DitolakError('Berkas tidak memiliki lembar kerja yang berisi data');
  // columnCount walks every row each time it is read: take it once.
  const lebar = sheet.columnCount;
  const baris: Sel[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const sel: Sel[] = [];
    for (let c = 1; c <= lebar; c++) sel.push(nilaiSel(row.getCell(c)));
    baris.push(sel);
  });
  return { baris, meta };
}

/** CSV as Indonesian Excel writes it (semicolons) or as SIPD tools do (commas). */
function bacaCsv(isi: Buffer): Lembar {
  const teks = isi.toString('utf8').replace(/^\uFEFF/, '');
  const barisPertama = teks.split(/\r?\n/, 1)[0] ?? '';
  const pemisah = [';', '\t', ','].reduce((a, b) =>
    barisPertama.split(b).length > barisPertama.split(a).length ? b : a,
  );
  return { baris: parseTerpisah(teks, pemisah).map((r) => r.map((c) => (c === '' ? null : c))), meta: null };
}

export async function bacaBerkas(namaBerkas: string, isi: Buffer): Promise<Lembar> {
  if (/\.csv$/i.test(namaBerkas)) return bacaCsv(isi);
  // .xlsx is a zip: PK\x03\x04. Anything else (an old .xls renamed, a PDF) is refused before parsing.
  if (isi.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
    throw new DitolakError(
      'Berkas bukan .xlsx (mungkin .xls lama atau berkas lain yang diganti namanya); simpan ulang sebagai .xlsx',
    );
  }
  return bacaXlsx(isi);
}
