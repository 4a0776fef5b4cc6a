// The office network settings (pengaturan key `jaringan`) and what the Pengaturan page shows about them.
import { networkInterfaces } from 'node:os';
import type { SetelanJaringan, StatusJaringan } from '../../shared/api/akun';
import type { Context } from '../api/context';
import type { Db } from '../db/connection';
import { ambilNilai, simpanNilai } from '../pengaturan/repository';
import { adaAdmin } from './repository';

const KUNCI = 'jaringan';

export const SETELAN_JARINGAN_BAKU: SetelanJaringan = { aktif: false, antarmuka: '0.0.0.0', port: 5178, https: false };

export async function ambilSetelanJaringan(db: Db): Promise<SetelanJaringan> {
  const tersimpan = await ambilNilai(db, KUNCI);
  return { ...SETELAN_JARINGAN_BAKU, ...(typeof tersimpan === 'object' && tersimpan ? tersimpan : {}) };
}

export async function simpanSetelanJaringan(db: Db, setelan: SetelanJaringan): Promise<void> {
  await simpanNilai(db, KUNCI, setelan);
}

/** IPv4 addresses of this computer's network cards, loopback last. */
export function pilihanAntarmuka(): StatusJaringan['pilihanAntarmuka'] {
  const hasil: StatusJaringan['pilihanAntarmuka'] = [];
  for (const [nama, alamat] of Object.entries(networkInterfaces())) {
    for (const a of alamat ?? []) if (a.family === 'IPv4') hasil.push({ nama, alamat: a.address });
  }
  return hasil.sort((a, b) => Number(a.alamat.startsWith('127.')) - Number(b.alamat.startsWith('127.')));
}

export async function statusJaringan(ctx: Context): Promise<StatusJaringan> {
  const setelan = await ambilSetelanJaringan(ctx.db);
  const keadaan = ctx.jaringan?.keadaan() ?? { berjalan: false, alamat: null, sidikJari: null, galat: null };
  return { setelan, ...keadaan, pilihanAntarmuka: pilihanAntarmuka(), adaAdmin: adaAdmin(ctx.sqlite) };
}
