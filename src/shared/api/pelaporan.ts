// API of Pemantauan Pelaporan: who has reported a quarter, the deadline per quarter, and the reminders (letter,
// message) sent to the late or incomplete OPD.
import { z } from 'zod';
import { baca, tulis } from './define';
import { bilanganBulat, daftarTeks, id, idOpsional, pesanGalat, pilihan, tanggal, tanggalOpsional } from './fields';
import { tahun } from './renja';
import type { DokumenRingkas } from './rapat';
import type { Klaster } from '../opd';
import { periksaTenggat, type CaraPengingat, type StatusLaporan } from '../pelaporan';

const triwulan = () => bilanganBulat('Triwulan', 1, 4);

/** A count of what is there out of what is expected, e.g. sub kegiatan with figures out of all. */
export interface Ukuran {
  ada: number;
  jumlah: number;
}

export interface RingkasPengingat {
  jumlah: number;
  terakhir: { cara: CaraPengingat; pada: string; oleh: string } | null;
}

export interface BarisPelaporan {
  opdId: number;
  nama: string;
  singkatan: string;
  klaster: Klaster;
  status: StatusLaporan;
  /** Sub kegiatan with both realisasi fisik and keuangan. */
  subKegiatan: Ukuran;
  /** Sub kegiatan with an output indicator whose realisation for the period is filled in. */
  indikator: Ukuran;
  /** Contracted sub kegiatan with physical progress that have a photo of the period. */
  foto: Ukuran;
  /** Lagging sub kegiatan (deviasi below 0) with a note: permasalahan or faktor penghambat. */
  catatan: Ukuran;
  formulirDikirim: string | null;
  formulirKembali: string | null;
  /** The calendar day the report came in (see glossary "tanggal masuk"), null while it has not. */
  tanggalMasuk: string | null;
  hariTerlambat: number;
  perluDiingatkan: boolean;
  kontakNama: string;
  kontakTelepon: string;
  pengingat: RingkasPengingat;
}

export interface PemantauanPelaporan {
  tahun: number;
  triwulan: number;
  bulan: number;
  tenggat: string;
  /** True while the deadline is the default (10 days after the quarter), not one set in Pengaturan. */
  tenggatBaku: boolean;
  perTanggal: string;
  masaPelaporan: boolean;
  jumlahPerStatus: Record<StatusLaporan, number>;
  jumlahTerlambat: number;
  opd: BarisPelaporan[];
  /** OPD with no Renja in the year: nothing to report, not listed. */
  tanpaRenja: number;
}

export interface TenggatTriwulan {
  triwulan: number;
  tanggal: string;
  tanggalBaku: string;
  baku: boolean;
}

export interface PesanPengingat {
  opdId: number;
  teks: string;
  kontakNama: string;
  telepon: string;
  /** https://wa.me/... when the contact has a mobile number; null otherwise (copy the text instead). */
  tautan: string | null;
}

export interface SuratPengingat extends DokumenRingkas {
  nomorSurat: string;
  /** The OPD the letter is addressed to; several for one letter with a lampiran. */
  opd: string[];
}

const periode = { tahun: tahun(), triwulan: triwulan() };
const perTanggal = () => tanggal('Per tanggal').optional();

export const tenggatInput = z
  .object({ ...periode, tanggal: tanggal('Batas waktu pelaporan').nullable() })
  .superRefine((t, ctx) => {
    const salah = t.tanggal === null ? null : periksaTenggat(t.tahun, t.triwulan, t.tanggal);
    if (salah) ctx.addIssue({ code: 'custom', path: ['tanggal'], message: salah });
  });

export const suratPengingatInput = z.object({
  ...periode,
  opdIds: z
    .array(id('OPD'), { error: pesanGalat('OPD yang diingatkan') })
    .min(1, { error: 'OPD yang diingatkan wajib dipilih (paling sedikit satu)' })
    .max(500)
    .refine((a) => new Set(a).size === a.length, { error: 'OPD yang diingatkan tidak boleh dipilih dua kali' }),
  /** One letter per OPD, or one letter to all of them with the list in a lampiran. */
  bentuk: pilihan('Bentuk surat', ['per_opd', 'kolektif'] as const, {
    per_opd: 'Satu surat per OPD',
    kolektif: 'Satu surat dengan lampiran',
  }),
  penandatanganId: idOpsional('Penandatangan'),
  tanggalSurat: tanggalOpsional('Tanggal surat'),
  /** The new date by which the report is asked for; empty: "dalam kesempatan pertama". */
  batasBaru: tanggalOpsional('Batas penyampaian'),
  tembusan: daftarTeks('Tembusan', 10),
});
export type SuratPengingatInput = z.input<typeof suratPengingatInput>;

export const pelaporanApi = {
  /** The tracker of one quarter: one row per OPD with a Renja in the year. */
  'pelaporan.pantau': baca<PemantauanPelaporan>()(z.object({ ...periode, perTanggal: perTanggal() })),
  'pelaporan.tenggat': baca<TenggatTriwulan[]>()(z.object({ tahun: tahun() })),
  /** Sets a quarter's deadline; null returns it to the default. */
  'pelaporan.simpanTenggat': tulis<TenggatTriwulan[]>()(tenggatInput),
  'pelaporan.buatSurat': tulis<SuratPengingat[]>()(suratPengingatInput),
  'pelaporan.arsipSurat': baca<SuratPengingat[]>()(z.object(periode)),
  'pelaporan.pesan': baca<PesanPengingat>()(z.object({ ...periode, opdId: id('OPD'), perTanggal: perTanggal() })),
  /** Records a message as sent; on the desktop a WhatsApp message also opens the wa.me link in the browser. */
  'pelaporan.kirimPesan': tulis<PesanPengingat & { dibuka: boolean }>()(
    z.object({
      ...periode,
      opdId: id('OPD'),
      cara: pilihan('Cara mengirim', ['whatsapp', 'salin'] as const, {
        whatsapp: 'Pesan WhatsApp',
        salin: 'Pesan disalin',
      }),
    }),
  ),
};
