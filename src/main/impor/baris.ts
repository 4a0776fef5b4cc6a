// One data row of an import: its cells by Sinergi field, numbers read the way the rest of their column writes them,
// each problem noted with its sheet, row and column.
import { bersihkanTeks } from '../../shared/teks';
import type { z } from 'zod';
import type { MasalahImpor } from '../../shared/api/impor';
import { angkaOpsional, persen, rupiah } from '../../shared/api/renja';
import { formatAngka, formatRupiah, gayaAngka, parseAngka, type GayaAngka, type JenisAngka } from '../../shared/format';
import { kosong, type LembarBaca, type Sel } from './baca';
import type { Header } from './header';
import { huruf, jenisAngka, labelMedan, type Medan } from './medan';

/** Problems refuse the import; warnings are shown and the import may go ahead. One note per column where noted. */
export class Catatan {
  readonly masalah: MasalahImpor[] = [];
  readonly peringatan: MasalahImpor[] = [];
  private readonly sekali = new Set<string>();

  tambah(jenis: 'masalah' | 'peringatan', m: MasalahImpor, kunci?: string): void {
    if (kunci !== undefined) {
      if (this.sekali.has(kunci)) return;
      this.sekali.add(kunci);
    }
    this[jenis].push(m);
  }

  /** A note about the file (or a sheet) as a whole, not one cell. */
  berkas(jenis: 'masalah' | 'peringatan', pesan: string, lembar = '', baris = 0): void {
    this.tambah(jenis, { lembar, baris, huruf: '', kolom: '', pesan });
  }
}

const SKEMA = new Map<string, z.ZodType<number | null>>();

/** The same rule as the grid's fields: whole or two-decimal Rupiah, 0-100 for percentages (built once per field). */
function skema(jenis: JenisAngka, label: string): z.ZodType<number | null> {
  const kunci = `${jenis}|${label}`;
  let s = SKEMA.get(kunci);
  if (!s) {
    s =
      jenis === 'uang'
        ? rupiah(label).nullable()
        : jenis === 'persen'
          ? persen(label)
          : angkaOpsional(label, -1e15, 1e15);
    SKEMA.set(kunci, s);
  }
  return s;
}

/**
 * A number the field's schema (above) surely accepts, checked without it: a regency's file has over 100.000 numbers and
 * zod's parse of each was a tenth of the preview. Anything else goes to the schema, which words the problem.
 */
function lolos(jenis: JenisAngka, n: number): boolean {
  if (!Number.isFinite(n)) return false;
  if (jenis === 'persen') return n >= 0 && n <= 100;
  if (jenis === 'uang') return n >= 0 && n <= 1e15 && Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
  return n >= -1e15 && n <= 1e15;
}

/** A sheet with its header and the columns chosen for each field. */
export class LembarSiap {
  private readonly gaya = new Map<number, { gaya: GayaAngka | null; bukti: string }>();

  constructor(
    readonly lembar: LembarBaca,
    readonly header: Header,
    readonly peta: Map<Medan, number>,
    readonly catatan: Catatan,
  ) {}

  get nama(): string {
    return this.lembar.nama;
  }

  lokasi(baris: number, medan: Medan | ''): Omit<MasalahImpor, 'pesan'> {
    const j = medan === '' ? undefined : this.peta.get(medan);
    return {
      lembar: this.nama,
      baris,
      huruf: j === undefined ? '' : huruf(j),
      kolom: medan === '' ? '' : labelMedan(medan),
    };
  }

  /**
   * How a column writes its numbers, from its unambiguous values ("12,5" is Indonesian, "1,234.5" English). With no
   * such value, money and counts are read the Indonesian way and percentages stay ambiguous.
   */
  gayaKolom(j: number, jenis: JenisAngka): { gaya: GayaAngka | null; bukti: string } {
    const ada = this.gaya.get(j);
    if (ada) return ada;
    const bukti: Record<GayaAngka, string[]> = { id: [], en: [] };
    for (let r = this.header.indeks + 1; r < this.lembar.baris.length; r++) {
      const v = this.lembar.baris[r]?.[j];
      const g = typeof v === 'string' ? gayaAngka(v) : null;
      if (g) bukti[g].push(`"${(v as string).trim()}" di baris ${r + 1}`);
    }
    const hasil =
      bukti.id.length > 0 && bukti.en.length === 0
        ? { gaya: 'id' as const, bukti: `sesuai angka lain di kolom ini, mis. ${bukti.id[0]!}` }
        : bukti.en.length > 0 && bukti.id.length === 0
          ? { gaya: 'en' as const, bukti: `sesuai angka lain di kolom ini, mis. ${bukti.en[0]!}` }
          : bukti.en.length > 0
            ? {
                gaya: null,
                bukti: `kolom ini memuat gaya Indonesia (${bukti.id[0]!}) dan gaya Inggris (${bukti.en[0]!})`,
              }
            : jenis === 'persen'
              ? { gaya: null, bukti: '' }
              : { gaya: 'id' as const, bukti: 'karena tidak ada angka lain di kolom ini yang menunjukkan gayanya' };
    this.gaya.set(j, hasil);
    return hasil;
  }
}

