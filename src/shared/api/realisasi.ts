// API of Realisasi: cumulative realisation per sub kegiatan and period, as OPD read it from their books.
import { z } from 'zod';
import { tulis, baca } from './define';
import { id, pesanGalat, pilihan, revisi, teks, teksBebas, teksOpsional } from './fields';
import { angkaOpsional, bulan, persen, rupiah, tahun, type IndikatorRingkas } from './renja';
import { LABEL_STATUS_VERIFIKASI, STATUS_VERIFIKASI, type StatusVerifikasi, type Versi } from '../renja';
import type { AturanMonev } from '../monev/aturan';

export interface BarisRealisasi {
  subKegiatanId: number;
  kode: string;
  nama: string;
  kegiatanId: number;
  kegiatanKode: string;
  kegiatanNama: string;
  programId: number;
  programKode: string;
  programNama: string;
  lokasi: string;
  pagu: number;
  targetFisik: number | null;
  targetKeuangan: number | null;
  realisasiFisik: number | null;
  realisasiKeuangan: number | null;
  /** The cumulative values of the previous reported month, to flag a value that goes down. */
  sebelumFisik: number | null;
  sebelumKeuangan: number | null;
  indikator: (IndikatorRingkas & { targetPeriode: number | null; realisasi: number | null }) | null;
  permasalahan: string;
  faktorPendorong: string;
  faktorPenghambat: string;
  tindakLanjut: string;
  diubahOleh: string;
  diubahPada: string | null;
  /** The realisation row's revision, 0 while there is none: a save against an older one is refused. */
  revisi: number;
  /** Non-blocking marks for the verifikator (money without physical progress, fisik copied from keuangan...). */
  peringatan: string[];
}

export interface Verifikasi {
  status: StatusVerifikasi;
  catatan: string;
  diubahOleh: string;
  diubahPada: string | null;
  /** Why the period was last reopened after verification. */
  alasanBuka: string;
  /** While diterima: the latest change of the figures after acceptance, if any. */
  berubahSetelahDiterima: { oleh: string; pada: string } | null;
}

export interface LembarRealisasi {
  opdId: number;
  tahun: number;
  bulan: number;
  versi: Versi;
  baris: BarisRealisasi[];
  verifikasi: Verifikasi;
  /** The regency's monev settings, so the sheet judges its rows as Beranda and the report do. */
  aturan: AturanMonev;
}

export const KOLOM_REALISASI = [
  'realisasiFisik',
  'realisasiKeuangan',
  'realisasiKinerja',
  'permasalahan',
  'faktorPendorong',
  'faktorPenghambat',
  'tindakLanjut',
] as const;
export type KolomRealisasi = (typeof KOLOM_REALISASI)[number];

export const LABEL_KOLOM_REALISASI: Record<KolomRealisasi, string> = {
  realisasiFisik: 'Realisasi fisik (%)',
  realisasiKeuangan: 'Realisasi keuangan (Rp)',
  realisasiKinerja: 'Realisasi kinerja',
  permasalahan: 'Permasalahan/kendala',
  faktorPendorong: 'Faktor pendorong',
  faktorPenghambat: 'Faktor penghambat',
  tindakLanjut: 'Tindak lanjut',
};

/** Only the columns present change; an absent column keeps its value, null empties it. */
export const perubahanRealisasi = z.object({
  subKegiatanId: id('Sub kegiatan'),
  /** The revision of the realisation row the grid showed (0 when there was none yet). */
  revisi: revisi(),
  realisasiFisik: persen('Realisasi fisik (%)').optional(),
  realisasiKeuangan: rupiah('Realisasi keuangan (Rp)').nullable().optional(),
  realisasiKinerja: angkaOpsional('Realisasi kinerja', -1e15, 1e15).optional(),
  permasalahan: teksBebas('Permasalahan/kendala', 2000).optional(),
  faktorPendorong: teksBebas('Faktor pendorong', 2000).optional(),
  faktorPenghambat: teksBebas('Faktor penghambat', 2000).optional(),
  tindakLanjut: teksBebas('Tindak lanjut', 2000).optional(),
});
export type PerubahanRealisasi = z.input<typeof perubahanRealisasi>;

export const realisasiApi = {
  'realisasi.lembar': baca<LembarRealisasi>()(z.object({ opdId: id('OPD'), tahun: tahun(), bulan: bulan() })),
  'realisasi.simpan': tulis<{
    disimpan: number;
    /** Per sub kegiatan id, the saved row's new revision. */ revisi: Record<number, number>;
  }>()(
    z.object({
      opdId: id('OPD'),
      tahun: tahun(),
      bulan: bulan(),
      perubahan: z
        .array(perubahanRealisasi, { error: pesanGalat('Perubahan') })
        .min(1)
        .max(20_000),
    }),
  ),
  'realisasi.verifikasi': tulis<Verifikasi>()(
    z.object({
      opdId: id('OPD'),
      tahun: tahun(),
      bulan: bulan(),
      status: pilihan('Status verifikasi', STATUS_VERIFIKASI, LABEL_STATUS_VERIFIKASI),
      catatan: teksOpsional('Catatan verifikator', 4000),
    }),
  ),
  /** Reopens a verified period for correction: the reason is required and recorded; the status returns to diterima. */
  'realisasi.bukaVerifikasi': tulis<Verifikasi>()(
    z.object({
      opdId: id('OPD'),
      tahun: tahun(),
      bulan: bulan(),
      alasan: teks('Alasan membuka verifikasi', 1000),
    }),
  ),
};
