// Which Renstra program a Renja program most likely carries out: suggested by code and by name, never linked silently.

export interface KandidatTautan {
  id: number;
  opdId: number;
  kode: string;
  nama: string;
}

export interface Saran {
  renstraProgramId: number;
  skor: number;
  alasan: string;
}

const KATA_UMUM = new Set(['program', 'dan', 'di', 'ke', 'dari', 'yang', 'serta', 'atau', 'daerah', 'kabupaten']);

function kata(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((k) => k.length > 1 && !KATA_UMUM.has(k)),
  );
}

/** Dice coefficient over the meaningful words of two names: 1 for the same words, 0 for none in common. */
export function kemiripanNama(a: string, b: string): number {
  const x = kata(a);
  const y = kata(b);
  if (x.size === 0 || y.size === 0) return 0;
  let sama = 0;
  for (const k of x) if (y.has(k)) sama++;
  return (2 * sama) / (x.size + y.size);
}

/**
 * Candidates ranked: the same code in the same OPD's Renstra first; then the same code in another OPD's (a program
 * moved between OPD); then similar names in the same OPD. At most three, none below a third of a match.
 */
export function saranTautan(
  program: { opdId: number; kode: string; nama: string },
  kandidat: readonly KandidatTautan[],
) {
  const saran: Saran[] = [];
  for (const k of kandidat) {
    const mirip = kemiripanNama(program.nama, k.nama);
    const opdSama = k.opdId === program.opdId;
    if (k.kode === program.kode) {
      saran.push({
        renstraProgramId: k.id,
        skor: opdSama ? 0.9 + 0.1 * mirip : 0.5 + 0.1 * mirip,
        alasan: opdSama ? 'Kode sama' : 'Kode sama, Renstra OPD lain',
      });
    } else if (opdSama && mirip >= 0.5) {
      saran.push({ renstraProgramId: k.id, skor: 0.6 * mirip, alasan: 'Nama mirip' });
    }
  }
  return saran
    .filter((s) => s.skor >= 1 / 3)
    .sort((a, b) => b.skor - a.skor)
    .slice(0, 3);
}
