// API of coordination meetings: the meeting and its invitees, the letter register, minutes, follow-ups and obstacles.
import { z } from 'zod';
import { tulis, baca } from './define';
import {
  bilanganBulat,
  daftarTeks,
  id,
  idOpsional,
  jam,
  nipOpsional,
  pesanGalat,
  pilihan,
  tanggal,
  tanggalOpsional,
  teks,
  teksOpsional,
  revisi,
} from './fields';
import type { Klaster } from '../opd';
import type { BandRisiko } from '../monev/risiko';
import {
  JENIS_DOKUMEN_RAPAT,
  JENIS_EVALUASI_TRIWULAN,
  JENIS_RAPAT,
  KEHADIRAN,
  LABEL_JENIS_RAPAT,
  LABEL_KEHADIRAN,
  LABEL_STATUS_KENDALA,
  LABEL_STATUS_TINDAK_LANJUT,
  LABEL_TINGKAT_KENDALA,
  LABEL_TUJUAN,
  SIFAT_SURAT,
  STATUS_TINDAK_LANJUT,
  TINGKAT_KENDALA,
  TUJUAN_UNDANGAN,
  type JenisRapat,
  type Kehadiran,
  type SifatSurat,
  type StatusTindakLanjut,
  type TingkatKendala,
  type TujuanUndangan,
} from '../rapat';

/** An invitee: a whole OPD (opdId) or a person (nama, jabatan, instansi); walk-ins have diundang false. */
export const pesertaInput = z
  .object({
    opdId: idOpsional('OPD'),
    nama: teksOpsional('Nama peserta', 200),
    jabatan: teksOpsional('Jabatan peserta', 200),
    instansi: teksOpsional('Instansi peserta', 200),
    diundang: z.boolean({ error: pesanGalat('Diundang') }).default(true),
    kehadiran: pilihan('Kehadiran', KEHADIRAN, LABEL_KEHADIRAN).default(''),
    diwakiliOleh: teksOpsional('Nama wakil', 200),
  })
  .superRefine((p, ctx) => {
    if (p.opdId === null && p.nama === '')
      ctx.addIssue({ code: 'custom', path: ['nama'], message: 'Nama peserta wajib diisi bila peserta bukan OPD' });
    if (p.kehadiran === 'diwakili' && p.diwakiliOleh === '')
      ctx.addIssue({ code: 'custom', path: ['diwakiliOleh'], message: 'Nama wakil wajib diisi bila peserta diwakili' });
  });

/** "", "selesai" ("s.d. selesai") or a clock time. */
const waktuSelesai = z
  .string({ error: pesanGalat('Waktu selesai') })
  .trim()
  .default('')
  .pipe(z.union([z.literal(''), z.literal('selesai'), jam('Waktu selesai')], { error: pesanGalat('Waktu selesai') }));

