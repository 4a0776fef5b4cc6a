// Authorization in one place: before any handler, the caller's role must allow the method's domain and access, and
// an Operator OPD must name only their own OPD; afterwards lists are cut to that OPD. The host's window passes.
import type { MethodName } from '../../shared/api';
import { bolehPeran, IZIN, type Izin } from '../../shared/api/izin';
import type { ApiGalat } from '../../shared/api/define';
import type { Context } from '../api/context';
import { PEMILIK } from './pemilik';
import { SARING } from './saring';

export const PESAN_BELUM_MASUK = 'Sesi Anda telah berakhir atau belum masuk. Silakan masuk lagi.';
export const PESAN_TIDAK_BERWENANG = 'Akun Anda tidak berwenang untuk tindakan ini.';

export interface Penolakan {
  pesan: string;
  kode: NonNullable<ApiGalat['kode']>;
}

export function periksaAkses(ctx: Context, method: MethodName, raw: unknown): Penolakan | null {
  const { pelaku } = ctx;
  if (pelaku.jenis === 'tuanRumah') return null;
  const akun = pelaku.akun;
  if (!akun) return { pesan: PESAN_BELUM_MASUK, kode: 'belumMasuk' };
  const tolak: Penolakan = { pesan: PESAN_TIDAK_BERWENANG, kode: 'tidakBerwenang' };
  if (!bolehPeran(akun.peran, method)) return tolak;
  const izin: Izin = IZIN[method];
  if (akun.peran !== 'operator_opd' || izin.opd !== 'opd') return null;
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pemilik = PEMILIK[method as keyof typeof PEMILIK](input, ctx.sqlite);
  return pemilik.length > 0 && pemilik.every((o) => o === akun.opdId) ? null : tolak;
}

export function saringHasil(ctx: Context, method: MethodName, hasil: unknown): unknown {
  if (ctx.pelaku.jenis !== 'jaringan' || ctx.pelaku.akun?.peran !== 'operator_opd') return hasil;
  const saring = (SARING as Partial<Record<MethodName, (h: unknown, opdId: number) => unknown>>)[method];
  return saring ? saring(hasil, ctx.pelaku.akun.opdId!) : hasil;
}
