// Errors that carry a message meant for the user, as opposed to bugs.
import type { z } from 'zod';
import type { ApiGalat } from '../shared/api';

export class DitolakError extends Error {
  constructor(
    message: string,
    readonly rincian: { kolom: string; pesan: string }[] = [],
    /** Lets the renderer react beside showing the message (reload a changed row, show the lock). */
    readonly kode?: ApiGalat['kode'],
  ) {
    super(message);
    this.name = 'DitolakError';
  }
}

/** A zod refusal as the fields it names, each with its Indonesian message: what a refused request shows. */
export function rincianZod(error: z.ZodError): ApiGalat['rincian'] {
  return error.issues.map((issue) => ({ kolom: issue.path.map(String).join('.'), pesan: issue.message }));
}
