// Errors that carry a message meant for the user, as opposed to bugs.
export class DitolakError extends Error {
  constructor(
    message: string,
    readonly rincian: { kolom: string; pesan: string }[] = [],
  ) {
    super(message);
    this.name = 'DitolakError';
  }
}
