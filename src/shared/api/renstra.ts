// API of RPJMD and Renstra PD: the five-year plans, the link from Renja programs, the performance tree and Konsistensi.
import { z } from 'zod';
import { tulis, baca } from './define';
import type { BerkasJadi } from './ekspor';
import { bilanganBulat, id, idOpsional, pesanGalat, pilihan, teks, teksOpsional, revisi } from './fields';
import { angkaOpsional, rupiah, tahun } from './renja';
import type { ArahIndikator, JenisIndikator } from '../monev/rules';
import type { Temuan } from '../renstra/konsistensi';
import { LAMA_PERIODE_RPJMD } from '../renstra/periode';
import type { SimpulPohon } from '../renstra/pohon';
import type { Saran } from '../renstra/tautan';

export const TINGKAT_PRIORITAS = ['daerah', 'provinsi', 'nasional'] as const;
export type TingkatPrioritas = (typeof TINGKAT_PRIORITAS)[number];
export const LABEL_PRIORITAS: Record<TingkatPrioritas, string> = {
  daerah: 'Prioritas daerah',
  provinsi: 'Prioritas provinsi',
  nasional: 'Prioritas nasional',
};

export interface NilaiTahun {
  tahun: number;
  target: number | null;
  realisasi: number | null;
}

export interface RpjmdRingkas {
  id: number;
  tahunAwal: number;
  tahunAkhir: number;
  namaBupati: string;
  namaWakil: string;
  visi: string;
}

export interface IndikatorSasaran {
  id: number;
  /** The row's revision (its yearly values raise it too): a grid save sends it back, never overwriting a change. */
  revisi: number;
  uraian: string;
  satuan: string;
  baseline: number | null;
  jenis: JenisIndikator;
  arah: ArahIndikator;
  nilai: NilaiTahun[];
}

export interface SasaranRpjmd {
  id: number;
  nomor: number;
  uraian: string;
  indikator: IndikatorSasaran[];
  prioritasIds: number[];
}

export interface Rpjmd extends RpjmdRingkas {
  misi: {
    id: number;
    nomor: number;
    uraian: string;
    tujuan: { id: number; nomor: number; uraian: string; sasaran: SasaranRpjmd[] }[];
  }[];
  prioritas: { id: number; tingkat: TingkatPrioritas; nama: string; uraian: string; sasaranIds: number[] }[];
}

export interface IndikatorRenstra {
  id: number;
  /** The row's revision (its yearly targets raise it too): a grid save sends it back, never overwriting a change. */
  revisi: number;
  uraian: string;
  satuan: string;
  baseline: number | null;
  targetAkhir: number | null;
  jenis: JenisIndikator;
  arah: ArahIndikator;
  nilai: NilaiTahun[];
}

export interface PaguTahun {
  tahun: number;
  pagu: number;
  realisasi: number | null;
}

export interface KegiatanRenstra {
  id: number;
  /** The row's revision: a grid save sends it back, so it never overwrites a change made since it was read. */
  revisi: number;
  kode: string;
  nama: string;
  indikator: IndikatorRenstra[];
  pagu: PaguTahun[];
}

export interface ProgramRenstra extends Omit<KegiatanRenstra, 'id'> {
  id: number;
  sasaranRpjmdId: number | null;
  kegiatan: KegiatanRenstra[];
}

export interface Renstra {
  rpjmdId: number;
  opdId: number;
  program: ProgramRenstra[];
}

export interface ProgramRingkas {
  id: number;
  opd: string;
  kode: string;
  nama: string;
}

export interface BarisTautan {
  programId: number;
  opdId: number;
  opd: string;
  kode: string;
  nama: string;
  pagu: number;
  tertaut: ProgramRingkas | null;
  saran: (Saran & ProgramRingkas)[];
}

export interface PorsiAnggaran {
  label: string;
  pagu: number;
  persen: number | null;
}

export interface Pohon {
  tahun: number;
  /** Month the realisation is measured at: the latest with any report in the year, else December. */
  bulan: number;
  rpjmd: RpjmdRingkas | null;
  baris: SimpulPohon[];
  /** Per misi, then program penunjang and what is not linked yet; sums to the year's total pagu. */
  porsi: PorsiAnggaran[];
  totalPagu: number;
}

