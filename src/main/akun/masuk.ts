// Logging in: throttled, the same answer for an unknown name and a wrong password, and always a new session id.
import type Sqlite from 'better-sqlite3';
import { PESAN_GAGAL_MASUK, type AkunSesi } from '../../shared/akun';
import { DitolakError } from '../errors';
import type { PenjagaMasuk } from './penjaga';
import { buatSesi, penggunaUntukMasuk } from './repository';
import { cocokSandi, hashTanpaAkun } from './sandi';

export interface HasilMasuk {
  token: string;
  akun: AkunSesi;
}

export async function masuk(
  sqlite: () => Sqlite.Database,
  penjaga: PenjagaMasuk,
  nama: string,
  sandi: string,
  alamat: string,
): Promise<HasilMasuk> {
  const tunggu = penjaga.tunggu(nama, alamat);
  if (tunggu > 0) {
    throw new DitolakError(
      `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${Math.ceil(tunggu / 1000)} detik.`,
    );
  }
  const baris = penggunaUntukMasuk(sqlite(), nama);
  // An unknown name still costs one scrypt, so the time of the answer does not tell which names exist.
  const cocok = await cocokSandi(sandi, baris?.sandi ?? (await hashTanpaAkun()));
  if (!baris || !cocok) {
    penjaga.gagal(nama, alamat);
    throw new DitolakError(PESAN_GAGAL_MASUK);
  }
  penjaga.berhasil(nama);
  const token = buatSesi(sqlite(), baris.id, alamat);
  return {
    token,
    akun: { id: baris.id, nama: baris.nama, namaLengkap: baris.nama_lengkap, peran: baris.peran, opdId: baris.opd_id },
  };
}
