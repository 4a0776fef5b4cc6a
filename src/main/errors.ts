// Errors that carry a message meant for the user, as opposed to bugs.
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
