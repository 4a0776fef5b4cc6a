// A rectangle of cells in display order, and what copy, clear and fill-down make of it: pure, so tested without a grid.
import { formatAngkaRingkas } from '../../../../shared/format';
import type { JenisKolom, PetaGrid, SelTempel } from './tempel';

export interface Kotak {
  baris0: number;
  baris1: number;
  kolom0: number;
  kolom1: number;
}

export interface TitikSel {
  baris: number;
  kolom: number;
}

export function kotakDari(a: TitikSel, b: TitikSel): Kotak {
  return {
    baris0: Math.min(a.baris, b.baris),
    baris1: Math.max(a.baris, b.baris),
    kolom0: Math.min(a.kolom, b.kolom),
    kolom1: Math.max(a.kolom, b.kolom),
  };
}

export function dalamKotak(k: Kotak, baris: number, kolom: number): boolean {
  return baris >= k.baris0 && baris <= k.baris1 && kolom >= k.kolom0 && kolom <= k.kolom1;
}

const kosong = (jenis: JenisKolom) => (jenis === 'teks' ? '' : null);

/** Delete: every editable cell of the rectangle emptied; subtotal rows and read-only columns stay as they are. */
export function selDikosongkan(peta: PetaGrid, k: Kotak): SelTempel[] {
  const sel: SelTempel[] = [];
  for (let b = k.baris0; b <= k.baris1; b++) {
    const barisId = peta.baris[b];
    if (barisId == null) continue;
    for (let c = k.kolom0; c <= k.kolom1; c++) {
      const kolom = peta.kolom[c];
      if (kolom) sel.push({ barisId, kolom: kolom.id, nilai: kosong(kolom.jenis) });
    }
  }
  return sel;
}

/**
 * Ctrl+D: the first editable row of the rectangle copied into the editable rows below it, column by column, as
 * Excel fills down. `nilai` reads a cell's stored value by row id and column id.
 */
export function selIsiKeBawah(
  peta: PetaGrid,
  k: Kotak,
  nilai: (barisId: string, kolom: string) => unknown,
): SelTempel[] {
  const barisIsi: string[] = [];
  for (let b = k.baris0; b <= k.baris1; b++) {
    const id = peta.baris[b];
    if (id != null) barisIsi.push(id);
  }
  const [sumber, ...tujuan] = barisIsi;
  if (sumber === undefined) return [];
  const sel: SelTempel[] = [];
  for (let c = k.kolom0; c <= k.kolom1; c++) {
    const kolom = peta.kolom[c];
    if (!kolom) continue;
    const v = nilai(sumber, kolom.id);
    const isi = v == null || v === '' ? kosong(kolom.jenis) : (v as number | string);
    for (const barisId of tujuan) sel.push({ barisId, kolom: kolom.id, nilai: isi });
  }
  return sel;
}

/**
 * A copied cell: numbers the Indonesian way with the decimals they have ("120.000.000", "40,5"), which Excel under
 * an Indonesian locale reads as numbers and Sinergi's paste reads back; text as shown.
 */
export function teksSalin(nilai: unknown, tampil: string, angka: boolean): string {
  if (angka && typeof nilai === 'number') return formatAngkaRingkas(nilai, 4);
  return tampil;
}
