// API of the quarterly evaluation report (Permendagri 86/2017) and the regent's summary: scope, editable narrative, files.
import { z } from 'zod';
import { tulis, baca } from './define';
import { bilanganBulat, idOpsional, pilihan, teksOpsional } from './fields';
import { tahun } from './renja';
import type { BerkasJadi } from './ekspor';
import { KLASTER, LABEL_KLASTER, type Klaster } from '../opd';

export const JENIS_CAKUPAN = ['kabupaten', 'opd', 'klaster'] as const;
export type JenisCakupan = (typeof JENIS_CAKUPAN)[number];
export const LABEL_JENIS_CAKUPAN: Record<JenisCakupan, string> = {
  kabupaten: 'Seluruh kabupaten',
  opd: 'Satu OPD',
  klaster: 'Satu klaster',
};

/** Chapters of the full report whose text the user may edit, in the order they are printed. */
export const BAGIAN_LAPORAN = [
  'kataPengantar',
  'pendahuluan',
  'dasarHukum',
  'hasilEvaluasi',
  'faktorPendorong',
  'faktorPenghambat',
  'tindakLanjut',
  'penutup',
] as const;
/** Sections of the Ringkasan Eksekutif untuk Bupati. */
export const BAGIAN_RINGKASAN = ['perkembangan', 'perhatian', 'keputusan'] as const;
export const BAGIAN_NARASI = [...BAGIAN_LAPORAN, ...BAGIAN_RINGKASAN] as const;
export type BagianNarasi = (typeof BAGIAN_NARASI)[number];

export const LABEL_BAGIAN: Record<BagianNarasi, string> = {
  kataPengantar: 'Kata Pengantar',
  pendahuluan: 'Pendahuluan: latar belakang, maksud dan tujuan',
  dasarHukum: 'Dasar hukum (satu per baris)',
  hasilEvaluasi: 'Hasil evaluasi',
  faktorPendorong: 'Faktor pendorong',
  faktorPenghambat: 'Faktor penghambat',
  tindakLanjut: 'Tindak lanjut dan rekomendasi',
  penutup: 'Penutup',
  perkembangan: 'Perkembangan dibanding triwulan lalu',
  perhatian: 'Perangkat daerah yang memerlukan perhatian Bupati',
  keputusan: 'Keputusan/arahan yang dimohonkan',
};

export interface NarasiBagian {
  bagian: BagianNarasi;
  judul: string;
  /** The text prefilled from the data; shown again when the user resets an edit. */
  bawaan: string;
  /** What the document will print: the saved edit, else the prefilled text. */
  teks: string;
  diubah: boolean;
  diubahOleh: string;
  diubahPada: string | null;
}

export interface NarasiLaporan {
  judulCakupan: string;
  belumAdaRealisasi: boolean;
  bagian: NarasiBagian[];
}

const cakupanShape = {
  tahun: tahun(),
  triwulan: bilanganBulat('Triwulan', 1, 4),
  cakupan: pilihan('Cakupan', JENIS_CAKUPAN, LABEL_JENIS_CAKUPAN),
  opdId: idOpsional('OPD'),
  klaster: pilihan('Klaster', KLASTER, LABEL_KLASTER).nullable().default(null),
};

/** A report's key: year, quarter and scope; the OPD or cluster must be named when the scope asks for one. */
export function denganCakupan<S extends z.ZodRawShape>(tambahan: S) {
  return z.object({ ...cakupanShape, ...tambahan }).superRefine((nilai, ctx) => {
    const v = nilai as { cakupan: JenisCakupan; opdId: number | null; klaster: Klaster | null };
    if (v.cakupan === 'opd' && v.opdId === null)
      ctx.addIssue({ code: 'custom', path: ['opdId'], message: 'OPD wajib dipilih untuk laporan satu OPD' });
    if (v.cakupan === 'klaster' && v.klaster === null)
      ctx.addIssue({ code: 'custom', path: ['klaster'], message: 'Klaster wajib dipilih untuk laporan satu klaster' });
  });
}

export const laporanKunci = denganCakupan({});
export type KunciLaporan = z.output<typeof laporanKunci>;

export interface CakupanLaporan {
  jenis: JenisCakupan;
  opdId: number | null;
  klaster: Klaster | null;
}

export const JENIS_LAPORAN = ['lengkap', 'ringkasan'] as const;

export const laporanApi = {
  'laporan.narasi': baca<NarasiLaporan>()(laporanKunci),
  /** An empty text removes the edit, so the section returns to the text prefilled from the data. */
  'laporan.simpanNarasi': tulis<Omit<NarasiBagian, 'judul' | 'bawaan'>>()(
    denganCakupan({
      bagian: pilihan('Bagian', BAGIAN_NARASI, LABEL_BAGIAN),
      teks: teksOpsional('Teks', 20_000),
    }),
  ),
  'laporan.buat': baca<BerkasJadi>()(
    denganCakupan({
      jenis: pilihan('Jenis laporan', JENIS_LAPORAN, { lengkap: 'Laporan lengkap', ringkasan: 'Ringkasan eksekutif' }),
      penandatanganId: idOpsional('Penandatangan'),
    }),
  ),
  'laporan.eksporXlsx': baca<BerkasJadi>()(laporanKunci),
};
