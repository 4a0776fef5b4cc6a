// Turns one imported cell into a number or text, with the row-and-column message when it cannot.
import { parseAngka, type JenisAngka } from '../../shared/format';
import type { MasalahImpor } from '../../shared/api/impor';
import type { Sel } from './baca';
import { LABEL_MEDAN, type Header, type Medan } from './kolom';

export class BarisImpor {
  constructor(
    private readonly sel: Sel[],
    private readonly header: Header,
    /** 1-based, as the spreadsheet shows it. */
    readonly nomor: number,
    private readonly masalah: MasalahImpor[],
  ) {}

  ada(medan: Medan): boolean {
    return this.header.kolom.has(medan);
  }

  teks(medan: Medan): string {
    const j = this.header.kolom.get(medan);
    const v = j === undefined ? null : this.sel[j];
    if (v === null || v === undefined) return '';
    if (typeof v === 'object') return String(v.persen);
    return String(v).trim();
  }

  /** A number of the column's kind; null when empty; a problem noted (and null returned) when unreadable. */
  angka(medan: Medan, jenis: JenisAngka, wajib = false): number | null {
    const j = this.header.kolom.get(medan);
    const v = j === undefined ? null : (this.sel[j] ?? null);
    const hasil =
      typeof v === 'object' && v !== null
        ? { ok: true as const, value: jenis === 'persen' ? v.persen : v.persen / 100 }
        : parseAngka(v, { jenis });
    if (!hasil.ok) {
      this.catat(medan, hasil.pesan);
      return null;
    }
    if (hasil.value === null && wajib) this.catat(medan, `${LABEL_MEDAN[medan]} wajib diisi`);
    if (hasil.value !== null && hasil.value < 0) {
      this.catat(medan, `${LABEL_MEDAN[medan]} tidak boleh negatif`);
      return null;
    }
    if (hasil.value !== null && jenis === 'persen' && hasil.value > 100) {
      this.catat(medan, `${LABEL_MEDAN[medan]} tidak boleh lebih dari 100%`);
      return null;
    }
    return hasil.value;
  }

  catat(medan: Medan | '', pesan: string): void {
    this.masalah.push({ baris: this.nomor, kolom: medan === '' ? '' : LABEL_MEDAN[medan], pesan });
  }

  kosong(): boolean {
    return this.sel.every((v) => v === null || v === '' || (typeof v === 'string' && v.trim() === ''));
  }
}

/** The data rows under the header, skipping blank rows, each able to report its own problems. */
export function barisData(semua: Sel[][], header: Header, masalah: MasalahImpor[]): BarisImpor[] {
  return semua
    .slice(header.indeks + 1)
    .map((sel, i) => new BarisImpor(sel, header, header.indeks + 2 + i, masalah))
    .filter((b) => !b.kosong());
}
