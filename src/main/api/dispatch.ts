// The single door into the backend: validate the input against the contract, run the handler, shape the answer.
import Sqlite from 'better-sqlite3';
import type { z } from 'zod';
import { contract, isMethodName, type ApiGalat, type ApiJawaban } from '../../shared/api';
import { pesanSqlite } from '../db/integritas';
import { DitolakError } from '../errors';
import type { Context, Handlers } from './context';

function gagal(jenis: ApiGalat['jenis'], pesan: string, rincian: ApiGalat['rincian'] = []): ApiJawaban<never> {
  return { ok: false, galat: { jenis, pesan, rincian } };
}

function rincianZod(error: z.ZodError): ApiGalat['rincian'] {
  return error.issues.map((issue) => ({ kolom: issue.path.map(String).join('.'), pesan: issue.message }));
}

export async function dispatch(
  handlers: Handlers,
  ctx: Context,
  name: string,
  raw: unknown,
): Promise<ApiJawaban<unknown>> {
  if (!isMethodName(name)) return gagal('validasi', `Perintah tidak dikenal: ${name}`);
  const parsed = contract[name].input.safeParse(raw ?? {});
  if (!parsed.success) {
    const rincian = rincianZod(parsed.error);
    return gagal('validasi', rincian.map((r) => r.pesan).join('; '), rincian);
  }
  const handler = handlers[name] as (input: unknown, ctx: Context) => Promise<unknown>;
  try {
    return { ok: true, nilai: await handler(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof DitolakError) return gagal('ditolak', error.message, error.rincian);
    if (error instanceof Sqlite.SqliteError) {
      const pesan = pesanSqlite(error.code);
      if (pesan) return gagal('ditolak', pesan);
    }
    console.error(`[sinergi] ${name} gagal:`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return gagal('internal', `Terjadi kesalahan di dalam aplikasi (${detail}). Data tidak diubah.`);
  }
}
