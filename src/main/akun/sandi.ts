// Password hashes: scrypt from node:crypto with a salt per account and the cost parameters stored beside the hash,
// so a later Sinergi can raise the cost and still check the passwords hashed before.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { PANJANG_SANDI_MIN } from '../../shared/akun';
import { DitolakError } from '../errors';

interface Biaya {
  N: number;
  r: number;
  p: number;
}

/** About 50 ms on an office PC: slow for a guesser holding a stolen file, quick enough for a login. */
const BIAYA: Biaya = { N: 2 ** 14, r: 8, p: 1 };
const PANJANG = 32;

function turunkan(sandi: string, garam: Buffer, biaya: Biaya): Promise<Buffer> {
  const opsi: ScryptOptions = { ...biaya, maxmem: 256 * biaya.N * biaya.r + 1024 * 1024 };
  return new Promise((selesai, gagal) =>
    scrypt(sandi.normalize('NFC'), garam, PANJANG, opsi, (error, kunci) => (error ? gagal(error) : selesai(kunci))),
  );
}

/** Refuses a password too short to type, naming the field. */
export function periksaSandiBaru(sandi: string, kolom = 'Kata sandi'): void {
  if ([...sandi].length < PANJANG_SANDI_MIN) {
    throw new DitolakError(`${kolom} paling sedikit ${PANJANG_SANDI_MIN} karakter`, [
      { kolom: 'sandi', pesan: `${kolom} paling sedikit ${PANJANG_SANDI_MIN} karakter` },
    ]);
  }
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashSandi(sandi: string): Promise<string> {
  const garam = randomBytes(16);
  const kunci = await turunkan(sandi, garam, BIAYA);
  return ['scrypt', BIAYA.N, BIAYA.r, BIAYA.p, garam.toString('base64'), kunci.toString('base64')].join('$');
}

/** A hash of nothing anybody knows, checked when the name is unknown so both answers take the same time. */
let hashPengganti: Promise<string> | null = null;
export function hashTanpaAkun(): Promise<string> {
  hashPengganti ??= hashSandi(randomBytes(18).toString('base64'));
  return hashPengganti;
}

export async function cocokSandi(sandi: string, tersimpan: string): Promise<boolean> {
  const [jenis, n, r, p, garam, hash] = tersimpan.split('$');
  if (jenis !== 'scrypt' || !garam || !hash) return false;
  const harap = Buffer.from(hash, 'base64');
  const kunci = await turunkan(sandi, Buffer.from(garam, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return kunci.length === harap.length && timingSafeEqual(kunci, harap);
}
