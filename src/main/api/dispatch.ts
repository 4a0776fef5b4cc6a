// The single door into the backend: validate the input against the contract, run the handler, shape the answer.
import Sqlite from 'better-sqlite3';
import { contract, isMethodName, type ApiGalat, type ApiJawaban, type MethodName } from '../../shared/api';
import { pesanSqlite } from '../db/integritas';
import { DitolakError, rincianZod } from '../errors';
import { periksaAkses, saringHasil } from '../akses/periksa';
import { adalahTerkunci, PESAN_PERIODE_TERKUNCI } from '../realisasi/verifikasi';
import type { Context, Handlers } from './context';
import { gabungSuntingan, type Pemuat } from './sunting';

function gagal(
  jenis: ApiGalat['jenis'],
  pesan: string,
  rincian: ApiGalat['rincian'] = [],
  kode?: ApiGalat['kode'],
): ApiJawaban<never> {
  return { ok: false, galat: { jenis, pesan, rincian, ...(kode ? { kode } : {}) } };
}

const tanpaRevisi = ({ revisi: _revisi, ...sisa }: Record<string, unknown>) => sisa;

export async function dispatch(
  handlers: Handlers,
  pemuat: Partial<{ [M in MethodName]: Pemuat<M> }>,
  ctx: Context,
  name: string,
  raw: unknown,
): Promise<ApiJawaban<unknown>> {
  if (!isMethodName(name)) return gagal('validasi', `Perintah tidak dikenal: ${name}`);
  const handler = handlers[name] as (input: unknown, ctx: Context) => Promise<unknown>;
  try {
    // Before the stored row is loaded or the input read: a refused caller learns nothing of either.
    const penolakan = periksaAkses(ctx, name, raw);
    if (penolakan) return gagal('ditolak', penolakan.pesan, [], penolakan.kode);
    const masukan = await gabungSuntingan(pemuat[name] as Pemuat<MethodName> | undefined, raw ?? {}, ctx.db);
    const parsed = contract[name].input.safeParse(masukan);
    if (!parsed.success) {
      const rincian = rincianZod(parsed.error);
      return gagal('validasi', rincian.map((r) => r.pesan).join('; '), rincian);
    }
    // The revision was checked by gabungSuntingan; a handler that spreads its input into an UPDATE must not write it.
    const data: unknown = pemuat[name] ? tanpaRevisi(parsed.data as Record<string, unknown>) : parsed.data;
    return { ok: true, nilai: saringHasil(ctx, name, await handler(data, ctx)) };
  } catch (error) {
    if (error instanceof DitolakError) return gagal('ditolak', error.message, error.rincian, error.kode);
    if (adalahTerkunci(error)) return gagal('ditolak', PESAN_PERIODE_TERKUNCI, [], 'terkunci');
    if (error instanceof Sqlite.SqliteError) {
      const pesan = pesanSqlite(error.code);
      if (pesan) return gagal('ditolak', pesan);
    }
    console.error(`[sinergi] ${name} gagal:`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return gagal('internal', `Terjadi kesalahan di dalam aplikasi (${detail}). Data tidak diubah.`);
  }
}
