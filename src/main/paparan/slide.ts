// A deck as plain data: what each slide says, with no pptxgenjs in sight, so the gatherers and the builder are tested
// apart. Text is kept short here, where the data is chosen: at most MAKS_BARIS lines of body text per slide.
import type { MimeGambar } from '../../shared/gambar';
import type { Status } from '../../shared/monev/rules';
import type { GambarLogo } from '../docx/kop';

export interface Tema {
  /** "#198246" from Pengaturan. */
  warnaUtama: string;
  warnaAksen: string;
  logo: GambarLogo | null;
  /** Written on every slide's band: "Kabupaten Contoh". */
  daerah: string;
}

/** A headline figure: its label, the value as said aloud, and a short note ("dari target 70,0%"). */
export interface Kartu {
  label: string;
  nilai: string;
  keterangan: string;
  /** Colours the value when the figure has a status. */
  status?: Status | null;
}

/** One line of a list; `tanda` is a short coloured tag after it (a follow-up's status). */
export interface Butir {
  teks: string;
  tanda?: { teks: string; status: Status };
}

export interface JumlahStatus {
  hijau: number;
  kuning: number;
  merah: number;
  belum: number;
}

export interface Seri {
  nama: string;
  nilai: (number | null)[];
  warna: 'utama' | 'aksen' | 'abu';
}

export interface Foto {
  isi: Buffer;
  mime: MimeGambar;
  keterangan: string;
}

interface Dasar {
  judul: string;
  /** Speaker notes: the exact figures and whatever did not fit on the slide. */
  catatan: string[];
}

export type Slide = Dasar &
  (
    | { jenis: 'judul'; subjudul: string; rincian: string[]; penyaji: { nama: string; jabatan: string } | null }
    | { jenis: 'angka'; subjudul: string; kartu: Kartu[]; status: JumlahStatus | null; butir: Butir[] }
    | { jenis: 'grafik'; subjudul: string; bentuk: 'garis' | 'batang'; kategori: string[]; seri: Seri[] }
    | { jenis: 'butir'; subjudul: string; butir: Butir[] }
    | { jenis: 'foto'; foto: Foto[] }
  );

export interface DataPaparan {
  /** The file's title property: the meeting or the report. */
  judul: string;
  tema: Tema;
  slide: Slide[];
}

export const MAKS_BARIS = 6;
/** Characters on one line of body text at 24 pt across the slide (Arial, about 12 in), measured on the render. */
export const HURUF_PER_BARIS = 74;
/** The same at 22 pt in the text column of a list with statuses (about 9 in). */
const HURUF_PER_BARIS_TABEL = 56;

/** Cut at a word boundary with an ellipsis. */
export function ringkasTeks(teks: string, maks: number): string {
  const t = teks.replace(/\s+/g, ' ').trim();
  if (t.length <= maks) return t;
  const potong = t.slice(0, maks - 1);
  const spasi = potong.lastIndexOf(' ');
  return `${(spasi > maks / 2 ? potong.slice(0, spasi) : potong).replace(/[\s,;:.]+$/, '')}…`;
}

/** An item with a status is a table row: its text has the width left by the status column. */
const lebarTeks = (b: Butir) => (b.tanda ? HURUF_PER_BARIS_TABEL : HURUF_PER_BARIS);

/** A long list in parentheses keeps its first three: "(A, B, C dan 11 lainnya)". */
export function ringkasDaftar(teks: string): string {
  return teks.replace(/\(([^()]+)\)/g, (utuh, isi: string) => {
    const nama = isi.split(/,\s*|\s+dan\s+/).filter(Boolean);
    return nama.length > 4 ? `(${nama.slice(0, 3).join(', ')} dan ${nama.length - 3} lainnya)` : utuh;
  });
}

export const barisButir = (b: Butir): number => Math.ceil(b.teks.length / lebarTeks(b));

/** As many items as fit in `maks` lines, each cut to `perButir` lines (two unless a sentence needs its verb). */
export function muatButir(butir: Butir[], maks = MAKS_BARIS, perButir = 2): Butir[] {
  const hasil: Butir[] = [];
  let baris = 0;
  for (const b of butir) {
    const batas = lebarTeks(b) * perButir - 2;
    const pendek = { ...b, teks: ringkasTeks(b.teks.length > batas ? ringkasDaftar(b.teks) : b.teks, batas) };
    const n = barisButir(pendek);
    if (baris + n > maks) break;
    hasil.push(pendek);
    baris += n;
  }
  return hasil;
}
