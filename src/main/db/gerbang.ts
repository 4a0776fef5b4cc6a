// Lets requests run side by side, but lets one of them have the database alone, as swapping the data file needs.
import { DitolakError } from '../errors';

export class Gerbang {
  private aktif = 0;
  private tertutup: Promise<void> | null = null;
  private bilaSepi: (() => void) | null = null;

  async lewat<T>(kerja: () => Promise<T>): Promise<T> {
    while (this.tertutup) await this.tertutup;
    this.aktif++;
    try {
      return await kerja();
    } finally {
      this.aktif--;
      this.bilaSepi?.();
    }
  }

  /**
   * Called from inside a request (which counts itself): holds new requests back, waits for the others to finish,
   * then runs `kerja` alone.
   */
  async sendiri<T>(kerja: () => Promise<T>): Promise<T> {
    if (this.tertutup) throw new DitolakError('Pemulihan data lain sedang berjalan; tunggu sampai selesai.');
    let buka = () => {};
    this.tertutup = new Promise((r) => (buka = r));
    try {
      while (this.aktif > 1) await new Promise<void>((r) => (this.bilaSepi = r));
      return await kerja();
    } finally {
      this.bilaSepi = null;
      this.tertutup = null;
      buka();
    }
  }
}
