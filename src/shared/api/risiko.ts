// API of the kendala risk register: the category list the regency edits, and the regency view (heat map, top risks,
// sums per category and per OPD).
import { z } from 'zod';
import { baca, tulis } from './define';
import { bilanganBulat, id, idOpsional, pilihan, revisi, teks } from './fields';
import type { Kendala, OpdRingkas } from './rapat';
import type { BandRisiko } from '../monev/risiko';

export interface KategoriKendala {
  id: number;
  nama: string;
  urutan: number;
  /** Kendala coded with it: a category in use cannot be deleted. */
  jumlahKendala: number;
  revisi: number;
}

export const kategoriKendalaInput = z.object({
  id: id('ID kategori kendala').optional(),
  revisi: revisi(),
  nama: teks('Nama kategori kendala', 100),
  /** Position in the list; a new category goes last when absent. */
  urutan: bilanganBulat('Urutan', 0, 999).optional(),
});
export type KategoriKendalaInput = z.input<typeof kategoriKendalaInput>;

export interface SelPetaRisiko {
  kemungkinan: number;
  dampak: number;
  skor: number;
  band: BandRisiko;
  jumlah: number;
}

/** Kendala of one category, high and very high risks first (see risiko/kelompok.ts). */
export interface KelompokKendala {
  kategori: { id: number; nama: string } | null;
  jumlah: number;
  /** Tinggi and Sangat Tinggi. */
  jumlahTinggi: number;
  totalSkor: number;
  butir: Kendala[];
}

export interface RisikoPerOpd {
  opd: OpdRingkas | null;
  jumlah: number;
  jumlahTinggi: number;
  totalSkor: number;
  skorTertinggi: number | null;
}

export interface PetaRisiko {
  /** 25 cells, kemungkinan 5..1 (rows) by dampak 1..5 (columns). */
  sel: SelPetaRisiko[];
  jumlahKendala: number;
  belumDinilai: number;
  /** The highest scores across OPD. */
  teratas: Kendala[];
  perKategori: Omit<KelompokKendala, 'butir'>[];
  perOpd: RisikoPerOpd[];
}

export const JUMLAH_RISIKO_TERATAS = 10;

export const risikoApi = {
  'kategoriKendala.daftar': baca<KategoriKendala[]>()(z.object({})),
  'kategoriKendala.simpan': tulis<KategoriKendala>()(kategoriKendalaInput),
  'kategoriKendala.hapus': tulis<{ id: number }>()(z.object({ id: id('ID kategori kendala') })),
  'risiko.peta': baca<PetaRisiko>()(
    z.object({
      status: pilihan('Saringan status', ['terbuka', 'semua']).default('terbuka'),
      opdId: idOpsional('OPD'),
    }),
  ),
};
