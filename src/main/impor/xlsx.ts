// .xlsx into sheets of plain cells: merged cells, hidden rows and sheets, formulas without a saved result, dates as shown.
import ExcelJS from 'exceljs';
import { NAMA_BULAN } from '../../shared/format';
import { DitolakError } from '../errors';
import { NAMA_LEMBAR_META, rapikan, type Buku, type LembarBaca, type Sel } from './baca';
import { bacaXlsxCepat } from './xlsxCepat';

const dua = (n: number) => String(n).padStart(2, '0');

/**
 * A date the way the sheet shows it: Excel turns "12/03/2026" typed into a Permasalahan cell into a date, and the
 * import keeps the text the OPD saw. ExcelJS gives dates as UTC midnight of the shown day.
 */
export function tanggalSepertiTampil(d: Date, numFmt: string | undefined): string {
  const fmt = (numFmt ?? '').toLowerCase().replace(/\[[^\]]*\]|;.*$|\\|"/g, '');
  const t = {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    i: d.getUTCMinutes(),
  };
  const jam = t.h !== 0 || t.i !== 0 ? ` ${dua(t.h)}.${dua(t.i)}` : '';
  // General, Excel's built-in short date (shown in the reader's locale) or anything unusual: the Indonesian short date.
  if (!/[dmy]/.test(fmt) || fmt === 'mm-dd-yy') return `${dua(t.d)}/${dua(t.m)}/${t.y}${jam}`;
  return fmt.replace(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|am\/pm/g, (k) => {
    switch (k) {
      case 'yyyy':
        return String(t.y);
      case 'yy':
        return dua(t.y % 100);
      case 'mmmm':
        return NAMA_BULAN[t.m - 1]!;
      case 'mmm':
        return NAMA_BULAN[t.m - 1]!.slice(0, 3);
      case 'mm':
        return dua(t.m);
      case 'm':
        return String(t.m);
      case 'dd':
        return dua(t.d);
      case 'd':
        return String(t.d);
      case 'hh':
        return dua(t.h);
      case 'h':
        return String(t.h);
      default:
        return '';
    }
  });
}

function persenAtauAngka(n: number, cell: ExcelJS.Cell): Sel {
  return cell.numFmt?.includes('%') ? { persen: n * 100 } : n;
}

function nilaiSel(cell: ExcelJS.Cell): Sel {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return persenAtauAngka(v, cell);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
  if (v instanceof Date) return tanggalSepertiTampil(v, cell.numFmt);
  if ('error' in v) return { galat: `berisi galat ${String(v.error)}` };
  if ('formula' in v || 'sharedFormula' in v) {
    // The cell's own result: the copy ExcelJS hands out as `value` drops a result of 0 or FALSE, and a formula
    // summing to 0 was refused as saved without its result.
    const r: unknown = cell.result;
    if (r === undefined || r === null)
      return { galat: 'berisi rumus yang tersimpan tanpa hasilnya (buka dan simpan ulang berkas di Excel)' };
    if (typeof r === 'number') return persenAtauAngka(r, cell);
    if (r instanceof Date) return tanggalSepertiTampil(r, cell.numFmt);
    if (typeof r === 'object' && 'error' in r) return { galat: `berisi rumus dengan hasil galat ${String(r.error)}` };
    return typeof r === 'boolean' ? (r ? 'ya' : 'tidak') : String(r as string);
  }
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return String(v.text);
  return String(cell.text);
}

function bacaLembar(ws: ExcelJS.Worksheet): LembarBaca {
  const baris: Sel[][] = [];
  const barisTersembunyi = new Set<number>();
  const gabung = new Map<string, [number, number]>();
  ws.eachRow({ includeEmpty: true }, (row, nomor) => {
    const r = nomor - 1;
    while (baris.length < r) baris.push([]);
    const sel: Sel[] = [];
    row.eachCell((cell, c) => {
      while (sel.length < c - 1) sel.push(null);
      if (cell.type === ExcelJS.ValueType.Merge) {
        // ExcelJS hands every merged cell the top-left value; only that one holds it.
        gabung.set(`${r},${c - 1}`, [Number(cell.master.row) - 1, Number(cell.master.col) - 1]);
        sel.push(null);
      } else sel.push(nilaiSel(cell));
    });
    if (row.hidden) barisTersembunyi.add(r);
    baris.push(sel);
  });
  return {
    nama: ws.name,
    baris: rapikan(ws.name, baris),
    barisTersembunyi,
    gabung,
    tersembunyi: ws.state !== 'visible',
  };
}

/** A workbook's sheets as plain cells: the fast reader where it reads the file (xlsxCepat.ts), else ExcelJS. */
export async function bacaXlsx(isi: Buffer): Promise<Buku> {
  return bacaXlsxCepat(isi) ?? bacaXlsxExcelJs(isi);
}

/** The same through ExcelJS, which reads every file; the fast reader is held to it (impor-xlsx-cepat test). */
export async function bacaXlsxExcelJs(isi: Buffer): Promise<Buku> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(isi as unknown as ArrayBuffer);
  } catch {
    throw new DitolakError(
      'Berkas bukan buku kerja .xlsx yang sah atau rusak; buka di Excel lalu simpan ulang sebagai "Excel Workbook (.xlsx)"',
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
  const lembar = wb.worksheets.filter((w) => w.name !== NAMA_LEMBAR_META).map(bacaLembar);
  if (lembar.length === 0) throw new DitolakError('Berkas tidak memiliki lembar kerja');
  return { lembar, meta, pengodean: null };
}
