// Who has which OPD's sheet open: each open sheet reports itself every 20 s, and a report older than 45 s is gone.
// In memory on the host: it is a hint for colleagues, not data, and a restart forgets it.

const BASI_MS = 45_000;

interface Jejak {
  nama: string;
  kunci: string;
  pada: number;
}

export class Kehadiran {
  private readonly jejak = new Map<string, Jejak>();

  /** Records `siapa` (one per account or host window) on the sheet `kunci`; returns the others on it, by name. */
  lapor(siapa: string, nama: string, kunci: string, kini = Date.now()): string[] {
    for (const [k, j] of this.jejak) if (kini - j.pada > BASI_MS) this.jejak.delete(k);
    this.jejak.set(siapa, { nama, kunci, pada: kini });
    return [...this.jejak]
      .filter(([k, j]) => k !== siapa && j.kunci === kunci)
      .map(([, j]) => j.nama)
      .sort((a, b) => a.localeCompare(b, 'id'));
  }
}
