// The ruled data tables of letters and minutes as printed (docx/blok.ts tabelData lays them out with these figures),
// measured without building them: column widths, row heights and the sheets a lampiran fills. Pure, so the meeting
// editor shows "Lampiran: 3 (tiga) lembar" as the letter will print it.
import { KERTAS_MM, type PengaturanHalaman } from './api/pengaturan';
import { jumlahBaris, lebarKolomMuat } from './ukurTeks';

/** Millimetres to twips (1/1440 inch), rounded: A4 is then exactly Word's 11906 x 16838. */
export const mm = (n: number): number => Math.round((n * 1440) / 25.4);

/** Half-points, as docx counts font sizes: 22 = 11 pt, the tables' size. */
export const UKURAN_HURUF_TABEL = 22;
/** The cell margins of a data table, in twips. */
export const MARGIN_SEL_DATA = { left: mm(1.5), right: mm(1.5), top: mm(0.8), bottom: mm(0.8) } as const;
/** One line of the tables' 11 pt Arial (single spacing, 1.15 em), in twips; in proportion at a smaller size. */
const TINGGI_BARIS_DATA = 253;
/** A row's rule, in twips. */
const GARIS = 10;

export interface KolomCetak {
  judul: string;
  bobot: number;
}

/** A cell as measured: text (lines split by "\n") or something else one line high. */
type SelCetak = string | null;

/** The least size a data table shrinks to for its words to fit (half-points: 9 pt). */
const UKURAN_TABEL_TERKECIL = 18;

/**
 * The widths a data table gives its columns and its font size: by weight, widened where a word would not fit, in 11 pt
 * or smaller where between the regency's margins its columns' longest words would not fit at 11 pt.
 */
export function tataLetakData(
  lebar: number,
  kolom: readonly KolomCetak[],
  baris: readonly SelCetak[][],
): { lebar: number[]; ukuran: number } {
  return lebarKolomMuat(
    lebar,
    kolom.map((k) => k.bobot),
    [
      kolom.map((k) => ({ teks: k.judul, tebal: true })),
      ...baris.map((b) => kolom.map((_, i) => (typeof b[i] === 'string' ? { teks: b[i] } : null))),
    ],
    { maks: UKURAN_HURUF_TABEL, min: UKURAN_TABEL_TERKECIL },
    MARGIN_SEL_DATA.left + MARGIN_SEL_DATA.right,
  );
}

/**
 * Height in twips of the header and of each row of a data table: the tallest cell's lines wrapped between words in
 * its column, the cell margins and the rule.
 */
function tinggiTabelData(
  lebar: number,
  kolom: readonly KolomCetak[],
  baris: readonly SelCetak[][],
): { kepala: number; baris: number[] } {
  const { lebar: w, ukuran } = tataLetakData(lebar, kolom, baris);
  const ruang = (i: number) => w[i]! - MARGIN_SEL_DATA.left - MARGIN_SEL_DATA.right;
  const tinggiBaris = Math.round((TINGGI_BARIS_DATA * ukuran) / UKURAN_HURUF_TABEL);
  const tinggi = (sel: readonly SelCetak[], tebal: boolean) => {
    let garis = 1;
    for (const [i, t] of sel.entries()) {
      if (typeof t !== 'string') continue;
      const n = t.split('\n').reduce((a, b) => a + jumlahBaris(b, ruang(i), ukuran, tebal), 0);
      garis = Math.max(garis, n);
    }
    return garis * tinggiBaris + MARGIN_SEL_DATA.top + MARGIN_SEL_DATA.bottom + GARIS;
  };
  return {
    kepala: tinggi(
      kolom.map((k) => k.judul),
      true,
    ),
    baris: baris.map((b) => tinggi(b, false)),
  };
}

/** The columns and rows of a numbered table: "No." first, each row numbered "1.", "2.", ... (Tata Naskah Dinas). */
export function bernomor<T, K extends KolomCetak>(
  kolom: readonly K[],
  baris: readonly T[][],
  jumlah?: T[],
): { kolom: (K | (KolomCetak & { rata: 'tengah' }))[]; baris: (T | string)[][] } {
  return {
    kolom: [{ judul: 'No.', bobot: 6, rata: 'tengah' }, ...kolom],
    baris: [...baris.map((b, i) => [`${i + 1}.`, ...b]), ...(jumlah ? [['', ...jumlah]] : [])],
  };
}

/**
 * Measured on the rendered lampiran of a letter, in millimetres: the heading and the title above its table, and the
 * signature block below it.
 */
const BLOK_LAMPIRAN_MM = { kepala: 42, tandaTangan: 48 } as const;

/**
 * Sheets a letter's lampiran fills on the regency's paper between its margins: the heading and title on the first,
 * the table's header row on each, rows that never break across sheets, and the signature block after the last row,
 * on a sheet of its own when it does not fit.
 */
export function lembarLampiranTabel(
  halaman: PengaturanHalaman,
  kolom: readonly KolomCetak[],
  baris: readonly SelCetak[][],
): number {
  const kertas = KERTAS_MM[halaman.ukuranKertas];
  const lebar = mm(kertas.lebar - 10 * (halaman.marginKiri + halaman.marginKanan));
  const ruang = mm(kertas.tinggi - 10 * (halaman.marginAtas + halaman.marginBawah));
  const nomor = bernomor(kolom, baris);
  const tinggi = tinggiTabelData(lebar, nomor.kolom, nomor.baris);
  let lembar = 1;
  let y = mm(BLOK_LAMPIRAN_MM.kepala) + tinggi.kepala;
  for (const h of tinggi.baris) {
    if (y + h > ruang) {
      lembar++;
      y = tinggi.kepala;
    }
    y += h;
  }
  return y + mm(BLOK_LAMPIRAN_MM.tandaTangan) > ruang ? lembar + 1 : lembar;
}
