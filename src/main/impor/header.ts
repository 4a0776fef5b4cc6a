// Finds the header of a sheet: one row, or two (a merged group title above its sub-titles), read as one title per
// column; when no title says "Kode", the column whose cells hold Permendagri 90 codes is the code column.
import { createHash } from 'node:crypto';
import { tingkatKode } from '../../shared/renja';
import { kosong, type LembarBaca, type Sel } from './baca';
import { kataJudul, kenaliJudul, normalisasiJudul, type Calon } from './medan';

export interface KolomHeader {
  indeks: number;
  judul: string;
  calon: (Calon & { asal: 'judul' | 'isi' }) | null;
}

export interface Header {
  /** 0-based first and last header row. */
  awal: number;
  indeks: number;
  kolom: KolomHeader[];
  /** The titles as Sinergi compares them, for the signature and for spotting the header repeated on later pages. */
  normal: string[];
}

/** How far down a title block may push the header. */
const BARIS_DICARI = 40;

function teksSel(v: Sel | undefined): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** A code of any Permendagri 90 level, including urusan (1) and bidang (1.02) rows. */
export function miripKode(teks: string): boolean {
  return tingkatKode(teks) !== null || /^\d(\.\d{2})?$/.test(teks);
}

/** Titles of the header starting at row r, one or two rows high. */
function judulKolom(l: LembarBaca, r: number, tinggi: 1 | 2): string[] {
  const atas = l.baris[r] ?? [];
  const bawah = tinggi === 2 ? (l.baris[r + 1] ?? []) : [];
  const lebar = Math.max(atas.length, bawah.length);
  const judul: string[] = [];
  let grup = '';
  for (let j = 0; j < lebar; j++) {
    let a = teksSel(atas[j]);
    let b = teksSel(bawah[j]);
    // The lower cell is part of a title merged down from the upper row: no sub-title.
    const turun = l.gabung.get(`${r + 1},${j}`);
    if (tinggi === 2 && turun && turun[0] === r) b = '';
    if (tinggi === 2 && a === '' && b !== '') {
      // A group title merged (or, in a CSV, written once) across the columns of its sub-titles.
      const induk = l.gabung.get(`${r},${j}`);
      a = induk && induk[0] === r ? teksSel(l.baris[r]?.[induk[1]]) : grup;
    }
    grup = a !== '' && b !== '' ? a : '';
    judul.push([a, b].filter((x) => x !== '').join(' '));
  }
  return judul;
}

/** The column whose cells below the header are mostly codes, when no title names it. */
function kolomKodeDariIsi(l: LembarBaca, mulai: number, lebar: number): number | null {
  const contoh = l.baris.slice(mulai, mulai + 60).filter((r) => !r.every(kosong));
  for (let j = 0; j < lebar; j++) {
    const isi = contoh.map((r) => teksSel(r[j])).filter((t) => t !== '');
    const kode = isi.filter(miripKode).length;
    if (kode >= 3 && kode * 2 >= isi.length) return j;
  }
  return null;
}

function baca(l: LembarBaca, r: number, tinggi: 1 | 2): Header & { skor: number } {
  const judul = judulKolom(l, r, tinggi);
  const kolom: KolomHeader[] = judul.map((t, indeks) => {
    const c = t === '' ? null : kenaliJudul(t);
    return { indeks, judul: t, calon: c && { ...c, asal: 'judul' } };
  });
  if (!kolom.some((k) => k.calon?.medan === 'kode')) {
    const j = kolomKodeDariIsi(l, r + tinggi, judul.length);
    const k = j === null ? undefined : kolom[j];
    if (k && (k.calon === null || k.judul === '')) k.calon = { medan: 'kode', bobot: 0, asal: 'isi' };
  }
  const skor = new Set(kolom.flatMap((k) => (k.calon ? [k.calon.medan] : []))).size;
  return { awal: r, indeks: r + tinggi - 1, kolom, normal: judul.map(normalisasiJudul), skor };
}

/** The first of the top rows that gives a code column and at least one other known column; null when none does. */
export function cariHeader(l: LembarBaca): Header | null {
  for (let r = 0; r < Math.min(BARIS_DICARI, l.baris.length); r++) {
    const satu = baca(l, r, 1);
    if (!satu.kolom.some((k) => k.calon?.medan === 'kode') || satu.skor < 2) continue;
    const j = satu.kolom.find((k) => k.calon?.medan === 'kode')!.indeks;
    // A second header row is not data: its code cell holds no code.
    const bawah = teksSel(l.baris[r + 1]?.[j]);
    const dua = miripKode(bawah) ? null : baca(l, r, 2);
    const { skor: _skor, ...header } = dua && dua.skor > satu.skor ? dua : satu;
    return header;
  }
  return null;
}

/** The same header, whatever the cell formatting: a remembered column mapping applies to it. */
export function tandaHeader(jenis: string, h: Header): string {
  return createHash('sha1')
    .update(`${jenis}|${h.normal.join('|')}`)
    .digest('hex')
    .slice(0, 16);
}

/** A row that repeats the header (printed on every page) rather than holding data. */
export function ulangHeader(h: Header, sel: Sel[]): boolean {
  let sama = 0;
  h.normal.forEach((n, j) => {
    if (n === '' || !h.kolom[j]?.calon) return;
    // Either header row of a two-row header counts: its words are part of the column's title.
    const kata = kataJudul(teksSel(sel[j]));
    const judul = n.split(' ');
    if (kata.length > 0 && kata.every((k) => judul.includes(k))) sama++;
  });
  return sama >= 2;
}

/** The row of column numbers under many official forms ("1 2 3 4 ..."). */
export function barisNomorKolom(sel: Sel[]): boolean {
  const isi = sel.map((v, j) => [teksSel(v), j] as const).filter(([t]) => t !== '');
  if (isi.length < 3 || !isi.every(([t]) => /^\d{1,2}$/.test(t))) return false;
  const beda = Number(isi[0]![0]) - isi[0]![1];
  return isi.every(([t, j]) => Number(t) - j === beda);
}
