// The renderer's one typed client: IPC through the preload inside Electron, HTTP in browser mode.
import type { ApiGalat, ApiJawaban, Input, MethodName, Result } from '../../../shared/api';
import { KEPALA_KEMAJUAN, type Kemajuan } from '../../../shared/kemajuan';

declare global {
  interface Window {
    sinergi?: { invoke(method: string, input: unknown, kemajuan?: (k: Kemajuan) => void): Promise<unknown> };
  }
}

export interface OpsiPanggilan {
  /** Called while long work runs (report, import, sample data), as often as main reports. */
  kemajuan?: (k: Kemajuan) => void;
}

export class GalatApi extends Error {
  constructor(readonly galat: ApiGalat) {
    super(galat.pesan);
    this.name = 'GalatApi';
  }
}

/** Browser mode: progress lines, then the answer line (see src/main/web/server.ts). */
async function bacaBaris(response: Response, kemajuan: (k: Kemajuan) => void): Promise<ApiJawaban<unknown>> {
  const pembaca = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let sisa = '';
  for (;;) {
    const { value, done } = await pembaca.read();
    sisa += value ?? '';
    const baris = sisa.split('\n');
    sisa = baris.pop() ?? '';
    for (const b of baris.filter((x) => x.trim() !== '')) {
      const isi = JSON.parse(b) as { kemajuan?: Kemajuan; jawaban?: ApiJawaban<unknown> };
      if (isi.jawaban) return isi.jawaban;
      if (isi.kemajuan) kemajuan(isi.kemajuan);
    }
    if (done) throw new Error('Jawaban server terputus');
  }
}

async function kirim(method: string, input: unknown, opsi: OpsiPanggilan): Promise<ApiJawaban<unknown>> {
  if (window.sinergi) return (await window.sinergi.invoke(method, input, opsi.kemajuan)) as ApiJawaban<unknown>;
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(opsi.kemajuan ? { [KEPALA_KEMAJUAN]: '1' } : {}) },
    body: JSON.stringify(input),
  });
  if (opsi.kemajuan && response.headers.get('Content-Type')?.startsWith('application/x-ndjson')) {
    return bacaBaris(response, opsi.kemajuan);
  }
  try {
    return (await response.json()) as ApiJawaban<unknown>;
  } catch {
    return {
      ok: false,
      galat: { jenis: 'internal', pesan: `Server tidak menjawab dengan benar (${response.status})`, rincian: [] },
    };
  }
}

export async function api<M extends MethodName>(
  method: M,
  input: Input<M>,
  opsi: OpsiPanggilan = {},
): Promise<Result<M>> {
  let jawaban: ApiJawaban<unknown>;
  try {
    jawaban = await kirim(method, input, opsi);
  } catch {
    throw new GalatApi({ jenis: 'internal', pesan: 'Aplikasi tidak dapat menghubungi penyimpanan data', rincian: [] });
  }
  if (!jawaban.ok) {
    // In network mode the session ended (8 hours idle, a new password, sharing switched off): back to the login.
    if (jawaban.galat.kode === 'belumMasuk') window.dispatchEvent(new Event(PERISTIWA_BELUM_MASUK));
    throw new GalatApi(jawaban.galat);
  }
  return jawaban.nilai as Result<M>;
}

export const PERISTIWA_BELUM_MASUK = 'sinergi:belumMasuk';

/** Network mode: logs in (the server sets the session cookie) or says why not. */
export async function masukJaringan(nama: string, sandi: string): Promise<void> {
  const response = await fetch('/masuk', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ nama, sandi }),
  });
  const jawaban = (await response.json()) as ApiJawaban<unknown>;
  if (!jawaban.ok) throw new GalatApi(jawaban.galat);
}

export async function keluarJaringan(): Promise<void> {
  await fetch('/keluar', { method: 'POST' });
}

export function pesanGalat(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
