// The backend without any transport: one open database plus the handler map. Electron, browser mode and tests share it.
import { existsSync } from 'node:fs';
import { version } from '../../package.json';
import type { MethodName, Input, Result, ApiJawaban } from '../shared/api';
import type { Context } from './api/context';
import { dispatch } from './api/dispatch';
import { handlers } from './api/handlers';
import { bukaDenganPengaman } from './backup';
import { mulaiKerjaLatar, type HasilLatar } from './backup/latar';
import { Gerbang } from './db/gerbang';
import { osTanpaDesktop, type OsEffects } from './os';
import { pasangRiwayat } from './riwayat/pemicu';

export interface Backend {
  ctx: Context;
  /** Untyped entry for transports: the input is validated here, whatever arrives. */
  handle(method: string, input: unknown): Promise<ApiJawaban<unknown>>;
  /** Typed entry for tests and scripts; throws the Indonesian message on failure. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>>;
  /** The work after opening (full check when due, the day's backup), which runs while requests are answered. */
  latar: Promise<HasilLatar>;
  close(): Promise<void>;
}

export class ApiCallError extends Error {
  constructor(readonly jawaban: Extract<ApiJawaban<unknown>, { ok: false }>) {
    super(jawaban.galat.pesan);
    this.name = 'ApiCallError';
  }
}

/**
 * Opens the data file (refusing a damaged, foreign or newer one with BasisDataRusakError or DitolakError) and serves
 * requests at once; the full check and the day's backup follow in the background (backup/latar.ts). A restore swaps the open file under the running backend via ctx.gantiBerkas.
 */
export async function createBackend(options: { dataPath: string; os?: OsEffects }): Promise<Backend> {
  const adaSebelumnya = existsSync(options.dataPath);
  const sesi = { operator: '' };
  const buka = async () => {
    const o = await bukaDenganPengaman(options.dataPath);
    pasangRiwayat(o.sqlite, () => sesi.operator);
    return o;
  };
  let opened = await buka();
  const gerbang = new Gerbang();
  const ctx: Context = {
    db: opened.db,
    sqlite: opened.sqlite,
    dataPath: options.dataPath,
    versiAplikasi: version,
    os: options.os ?? osTanpaDesktop,
    sesi,
    gantiBerkas: (tulis) =>
      gerbang.sendiri(async () => {
        await opened.close();
        try {
          await tulis();
        } finally {
          opened = await buka();
          ctx.db = opened.db;
          ctx.sqlite = opened.sqlite;
        }
      }),
  };
  const latar = mulaiKerjaLatar(ctx, opened, adaSebelumnya, (kerja) => gerbang.lewat(kerja));
  const handle = (method: string, input: unknown) => gerbang.lewat(() => dispatch(handlers, ctx, method, input));
  return {
    ctx,
    handle,
    async call(method, input) {
      const jawaban = await handle(method, input);
      if (!jawaban.ok) throw new ApiCallError(jawaban);
      return jawaban.nilai as Result<typeof method>;
    },
    latar,
    async close() {
      // The day's backup must not be lost to a quick close; the check before it takes seconds at most.
      await latar.catch(() => undefined);
      await opened.close();
    },
  };
}
