// The rows of one OPD's Renstra grids (programs and kegiatan with their pagu per year; their indicators), what one
// edited cell changes in such a row, and how an edited row is saved.
import type {
  IndikatorRenstra,
  IndikatorSasaran,
  PaguTahun,
  Renstra,
  TINGKAT_RENSTRA,
} from '../../../../shared/api/renstra';
import { useCallback, useRef } from 'react';
import { api } from '../../api/client';
import type { SelTempel } from '../../components/grid/tempel';

export type Tingkat = (typeof TINGKAT_RENSTRA)[number];

export interface BarisUnit {
  rowId: string;
  tingkat: Tingkat;
  id: number;
  revisi: number;
  programId: number;
  kode: string;
  nama: string;
  sasaranRpjmdId: number | null;
  pagu: PaguBaris[];
}

export interface BarisIndikator extends IndikatorRenstra {
  rowId: string;
  tingkat: Tingkat;
  pemilikId: number;
  pemilik: string;
}

export const idBaris = (b: { rowId: string }) => b.rowId;

/** Each program followed by its kegiatan. */
export function barisUnit(renstra: Renstra): BarisUnit[] {
  return renstra.program.flatMap((p) => [
    {
      rowId: `p${p.id}`,
      tingkat: 'program' as const,
      id: p.id,
      revisi: p.revisi,
      programId: p.id,
      kode: p.kode,
      nama: p.nama,
      sasaranRpjmdId: p.sasaranRpjmdId,
      pagu: p.pagu,
    },
    ...p.kegiatan.map((k) => ({
      rowId: `k${k.id}`,
      tingkat: 'kegiatan' as const,
      id: k.id,
      revisi: k.revisi,
      programId: p.id,
      kode: k.kode,
      nama: k.nama,
      sasaranRpjmdId: null,
      pagu: k.pagu,
    })),
  ]);
}

/** The indicators of each program, then of its kegiatan. */
export function barisIndikator(renstra: Renstra): BarisIndikator[] {
  return renstra.program.flatMap((p) => [
    ...p.indikator.map((i) => ({
      ...i,
      rowId: `i${i.id}`,
      tingkat: 'program' as const,
      pemilikId: p.id,
      pemilik: p.kode,
    })),
    ...p.kegiatan.flatMap((k) =>
      k.indikator.map((i) => ({
        ...i,
        rowId: `i${i.id}`,
        tingkat: 'kegiatan' as const,
        pemilikId: k.id,
        pemilik: k.kode,
      })),
    ),
  ]);
}

/** One year's pagu and realisation as the grid holds them: a pagu emptied by Delete is null until the row is saved. */
export type PaguBaris = Omit<PaguTahun, 'pagu'> & { pagu: number | null };

/**
 * A program or kegiatan with one cell changed: code, name, the program's sasaran, or pagu (p2026)/realisasi (q2026).
 * An emptied cell empties that year's value; a year left with neither is not saved (the save removes it).
 */
export function ubahUnit(b: BarisUnit, kolom: string, nilai: SelTempel['nilai']): BarisUnit | string {
  const pagu = /^([pq])(\d{4})$/.exec(kolom);
  if (pagu) {
    if (typeof nilai === 'string') return 'isi dengan angka';
    const tahun = Number(pagu[2]);
    const lama = b.pagu.find((x) => x.tahun === tahun) ?? { tahun, pagu: null, realisasi: null };
    const isi = pagu[1] === 'p' ? { ...lama, pagu: nilai } : { ...lama, realisasi: nilai };
    const baru = [...b.pagu.filter((x) => x.tahun !== tahun), isi];
    return { ...b, pagu: baru.sort((x, y) => x.tahun - y.tahun) };
  }
  const teks = String(nilai ?? '').trim();
  if (kolom === 'kode' || kolom === 'nama') return { ...b, [kolom]: teks };
  if (kolom === 'sasaran' && b.tingkat === 'program') return { ...b, sasaranRpjmdId: teks ? Number(teks) : null };
  return `kolom ${kolom} tidak dapat diubah`;
}

/** Why the row cannot be saved: a year's realisation needs that year's pagu (0 stands for none). */
export function periksaUnit(b: BarisUnit): string | undefined {
  const tahun = b.pagu.find((x) => x.pagu === null && x.realisasi !== null)?.tahun;
  if (tahun === undefined) return undefined;
  return `Pagu ${tahun}: pagu indikatif wajib diisi selama Realisasi ${tahun} terisi (tulis 0 bila tidak ada)`;
}

/**
 * Saves a program or kegiatan row whole, its pagu of every year with it, in one call (one transaction in main), with
 * the revision the grid read: a row changed since is refused (konflik) rather than overwritten.
 */
export async function simpanUnit(b: BarisUnit): Promise<BarisUnit> {
  // A year emptied of both is left out; one with a realisation and no pagu was refused before (periksaUnit).
  const pagu = b.pagu.flatMap((p) => (p.pagu === null ? [] : [{ ...p, pagu: p.pagu }]));
  const { revisi } = await api('renstra.simpanBaris', {
    tingkat: b.tingkat,
    id: b.id,
    revisi: b.revisi,
    kode: b.kode,
    nama: b.nama,
    sasaranRpjmdId: b.sasaranRpjmdId,
    pagu,
  });
  return { ...b, revisi, pagu };
}

/**
 * A grid's save that sends each row with the newest revision known: the one its last save returned, or the grid's when
 * that is newer (revisions only grow), so a reload answering an earlier save never makes the next save of the row look
 * stale, while a change made elsewhere since the grid read the row is still refused (konflik).
 */
export function useRevisiTerbaru<T extends { revisi: number }>(
  simpan: (b: T) => Promise<T>,
  kunci: (b: T) => string,
): (b: T) => Promise<T> {
  const terakhir = useRef(new Map<string, number>());
  return useCallback(
    async (b: T) => {
      const tersimpan = await simpan({ ...b, revisi: Math.max(b.revisi, terakhir.current.get(kunci(b)) ?? 0) });
      terakhir.current.set(kunci(b), tersimpan.revisi);
      return tersimpan;
    },
    [simpan, kunci],
  );
}

/** The save of the program/kegiatan grid. */
export const useSimpanUnit = () => useRevisiTerbaru(simpanUnit, idBaris);

/**
 * What an indicator row of a grid (an RPJMD sasaran's or a Renstra program's/kegiatan's) sends when saved whole: the
 * fields its cells change, its kind and direction, and the revision the grid read. The owner goes with it.
 */
export function kirimanIndikator(i: IndikatorSasaran) {
  const { id, revisi, uraian, satuan, baseline, jenis, arah, nilai } = i;
  return { id, revisi, uraian, satuan, baseline, jenis, arah, nilai };
}

/** An indicator row with its yearly targets, in one call, with the revision the grid read. */
async function simpanIndikator(i: BarisIndikator): Promise<BarisIndikator> {
  const { revisi } = await api('renstra.simpanIndikator', {
    ...kirimanIndikator(i),
    tingkat: i.tingkat,
    pemilikId: i.pemilikId,
    targetAkhir: i.targetAkhir,
  });
  return { ...i, revisi };
}

/** The save of the indicator grid. */
export const useSimpanIndikator = () => useRevisiTerbaru(simpanIndikator, idBaris);