export interface Konsistensi {
  tahun: number;
  rpjmd: RpjmdRingkas | null;
  temuan: Temuan[];
}

const nomor = () => bilanganBulat('Nomor', 1, 99);
const jenisIndikator = () =>
  pilihan('Jenis indikator', ['jumlah', 'posisi'] as const, { jumlah: 'Jumlah', posisi: 'Posisi' }).default('posisi');
const arahIndikator = () =>
  pilihan('Arah indikator', ['positif', 'negatif'] as const, { positif: 'Positif', negatif: 'Negatif' }).default(
    'positif',
  );
const nilaiTahun = z.object({
  tahun: tahun(),
  target: angkaOpsional('Target', 0, 1e15).default(null),
  realisasi: angkaOpsional('Realisasi', -1e15, 1e15).default(null),
});
const daftarNilai = z
  .array(nilaiTahun, { error: pesanGalat('Target per tahun') })
  .max(LAMA_PERIODE_RPJMD)
  .default([]);
/** One year's pagu and its realisation; a refusal names the year ("Pagu indikatif 2027 tidak boleh kurang dari 0"). */
const paguTahun = z
  .object({
    tahun: tahun(),
    pagu: z.number({ error: pesanGalat('Pagu indikatif') }),
    realisasi: z
      .number({ error: pesanGalat('Realisasi anggaran') })
      .nullable()
      .default(null),
  })
  .superRefine((p, ctx) => {
    for (const [kolom, label] of [
      ['pagu', 'Pagu indikatif'],
      ['realisasi', 'Realisasi anggaran'],
    ] as const) {
      const hasil = p[kolom] === null ? null : rupiah(`${label} ${p.tahun}`).safeParse(p[kolom]);
      for (const issue of hasil?.error?.issues ?? [])
        ctx.addIssue({ code: 'custom', path: [kolom], message: issue.message });
    }
  });
const daftarId = (label: string) =>
  z
    .array(id(label), { error: pesanGalat(label) })
    .max(500)
    .default([]);
export const TINGKAT_RENSTRA = ['program', 'kegiatan'] as const;
const tingkatRenstra = () => pilihan('Tingkat', TINGKAT_RENSTRA, { program: 'Program', kegiatan: 'Kegiatan' });

export const JENIS_BUTIR_RPJMD = ['rpjmd', 'misi', 'tujuan', 'sasaran', 'indikator', 'prioritas'] as const;
export type JenisButirRpjmd = (typeof JENIS_BUTIR_RPJMD)[number];

