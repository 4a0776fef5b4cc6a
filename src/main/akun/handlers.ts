// Accounts, the caller's own password, and the office network switch.
import { contract, type MethodName } from '../../shared/api';
import { bolehPeran } from '../../shared/api/izin';
import type { HandlersFor } from '../api/context';
import { DitolakError } from '../errors';
import { ambilSetelanJaringan, simpanSetelanJaringan, statusJaringan } from './jaringan';
import {
  adaAdmin,
  daftarPengguna,
  gantiSandi,
  hapusPengguna,
  hapusSemuaSesi,
  penggunaUntukMasuk,
  simpanPengguna,
} from './repository';
import { cocokSandi } from './sandi';

export const akunHandlers: HandlersFor<
  | 'akun.saya'
  | 'akun.gantiSandi'
  | 'pengguna.daftar'
  | 'pengguna.simpan'
  | 'pengguna.hapus'
  | 'kehadiran.lapor'
  | 'jaringan.status'
  | 'jaringan.simpan'
> = {
  'akun.saya': (_input, { pelaku }) => {
    const akun = pelaku.jenis === 'jaringan' ? pelaku.akun : null;
    const boleh = akun ? (Object.keys(contract) as MethodName[]).filter((m) => bolehPeran(akun.peran, m)) : null;
    return Promise.resolve({ akun, boleh });
  },
  'akun.gantiSandi': async ({ sandiLama, sandiBaru }, { pelaku, sqlite }) => {
    if (pelaku.jenis !== 'jaringan' || !pelaku.akun) {
      throw new DitolakError(
        'Jendela aplikasi di komputer ini tidak memakai akun; ubah kata sandi di Pengaturan > Pengguna',
      );
    }
    const baris = penggunaUntukMasuk(sqlite, pelaku.akun.nama);
    if (!baris || !(await cocokSandi(sandiLama, baris.sandi))) {
      throw new DitolakError('Kata sandi lama salah', [{ kolom: 'sandiLama', pesan: 'Kata sandi lama salah' }]);
    }
    await gantiSandi(sqlite, baris.id, sandiBaru);
    return {};
  },
  'pengguna.daftar': (_input, { sqlite }) => Promise.resolve(daftarPengguna(sqlite)),
  'pengguna.simpan': (input, { sqlite }) => simpanPengguna(sqlite, input),
  'pengguna.hapus': ({ id }, { sqlite }) => {
    hapusPengguna(sqlite, id);
    return Promise.resolve({ id });
  },
  'kehadiran.lapor': ({ opdId, tahun, bulan }, { pelaku, sesi, kehadiran }) => {
    const siapa = pelaku.jenis === 'jaringan' && pelaku.akun ? `akun:${pelaku.akun.id}` : 'tuanRumah';
    const nama = sesi.operator || 'Komputer induk';
    return Promise.resolve({ lainnya: kehadiran.lapor(siapa, nama, `${opdId}/${tahun}/${bulan}`) });
  },
  'jaringan.status': (_input, ctx) => statusJaringan(ctx),
  'jaringan.simpan': async ({ adminPertama, ...setelan }, ctx) => {
    if (setelan.aktif && !adaAdmin(ctx.sqlite)) {
      if (!adminPertama) {
        throw new DitolakError('Buat akun Admin pertama sebelum berbagi di jaringan', [
          { kolom: 'adminPertama', pesan: 'Akun Admin pertama wajib diisi' },
        ]);
      }
      await simpanPengguna(ctx.sqlite, { ...adminPertama, peran: 'admin', opdId: null, aktif: true });
    }
    const sebelum = await ambilSetelanJaringan(ctx.db);
    await simpanSetelanJaringan(ctx.db, setelan);
    if (!setelan.aktif && sebelum.aktif) hapusSemuaSesi(ctx.sqlite);
    await ctx.jaringan?.terapkan(setelan);
    return statusJaringan(ctx);
  },
};
