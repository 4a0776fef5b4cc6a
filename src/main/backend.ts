// The backend without any transport: one open database plus the handler map. Electron, browser mode and tests share it.
import { version } from '../../package.json';
import type { MethodName, Input, Result, ApiJawaban } from '../shared/api';
import type { Context } from './api/context';
import { dispatch } from './api/dispatch';
import { handlers } from './api/handlers';
import { openDatabase } from './db/connection';
import { osTanpaDesktop, type OsEffects } from './os';

export interface Backend {
  ctx: Context;
  /** Untyped entry for transports: the input is validated here, whatever arrives. */
  handle(method: string, input: unknown): Promise<ApiJawaban<unknown>>;
  /** Typed entry for tests and scripts; throws the Indonesian message on failure. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>>;
  close(): Promise<void>;
}

export class ApiCallError extends Error {
  constructor(readonly jawaban: Extract<ApiJawaban<unknown>, { ok: false }>) {
    super(jawaban.galat.pesan);
    this.name = 'ApiCallError';
  }
}

export async function createBackend(options: { dataPath: string; os?: OsEffects }): Promise<Backend> {
  const opened = await openDatabase(options.dataPath);
  const ctx: Context = {
    db: opened.db,
    sqlite: opened.sqlite,
    dataPath: options.dataPath,
    versiAplikasi: version,
    os: options.os ?? osTanpaDesktop,
  };
  const handle = (method: string, input: unknown) => dispatch(handlers, ctx, method, input);
  return {
    ctx,
    handle,
    async call(method, input) {
      const jawaban = await handle(method, input);
      if (!jawaban.ok) throw new ApiCallError(jawaban);
      return jawaban.nilai as Result<typeof method>;
    },
    close: opened.close,
  };
}
