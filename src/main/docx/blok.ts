// Building blocks of official documents: paragraphs, colon-aligned blocks, numbered lists, data tables, signatures.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { formatNip } from '../../shared/format';
import { barisJabatan, type JabatanPenandatangan } from '../../shared/tandaTangan';
import { bernomor, MARGIN_SEL_DATA, mm, tataLetakData } from '../../shared/tabelCetak';

type Rata = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface OpsiParagraf extends Omit<IParagraphOptions, 'children' | 'text'> {
  tebal?: boolean;
  ukuranHuruf?: number;
}

/** One paragraph of plain text; line breaks inside the text stay line breaks. */
export function paragraf(teks: string, { tebal, ukuranHuruf, ...opsi }: OpsiParagraf = {}): Paragraph {
  const run: IRunOptions = { bold: tebal, size: ukuranHuruf };
  const baris = teks.split('\n');
  return new Paragraph({
    ...opsi,
    // The paragraph mark takes the text's size, or a small line would stand a 12 pt line high.
    ...(ukuranHuruf ? { run: { size: ukuranHuruf } } : {}),
    children: baris.map((b, i) => new TextRun({ ...run, text: b, break: i > 0 ? 1 : undefined })),
  });
}

export const kosong = (jumlah = 1): Paragraph[] => Array.from({ length: jumlah }, () => new Paragraph({}));

/** A centred bold title that never ends a page alone. */
export function judul(teks: string, opsi: OpsiParagraf = {}): Paragraph {
  return paragraf(teks, { tebal: true, alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, ...opsi });
}

/** A bold heading inside a document ("A. Pembukaan"), kept with what follows. */
export function subjudul(teks: string): Paragraph {
  return paragraf(teks, { tebal: true, keepNext: true, keepLines: true, spacing: { before: 160, after: 60 } });
}

/** Paragraphs of running text, one per line the user typed, justified. */
export function teksBerjalan(teks: string, opsi: OpsiParagraf = {}): Paragraph[] {
  return teks
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => paragraf(t, { alignment: AlignmentType.JUSTIFIED, spacing: { after: 80 }, ...opsi }));
}

/** "1. ...", "2. ..." with the text hanging after the number; a single item has no number. */
export function daftarBernomor(butir: string[], { kiri = 0, penanda = 'angka' } = {}): Paragraph[] {
  const gantung = mm(6);
  return butir.map((b, i) => {
    const nomor = butir.length === 1 ? '' : penanda === 'huruf' ? `${String.fromCharCode(97 + i)}.` : `${i + 1}.`;
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: nomor ? { left: kiri + gantung, hanging: gantung } : { left: kiri },
      tabStops: [{ type: TabStopType.LEFT, position: kiri + gantung }],
      children: [new TextRun(nomor ? `${nomor}\t${b}` : b)],
    });
  });
}

/** The right margin of a cell of the borderless label : value tables. */
export const MARGIN_SEL_TITIK_DUA = mm(1);
/** The width of the colon column of a label : value table. */
export const LEBAR_TITIK_DUA = mm(4);

const sel = (children: Paragraph[], lebar: number, opsi: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: lebar, type: WidthType.DXA },
    margins: { left: 0, right: MARGIN_SEL_TITIK_DUA, top: 0, bottom: 0 },
    ...opsi,
  });