/** A cell as text, cleaned by the rule every typed text follows (no character XML forbids, no bidi control). */
function teksSel(v: Sel | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return 'persen' in v ? String(v.persen) : '';
  return bersihkanTeks(String(v))
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** A cell reading "-" is an empty amount on Indonesian forms. */
const STRIP = /^[-\u2013\u2014]$/;

export class BarisImpor {
  /** Rows under this one that carry only another indicator of it (no code, no name). */
  readonly indikatorTambahan: BarisImpor[] = [];
  /** The OPD the row belongs to, once placed; null when it could not be (a problem is noted). */
  opdId: number | null = null;
  /** The value this row adds to the file's total row (set by the kind), for the grand-total check. */
  dihitung: number | null = null;
  private readonly angkaDibaca = new Map<Medan, number | null>();

  constructor(
    readonly l: LembarSiap,
    readonly sel: Sel[],
    /** 1-based, as the spreadsheet shows it. */
    readonly nomor: number,
  ) {}

  ada(medan: Medan): boolean {
    return this.l.peta.has(medan);
  }

  private nilai(medan: Medan): Sel {
    const j = this.l.peta.get(medan);
    return j === undefined ? null : (this.sel[j] ?? null);
  }

  isi(medan: Medan): boolean {
    return !kosong(this.nilai(medan));
  }

  /** The cell holds a number or text that reads like one (not a signature or a date line in a numeric column). */
  miripAngka(medan: Medan): boolean {
    const v = this.nilai(medan);
    if (typeof v === 'number' || (v !== null && typeof v === 'object')) return true;
    return typeof v === 'string' && /^-?\s*(rp\.?\s*)?\d[\d.,\s]*([.,]\s*-+)?\s*%?$/i.test(v.trim());
  }

  teks(medan: Medan): string {
    const v = this.nilai(medan);
    if (v !== null && typeof v === 'object' && 'galat' in v) {
      this.catat(medan, `Sel ${this.l.lokasi(this.nomor, medan).huruf}${this.nomor} ${v.galat}`);
      return '';
    }
    return teksSel(v);
  }

  /** The row's code with the stray spaces and trailing dot of hand-typed or exported codes removed. */
  kode(): string {
    return this.teks('kode').replace(/\s+/g, '').replace(/\.$/, '');
  }

  /** A number of the field's kind, checked by the grid's rule; null when empty or unreadable (a problem is noted). */
  angka(medan: Medan): number | null {
    // Most fields a kind asks for have no column in a given file: nothing to read, nothing to remember.
    if (!this.l.peta.has(medan)) return null;
    if (this.angkaDibaca.has(medan)) return this.angkaDibaca.get(medan)!;
    const hasil = this.bacaAngka(medan);
    this.angkaDibaca.set(medan, hasil);
    return hasil;
  }

  private bacaAngka(medan: Medan): number | null {
    const j = this.l.peta.get(medan);
    if (j === undefined) return null;
    const v = this.sel[j] ?? null;
    if (kosong(v) || (typeof v === 'string' && STRIP.test(v.trim()))) return null;
    const jenis = jenisAngka(medan) ?? 'bilangan';
    const label = labelMedan(medan);
    let nilai: number;
    if (typeof v === 'object' && v !== null) {
      if ('galat' in v) return (this.catat(medan, `Sel ${huruf(j)}${this.nomor} ${v.galat}`), null);
      nilai = jenis === 'persen' ? v.persen : v.persen / 100;
    } else if (typeof v === 'number') {
      nilai = v;
      if (jenis === 'uang') nilai = this.bulatkanRupiah(medan, j, v);
    } else {
      const { gaya, bukti } = this.l.gayaKolom(j, jenis);
      const h = parseAngka(v as string, { jenis, gaya });
      if (!h.ok) return (this.catat(medan, h.pesan), null);
      if (h.value === null) return null;
      nilai = h.value;
      if (gaya !== null && gayaAngka(v as string) === null && /[.,]/.test(v as string) && jenis !== 'uang') {
        const cara =
          gaya === 'id'
            ? 'titik sebagai pemisah ribuan dan koma sebagai desimal (gaya Indonesia)'
            : 'koma sebagai pemisah ribuan dan titik sebagai desimal (gaya Inggris)';
        this.l.catatan.tambah(
          'peringatan',
          {
            ...this.l.lokasi(this.nomor, medan),
            pesan: `"${(v as string).trim()}" dibaca ${formatAngka(nilai, 4).replace(/,?0+$/, '')}, dengan ${cara}, ${bukti}`,
          },
          `gaya|${this.l.nama}|${j}`,
        );
      }
    }
    if (lolos(jenis, nilai)) return nilai;
    const cek = skema(jenis, label).safeParse(nilai);
    if (!cek.success) return (this.catat(medan, cek.error.issues[0]?.message ?? `${label} tidak valid`), null);
    return nilai;
  }

  /**
   * An Excel number with more than two decimals in a Rupiah column is a formula's result (pagu x 37,5%) that the
   * sheet shows rounded: the import stores it rounded to the sen, as shown, and says so once per column.
   */
  private bulatkanRupiah(medan: Medan, j: number, v: number): number {
    const bulat = Math.round(v * 100) / 100;
    if (Math.abs(bulat - v) > 1e-9) {
      this.l.catatan.tambah(
        'peringatan',
        {
          ...this.l.lokasi(this.nomor, medan),
          pesan: `Nilai ${String(v).replace('.', ',')} memuat lebih dari dua angka desimal dan disimpan dibulatkan ke sen: ${formatRupiah(bulat)} (berlaku untuk semua nilai seperti ini di kolom ${huruf(j)})`,
        },
        `rupiah|${this.l.nama}|${j}`,
      );
    }
    return bulat;
  }

  catat(medan: Medan | '', pesan: string): void {
    this.l.catatan.tambah('masalah', { ...this.l.lokasi(this.nomor, medan), pesan });
  }

  peringatkan(medan: Medan | '', pesan: string): void {
    this.l.catatan.tambah('peringatan', { ...this.l.lokasi(this.nomor, medan), pesan });
  }

  kosong(): boolean {
    return this.sel.every(kosong);
  }
}