export const rapatInput = z
  .object({
    id: id('ID rapat').optional(),
    revisi: revisi(),
    jenis: pilihan('Jenis rapat', JENIS_RAPAT, LABEL_JENIS_RAPAT),
    judul: teks('Judul rapat', 300),
    tahun: bilanganBulat('Tahun yang dievaluasi', 2000, 2100).nullable().default(null),
    triwulan: bilanganBulat('Triwulan yang dievaluasi', 1, 4).nullable().default(null),
    tanggal: tanggal('Tanggal rapat'),
    waktuMulai: jam('Waktu mulai'),
    waktuSelesai,
    tempat: teks('Tempat', 300),
    pimpinanId: idOpsional('Pimpinan rapat'),
    penandatanganId: idOpsional('Penandatangan undangan'),
    atasNama: teksOpsional('Atas nama (a.n.)', 200),
    tujuan: pilihan('Undangan ditujukan kepada', TUJUAN_UNDANGAN, LABEL_TUJUAN).default('kepala'),
    tanggalSurat: tanggalOpsional('Tanggal surat'),
    sifat: pilihan('Sifat surat', SIFAT_SURAT).default('Biasa'),
    lampiran: bilanganBulat('Lampiran (lembar)', 0, 99).nullable().default(null),
    hal: teks('Hal', 300),
    pembuka: teksOpsional('Kalimat pembuka', 1500),
    penutup: teksOpsional('Kalimat penutup', 1500),
    acara: z
      .array(z.object({ id: id('ID acara').optional(), uraian: teks('Acara', 500) }), { error: pesanGalat('Acara') })
      .max(30)
      .default([]),
    narasumber: daftarTeks('Narasumber', 20),
    tembusan: daftarTeks('Tembusan', 20),
    peserta: z.array(pesertaInput, { error: pesanGalat('Peserta') }).max(500, { error: 'Peserta paling banyak 500' }),
  })
  .superRefine((r, ctx) => {
    if (JENIS_EVALUASI_TRIWULAN.includes(r.jenis)) {
      const label = LABEL_JENIS_RAPAT[r.jenis];
      if (r.tahun === null)
        ctx.addIssue({ code: 'custom', path: ['tahun'], message: `Tahun yang dievaluasi wajib diisi untuk ${label}` });
      if (r.triwulan === null)
        ctx.addIssue({
          code: 'custom',
          path: ['triwulan'],
          message: `Triwulan yang dievaluasi wajib diisi untuk ${label}`,
        });
    }
    if (r.triwulan !== null && r.tahun === null)
      ctx.addIssue({
        code: 'custom',
        path: ['tahun'],
        message: 'Tahun yang dievaluasi wajib diisi bila triwulan diisi',
      });
    if (/^\d{2}:\d{2}$/.test(r.waktuSelesai) && r.waktuSelesai <= r.waktuMulai)
      ctx.addIssue({ code: 'custom', path: ['waktuSelesai'], message: 'Waktu selesai harus setelah waktu mulai' });
    const dilihat = new Map<number, number>();
    r.peserta.forEach((p, i) => {
      if (p.opdId === null) return;
      if (dilihat.has(p.opdId))
        ctx.addIssue({
          code: 'custom',
          path: ['peserta', i, 'opdId'],
          message: `Peserta ke-${i + 1}: OPD yang sama sudah ada pada peserta ke-${dilihat.get(p.opdId)! + 1}`,
        });
      else dilihat.set(p.opdId, i);
    });
  });
export type RapatInput = z.input<typeof rapatInput>;
export type RapatData = z.output<typeof rapatInput>;

export interface Peserta {
  id: number;
  opdId: number | null;
  klaster: Klaster | null;
  /** For an OPD: its head's or secretary's name and title as addressed by this meeting. */
  nama: string;
  jabatan: string;
  instansi: string;
  diundang: boolean;
  kehadiran: Kehadiran;
  diwakiliOleh: string;
}

export interface Acara {
  id: number;
  uraian: string;
}

export interface Pembahasan {
  id: number;
  acaraId: number | null;
  pembicara: string;
  uraian: string;
}

export interface Notulen {
  notulisNama: string;
  notulisNip: string;
  pembukaan: string;
  kesimpulan: string;
  pembahasan: Pembahasan[];
}

export interface Rapat {
  id: number;
  jenis: JenisRapat;
  judul: string;
  tahun: number | null;
  triwulan: number | null;
  tanggal: string;
  waktuMulai: string;
  waktuSelesai: string;
  tempat: string;
  pimpinanId: number | null;
  penandatanganId: number | null;
  atasNama: string;
  tujuan: TujuanUndangan;
  nomorSurat: string;
  tanggalSurat: string;
  sifat: SifatSurat;
  lampiran: number | null;
  hal: string;
  pembuka: string;
  penutup: string;
  narasumber: string[];
  tembusan: string[];
  acara: Acara[];
  peserta: Peserta[];
  notulen: Notulen;
  /** Set once the minutes are approved: the notulen then prints what it printed at that moment. */
  notulenSah: { disahkanPada: string; disahkanOleh: string } | null;
  revisi: number;
}

/** A meeting in the list: a few of its fields and its counts. */
export interface RapatRingkas extends Pick<
  Rapat,
  'id' | 'jenis' | 'judul' | 'tahun' | 'triwulan' | 'tanggal' | 'tempat' | 'nomorSurat'
> {
  jumlahDiundang: number;
  jumlahHadir: number;
  jumlahDokumen: number;
}