export const renstraApi = {
  'rpjmd.daftar': baca<RpjmdRingkas[]>()(z.object({})),
  'rpjmd.rincian': baca<Rpjmd>()(z.object({ id: id('RPJMD') })),
  'rpjmd.simpan': tulis<{ id: number }>()(
    z.object({
      id: id().optional(),
      revisi: revisi(),
      tahunAwal: bilanganBulat('Tahun awal', 2000, 2096),
      namaBupati: teksOpsional('Nama bupati', 200),
      namaWakil: teksOpsional('Nama wakil bupati', 200),
      visi: teks('Visi', 1000),
    }),
  ),
  'rpjmd.simpanMisi': tulis<{ id: number }>()(
    z.object({ id: id().optional(), rpjmdId: id('RPJMD'), nomor: nomor(), uraian: teks('Misi', 1000) }),
  ),
  'rpjmd.simpanTujuan': tulis<{ id: number }>()(
    z.object({ id: id().optional(), misiId: id('Misi'), nomor: nomor(), uraian: teks('Tujuan', 1000) }),
  ),
  'rpjmd.simpanSasaran': tulis<{ id: number }>()(
    z.object({ id: id().optional(), tujuanId: id('Tujuan'), nomor: nomor(), uraian: teks('Sasaran', 1000) }),
  ),
  'rpjmd.simpanIndikator': tulis<{ id: number; revisi: number }>()(
    z.object({
      id: id().optional(),
      revisi: revisi(),
      sasaranId: id('Sasaran'),
      uraian: teks('Indikator', 500),
      satuan: teksOpsional('Satuan', 50),
      baseline: angkaOpsional('Baseline', -1e15, 1e15).default(null),
      jenis: jenisIndikator(),
      arah: arahIndikator(),
      nilai: daftarNilai,
    }),
  ),
  'rpjmd.simpanPrioritas': tulis<{ id: number }>()(
    z.object({
      id: id().optional(),
      revisi: revisi(),
      rpjmdId: id('RPJMD'),
      tingkat: pilihan('Tingkat prioritas', TINGKAT_PRIORITAS, LABEL_PRIORITAS),
      nama: teks('Nama prioritas', 300),
      uraian: teksOpsional('Uraian prioritas', 1000),
      sasaranIds: daftarId('Sasaran yang didukung'),
    }),
  ),
  'rpjmd.hapus': tulis<{ id: number }>()(
    z.object({
      jenis: pilihan('Jenis', JENIS_BUTIR_RPJMD),
      id: id(),
    }),
  ),
  'renstra.daftar': baca<Renstra>()(z.object({ rpjmdId: id('RPJMD'), opdId: id('OPD') })),
  'renstra.simpanProgram': tulis<{ id: number }>()(
    z.object({
      id: id().optional(),
      revisi: revisi(),
      rpjmdId: id('RPJMD'),
      opdId: id('OPD'),
      kode: teks('Kode program', 20),
      nama: teks('Nama program', 500),
      sasaranRpjmdId: idOpsional('Sasaran RPJMD'),
    }),
  ),
  'renstra.simpanKegiatan': tulis<{ id: number }>()(
    z.object({
      id: id().optional(),
      revisi: revisi(),
      programId: id('Program Renstra'),
      kode: teks('Kode kegiatan', 30),
      nama: teks('Nama kegiatan', 500),
    }),
  ),
  'renstra.simpanIndikator': tulis<{ id: number; revisi: number }>()(
    z.object({
      id: id().optional(),
      revisi: revisi(),
      tingkat: tingkatRenstra(),
      pemilikId: id('Pemilik indikator'),
      uraian: teks('Indikator', 500),
      satuan: teksOpsional('Satuan', 50),
      baseline: angkaOpsional('Baseline', -1e15, 1e15).default(null),
      targetAkhir: angkaOpsional('Target akhir periode', 0, 1e15).default(null),
      jenis: jenisIndikator(),
      arah: arahIndikator(),
      nilai: daftarNilai,
    }),
  ),
  /**
   * One row of the Renstra grid, a program or a kegiatan, whole and in one transaction: code, name, the program's
   * RPJMD sasaran and its pagu per year (the list given is the row's list: a year left out is removed).
   */
  'renstra.simpanBaris': tulis<{ id: number; revisi: number }>()(
    z.object({
      tingkat: tingkatRenstra(),
      id: id(),
      revisi: revisi(),
      kode: teks('Kode', 30),
      nama: teks('Nama', 500),
      sasaranRpjmdId: idOpsional('Sasaran RPJMD'),
      pagu: z.array(paguTahun, { error: pesanGalat('Pagu per tahun') }).max(LAMA_PERIODE_RPJMD),
    }),
  ),
  'renstra.hapus': tulis<{ id: number }>()(
    z.object({
      tingkat: pilihan('Tingkat', ['program', 'kegiatan', 'indikator'] as const),
      id: id(),
    }),
  ),
  'renstra.tautan': baca<BarisTautan[]>()(z.object({ tahun: tahun(), opdId: id('OPD').optional() })),
  'renstra.tautkan': tulis<{ programId: number; renstraProgramId: number }>()(
    z.object({ programId: id('Program Renja'), renstraProgramId: id('Program Renstra') }),
  ),
  'renstra.lepasTautan': tulis<{ programId: number }>()(z.object({ programId: id('Program Renja') })),
  'renstra.pohon': baca<Pohon>()(z.object({ tahun: tahun() })),
  'renstra.konsistensi': baca<Konsistensi>()(z.object({ tahun: tahun() })),
  'renstra.konsistensiDocx': baca<BerkasJadi>()(z.object({ tahun: tahun() })),
};
