// API of Perencanaan: the Renja/DPA hierarchy of one OPD and year, its budget versions and quarterly plan.
import { z } from 'zod';
import { tulis, baca } from './define';
import { bilanganBulat, id, pesanGalat, pilihan, teks, teksOpsional, revisi } from './fields';
import { LABEL_TINGKAT, LABEL_VERSI, type Tingkat, type Versi } from '../renja';

export const VERSI = ['murni', 'perubahan'] as const;
export const TINGKAT = ['program', 'kegiatan', 'subKegiatan'] as const;

export const tahun = () => bilanganBulat('Tahun anggaran', 2000, 2100);
export const bulan = () => bilanganBulat('Bulan', 1, 12);
export const versi = () => pilihan('Versi anggaran', VERSI, LABEL_VERSI);
const tingkat = () => pilihan('Tingkat', TINGKAT, LABEL_TINGKAT);

/** A number that may be left empty (null). */
export const angkaOpsional = (label: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .number({ error: pesanGalat(label) })
    .min(min)
    .max(max)
    .nullable();

export const persen = (label: string) => angkaOpsional(label, 0, 100);
/** Rupiah: whole or two decimals, never negative. */
export const rupiah = (label: string) =>
  z
    .number({ error: pesanGalat(label) })
    .min(0)
    .max(1e15)
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: `${label} paling banyak 2 angka desimal` });

export interface IndikatorRingkas {
  id: number;
  uraian: string;
  satuan: string;
  target: number | null;
  jenis: 'jumlah' | 'posisi';
  arah: 'positif' | 'negatif';
  revisi: number;
}

/** The plan of a sub kegiatan (a parent's: rolled up): where, from which fund, its pagu and quarter-end targets. */
export interface RencanaSub {
  lokasi: string;
  sumberDana: string;
  pagu: number;
  /** Cumulative target per quarter end (index 0 = TW I), fisik in % and keuangan in Rp. */
  targetFisik: (number | null)[];
  targetKeuangan: (number | null)[];
}

/** One row of the Perencanaan grid: a program, kegiatan or sub kegiatan, parents carrying their rollups. */
export interface BarisRenja extends RencanaSub {
  tingkat: Tingkat;
  id: number;
  indukId: number | null;
  kode: string;
  nama: string;
  indikator: IndikatorRingkas[];
  /** The revision of the program, kegiatan or sub kegiatan row (a sub kegiatan's pagu and targets included). */
  revisi: number;
}

export interface Renja {
  versi: Versi;
  perubahanMulaiBulan: number | null;
  baris: BarisRenja[];
}

export const targetTriwulan = z.object({
  bulan: bulan(),
  targetFisik: persen('Target fisik'),
  targetKeuangan: rupiah('Target keuangan').nullable(),
});

export const indikatorInput = z.object({
  uraian: teks('Indikator', 500),
  satuan: teksOpsional('Satuan', 50),
  target: angkaOpsional('Target indikator', 0, 1e15),
  jenis: pilihan('Jenis indikator', ['jumlah', 'posisi'] as const, { jumlah: 'Jumlah', posisi: 'Posisi' }).default(
    'jumlah',
  ),
  arah: pilihan('Arah indikator', ['positif', 'negatif'] as const, { positif: 'Positif', negatif: 'Negatif' }).default(
    'positif',
  ),
});

export const renjaApi = {
  'renja.daftar': baca<Renja>()(z.object({ opdId: id('OPD'), tahun: tahun(), versi: versi().optional() })),
  'renja.aturPerubahan': tulis<{ tahun: number; perubahanMulaiBulan: number | null }>()(
    z.object({ tahun: tahun(), perubahanMulaiBulan: bulan().nullable() }),
  ),
  'renja.simpanProgram': tulis<{ id: number; revisi: number }>()(
    z.object({
      id: id().optional(),
      revisi: revisi(),
      opdId: id('OPD'),
      tahun: tahun(),
      kode: teks('Kode program', 20),
      nama: teks('Nama program', 500),
    }),
  ),
  'renja.simpanKegiatan': tulis<{ id: number; revisi: number }>()(
    z.object({
      id: id().optional(),
      revisi: revisi(),
      programId: id('Program'),
      kode: teks('Kode kegiatan', 30),
      nama: teks('Nama kegiatan', 500),
    }),
  ),
  'renja.simpanSubKegiatan': tulis<{ id: number; revisi: number }>()(
    z.object({
      id: id().optional(),
      revisi: revisi(),
      kegiatanId: id('Kegiatan'),
      kode: teks('Kode sub kegiatan', 40),
      nama: teks('Nama sub kegiatan', 500),
      lokasi: teksOpsional('Lokasi', 500),
      sumberDana: teksOpsional('Sumber dana', 200),
      versi: versi(),
      pagu: rupiah('Pagu'),
      target: z
        .array(targetTriwulan, { error: pesanGalat('Target per periode') })
        .max(12)
        .default([]),
    }),
  ),
  'renja.simpanIndikator': tulis<{ id: number; revisi: number }>()(
    indikatorInput.extend({
      id: id().optional(),
      revisi: revisi(),
      tingkat: tingkat(),
      pemilikId: id('Pemilik indikator'),
    }),
  ),
  'renja.hapus': tulis<{ id: number }>()(
    z.object({
      tingkat: tingkat(),
      id: id(),
    }),
  ),
  'renja.hapusIndikator': tulis<{ id: number }>()(z.object({ id: id('Indikator') })),
};