export const notulenInput = z.object({
  rapatId: id('ID rapat'),
  /** The minutes live on the meeting's row: its revision. */
  revisi: revisi(),
  notulisNama: teksOpsional('Nama notulis', 200),
  notulisNip: nipOpsional('NIP notulis'),
  pembukaan: teksOpsional('Pembukaan', 5000),
  kesimpulan: teksOpsional('Kesimpulan/keputusan', 5000),
  pembahasan: z
    .array(
      z.object({
        acaraId: idOpsional('Acara'),
        pembicara: teksOpsional('Pembicara', 200),
        uraian: teks('Uraian pembahasan', 5000),
      }),
      { error: pesanGalat('Pembahasan') },
    )
    .max(200)
    .default([]),
});
export type NotulenInput = z.input<typeof notulenInput>;

export interface SuratKeluar {
  id: number;
  tahun: number;
  nomorUrut: number;
  nomor: string;
  hal: string;
  tanggal: string;
  tujuan: string;
  rapatId: number | null;
}

export interface RujukanRapat {
  rapatId: number;
  judul: string;
  tanggal: string;
}

export interface Tinjauan extends RujukanRapat {
  catatan: string;
}

export interface OpdRingkas {
  id: number;
  nama: string;
  singkatan: string;
}

export interface TindakLanjut {
  id: number;
  /** The meeting that decided it. */
  asal: RujukanRapat;
  uraian: string;
  opd: OpdRingkas[];
  batasWaktu: string | null;
  status: StatusTindakLanjut;
  bukti: string;
  terlambat: boolean;
  /** Later meetings where it was reviewed, oldest first. */
  ditinjau: Tinjauan[];
  revisi: number;
}

export interface Kendala {
  id: number;
  asal: RujukanRapat;
  uraian: string;
  opd: OpdRingkas | null;
  tingkat: TingkatKendala;
  status: StatusTindakLanjut;
  solusi: string;
  /** The sub kegiatan the obstacle holds back, when it is one. */
  subKegiatan: { id: number; kode: string; nama: string } | null;
  kategori: { id: number; nama: string } | null;
  /** Risk scales 1-5 (null while not scored), their product and its band (shared/monev/risiko.ts). */
  kemungkinan: number | null;
  dampak: number | null;
  skor: number | null;
  band: BandRisiko | null;
  ditinjau: Tinjauan[];
  revisi: number;
}

export const tindakLanjutInput = z.object({
  id: id('ID tindak lanjut').optional(),
  revisi: revisi(),
  rapatId: id('Rapat yang memutuskan'),
  uraian: teks('Uraian tindak lanjut', 1000),
  opdIds: z
    .array(id('OPD penanggung jawab'), { error: pesanGalat('OPD penanggung jawab') })
    .min(1, { error: 'OPD penanggung jawab wajib dipilih (paling sedikit satu)' })
    .max(100)
    .refine((a) => new Set(a).size === a.length, { error: 'OPD penanggung jawab tidak boleh dipilih dua kali' }),
  batasWaktu: tanggal('Batas waktu').nullable().default(null),
  status: pilihan('Status', STATUS_TINDAK_LANJUT, LABEL_STATUS_TINDAK_LANJUT).default('belum'),
  bukti: teksOpsional('Catatan bukti', 1000),
});
export type TindakLanjutInput = z.input<typeof tindakLanjutInput>;

export const kendalaInput = z
  .object({
    id: id('ID kendala').optional(),
    revisi: revisi(),
    rapatId: id('Rapat tempat kendala diangkat'),
    uraian: teks('Uraian kendala', 1000),
    opdId: idOpsional('OPD'),
    tingkat: pilihan('Tingkat penanganan', TINGKAT_KENDALA, LABEL_TINGKAT_KENDALA).default('opd'),
    status: pilihan('Status', STATUS_TINDAK_LANJUT, LABEL_STATUS_KENDALA).default('belum'),
    solusi: teksOpsional('Solusi', 1000),
    subKegiatanId: idOpsional('Sub kegiatan'),
    kategoriId: idOpsional('Kategori kendala'),
    kemungkinan: bilanganBulat('Kemungkinan (1-5)', 1, 5).nullable().default(null),
    dampak: bilanganBulat('Dampak (1-5)', 1, 5).nullable().default(null),
  })
  .superRefine((k, ctx) => {
    // A score needs both scales; one alone would print a risk that nobody assessed.
    if ((k.kemungkinan === null) !== (k.dampak === null))
      ctx.addIssue({
        code: 'custom',
        path: [k.kemungkinan === null ? 'kemungkinan' : 'dampak'],
        message: 'Kemungkinan dan dampak diisi keduanya (1-5) atau dikosongkan keduanya',
      });
  });
