// Login throttling, per typed account name and per address: after 5 failures each further attempt waits a delay
// that doubles, up to 15 minutes. Known and unknown names are counted alike, so the delay says nothing either.

const BEBAS = 5;
const TUNDA_MAKS_MS = 15 * 60_000;
/** A key with no failure for this long starts again from zero. */
const LUPA_MS = 60 * 60_000;

interface Catatan {
  gagal: number;
  terakhir: number;
  bolehPada: number;
}

export class PenjagaMasuk {
  private readonly catatan = new Map<string, Catatan>();

  constructor(private readonly sekarang: () => number = Date.now) {}

  private kunci(nama: string, alamat: string): string[] {
    return [`akun:${nama.trim().toLowerCase()}`, `alamat:${alamat}`];
  }

  /** Milliseconds to wait before this attempt may be checked at all; 0 when it may be checked now. */
  tunggu(nama: string, alamat: string): number {
    const kini = this.sekarang();
    let tunggu = 0;
    for (const k of this.kunci(nama, alamat)) {
      const c = this.catatan.get(k);
      if (!c) continue;
      if (kini - c.terakhir > LUPA_MS) this.catatan.delete(k);
      else tunggu = Math.max(tunggu, c.bolehPada - kini);
    }
    return tunggu;
  }

  gagal(nama: string, alamat: string): void {
    const kini = this.sekarang();
    for (const k of this.kunci(nama, alamat)) {
      const c = this.catatan.get(k) ?? { gagal: 0, terakhir: kini, bolehPada: 0 };
      c.gagal += 1;
      c.terakhir = kini;
      c.bolehPada = c.gagal < BEBAS ? 0 : kini + Math.min(1000 * 2 ** (c.gagal - BEBAS), TUNDA_MAKS_MS);
      this.catatan.set(k, c);
    }
  }

  /** A correct password clears the account's count; the address keeps its own until it is forgotten. */
  berhasil(nama: string): void {
    this.catatan.delete(`akun:${nama.trim().toLowerCase()}`);
  }
}
