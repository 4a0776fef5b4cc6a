// Column widths of the E.81 table from what its cells hold: numbers and codes never wrap, names wrap between words,
// empty columns stay narrow, and the width left goes to the text columns in proportion to their typical length.
import { jumlahBaris, kataTerlebar, lebarTwip } from '../../shared/ukurTeks';

/** How a grid column is sized: `kaku` fits its longest line, `kata` its longest word, `teks` shares what is left. */
export type JenisKolom = 'kaku' | 'kata' | 'teks';

/** A cell as the width rules see it. */
export interface SelUkur {
  teks: readonly string[];
  /** A word before the text that must never wrap (the code before a name). */
  kode?: string | undefined;
  tebal?: boolean;
  indent?: number;
  /** Turned on its side: as wide as its lines, whatever its length (the unit, down a program's rows). */
  putar?: boolean;
  barisPutar?: number;
  span?: number;
}

/** Font size of the table in half-points (7 pt). */
export const UKURAN_E81 = 14;
/** Left and right cell margin in twips (tblCellMar). */
export const MARGIN_SEL = 15;
/** Height of one line of 7 pt Arial (ascent plus descent, 1.117 em), in twips. */
export const TINGGI_BARIS = 160;
/** Room for rounding between Word, LibreOffice and these metrics. */
const CADANGAN = 10;
const LEBAR_MIN = 110;
/** The narrowest word a text column must hold whole; a longer one (a URL) may break. */
const KATA_MAKS = 1100;

/** What a grid column's cells need: measured once, shared out as often as the header's height asks. */
export interface Ukuran {
  /** The width the column needs at least. */
  min: number;
  /** A typical cell's line (the 75th percentile), for text columns. */
  biasa: number;
  /** The longest line, beyond which a text column gains nothing. */
  maks: number;
}

const ruang = (w: number) => w + 2 * MARGIN_SEL + CADANGAN;

/**
 * What one grid column's cells need, gathered a cell at a time: a regency's annex measures each OPD's rows as it writes
 * them, and holding every cell of every row until the widths were known was most of the report's memory and garbage.
 */
export class UkurKolom {
  private min = 0;
  private maks = 0;
  private jumlah = 0;
  /** The longest line of each filled cell of a text column, for its typical length. */
  private readonly baris: number[] = [];

  constructor(private readonly jenis: JenisKolom) {}

  /** A cell; `lagi` is one more line below its text (the money line of a K above Rp cell). */
  tambah(s: SelUkur, lagi?: string): void {
    this.jumlah++;
    if (s.putar) {
      this.min = Math.max(this.min, (s.barisPutar ?? 1) * TINGGI_BARIS);
      return;
    }
    const indent = s.indent ?? 0;
    const tebal = s.tebal ?? false;
    let terpanjang = 0;
    for (const t of s.teks) terpanjang = Math.max(terpanjang, this.garis(t, tebal, indent));
    if (lagi !== undefined) terpanjang = Math.max(terpanjang, this.garis(lagi, tebal, indent));
    if (s.kode) {
      const w = lebarTwip(s.kode, UKURAN_E81, tebal) + indent;
      this.min = Math.max(this.min, w);
      terpanjang = Math.max(terpanjang, w);
    }
    this.maks = Math.max(this.maks, terpanjang);
    if (this.jenis === 'teks' && terpanjang > 0) this.baris.push(terpanjang);
  }

  /** One line of a cell: the least width it asks of the column, kept; its own width, returned. */
  private garis(t: string, tebal: boolean, indent: number): number {
    const w = lebarTwip(t, UKURAN_E81, tebal) + indent;
    if (this.jenis === 'kaku') this.min = Math.max(this.min, w);
    else this.min = Math.max(this.min, Math.min(KATA_MAKS, kataTerlebar(t, UKURAN_E81, tebal) + indent));
    return w;
  }

  ukuran(): Ukuran {
    const baris = this.baris.toSorted((a, b) => a - b);
    // A column filled on a few rows only (Sasaran, on program rows) gets a smaller share than its text asks for: the
    // width it takes is lost on every other row.
    const terisi = this.jumlah ? baris.length / this.jumlah : 0;
    const biasa = baris.length ? baris[Math.floor(baris.length * 0.75)]! * terisi : 0;
    return { min: Math.max(LEBAR_MIN, ruang(this.min)), biasa, maks: Math.max(LEBAR_MIN, ruang(this.maks)) };
  }
}