export type KendalaInput = z.input<typeof kendalaInput>;

const daftarTinjauan = (label: string) =>
  z
    .array(z.object({ id: id(label), catatan: teksOpsional('Catatan', 1000) }), { error: pesanGalat(label) })
    .max(500)
    .default([]);

export const tinjauanInput = z.object({
  rapatId: id('ID rapat'),
  tindakLanjut: daftarTinjauan('Tindak lanjut yang ditinjau'),
  kendala: daftarTinjauan('Kendala yang ditinjau'),
});

/** Everything about follow-ups that one meeting's screen and minutes show. */
export interface TindakLanjutRapat {
  diputuskan: TindakLanjut[];
  ditinjau: TindakLanjut[];
  /** Open follow-ups of earlier meetings not yet on this meeting's agenda. */
  tawaran: TindakLanjut[];
  kendalaDiangkat: Kendala[];
  kendalaDitinjau: Kendala[];
  kendalaTawaran: Kendala[];
}

export interface TindakLanjutPerOpd {
  opd: OpdRingkas;
  jumlahTerlambat: number;
  butir: TindakLanjut[];
}

export interface DokumenRingkas {
  id: number;
  rapatId: number | null;
  jenis: string;
  namaBerkas: string;
  ukuran: number;
  dibuatPada: string;
}

const rapatId = z.object({ rapatId: id('ID rapat') });
const saringStatus = pilihan('Saringan status', ['terbuka', 'semua']).default('terbuka');

export const rapatApi = {
  'rapat.daftar': baca<RapatRingkas[]>()(z.object({})),
  'rapat.ambil': baca<Rapat>()(z.object({ id: id('ID rapat') })),
  'rapat.simpan': tulis<Rapat>()(rapatInput),
  'rapat.hapus': tulis<{ id: number }>()(z.object({ id: id('ID rapat') })),
  /** Copies a meeting into the next quarter: same invitees, agenda and open follow-ups; new date. */
  'rapat.salin': tulis<Rapat>()(z.object({ id: id('ID rapat'), tanggal: tanggal('Tanggal rapat baru') })),
  'rapat.simpanNotulen': tulis<Rapat>()(notulenInput),
  /** Approves the minutes: what the notulen prints now is kept, and it is no longer edited. */
  'rapat.sahkanNotulen': tulis<Rapat>()(z.object({ rapatId: id('ID rapat') })),
  /** Withdraws the approval, with the reason Riwayat keeps; the minutes can then be edited again. */
  'rapat.batalkanPengesahan': tulis<Rapat>()(
    z.object({ rapatId: id('ID rapat'), alasan: teks('Alasan pembatalan pengesahan', 500) }),
  ),
  /** Takes the next running number of the letter's year (or the one given) from the register. */
  'rapat.terbitkanNomor': tulis<Rapat>()(
    z.object({
      rapatId: id('ID rapat'),
      nomorUrut: bilanganBulat('Nomor urut', 1, 99999).nullable().default(null),
    }),
  ),
  'rapat.tindakLanjut': baca<TindakLanjutRapat>()(rapatId),
  'rapat.simpanTinjauan': tulis<TindakLanjutRapat>()(tinjauanInput),
  'rapat.buatDokumen': tulis<DokumenRingkas>()(
    z.object({ rapatId: id('ID rapat'), jenis: pilihan('Jenis dokumen', JENIS_DOKUMEN_RAPAT) }),
  ),
  'suratKeluar.daftar': baca<SuratKeluar[]>()(z.object({ tahun: bilanganBulat('Tahun', 2000, 2100) })),
  'tindakLanjut.daftar': baca<TindakLanjut[]>()(z.object({ status: saringStatus })),
  'tindakLanjut.perOpd': baca<TindakLanjutPerOpd[]>()(z.object({})),
  'tindakLanjut.simpan': tulis<TindakLanjut>()(tindakLanjutInput),
  'tindakLanjut.hapus': tulis<{ id: number }>()(z.object({ id: id('ID tindak lanjut') })),
  'kendala.daftar': baca<Kendala[]>()(z.object({ status: saringStatus })),
  'kendala.simpan': tulis<Kendala>()(kendalaInput),
  'kendala.hapus': tulis<{ id: number }>()(z.object({ id: id('ID kendala') })),
};
