// The rows of the Realisasi grid: sub kegiatan with their derived figures, under program and kegiatan subtotals.
import type { BarisRealisasi } from '../../../../shared/api/realisasi';
import { ringkasMonev, rollup, type BarisMonev } from '../../../../shared/monev/rollup';
import type { AturanMonev } from '../../../../shared/monev/aturan';
import type { Status } from '../../../../shared/monev/rules';
import type { Tingkat } from '../../../../shared/renja';

export interface BarisGrid extends BarisMonev {
  rowId: string;
  tingkat: Tingkat | 'total';
  kode: string;
  nama: string;
  deviasiFisik: number | null;
  persenKeuangan: number | null;
  deviasiKeuangan: number | null;
  status: Status | null;
  /** The source row, only on sub kegiatan rows (the editable ones). */
  sub: BarisRealisasi | null;
}

function barisDari(
  rowId: string,
  tingkat: BarisGrid['tingkat'],
  kode: string,
  nama: string,
  angka: BarisMonev,
  sub: BarisRealisasi | null,
  aturan: AturanMonev,
): BarisGrid {
  const r = ringkasMonev(angka, aturan);
  return {
    rowId,
    tingkat,
    kode,
    nama,
    ...angka,
    deviasiFisik: r.deviasiFisik,
    persenKeuangan: r.persenKeuangan,
    deviasiKeuangan: r.deviasiKeuangan,
    status: r.status,
    sub,
  };
}

export const idSub = (subKegiatanId: number) => `s:${subKegiatanId}`;

/** Rows in display order, and the OPD total for the pinned bottom row. */
export function susunBaris(
  daftar: BarisRealisasi[],
  hanyaSub: boolean,
  aturan: AturanMonev,
): { baris: BarisGrid[]; total: BarisGrid } {
  const baris: BarisGrid[] = [];
  const subRow = (s: BarisRealisasi) => barisDari(idSub(s.subKegiatanId), 'subKegiatan', s.kode, s.nama, s, s, aturan);
  const total = barisDari('total', 'total', '', 'Jumlah OPD', rollup(daftar), null, aturan);
  if (hanyaSub) return { baris: daftar.map(subRow), total };

  const urutProgram = [...Map.groupBy(daftar, (s) => s.programId).values()].sort((a, b) =>
    a[0]!.programKode.localeCompare(b[0]!.programKode),
  );
  for (const subsP of urutProgram) {
    const p = subsP[0]!;
    baris.push(barisDari(`p:${p.programId}`, 'program', p.programKode, p.programNama, rollup(subsP), null, aturan));
    const urutKegiatan = [...Map.groupBy(subsP, (s) => s.kegiatanId).values()].sort((a, b) =>
      a[0]!.kegiatanKode.localeCompare(b[0]!.kegiatanKode),
    );
    for (const subsK of urutKegiatan) {
      const k = subsK[0]!;
      baris.push(
        barisDari(`k:${k.kegiatanId}`, 'kegiatan', k.kegiatanKode, k.kegiatanNama, rollup(subsK), null, aturan),
      );
      baris.push(...subsK.map(subRow));
    }
  }
  return { baris, total };
}