function tabelTanpaGaris(lebarKolom: number[], baris: TableRow[], indentKiri = 0): Table {
  return new Table({
    width: { size: lebarKolom.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: lebarKolom,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    indent: indentKiri ? { size: indentKiri, type: WidthType.DXA } : undefined,
    rows: baris,
  });
}

export type NilaiBaris = string | string[];

export interface OpsiTitikDua {
  lebar: number;
  lebarLabel: number;
  indentKiri?: number;
  /** Extra text at the right of the first row, e.g. the place and date beside "Nomor". */
  kananBarisPertama?: { teks: string; lebar: number };
  spasiAntarBaris?: number;
}

/** Label : value rows with the colons under one another, as letters write Nomor/Sifat/Hal or Hari/Waktu/Tempat. */
export function blokTitikDua(baris: [string, NilaiBaris][], opsi: OpsiTitikDua): Table {
  const titikDua = LEBAR_TITIK_DUA;
  const kanan = opsi.kananBarisPertama?.lebar ?? 0;
  const lebarNilai = opsi.lebar - (opsi.indentKiri ?? 0) - opsi.lebarLabel - titikDua - kanan;
  const kolom = [opsi.lebarLabel, titikDua, lebarNilai, ...(kanan ? [kanan] : [])];
  const spasi = { after: opsi.spasiAntarBaris ?? 0 };
  const rows = baris.map(([label, nilai], i) => {
    const isi = Array.isArray(nilai)
      ? daftarBernomor(nilai.length > 0 ? nilai : ['-'])
      : [paragraf(nilai || '-', { spacing: spasi })];
    const sels = [
      sel([paragraf(label, { spacing: spasi })], opsi.lebarLabel),
      sel([paragraf(':')], titikDua),
      sel(isi, lebarNilai),
    ];
    if (kanan) {
      const teks = i === 0 ? (opsi.kananBarisPertama?.teks ?? '') : '';
      sels.push(sel([paragraf(teks, { alignment: AlignmentType.RIGHT })], kanan));
    }
    return new TableRow({ children: sels, cantSplit: true });
  });
  return tabelTanpaGaris(kolom, rows, opsi.indentKiri);
}

/** Who signs: name, rank, NIP, and how their office is written (shared/tandaTangan.ts). */
export interface Pejabat extends JabatanPenandatangan {
  nama: string;
  pangkat: string;
  nip: string;
}

export interface Penandatanganan {
  pejabat: Pejabat | null;
  /** Lines above the office: the place and date, "Dievaluasi oleh". */
  atas?: string[];
  /** A role that stands for the office, e.g. "Pimpinan Rapat" (a comma is added). */
  peran?: string;
  /** Lines that stand instead of the signatory's own a.n./u.b. lines, for one letter signed otherwise. */
  atasNamaLain?: string[] | null;
  /** Font size in half-points, for a signature in a table annex; the document's own size when absent. */
  ukuranHuruf?: number;
}

/**
 * The one signature block of every document: place/date, a.n./u.b., the office (with Plt./Plh./Pj.), four blank
 * lines to sign, the name bold and underlined, the rank, the NIP.
 */
function isiTandaTangan(t: Penandatanganan): Paragraph[] {
  const tengah = { alignment: AlignmentType.CENTER, ukuranHuruf: t.ukuranHuruf } as const;
  const lainnya = t.atasNamaLain ?? undefined;
  const jabatan = t.peran ? [`${t.peran},`] : t.pejabat ? barisJabatan(t.pejabat, lainnya) : (lainnya ?? []);
  const pejabat = t.pejabat;
  return [
    ...[...(t.atas ?? []), ...jabatan].map((b) => paragraf(b, tengah)),
    // In a smaller font the room to sign stays about 1.5 cm.
    ...(t.ukuranHuruf ? [new Paragraph({ spacing: { before: 700 } })] : kosong(4)),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({
          text: pejabat?.nama || '.'.repeat(40),
          bold: true,
          size: t.ukuranHuruf,
          underline: { type: UnderlineType.SINGLE },
        }),
      ],
    }),
    ...(pejabat?.pangkat ? [paragraf(pejabat.pangkat, tengah)] : []),
    paragraf(pejabat?.nip ? `NIP. ${formatNip(pejabat.nip)}` : 'NIP.', tengah),
  ];
}

/**
 * Signature blocks side by side (one: at the right half; two: notulis left, pimpinan right), in one row that
 * never splits across pages.
 */
