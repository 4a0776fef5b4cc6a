// API of accounts and of the office network mode. Logging in and out are not methods: they set and clear the
// session cookie, which only the HTTP server can do (src/main/web/jaringan.ts).
import { z } from 'zod';
import { LABEL_PERAN, PANJANG_SANDI_MIN, PERAN, type AkunSesi, type Pengguna } from '../akun';
import { baca, tulis } from './define';
import type { MethodName } from './index';
import { bilanganBulat, id, pesanGalat, pilihan, teks } from './fields';
import { bulan, tahun } from './renja';

/** A password is taken as typed (no trimming or cleaning: every character counts) and never sent back. */
export const sandi = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .min(PANJANG_SANDI_MIN, { error: `${label} paling sedikit ${PANJANG_SANDI_MIN} karakter` })
    .max(200, { error: `${label} paling banyak 200 karakter` });

/** A login name is checked as typed, not cleaned: a hidden character would make a name nobody can type again. */
const namaPengguna = () =>
  z
    .string({ error: pesanGalat('Nama pengguna') })
    .trim()
    .min(1, { error: 'Nama pengguna wajib diisi' })
    .max(50, { error: 'Nama pengguna paling banyak 50 karakter' })
    .regex(/^[A-Za-z0-9._-]+$/, {
      error: 'Nama pengguna hanya boleh huruf, angka, titik, garis bawah dan tanda hubung',
    });

export interface SetelanJaringan {
  aktif: boolean;
  /** The IPv4 address of the network card to listen on, e.g. 192.168.1.10; 0.0.0.0 listens on all of them. */
  antarmuka: string;
  port: number;
  https: boolean;
}

export interface StatusJaringan {
  setelan: SetelanJaringan;
  berjalan: boolean;
  /** The address to give colleagues, e.g. http://192.168.1.10:5178/ ; null while sharing is off. */
  alamat: string | null;
  /** Network cards of this computer with an IPv4 address. */
  pilihanAntarmuka: { nama: string; alamat: string }[];
  adaAdmin: boolean;
  /** SHA-256 fingerprint of the HTTPS certificate, for colleagues to compare once; null without HTTPS. */
  sidikJari: string | null;
  /** Why the server could not start (a port in use), in Indonesian; null when all is well. */
  galat: string | null;
}

export interface InfoAkun {
  /** null in the desktop window (and browser mode on this computer): its user is the host's Admin. */
  akun: AkunSesi | null;
  /** The methods the account may call, for the menu to show what it can use (main checks every call anyway). */
  boleh: MethodName[] | null;
}

const setelanJaringan = z.object({
  aktif: z.boolean({ error: pesanGalat('Berbagi di jaringan') }),
  antarmuka: z
    .string({ error: pesanGalat('Antarmuka jaringan') })
    .regex(/^(\d{1,3})(\.\d{1,3}){3}$/, { error: 'Antarmuka jaringan harus alamat IPv4, mis. 192.168.1.10' }),
  port: bilanganBulat('Port', 1024, 65535),
  https: z.boolean({ error: pesanGalat('HTTPS') }),
});

export const akunApi = {
  'akun.saya': baca<InfoAkun>()(z.object({})),
  'akun.gantiSandi': tulis<Record<string, never>>()(
    z.object({
      sandiLama: z.string({ error: pesanGalat('Kata sandi lama') }).max(200),
      sandiBaru: sandi('Kata sandi baru'),
    }),
  ),
  'pengguna.daftar': baca<Pengguna[]>()(z.object({})),
  'pengguna.simpan': tulis<Pengguna>()(
    z.object({
      id: id('ID pengguna').optional(),
      nama: namaPengguna(),
      namaLengkap: teks('Nama lengkap', 100),
      peran: pilihan('Peran', PERAN, LABEL_PERAN),
      opdId: id('OPD').nullable(),
      aktif: z.boolean({ error: pesanGalat('Aktif') }),
      /** Required for a new account; for an existing one it sets a new password and ends its sessions. */
      sandi: sandi('Kata sandi').optional(),
    }),
  ),
  'pengguna.hapus': tulis<{ id: number }>()(z.object({ id: id('ID pengguna') })),
  /** The presence line: reports that the caller has this OPD's sheet open, and names the others who have. */
  'kehadiran.lapor': baca<{ lainnya: string[] }>()(z.object({ opdId: id('OPD'), tahun: tahun(), bulan: bulan() })),
  'jaringan.status': baca<StatusJaringan>()(z.object({})),
  /** Turning sharing on the first time needs the first Admin account. Turning it off ends every remote session. */
  'jaringan.simpan': tulis<StatusJaringan>()(
    setelanJaringan.extend({
      adminPertama: z
        .object({ nama: namaPengguna(), namaLengkap: teks('Nama lengkap', 100), sandi: sandi('Kata sandi') })
        .optional(),
    }),
  ),
};
