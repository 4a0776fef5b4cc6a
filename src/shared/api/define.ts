// How one API method is declared: whether it reads or writes, its zod input schema and, as a type only, its result.
import type { z } from 'zod';

/** `tulis` methods change the data and run one at a time; `baca` methods run side by side with anything. */
export type Akses = 'baca' | 'tulis';

export interface Method<I extends z.ZodType, R> {
  readonly input: I;
  readonly akses: Akses;
  /** Never set at run time: carries the result type to the client and the handlers. */
  readonly result?: R;
}

/** A method that only reads. */
export const baca =
  <R>() =>
  <I extends z.ZodType>(input: I): Method<I, R> => ({ input, akses: 'baca' });

/** A method that writes (the database or a file): serialised with every other write. */
export const tulis =
  <R>() =>
  <I extends z.ZodType>(input: I): Method<I, R> => ({ input, akses: 'tulis' });

/** What a failed call carries back, over IPC and HTTP alike. */
export interface ApiGalat {
  /** validasi: the input was wrong; ditolak: a domain rule refused it; internal: a bug or the disk. */
  jenis: 'validasi' | 'ditolak' | 'internal';
  /**
   * For the renderer to react to, beside showing the message: `konflik` (the row changed since it was read: reload
   * it) and `terkunci` (the period is verified); in network mode `belumMasuk` (no live session: show the login
   * page) and `tidakBerwenang` (the account's role or OPD does not allow it).
   */
  kode?: 'konflik' | 'terkunci' | 'belumMasuk' | 'tidakBerwenang';
  pesan: string;
  rincian: { kolom: string; pesan: string }[];
}

export type ApiJawaban<R> = { ok: true; nilai: R } | { ok: false; galat: ApiGalat };
