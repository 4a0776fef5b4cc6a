// API of contracts: a sub kegiatan's contract (nilai, dates, penyedia, optional monthly plan) and the quarter's
// kontrak-kritis view.
import { z } from 'zod';
import { baca, tulis } from './define';
import { bilanganBulat, id, idOpsional, pesanGalat, revisi, tanggal, teks, teksOpsional } from './fields';
import { rupiah, tahun } from './renja';
import { periksaJadwal, type StatusKontrak, type TitikJadwal } from '../monev/kontrak';

export interface Kontrak {
  id: number;
  subKegiatanId: number;
  subKode: string;
  subNama: string;
  opdId: number;
  opdNama: string;
  opdSingkatan: string;
  nomor: string;
  penyedia: string;
  nilai: number;
  tanggalMulai: string;
  tanggalSelesai: string;
  jadwal: TitikJadwal[];
  revisi: number;
}

export interface KontrakPeriode extends Kontrak {
  /** Planned cumulative physical progress at the quarter's end (see docs/glossary.md, "jadwal kontrak"). */
  rencanaFisik: number;
  realisasiFisik: number | null;
  deviasi: number | null;
  /** null while the sub kegiatan has no realisasi fisik for the quarter. */
  status: StatusKontrak | null;
}

export interface PantauKontrak {
  tahun: number;
  triwulan: number;
  /** The day the schedule is read at: the quarter's last day, which the cumulative realisation describes. */
  tanggal: string;
  jumlah: Record<StatusKontrak | 'belumAdaData', number>;
  /** Kritis first, then terlambat, then the rest; the furthest behind first. */
  kontrak: KontrakPeriode[];
}

const titikJadwal = z.object({
  bulan: z
    .string({ error: pesanGalat('Bulan jadwal') })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Bulan jadwal harus berformat TTTT-BB' }),
  rencanaFisik: z
    .number({ error: pesanGalat('Rencana fisik jadwal (%)') })
    .min(0)
    .max(100),
});

export const kontrakInput = z
  .object({
    id: id('ID kontrak').optional(),
    revisi: revisi(),
    subKegiatanId: id('Sub kegiatan'),
    nomor: teksOpsional('Nomor kontrak', 100),
    penyedia: teks('Penyedia', 200),
    nilai: rupiah('Nilai kontrak').refine((n) => n > 0, { error: 'Nilai kontrak harus lebih dari 0' }),
    tanggalMulai: tanggal('Tanggal mulai'),
    tanggalSelesai: tanggal('Tanggal selesai'),
    jadwal: z
      .array(titikJadwal, { error: pesanGalat('Jadwal') })
      .max(120)
      .default([]),
  })
  .superRefine((k, ctx) => {
    if (k.tanggalSelesai < k.tanggalMulai) {
      ctx.addIssue({
        code: 'custom',
        path: ['tanggalSelesai'],
        message: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
      });
      return;
    }
    const salah = periksaJadwal(k);
    if (salah) ctx.addIssue({ code: 'custom', path: ['jadwal'], message: salah });
  });
export type KontrakInput = z.input<typeof kontrakInput>;

export const kontrakApi = {
  'kontrak.pantau': baca<PantauKontrak>()(
    z.object({ tahun: tahun(), triwulan: bilanganBulat('Triwulan', 1, 4), opdId: idOpsional('OPD') }),
  ),
  'kontrak.simpan': tulis<Kontrak>()(kontrakInput),
  'kontrak.hapus': tulis<{ id: number }>()(z.object({ id: id('ID kontrak') })),
};
