// API of imports from .xlsx/.csv (SIPD-style exports, Formulir OPD): preview every problem first, then all-or-nothing.
import { z } from 'zod';
import { tulis, baca } from './define';
import { id, pesanGalat, pilihan, teks } from './fields';
import { bulan, tahun, versi } from './renja';
import type { Versi } from '../renja';

export const JENIS_IMPOR = ['renja', 'realisasi'] as const;
export type JenisImpor = (typeof JENIS_IMPOR)[number];

/** 20 MB of base64 is about 15 MB of .xlsx: far more than a regency's 6,000-row Renja. */
const BATAS_BASE64 = 20 * 1024 * 1024;

export const imporInput = z.object({
  jenis: pilihan('Jenis impor', JENIS_IMPOR, { renja: 'Renja/DPA', realisasi: 'Realisasi' }),
  namaBerkas: teks('Nama berkas', 255).refine((n) => /\.(xlsx|csv)$/i.test(n), {
    error: 'Nama berkas: hanya berkas .xlsx atau .csv yang dapat diimpor',
  }),
  base64: z
    .string({ error: pesanGalat('Isi berkas') })
    .min(1)
    .max(BATAS_BASE64, { error: 'Isi berkas: berkas terlalu besar (lebih dari 15 MB)' }),
  tahun: tahun(),
  /** The OPD the rows belong to when the file has no kode SKPD column. */
  opdId: id('OPD').optional(),
  versi: versi().default('murni'),
  bulan: bulan().optional(),
});
export type ImporInput = z.input<typeof imporInput>;

export interface MasalahImpor {
  /** Row number as the spreadsheet shows it (1-based); 0 for the file as a whole. */
  baris: number;
  kolom: string;
  pesan: string;
}

export interface PratinjauImpor {
  jenis: JenisImpor;
  versi: Versi;
  barisHeader: number;
  /** Header found in the file -> what Sinergi reads it as. */
  kolomDikenali: { judul: string; dibacaSebagai: string }[];
  jumlahBarisData: number;
  ringkasan: string[];
  masalah: MasalahImpor[];
}

export const imporApi = {
  'impor.pratinjau': baca<PratinjauImpor>()(imporInput),
  'impor.terapkan': tulis<PratinjauImpor>()(imporInput),
};