export function tandaTangan(lebar: number, kanan: Penandatanganan, kiri?: Penandatanganan): Table {
  const separuh = Math.floor(lebar / 2);
  const row = new TableRow({
    cantSplit: true,
    children: [sel(kiri ? isiTandaTangan(kiri) : [], separuh), sel(isiTandaTangan(kanan), lebar - separuh)],
  });
  return tabelTanpaGaris([separuh, lebar - separuh], [row]);
}

export interface KolomTabel {
  judul: string;
  /** Share of the table width; the widths are scaled to fill it. */
  bobot: number;
  rata?: 'kiri' | 'tengah' | 'kanan';
}

const GARIS = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const SEMUA_GARIS = {
  top: GARIS,
  bottom: GARIS,
  left: GARIS,
  right: GARIS,
  insideHorizontal: GARIS,
  insideVertical: GARIS,
};

export interface OpsiTabelData {
  lebar: number;
  kolom: KolomTabel[];
  baris: (string | Paragraph[])[][];
  /** Minimum row height in mm, e.g. room for a signature. */
  tinggiBaris?: number;
}

const RATA: Record<NonNullable<KolomTabel['rata']>, Rata> = {
  kiri: AlignmentType.LEFT,
  tengah: AlignmentType.CENTER,
  kanan: AlignmentType.RIGHT,
};

/** A ruled table whose header row repeats on every page and whose rows do not break across pages. */
export function tabelData({ lebar, kolom, baris, tinggiBaris }: OpsiTabelData): Table {
  const margin = MARGIN_SEL_DATA;
  const { lebar: lebarKolom, ukuran } = tataLetakData(
    lebar,
    kolom,
    baris.map((b) => b.map((t) => (typeof t === 'string' ? t : null))),
  );
  const teksSel = (t: string | Paragraph[], k: KolomTabel, tebal = false): Paragraph[] =>
    typeof t === 'string' ? [paragraf(t, { tebal, ukuranHuruf: ukuran, alignment: RATA[k.rata ?? 'kiri'] })] : t;
  const kepala = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: kolom.map(
      (k, i) =>
        new TableCell({
          children: teksSel(k.judul, { ...k, rata: 'tengah' }, true),
          width: { size: lebarKolom[i]!, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          shading: { fill: 'E7E6E6', type: 'clear', color: 'auto' },
          margins: margin,
        }),
    ),
  });
  const isi = baris.map(
    (b) =>
      new TableRow({
        cantSplit: true,
        height: tinggiBaris ? { value: mm(tinggiBaris), rule: HeightRule.ATLEAST } : undefined,
        children: kolom.map(
          (k, i) =>
            new TableCell({
              children: teksSel(b[i] ?? '', k),
              width: { size: lebarKolom[i]!, type: WidthType.DXA },
              verticalAlign: VerticalAlign.CENTER,
              margins: margin,
            }),
        ),
      }),
  );
  return new Table({
    width: { size: lebar, type: WidthType.DXA },
    columnWidths: lebarKolom,
    layout: TableLayoutType.FIXED,
    borders: SEMUA_GARIS,
    rows: [kepala, ...isi],
  });
}

export interface OpsiTabelBernomor extends OpsiTabelData {
  /** The sentence printed instead of the table when there is no row; without it the header stands alone. */
  kosong?: string;
  /** A last row without a number, such as the total. */
  jumlah?: string[];
}

/**
 * A data table whose first column numbers the rows "1.", "2.", ... as letters and minutes do (Tata Naskah Dinas);
 * `kolom` and `baris` are the columns after it.
 */
export function tabelBernomor({ kolom, baris, kosong, jumlah, ...opsi }: OpsiTabelBernomor): FileChild[] {
  if (baris.length === 0 && kosong !== undefined) return [paragraf(kosong)];
  return [tabelData({ ...opsi, ...bernomor(kolom, baris, jumlah) })];
}

export type { FileChild };
