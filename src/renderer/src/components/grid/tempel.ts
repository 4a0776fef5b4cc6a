// Maps a block pasted from a spreadsheet onto the grid's displayed rows and columns, from the focused cell down/right.
import { parseAngka, type JenisAngka } from '../../../../shared/format';

export type JenisKolom = JenisAngka | 'teks';

export interface SelTempel {
  barisId: string;
  kolom: string;
  nilai: number | string | null;
}

export interface GalatSel {
  barisId: string;
  kolom: string;
  pesan: string;
}

export interface HasilTempel {
  sel: SelTempel[];
  galat: GalatSel[];
  /** Cells of the block that fell on read-only rows or columns, or beyond the grid, and were left alone. */
  dilewati: number;
}

export interface PetaGrid {
  /** Row ids in display order; null where the row cannot be edited (a program or kegiatan subtotal). */
  baris: (string | null)[];
  /** Column ids in display order with their kind; null where the column cannot be edited. */
  kolom: ({ id: string; jenis: JenisKolom; label: string } | null)[];
}

export function petakanTempelan(blok: string[][], peta: PetaGrid, barisAwal: number, kolomAwal: number): HasilTempel {
  const hasil: HasilTempel = { sel: [], galat: [], dilewati: 0 };
  blok.forEach((isi, i) => {
    const barisId = peta.baris[barisAwal + i];
    isi.forEach((teks, j) => {
      const kolom = peta.kolom[kolomAwal + j];
      if (barisId == null || kolom == null) {
        hasil.dilewati++;
        return;
      }
      if (kolom.jenis === 'teks') {
        hasil.sel.push({ barisId, kolom: kolom.id, nilai: teks.trim() });
        return;
      }
      const angka = parseAngka(teks, { jenis: kolom.jenis });
      if (angka.ok) hasil.sel.push({ barisId, kolom: kolom.id, nilai: angka.value });
      else hasil.galat.push({ barisId, kolom: kolom.id, pesan: `${kolom.label}: ${angka.pesan}` });
    });
  });
  return hasil;
}
