// What OPD wrote beside their figures (kendala, faktor pendorong, tindak lanjut), grouped so the same text counts once
// per sub kegiatan, and the list of OPD in merah with what they said.
import type { BarisOpdMonev } from '../../shared/api/monev';
import type { TabelE81 } from './e81';

export interface TeksKelompok {
  teks: string;
  /** How many sub kegiatan wrote it. */
  jumlah: number;
  /** The OPD (short names) that wrote it, in first-seen order. */
  opd: string[];
}

/** Each item is one sub kegiatan's texts; the result is sorted by how often a text was written, then by first seen. */
export function kelompokkanTeks(items: readonly (readonly string[])[], opd: readonly string[] = []): TeksKelompok[] {
  const peta = new Map<string, TeksKelompok>();
  items.forEach((teks, i) => {
    const unik = new Map<string, string>();
    for (const mentah of teks) {
      const t = mentah
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/[.;,\s]+$/, '');
      if (t) unik.set(t.toLowerCase(), unik.get(t.toLowerCase()) ?? t);
    }
    for (const [kunci, t] of unik) {
      const k = peta.get(kunci) ?? { teks: t, jumlah: 0, opd: [] };
      k.jumlah += 1;
      const nama = opd[i];
      if (nama && !k.opd.includes(nama)) k.opd.push(nama);
      peta.set(kunci, k);
    }
  });
  return [...peta.values()].sort((a, b) => b.jumlah - a.jumlah);
}

/** Texts of several OPD merged, each sub kegiatan's count kept and the OPD named. */
export function gabungTeks(tabel: TabelE81[], ambil: (t: TabelE81) => TeksKelompok[]): TeksKelompok[] {
  const items: string[][] = [];
  const opd: string[] = [];
  for (const t of tabel) {
    for (const k of ambil(t)) {
      for (let i = 0; i < k.jumlah; i++) {
        items.push([k.teks]);
        opd.push(t.opd.singkatan || t.opd.nama);
      }
    }
  }
  return kelompokkanTeks(items, opd);
}

export interface OpdMerah {
  opd: BarisOpdMonev;
  kendala: TeksKelompok[];
  tindakLanjut: TeksKelompok[];
}

/** The OPD in merah, most behind first, with the kendala and tindak lanjut their sub kegiatan reported. */
export function daftarMerah(opd: BarisOpdMonev[], tabel: TabelE81[]): OpdMerah[] {
  const per = new Map(tabel.map((t) => [t.opd.id, t]));
  return opd
    .filter((o) => o.status === 'merah')
    .sort((a, b) => (a.deviasiFisik ?? 0) - (b.deviasiFisik ?? 0))
    .map((o) => ({
      opd: o,
      kendala: per.get(o.opdId)?.penghambat ?? [],
      tindakLanjut: per.get(o.opdId)?.tindakLanjut ?? [],
    }));
}

/** Lines numbered "1. ...", "2. ..." one under another; `kosong` when there are none. */
export const teksBernomor = (butir: readonly string[], kosong = '') =>
  butir.length > 0 ? butir.map((b, i) => `${i + 1}. ${b}`).join('\n') : kosong;

/** "Proses tender ulang (12 sub kegiatan)" lines, at most `maks`. */
export function barisTeks(k: TeksKelompok[], maks = 5, denganOpd = false): string[] {
  return k.slice(0, maks).map((x) => {
    const opd =
      denganOpd && x.opd.length > 0 ? `; ${x.opd.slice(0, 6).join(', ')}${x.opd.length > 6 ? ', dll.' : ''}` : '';
    return `${x.teks} (${x.jumlah} sub kegiatan${opd})`;
  });
}
