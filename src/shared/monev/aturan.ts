// The regency's monev settings as one object: warning thresholds, the capaian formula for lower-is-better indicators
// and the predikat bands. Loaded once per computation and handed to every rule that judges a figure; no rule has a
// default, so forgetting the settings is a type error rather than a report that disagrees with Beranda.
import { formatAngkaRingkas } from '../format';
import type { AturanStatus, KategoriCapaian, RumusNegatif } from './rules';

/**
 * Lower bounds of Sangat Tinggi, Tinggi, Sedang and Rendah (below the last is Sangat Rendah), and whether a value
 * equal to a bound reaches it (Permendagri 86: 91 is Sangat Tinggi) or not (the "> 90" legend: 90 is Tinggi).
 */
export interface BatasPredikat {
  batas: [number, number, number, number];
  termasukBatas: boolean;
}

export interface AturanMonev {
  aturanStatus: AturanStatus;
  rumusNegatif: RumusNegatif;
  predikat: BatasPredikat;
}

export const PRESET_PREDIKAT: Record<'permendagri86' | 'rentang90', BatasPredikat> = {
  permendagri86: { batas: [91, 76, 66, 51], termasukBatas: true },
  rentang90: { batas: [90, 75, 65, 50], termasukBatas: false },
};

export const LABEL_PRESET_PREDIKAT: Record<keyof typeof PRESET_PREDIKAT, string> = {
  permendagri86: 'Permendagri 86/2017: ≥ 91 / 76 / 66 / 51',
  rentang90: '0–50 / 50,01–65 / 65,01–75 / 75,01–90 / > 90',
};

/** Sinergi's defaults: the kontrak-kritis warning rule, domain.md's negative formula, Permendagri 86's bands. */
export const ATURAN_MONEV_BAKU: AturanMonev = {
  aturanStatus: { batasMerahRendah: -10, batasMerahTinggi: -5, ambangTarget: 70 },
  rumusNegatif: 'selisih',
  predikat: PRESET_PREDIKAT.permendagri86,
};

const URUTAN: readonly KategoriCapaian[] = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'];

/** The predikat legend (the E.81 annex's note, the report's recap): each predikat with its range in the bands in use. */
export function legendaPredikat({
  batas,
  termasukBatas,
}: BatasPredikat): { kategori: KategoriCapaian; rentang: string }[] {
  const a = formatAngkaRingkas;
  const [bawah, atas] = termasukBatas ? ['≤', '<'] : ['<', '≤'];
  return URUTAN.map((kategori, i) => {
    const b = batas[i];
    const t = i === 0 ? undefined : batas[i - 1];
    const rentang =
      b === undefined
        ? `x ${termasukBatas ? '<' : '≤'} ${a(batas[3])}`
        : t === undefined
          ? `x ${termasukBatas ? '≥' : '>'} ${a(b)}`
          : `${a(b)} ${bawah} x ${atas} ${a(t)}`;
    return { kategori, rentang: `${rentang}%` };
  });
}

/** The predikat legend as one line: "Sangat Tinggi x ≥ 91%; Tinggi 76 ≤ x < 91%; ...". */
export function kalimatPredikat(predikat: BatasPredikat): string {
  return legendaPredikat(predikat)
    .map((l) => `${l.kategori} ${l.rentang}`)
    .join('; ');
}

/** The warning rule in use, as the report and the settings page state it. */
export function kalimatStatus({ batasMerahRendah, batasMerahTinggi, ambangTarget }: AturanStatus): string {
  const a = formatAngkaRingkas;
  return (
    `merah bila deviasi fisik < ${a(batasMerahRendah)} poin selama target fisik ≤ ${a(ambangTarget)}%, atau ` +
    `< ${a(batasMerahTinggi)} poin bila target > ${a(ambangTarget)}%; kuning bila deviasi di bawah 0; hijau bila ` +
    'realisasi memenuhi target'
  );
}
