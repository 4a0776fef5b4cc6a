// The kendala and tindak lanjut registers of the period's meetings, per OPD, for BAB III and IV of the report: what a
// Rakor or Pra-Rakorev recorded, its status (open, in progress, overdue, done), the meeting and the due date.
import type { Kendala, OpdRingkas, TindakLanjut } from '../../shared/api/rapat';
import { formatTanggal } from '../../shared/format';
import { LABEL_STATUS_KENDALA, LABEL_STATUS_TINDAK_LANJUT } from '../../shared/rapat';
import type { Db } from '../db/connection';
import { idButir, muatTindakLanjut } from '../rapat/tindakLanjut';
import { kendalaMenurutKategori } from '../risiko/peta';

export interface RegisterOpd {
  opd: OpdRingkas;
  /** By category, the highest risks first (risiko/peta.ts). */
  kendala: Kendala[];
  /** Overdue first, then by due date. */
  tindakLanjut: TindakLanjut[];
}

/**
 * The meetings that evaluate a quarter: from the second month of the quarter to the month after it, when the Rakor on
 * the quarter's figures is held (a triwulan II Rakor sits in July).
 */
export function jendelaRapat(tahun: number, triwulan: number): { dari: string; sampai: string } {
  const tanggal = (bulanKe: number) => {
    const d = new Date(Date.UTC(tahun, bulanKe, 1));
    return d.toISOString().slice(0, 10);
  };
  return { dari: tanggal(3 * (triwulan - 1) + 1), sampai: tanggal(3 * triwulan + 1) };
}

/**
 * Items raised at the period's meetings, and those of the year's earlier meetings still not done (a register carries
 * its open items forward), per OPD of the scope; an item of several OPD appears under each.
 */
export async function registerRapat(
  db: Db,
  tahun: number,
  triwulan: number,
  opdIds: ReadonlySet<number>,
): Promise<RegisterOpd[]> {
  const { dari, sampai } = jendelaRapat(tahun, triwulan);
  const masuk = (x: { asal: { tanggal: string }; status: string }) =>
    x.asal.tanggal < sampai &&
    (x.asal.tanggal >= dari || (x.asal.tanggal >= `${tahun}-01-01` && x.status !== 'selesai'));
  const [kelompok, tindakLanjut] = await Promise.all([
    kendalaMenurutKategori(db, { status: 'semua' }),
    idButir(db, 'tindak_lanjut', 'semua').then((ids) => muatTindakLanjut(db, ids)),
  ]);
  const per = new Map<number, RegisterOpd>();
  const untuk = (opd: OpdRingkas) => {
    const r = per.get(opd.id) ?? { opd, kendala: [], tindakLanjut: [] };
    per.set(opd.id, r);
    return r;
  };
  for (const k of kelompok.flatMap((g) => g.butir))
    if (k.opd && opdIds.has(k.opd.id) && masuk(k)) untuk(k.opd).kendala.push(k);
  for (const t of tindakLanjut)
    if (masuk(t)) for (const opd of t.opd) if (opdIds.has(opd.id)) untuk(opd).tindakLanjut.push(t);
  return [...per.values()].sort((a, b) => a.opd.nama.localeCompare(b.opd.nama, 'id'));
}

/** "Terlambat" for an overdue follow-up, else its status as the meeting pages name it. */
export const labelStatusTindakLanjut = (t: TindakLanjut) =>
  t.terlambat ? 'Terlambat' : LABEL_STATUS_TINDAK_LANJUT[t.status];

export const labelStatusKendala = (k: Kendala) => LABEL_STATUS_KENDALA[k.status];

/** "Rapat Koordinasi Triwulan II, 15 Juli 2026" */
export const asalRapat = (x: { asal: { judul: string; tanggal: string } }) =>
  `${x.asal.judul}, ${formatTanggal(x.asal.tanggal)}`;
