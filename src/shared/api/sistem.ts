// API of the application itself: first-start choice, sample data, version.
import { z } from 'zod';
import { tulis, baca } from './define';
import { teks } from './fields';

/** The first steps of a database started empty, each true once the data shows it done. */
export interface LangkahAwal {
  /** Nama pemerintah daerah, sekretariat, bagian and kota penerbitan filled in Pengaturan. */
  instansi: boolean;
  opd: boolean;
  /** A Renja (at least one sub kegiatan) for the budget year in Pengaturan. */
  renja: boolean;
  realisasi: boolean;
  tahunAnggaran: number;
}

export interface StatusSistem {
  /** True until the user has chosen to start empty or to load the sample data. */
  perluMemilihAwal: boolean;
  jumlahOpd: number;
  versiAplikasi: string;
  versiSkema: string;
  lokasiData: string;
  /** ISO time the app was built; null when running from source (tests, `npm run dev`). */
  tanggalBuild: string | null;
  /** The operator chosen for this session; empty until chosen. */
  operator: string;
  /** Names used before, newest first, to pick from at start. */
  operatorTerakhir: string[];
  /** Only for a database started with "Mulai dengan data kosong"; null otherwise. */
  langkahAwal: LangkahAwal | null;
}

export const sistemApi = {
  'sistem.status': baca<StatusSistem>()(z.object({})),
  'sistem.mulaiKosong': tulis<StatusSistem>()(z.object({})),
  'sistem.muatDataContoh': tulis<StatusSistem>()(z.object({})),
  'sistem.aturOperator': tulis<StatusSistem>()(z.object({ nama: teks('Nama operator', 100) })),
};
