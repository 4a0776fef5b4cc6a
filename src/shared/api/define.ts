// How one API method is declared: its zod input schema plus, as a type only, what it returns.
import type { z } from 'zod';

export interface Method<I extends z.ZodType, R> {
  readonly input: I;
  /** Never set at run time: carries the result type to the client and the handlers. */
  readonly result?: R;
}

export const method =
  <R>() =>
  <I extends z.ZodType>(input: I): Method<I, R> => ({ input });

/** What a failed call carries back, over IPC and HTTP alike. */
export interface ApiGalat {
  /** validasi: the input was wrong; ditolak: a domain rule refused it; internal: a bug or the disk. */
  jenis: 'validasi' | 'ditolak' | 'internal';
  pesan: string;
  rincian: { kolom: string; pesan: string }[];
}

export type ApiJawaban<R> = { ok: true; nilai: R } | { ok: false; galat: ApiGalat };
