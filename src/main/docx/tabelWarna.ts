// A ruled table whose cells may carry their own fill, bold text or white text (status colours, subtotal rows), with a
// header row repeated on every page. For tables of tens of rows; thousands of rows need a faster writer.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { mm } from './halaman';
import { lebarKolomMuat } from '../../shared/ukurTeks';

export interface KolomWarna {
  judul: string;
  bobot: number;
  rata?: 'kiri' | 'tengah' | 'kanan';
}

export interface SelWarna {
  teks: string;
  /** Hex fill without '#'. */
  isi?: string;
  tebal?: boolean;
  putih?: boolean;
  span?: number;
}

export type IsiSel = string | SelWarna;

const GARIS = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** Left and right cell margin. */
export const MARGIN_SEL_WARNA = mm(1);
/** Top and bottom cell margin. */
export const MARGIN_TEGAK_WARNA = mm(0.3);
const RATA = { kiri: AlignmentType.LEFT, tengah: AlignmentType.CENTER, kanan: AlignmentType.RIGHT } as const;

function selDocx(s: SelWarna, lebar: number, rata: keyof typeof RATA, ukuranHuruf: number): TableCell {
  return new TableCell({
    columnSpan: s.span,
    width: { size: lebar, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    shading: s.isi ? { fill: s.isi, type: 'clear', color: 'auto' } : undefined,
    margins: { left: MARGIN_SEL_WARNA, right: MARGIN_SEL_WARNA, top: MARGIN_TEGAK_WARNA, bottom: MARGIN_TEGAK_WARNA },
    children: [
      new Paragraph({
        alignment: RATA[rata],
        // The paragraph mark in the cell's size too: in the document's 12 pt it made every row a 12 pt line high.
        run: { size: ukuranHuruf },
        children: s.teks.split('\n').map(
          (t, i) =>
            new TextRun({
              text: t,
              bold: s.tebal,
              color: s.putih ? 'FFFFFF' : undefined,
              size: ukuranHuruf,
              break: i > 0 ? 1 : undefined,
            }),
        ),
      }),
    ],
  });
}

export interface OpsiTabelWarna {
  lebar: number;
  kolom: KolomWarna[];
  baris: IsiSel[][];
  /** Half-points; 16 = 8 pt. */
  ukuranHuruf?: number;
}

/** Half-points of the table when the caller does not say (8 pt). */
export const UKURAN_TABEL_WARNA = 16;

/**
 * The smallest size a table shrinks to for its words and numbers to fit (half-points: 6 pt), unless it asks for less:
 * an OPD's Form B (13 columns, 7 pt, sums like "Rp11.083.200.000,00") needs it between a 4 cm and a 2 cm margin.
 */
const UKURAN_TERKECIL = 12;

/**
 * The table's column widths and font size (the one rule for this table and its XML twin, laporan/tabelWarnaXml.ts):
 * the size asked for, or smaller where its columns' longest words would not fit between the regency's margins.
 */
export function tataLetakWarna({ lebar, kolom, baris, ukuranHuruf = UKURAN_TABEL_WARNA }: OpsiTabelWarna): {
  lebar: number[];
  ukuran: number;
} {
  return lebarKolomMuat(
    lebar,
    kolom.map((k) => k.bobot),
    [
      kolom.map((k) => ({ teks: k.judul, tebal: true })),
      ...baris.map((b) => b.map((c) => (typeof c === 'string' ? { teks: c } : c))),
    ],
    { maks: ukuranHuruf, min: Math.min(ukuranHuruf, UKURAN_TERKECIL) },
    2 * MARGIN_SEL_WARNA,
  );
}

export function tabelWarna(opsi: OpsiTabelWarna): Table {
  const { kolom, baris } = opsi;
  const { lebar: lebarKolom, ukuran: ukuranHuruf } = tataLetakWarna(opsi);
  const kepala = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: kolom.map((k, i) =>
      selDocx({ teks: k.judul, tebal: true, isi: 'E7E6E6' }, lebarKolom[i]!, 'tengah', ukuranHuruf),
    ),
  });
  const isi = baris.map((b) => {
    let i = 0;
    const children = b.map((c) => {
      const s = typeof c === 'string' ? { teks: c } : c;
      const span = s.span ?? 1;
      const w = lebarKolom.slice(i, i + span).reduce((a, x) => a + x, 0);
      const sel = selDocx(s, w, kolom[i]?.rata ?? 'kiri', ukuranHuruf);
      i += span;
      return sel;
    });
    return new TableRow({ cantSplit: true, children });
  });
  return new Table({
    width: { size: lebarKolom.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: lebarKolom,
    layout: TableLayoutType.FIXED,
    borders: { top: GARIS, bottom: GARIS, left: GARIS, right: GARIS, insideHorizontal: GARIS, insideVertical: GARIS },
    rows: [kepala, ...isi],
  });
}
