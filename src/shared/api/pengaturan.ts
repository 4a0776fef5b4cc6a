// API of Pengaturan: the instansi profile printed on every document, and the section's preferences.
import { z } from 'zod';
import { tulis, baca } from './define';
import { bilanganBulat, email, pesanGalat, pilihan, teks, teksOpsional } from './fields';
import { MIME_GAMBAR } from '../gambar';
import { ATURAN_MONEV_BAKU, type AturanMonev } from '../monev/aturan';

export const ZONA_WAKTU = ['WIB', 'WITA', 'WIT'] as const;
export const UKURAN_KERTAS = ['A4', 'F4'] as const;
export type UkuranKertas = (typeof UKURAN_KERTAS)[number];

/** Portrait paper in millimetres: A4, and F4 (folio, 215 x 330), the paper many regencies print on. */
export const KERTAS_MM: Record<UkuranKertas, { lebar: number; tinggi: number }> = {
  A4: { lebar: 210, tinggi: 297 },
  F4: { lebar: 215, tinggi: 330 },
};

/** What a page is laid out on: the paper and the margins (cm) of Pengaturan. */
export type PengaturanHalaman = Pick<
  Pengaturan,
  'ukuranKertas' | 'marginAtas' | 'marginKanan' | 'marginBawah' | 'marginKiri'
>;

/** "#1F4E79": what an <input type="color"> gives; stored upper-case. */
const warna = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: `${label} harus kode warna seperti #1F4E79` })
    .overwrite((w) => w.toUpperCase());

/** Page margins in cm: Tata Naskah Dinas asks for about 2-3 cm, some regional guides 3-4 cm at the left. */
export const BATAS_MARGIN_CM = { min: 1, max: 5 } as const;

const marginCm = (label: string) =>
  z
    .number({ error: pesanGalat(label) })
    .min(BATAS_MARGIN_CM.min, { error: `${label} harus antara ${BATAS_MARGIN_CM.min} dan ${BATAS_MARGIN_CM.max} cm` })
    .max(BATAS_MARGIN_CM.max, { error: `${label} harus antara ${BATAS_MARGIN_CM.min} dan ${BATAS_MARGIN_CM.max} cm` })
    // Millimetres are as fine as a ruler reads.
    .overwrite((n) => Math.round(n * 10) / 10);

export const pengaturanInput = z.object({
  namaPemda: teks('Nama pemerintah daerah'),
  namaSekretariat: teks('Nama sekretariat'),
  namaBagian: teks('Nama bagian'),
  alamat: teksOpsional('Alamat'),
  telepon: teksOpsional('Telepon', 50),
  email: email('Email'),
  laman: teksOpsional('Laman', 200),
  kodePos: z
    .string({ error: pesanGalat('Kode pos') })
    .trim()
    .regex(/^(\d{5})?$/, { error: 'Kode pos harus 5 digit angka' })
    .default(''),
  kotaPenerbitan: teks('Kota penerbitan', 100),
  tahunAnggaran: bilanganBulat('Tahun anggaran', 2000, 2100),
  zonaWaktu: pilihan('Zona waktu', ZONA_WAKTU),
  ukuranKertas: pilihan('Ukuran kertas', UKURAN_KERTAS),
  /** Margins of every document, in cm; the binding edge (left) is the wider one. */
  marginAtas: marginCm('Margin atas'),
  marginKanan: marginCm('Margin kanan'),
  marginBawah: marginCm('Margin bawah'),
  marginKiri: marginCm('Margin kiri'),
  polaNomorSurat: teks('Pola nomor surat', 100).refine((s) => s.includes('{urut}'), {
    error: 'Pola nomor surat harus memuat {urut} (nomor urut surat)',
  }),
  /** The regency's colours on slides (paparan): title band and headings, then accents. */
  warnaUtama: warna('Warna utama paparan'),
  warnaAksen: warna('Warna aksen paparan'),
});
export type Pengaturan = z.output<typeof pengaturanInput>;

/**
 * What a new database starts with. The regency's own identity (its name, the town letters are dated in) starts empty:
 * a printed letter must never carry another regency's name; the documents that need it ask for it (see
 * identitasKurang). The sekretariat and bagian keep the names the Permendagri nomenclature gives every regency.
 */
