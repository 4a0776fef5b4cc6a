// The renderer's one typed client: IPC through the preload inside Electron, HTTP in browser mode.
import type { ApiGalat, ApiJawaban, Input, MethodName, Result } from '../../../shared/api';

declare global {
  interface Window {
    sinergi?: { invoke(method: string, input: unknown): Promise<unknown> };
  }
}

export class GalatApi extends Error {
  constructor(readonly galat: ApiGalat) {
    super(galat.pesan);
    this.name = 'GalatApi';
  }
}

async function kirim(method: string, input: unknown): Promise<ApiJawaban<unknown>> {
  if (window.sinergi) return (await window.sinergi.invoke(method, input)) as ApiJawaban<unknown>;
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  try {
    return (await response.json()) as ApiJawaban<unknown>;
  } catch {
    return {
      ok: false,
      galat: { jenis: 'internal', pesan: `Server tidak menjawab dengan benar (${response.status})`, rincian: [] },
    };
  }
}

export async function api<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
  let jawaban: ApiJawaban<unknown>;
  try {
    jawaban = await kirim(method, input);
  } catch {
    throw new GalatApi({ jenis: 'internal', pesan: 'Aplikasi tidak dapat menghubungi penyimpanan data', rincian: [] });
  }
  if (!jawaban.ok) throw new GalatApi(jawaban.galat);
  return jawaban.nilai as Result<M>;
}

export function pesanGalat(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
