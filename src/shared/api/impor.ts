// API of imports from .xlsx/.csv (SIPD-style exports, Formulir OPD, Renstra targets): one pipeline for every kind,
// preview every problem first, then all-or-nothing.
import { z } from 'zod';
import { tulis, baca } from './define';
import type { BerkasJadi } from './ekspor';
import { bilanganBulat, id, pesanGalat, pilihan, teks } from './fields';
import { bulan, tahun, versi } from './renja';
import type { Versi } from '../renja';

export const JENIS_IMPOR = ['renja', 'realisasi', 'renstra'] as const;
export type JenisImpor = (typeof JENIS_IMPOR)[number];
export const LABEL_JENIS_IMPOR: Record<JenisImpor, string> = {
  renja: 'Renja/DPA',
  realisasi: 'Realisasi',
  renstra: 'Target Renstra',
};

/** 20 MB of base64 is about 15 MB of .xlsx: far more than a regency's 6,000-row Renja. */
const BATAS_BASE64 = 20 * 1024 * 1024;

/** Which file column (0-based, null = "tidak ada") feeds a Sinergi field, for files whose header has this signature. */
export const pemetaanKolom = z.object({
  tanda: teks('Tanda judul kolom', 64),
  medan: teks('Isian Sinergi', 64),
  kolom: bilanganBulat('Kolom berkas', 0, 16_383).nullable(),
});
export type PemetaanKolom = z.input<typeof pemetaanKolom>;

export const imporInput = z.object({
  jenis: pilihan('Jenis impor', JENIS_IMPOR, LABEL_JENIS_IMPOR),
  namaBerkas: teks('Nama berkas', 255).refine((n) => /\.(xlsx|csv)$/i.test(n), {
    error: 'Nama berkas: hanya berkas .xlsx atau .csv yang dapat diimpor',
  }),
  base64: z
    .string({ error: pesanGalat('Isi berkas') })
    .min(1)
    .max(BATAS_BASE64, { error: 'Isi berkas: berkas terlalu besar (lebih dari 15 MB)' }),
  /** Renja and realisasi: the budget year. */
  tahun: tahun().optional(),
  /** The OPD for rows the file does not place itself (no Kode SKPD column, OPD title row or sheet name). */
  opdId: id('OPD').optional(),
  versi: versi().default('murni'),
  bulan: bulan().optional(),
  /** Renstra: the RPJMD period the targets belong to. */
  rpjmdId: id('RPJMD').optional(),
  /** Columns chosen by hand in the preview; they replace what Sinergi recognised for that header. */
  pemetaan: z
    .array(pemetaanKolom, { error: pesanGalat('Pemetaan kolom') })
    .max(500)
    .optional(),
});
export type ImporInput = z.input<typeof imporInput>;

export interface MasalahImpor {
  /** The sheet, when the workbook has more than one; '' otherwise. */
  lembar: string;
  /** Row number as the spreadsheet shows it (1-based); 0 for the file as a whole. */
  baris: number;
  /** The column letter as the spreadsheet shows it ('F'), '' when the message is about a row or the file. */
  huruf: string;
  /** What the column is read as ('Pagu (Rp)'), '' when none. */
  kolom: string;
  pesan: string;
}

/** One column of the file and what it feeds, or 'diabaikan'. */
export interface KolomBerkas {
  indeks: number;
  huruf: string;
  judul: string;
  medan: string | null;
  /** The Sinergi field's label, or 'diabaikan'. */
  dibacaSebagai: string;
  /** How it was chosen: by its title, by its content (codes), remembered, or by hand. */
  asal: 'judul' | 'isi' | 'diingat' | 'manual' | null;
}

/** A Sinergi field of this kind and the column that feeds it, for the mapping step. */
export interface MedanImpor {
  medan: string;
  label: string;
  wajib: boolean;
  kolom: number | null;
}

export interface LembarPratinjau {
  nama: string;
  /** Last header row (1-based); a two-row header counts from barisHeaderAwal. */
  barisHeader: number;
  barisHeaderAwal: number;
  tanda: string;
  pemetaan: 'otomatis' | 'diingat' | 'manual';
  kolom: KolomBerkas[];
  medan: MedanImpor[];
  jumlahBarisData: number;
}

export interface BarisDilewati {
  lembar: string;
  baris: number;
  alasan: string;
}

/** What a Perubahan (or a re-import of the same version) changes, before it is written. */
export interface SelisihRenja {
  pembanding: Versi;
  ditambah: { kode: string; nama: string; pagu: number }[];
  dihapus: { kode: string; nama: string; pagu: number; adaRealisasi: boolean }[];
  diubah: { kode: string; nama: string; paguLama: number; paguBaru: number; targetBerubah: boolean }[];
  totalSebelum: number;
  totalSesudah: number;
}

export interface PratinjauImpor {
  jenis: JenisImpor;
  versi: Versi | null;
  /** 'UTF-8', 'UTF-8 (BOM)', 'UTF-16 (BOM)' or 'Windows-1252' for a CSV; null for .xlsx. */
  pengodean: string | null;
  lembar: LembarPratinjau[];
  /** True when a required column is missing or two columns claim one field: the preview opens the mapping step. */
  perluPemetaan: boolean;
  jumlahBarisData: number;
  ringkasan: string[];
  /** How many records go to each OPD, counted in `satuan` (sub kegiatan, program/kegiatan). */
  perOpd: { nama: string; jumlah: number; satuan: string }[];
  barisJumlah: { lembar: string; baris: number; teks: string; nilai: number | null }[];
  dilewati: BarisDilewati[];
  peringatan: MasalahImpor[];
  masalah: MasalahImpor[];
  selisih: SelisihRenja | null;
}

export const imporApi = {
  'impor.pratinjau': baca<PratinjauImpor>()(imporInput),
  'impor.terapkan': tulis<PratinjauImpor>()(imporInput),
  /** An .xlsx with the columns a kind expects, an example, instructions and data validation. */
  'impor.templat': baca<BerkasJadi>()(z.object({ jenis: pilihan('Jenis impor', JENIS_IMPOR, LABEL_JENIS_IMPOR) })),
  /** Forgets the columns chosen by hand for files with this header. */
  'impor.lupakanPemetaan': tulis<{ dihapus: boolean }>()(z.object({ tanda: teks('Tanda judul kolom', 64) })),
};