export const PENGATURAN_BAKU: Pengaturan = {
  namaPemda: '',
  namaSekretariat: 'Sekretariat Daerah',
  namaBagian: 'Bagian Perekonomian dan Sumber Daya Alam',
  alamat: '',
  telepon: '',
  email: '',
  laman: '',
  kodePos: '',
  kotaPenerbitan: '',
  tahunAnggaran: new Date().getFullYear(),
  zonaWaktu: 'WITA',
  ukuranKertas: 'A4',
  marginAtas: 2,
  marginKanan: 2,
  marginBawah: 2,
  marginKiri: 2.5,
  polaNomorSurat: '000.1.5/{urut}/Ekbang/{tahun}',
  warnaUtama: '#1F4E79',
  warnaAksen: '#C9A227',
};

/** The identity every letterhead and signature block prints, labelled as the Pengaturan form labels it. */
export const IDENTITAS_INSTANSI = [
  ['namaPemda', 'Nama Pemerintah Daerah'],
  ['namaSekretariat', 'Nama Sekretariat'],
  ['namaBagian', 'Nama Bagian'],
  ['kotaPenerbitan', 'Kota Penerbitan Surat'],
] as const satisfies readonly (readonly [keyof Pengaturan, string])[];

/** The identity fields still empty, in the form's order: none once the instansi profile is filled. */
export function identitasKurang(p: Pengaturan): (typeof IDENTITAS_INSTANSI)[number][] {
  return IDENTITAS_INSTANSI.filter(([kolom]) => p[kolom].trim() === '');
}

/** Large enough for a crisp lambang daerah, small enough to keep the database lean. */
export const UKURAN_LOGO_MAKS = 1024 * 1024;

export const logoInput = z.object({
  mime: pilihan('Jenis berkas logo', MIME_GAMBAR),
  base64: z
    .string({ error: pesanGalat('Berkas logo') })
    .min(1)
    .max(Math.ceil((UKURAN_LOGO_MAKS * 4) / 3) + 4, { error: 'Berkas logo paling besar 1 MB' })
    .regex(/^[A-Za-z0-9+/]+=*$/, { error: 'Berkas logo rusak (bukan base64)' }),
});
export type Logo = z.output<typeof logoInput>;

const batasPredikat = (label: string) =>
  z
    .number({ error: pesanGalat(label) })
    .min(0)
    .max(1000);

/** How monev figures are judged: warning thresholds, the capaian formula for lower-is-better indicators, predikat. */
export const pengaturanMonevInput = z
  .object({
    aturanStatus: z.object({
      batasMerahRendah: z
        .number({ error: pesanGalat('Batas merah (target rendah)') })
        .min(-100)
        .max(0),
      batasMerahTinggi: z
        .number({ error: pesanGalat('Batas merah (target tinggi)') })
        .min(-100)
        .max(0),
      ambangTarget: z
        .number({ error: pesanGalat('Ambang target fisik') })
        .min(0)
        .max(100),
    }),
    rumusNegatif: pilihan('Rumus capaian indikator negatif', ['selisih', 'kebalikan'] as const, {
      selisih: '(2 x target - realisasi) / target x 100',
      kebalikan: 'target / realisasi x 100',
    }),
    predikat: z.object({
      batas: z.tuple(
        [
          batasPredikat('Batas Sangat Tinggi'),
          batasPredikat('Batas Tinggi'),
          batasPredikat('Batas Sedang'),
          batasPredikat('Batas Rendah'),
        ],
        { error: pesanGalat('Batas predikat') },
      ),
      termasukBatas: z.boolean({ error: pesanGalat('Batas bawah termasuk') }),
    }),
  })
  .superRefine((a, ctx) => {
    const [st, t, s, r] = a.predikat.batas;
    if (!(st > t && t > s && s > r))
      ctx.addIssue({
        code: 'custom',
        path: ['predikat', 'batas'],
        message: 'Batas predikat harus menurun: Sangat Tinggi > Tinggi > Sedang > Rendah',
      });
  }) satisfies z.ZodType<AturanMonev>;
export type PengaturanMonev = AturanMonev;

export const PENGATURAN_MONEV_BAKU: PengaturanMonev = ATURAN_MONEV_BAKU;

export const pengaturanApi = {
  'pengaturan.ambilMonev': baca<PengaturanMonev>()(z.object({})),
  'pengaturan.simpanMonev': tulis<PengaturanMonev>()(pengaturanMonevInput),
  'pengaturan.ambil': baca<Pengaturan>()(z.object({})),
  'pengaturan.simpan': tulis<Pengaturan>()(pengaturanInput),
  'pengaturan.ambilLogo': baca<Logo | null>()(z.object({})),
  'pengaturan.simpanLogo': tulis<{ ukuran: number }>()(logoInput),
  'pengaturan.hapusLogo': tulis<Record<string, never>>()(z.object({})),
};
