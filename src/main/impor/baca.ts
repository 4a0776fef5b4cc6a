// Reads an .xlsx or .csv into sheets of plain cells, so the rest of the import never sees a file format.
import { formatAngka } from '../../shared/format';
import { parseTerpisah } from '../../shared/tsv';
import { DitolakError } from '../errors';
import { bacaXlsx } from './xlsx';

/**
 * A cell as read: text, a number, a number Excel shows as a percentage (0,455 shown as 45,5%), or a cell that has no
 * usable value (a formula saved without its result, an error such as #REF!), which is a problem only where it is read.
 */
export type Sel = string | number | { persen: number } | { galat: string } | null;

export interface LembarBaca {
  nama: string;
  baris: Sel[][];
  /** 0-based indexes of rows hidden in the spreadsheet. */
  barisTersembunyi: Set<number>;
  /** Every merged cell except the top-left one that holds the value: "row,col" -> [row, col] of that one, 0-based. */
  gabung: Map<string, [number, number]>;
  /** Hidden or very hidden sheet. */
  tersembunyi: boolean;
}

export interface Buku {
  lembar: LembarBaca[];
  /** Metadata a Formulir OPD carries in its hidden sheet, if any. */
  meta: Record<string, unknown> | null;
  /** How a CSV's bytes were decoded, for the preview; null for .xlsx. */
  pengodean: string | null;
}

export const NAMA_LEMBAR_META = '_sinergi';

/** A regency's full Renja is about 15,000 rows; far more is a wrong file (or a sheet formatted to the last row). */
export const BATAS_BARIS = 50_000;

export function kosong(v: Sel | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Drops trailing empty rows and refuses a sheet with more filled rows than an import can sensibly hold. */
export function rapikan(nama: string, baris: Sel[][]): Sel[][] {
  let akhir = baris.length;
  while (akhir > 0 && baris[akhir - 1]!.every(kosong)) akhir--;
  const terisi = baris.slice(0, akhir).filter((r) => !r.every(kosong)).length;
  if (terisi > BATAS_BARIS) {
    throw new DitolakError(
      `Lembar "${nama}" berisi ${formatAngka(terisi)} baris terisi; satu impor paling banyak ${formatAngka(BATAS_BARIS)} baris. Pisahkan berkas, mis. satu berkas per OPD, lalu impor satu per satu`,
    );
  }
  return baris.slice(0, akhir);
}

/** BOM first; then UTF-8 if the bytes are valid UTF-8; else Windows-1252, what Excel's "CSV" writes on Windows. */
export function dekodeTeks(isi: Buffer): { teks: string; pengodean: string } {
  if (isi[0] === 0xef && isi[1] === 0xbb && isi[2] === 0xbf)
    return { teks: isi.subarray(3).toString('utf8'), pengodean: 'UTF-8 (BOM)' };
  if (isi[0] === 0xff && isi[1] === 0xfe)
    return { teks: new TextDecoder('utf-16le').decode(isi.subarray(2)), pengodean: 'UTF-16 (BOM)' };
  try {
    return { teks: new TextDecoder('utf-8', { fatal: true }).decode(isi), pengodean: 'UTF-8' };
  } catch {
    return { teks: new TextDecoder('windows-1252').decode(isi), pengodean: 'Windows-1252' };
  }
}

/** CSV as Indonesian Excel writes it (semicolons), as SIPD tools do (commas) or as "Unicode text" (tabs). */
function bacaCsv(namaBerkas: string, isi: Buffer): Buku {
  const { teks, pengodean } = dekodeTeks(isi);
  // Title lines above the table have no separators: judge by the line that has the most.
  const contoh = teks.split(/\r?\n/, 40);
  const pemisah = [';', '\t', ','].reduce((a, b) => {
    const paling = (s: string) => Math.max(0, ...contoh.map((l) => l.split(s).length));
    return paling(b) > paling(a) ? b : a;
  });
  const nama = namaBerkas.replace(/\.csv$/i, '');
  const baris = rapikan(
    nama,
    parseTerpisah(teks, pemisah).map((r) => r.map((c) => (c === '' ? null : c))),
  );
  return {
    lembar: [{ nama, baris, barisTersembunyi: new Set(), gabung: new Map(), tersembunyi: false }],
    meta: null,
    pengodean,
  };
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE compound file: an encrypted (password-protected) .xlsx, or an old .xls. */
function tolakCfb(isi: Buffer): never {
  if (isi.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    throw new DitolakError(
      'Berkas dilindungi kata sandi, sehingga isinya tidak dapat dibaca: buka di Excel, hapus kata sandinya (File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu impor lagi',
    );
  }
  throw new DitolakError(
    'Berkas ini .xls lama (Excel 97-2003) yang diganti namanya: buka di Excel lalu simpan sebagai "Excel Workbook (.xlsx)"',
  );
}

export async function bacaBerkas(namaBerkas: string, isi: Buffer): Promise<Buku> {
  if (/\.csv$/i.test(namaBerkas)) return bacaCsv(namaBerkas, isi);
  if (isi.subarray(0, 8).equals(CFB)) tolakCfb(isi);
  // .xlsx is a zip: PK\x03\x04. Anything else (a PDF, a CSV renamed) is refused before parsing.
  if (isi.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
    throw new DitolakError(
      'Berkas bukan buku kerja .xlsx (mungkin berkas lain yang diganti namanya); buka di Excel lalu simpan sebagai "Excel Workbook (.xlsx)"',
    );
  }
  // Zip entry names are stored as plain text: a Word document or a zip of something else is named, not misread.
  if (!isi.includes('xl/workbook.xml')) {
    throw new DitolakError(
      isi.includes('word/document.xml')
        ? 'Berkas ini dokumen Word (.docx) yang diberi nama .xlsx, bukan buku kerja Excel'
        : 'Berkas bukan buku kerja .xlsx (isinya arsip zip lain atau berkas rusak); buka di Excel lalu simpan sebagai "Excel Workbook (.xlsx)"',
    );
  }
  return bacaXlsx(isi);
}
