// How wide a line of Arial is, so a table's columns can be sized from what they hold. The advance widths are Arial's
// (Liberation Sans, which LibreOffice uses in its place, has the same metrics), in thousandths of an em.

/** ASCII 32..126, regular. */
const BIASA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** ASCII 32..126, bold. */
const TEBAL = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584,
];

/** A character outside ASCII (an accented letter, a dash) is taken as wide as the widest letters, never narrower. */
const LAIN = 1000;

/** Width of one line of text in thousandths of an em. */
export function lebarEm(teks: string, tebal: boolean): number {
  const tabel = tebal ? TEBAL : BIASA;
  let w = 0;
  for (let i = 0; i < teks.length; i++) {
    const c = teks.charCodeAt(i) - 32;
    w += c >= 0 && c < tabel.length ? tabel[c]! : LAIN;
  }
  return w;
}

/** Width of one line in twips at `ukuran` half-points (docx's unit for font sizes). */
export function lebarTwip(teks: string, ukuran: number, tebal: boolean): number {
  // em/1000 x (half-points / 2) pt x 20 twips per pt
  return Math.ceil((lebarEm(teks, tebal) * ukuran) / 100);
}

/** The widest word of a text: the narrowest a column may be for it to wrap only between words. */
export function kataTerlebar(teks: string, ukuran: number, tebal: boolean): number {
  let maks = 0;
  for (const kata of teks.split(' ')) maks = Math.max(maks, lebarTwip(kata, ukuran, tebal));
  return maks;
}

/** Lines a text takes when wrapped between words in `lebar` twips (a word wider than the line takes a line). */
export function jumlahBaris(teks: string, lebar: number, ukuran: number, tebal: boolean): number {
  const spasi = lebarTwip(' ', ukuran, tebal);
  let baris = 1;
  let isi = 0;
  for (const kata of teks.split(' ').filter(Boolean)) {
    const w = lebarTwip(kata, ukuran, tebal);
    if (isi > 0 && isi + spasi + w > lebar) {
      baris++;
      isi = w;
    } else isi += (isi > 0 ? spasi : 0) + w;
  }
  return baris;
}

/** A cell as the column-width rule sees it: its text, bold or not, and how many grid columns it spans. */
export interface SelLebar {
  teks: string;
  tebal?: boolean;
  span?: number;
}

/** Each column's longest word in thousandths of an em (cells spanning several columns do not count). */
function kataKolomEm(n: number, sel: Iterable<readonly (SelLebar | null)[]>): number[] {
  const kata = Array.from({ length: n }, () => 0);
  for (const baris of sel) {
    let j = 0;
    for (const s of baris) {
      const span = s?.span ?? 1;
      if (s && span === 1) {
        for (const k of s.teks.split(/[\n ]/)) kata[j] = Math.max(kata[j]!, lebarEm(k, s.tebal ?? false));
      }
      j += span;
    }
  }
  return kata;
}

/** The least width of each column at `ukuran`: its longest word, its margins and a little room for rounding. */
const lebarMin = (kataEm: readonly number[], ukuran: number, margin: number) =>
  kataEm.map((k) => Math.ceil((k * ukuran) / 100) + margin + 40);

function bagiLebar(lebar: number, bobot: readonly number[], min: readonly number[]): number[] {
  const total = bobot.reduce((a, b) => a + b, 0);
  const w = bobot.map((b) => Math.floor((lebar * b) / total));
  const kurang = w.reduce((a, x, i) => a + Math.max(0, min[i]! - x), 0);
  const lebih = w.reduce((a, x, i) => a + Math.max(0, x - min[i]!), 0);
  if (kurang === 0 || lebih < kurang) return w;
  return w.map((x, i) => (x < min[i]! ? min[i]! : Math.floor(x - ((x - min[i]!) * kurang) / lebih)));
}

/**
 * Column widths in twips: by weight, then widened where a column's longest word would not fit (cells spanning several
 * columns do not count), taking the room from the columns that have some to spare; at the largest font size from
 * `ukuran.maks` down to `ukuran.min` (half-points) at which every column's longest word fits the table's width. A table
 * in 11 pt broke "Diskoperindag" and "penanganan" in two, one in 7 pt "Realisasi" in its header; between a regency's
 * 4 cm and 3 cm margins the report's kendala table broke "Diskoperindag" and "Pengadaan" even so.
 */
export function lebarKolomMuat(
  lebar: number,
  bobot: readonly number[],
  sel: Iterable<readonly (SelLebar | null)[]>,
  ukuran: { maks: number; min: number },
  margin: number,
): { lebar: number[]; ukuran: number } {
  const kata = kataKolomEm(bobot.length, sel);
  let u = ukuran.maks;
  while (u > ukuran.min && lebarMin(kata, u, margin).reduce((a, b) => a + b, 0) > lebar) u--;
  return { lebar: bagiLebar(lebar, bobot, lebarMin(kata, u, margin)), ukuran: u };
}
