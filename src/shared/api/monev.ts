// API of the monev figures: the dashboard of one quarter and the Kurva S.
import { z } from 'zod';
import { baca } from './define';
import { bilanganBulat, id } from './fields';
import { tahun } from './renja';
import type { Klaster } from '../opd';
import type { Status } from '../monev/rules';
import type { StatusVerifikasi, Versi } from '../renja';

/** Figures of one unit (the regency, an OPD, a program...) for one period, with everything derived from them. */
export interface AngkaMonev {
  pagu: number;
  targetFisik: number | null;
  realisasiFisik: number | null;
  targetKeuangan: number | null;
  realisasiKeuangan: number | null;
  deviasiFisik: number | null;
  persenKeuangan: number | null;
  deviasiKeuangan: number | null;
  status: Status | null;
}

export interface BarisOpdMonev extends AngkaMonev {
  opdId: number;
  nama: string;
  singkatan: string;
  klaster: Klaster;
  jumlahSubKegiatan: number;
  /** Sub kegiatan with a realisation entered for the period. */
  jumlahTerisi: number;
  peringkat: number;
  /** The OPD's report for the period: draft, diterima or diverifikasi, and when it last changed status. */
  verifikasi: { status: StatusVerifikasi; pada: string | null };
}

export interface TitikKurvaS {
  bulan: number;
  targetFisik: number | null;
  realisasiFisik: number | null;
}

export interface Ringkasan {
  tahun: number;
  triwulan: number;
  bulan: number;
  versi: Versi;
  kabupaten: AngkaMonev;
  opd: BarisOpdMonev[];
  /** True until any realisation of the period has been entered. */
  belumAdaRealisasi: boolean;
}

/** The latest month with any realisation entered, the period a page opens on when the user has chosen none. */
export interface PeriodeTerakhir {
  tahun: number;
  bulan: number;
}

export const monevApi = {
  'monev.periodeTerakhir': baca<PeriodeTerakhir | null>()(z.object({})),
  'monev.ringkasan': baca<Ringkasan>()(z.object({ tahun: tahun(), triwulan: bilanganBulat('Triwulan', 1, 4) })),
  'monev.kurvaS': baca<TitikKurvaS[]>()(z.object({ tahun: tahun(), opdId: id('OPD').optional() })),
};
