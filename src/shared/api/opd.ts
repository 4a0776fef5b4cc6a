// API of the OPD master data (Data Master OPD).
import { z } from 'zod';
import { tulis, baca } from './define';
import { id, nip, nipOpsional, pesanGalat, pilihan, teks, teksOpsional, revisi } from './fields';
import { KLASTER, LABEL_KLASTER, POLA_KODE_OPD, type Klaster } from '../opd';
import { normalisasiTelepon } from '../telepon';

export interface Opd {
  id: number;
  kode: string;
  nama: string;
  singkatan: string;
  klaster: Klaster;
  kepalaNama: string;
  kepalaJabatan: string;
  kepalaNip: string;
  sekretarisNama: string;
  sekretarisNip: string;
  alamat: string;
  telepon: string;
  /** Who the section contacts about the OPD's report, and their phone as +62... ('' when none). */
  kontakNama: string;
  kontakTelepon: string;
  revisi: number;
}

/** A phone number typed any usual way, stored as +62...; '' means none. The message names the field. */
export const teleponIndonesia = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .max(50, { error: `${label} paling banyak 50 karakter` })
    .superRefine((s, ctx) => {
      const hasil = normalisasiTelepon(s);
      if (!hasil.ok) ctx.addIssue({ code: 'custom', message: `${label} ${hasil.pesan}` });
    })
    .transform((s) => {
      const hasil = normalisasiTelepon(s);
      return hasil.ok ? hasil.nomor : '';
    })
    .default('');

export const opdInput = z.object({
  id: id('ID OPD').optional(),
  revisi: revisi(),
  kode: z
    .string({ error: 'Kode OPD wajib diisi' })
    .trim()
    .regex(POLA_KODE_OPD, { error: 'Kode OPD harus 8 segmen seperti 1.01.2.22.0.00.01.0000' }),
  nama: teks('Nama OPD'),
  singkatan: teksOpsional('Singkatan', 30),
  klaster: pilihan('Kelompok (klaster)', KLASTER, LABEL_KLASTER),
  kepalaNama: teks('Nama kepala'),
  kepalaJabatan: teksOpsional('Jabatan kepala', 200),
  kepalaNip: nip('NIP kepala'),
  sekretarisNama: teksOpsional('Nama sekretaris', 200),
  sekretarisNip: nipOpsional('NIP sekretaris'),
  alamat: teksOpsional('Alamat'),
  telepon: teksOpsional('Telepon', 50),
  kontakNama: teksOpsional('Nama kontak pelaporan', 200),
  kontakTelepon: teleponIndonesia('Telepon kontak (WhatsApp)'),
});
export type OpdInput = z.input<typeof opdInput>;

export const opdApi = {
  'opd.daftar': baca<Opd[]>()(z.object({})),
  'opd.simpan': tulis<Opd>()(opdInput),
  'opd.hapus': tulis<{ id: number }>()(z.object({ id: id('ID OPD') })),
};