/** A header cell: its text over `span` grid columns from `awal`. */
export interface KepalaUkur {
  teks: string;
  awal: number;
  span: number;
  /** Never turned on its side (the column numbers, the titles of columns holding numbers). */
  datar?: boolean;
  /** Twips the title has along its side when turned: the height of the header rows it spans. */
  panjang: number;
}

const lebarDatar = (teks: string) => kataTerlebar(teks, UKURAN_E81, true) + 2 * MARGIN_SEL + CADANGAN;

/** Lines of a title turned on its side, wrapped between words along `panjang` twips of header. */
export const barisTegak = (teks: string, panjang: number) =>
  jumlahBaris(teks, panjang - 2 * MARGIN_SEL - CADANGAN, UKURAN_E81, true);

/** Width a header needs turned on its side: it wraps within the header's height, one line height per line. */
function lebarTegak(teks: string, panjang: number): number {
  return barisTegak(teks, panjang) * TINGGI_BARIS + 2 * MARGIN_SEL;
}

/** Length (twips) a title turned on its side needs in a cell `w` wide: the least along which its words wrap into the
 * lines the width holds. */
export function panjangTegak(teks: string, w: number): number {
  const baris = Math.max(1, Math.floor((w - 2 * MARGIN_SEL) / TINGGI_BARIS));
  let panjang = Math.ceil(lebarTwip(teks, UKURAN_E81, true) / baris) + 2 * MARGIN_SEL + CADANGAN;
  while (barisTegak(teks, panjang) > baris) panjang += 20;
  return panjang;
}

/**
 * Widths in twips summing to at most `lebar`. Each header cell gets room for its longest word, or for its text on its
 * side when that is narrower. When even the minimum does not fit, every column shrinks in proportion (numbers may then
 * wrap: the table test catches it).
 */
export function lebarKolom(
  jenis: readonly JenisKolom[],
  ukuran: readonly Ukuran[],
  kepala: readonly KepalaUkur[],
  lebar: number,
): number[] {
  const u = ukuran.map((x) => ({ ...x }));
  const w = u.map((x) => x.min);
  for (const k of kepala) {
    const ada = w.slice(k.awal, k.awal + k.span).reduce((a, b) => a + b, 0);
    const perlu = k.datar ? lebarDatar(k.teks) : Math.min(lebarDatar(k.teks), lebarTegak(k.teks, k.panjang));
    if (ada >= perlu) continue;
    for (let j = k.awal; j < k.awal + k.span; j++) w[j]! += Math.ceil((perlu - ada) / k.span);
  }
  for (const [i, x] of u.entries()) x.maks = Math.max(x.maks, w[i]!);
  const teks = jenis.flatMap((j, i) => (j === 'teks' ? [i] : []));
  let sisa = lebar - w.reduce((a, b) => a + b, 0);
  if (sisa < 0) return w.map((x) => Math.floor((x * lebar) / (lebar - sisa)));
  // Each round shares what is left by typical length among the columns still short of their longest line.
  for (let putaran = 0; putaran < 4 && sisa > 0; putaran++) {
    const terbuka = teks.filter((i) => w[i]! < u[i]!.maks);
    const total = terbuka.reduce((a, i) => a + u[i]!.biasa, 0);
    if (total === 0) break;
    let dipakai = 0;
    for (const i of terbuka) {
      const tambah = Math.min(Math.floor((sisa * u[i]!.biasa) / total), u[i]!.maks - w[i]!);
      w[i]! += tambah;
      dipakai += tambah;
    }
    sisa -= dipakai;
  }
  // What no text needs widens the widest text column, so the table still spans the page.
  const lebarTeks = teks.length ? teks.reduce((a, i) => (w[i]! > w[a]! ? i : a), teks[0]!) : w.length - 1;
  w[lebarTeks]! += sisa;
  return w;
}

/** Whether a header cell over columns of total width `w` is turned on its side: its longest word does not fit. */
export const perluDiputar = (teks: string, w: number) => lebarDatar(teks) > w;
