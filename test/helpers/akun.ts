// Accounts for tests: one per role on a backend holding the sample data, logged in through the real login.
import type { AkunSesi, Peran } from '../../src/shared/akun';
import { PERAN } from '../../src/shared/akun';
import type { Backend } from '../../src/main/backend';
import { masuk } from '../../src/main/akun/masuk';
import { PenjagaMasuk } from '../../src/main/akun/penjaga';
import { cekSesi } from '../../src/main/akun/repository';

export const SANDI_UJI = 'rahasia-kantor-123';

/** Creates (as the host) one account of each role, the operator on `opdId`, and returns each one's session. */
export async function akunSetiapPeran(b: Backend, opdId: number): Promise<Record<Peran, AkunSesi>> {
  const penjaga = new PenjagaMasuk();
  const hasil = {} as Record<Peran, AkunSesi>;
  for (const peran of PERAN) {
    await b.call('pengguna.simpan', {
      nama: `uji-${peran}`,
      namaLengkap: `Uji ${peran}`,
      peran,
      opdId: peran === 'operator_opd' ? opdId : null,
      aktif: true,
      sandi: SANDI_UJI,
    });
    const { token } = await masuk(() => b.ctx.sqlite, penjaga, `uji-${peran}`, SANDI_UJI, '127.0.0.1');
    hasil[peran] = cekSesi(b.ctx.sqlite, token)!;
  }
  return hasil;
}
