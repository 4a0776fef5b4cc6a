// The figures of one report's scope (regency, one OPD, one cluster), taken from the dashboard's own functions.
import type { CakupanLaporan, KunciLaporan } from '../../shared/api/laporan';
import type { AngkaMonev, BarisOpdMonev, Ringkasan, TitikKurvaS } from '../../shared/api/monev';
import type { Pengaturan } from '../../shared/api/pengaturan';
import type { AturanMonev } from '../../shared/monev/aturan';
import { rollup } from '../../shared/monev/rollup';
import { LABEL_KLASTER } from '../../shared/opd';
import { BULAN_TRIWULAN } from '../../shared/renja';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { angka, angkaSubKegiatan, ringkasanDari, type AngkaSub } from '../monev/hitung';

/** The figures of a scope at the quarter's end: what the report's tables need (the .xlsx has nothing else). */
export interface DataTabel {
  tahun: number;
  triwulan: number;
  bulan: number;
  cakupan: CakupanLaporan;
  /** "Kabupaten Contoh", "Dinas Pertanian", "Klaster Ekonomi". */
  nama: string;
  /** The region's name without "Pemerintah": "Kabupaten Contoh". */
  daerah: string;
  /** The dashboard's figures of the quarter (every OPD, regency rank). */
  ringkasan: Ringkasan;
  /** The OPD of the scope, in the dashboard's rank order. */
  opd: BarisOpdMonev[];
  /** The scope's total: the regency's figure, or the rollup of the scope's sub kegiatan by the same rules. */
  total: AngkaMonev;
  /** Sub kegiatan of the scope at the quarter's end, as the dashboard reads them. */
  sub: AngkaSub[];
  jumlahSub: number;
  jumlahTerisi: number;
}

/** With the year so far: the documents' Kurva S and the narrative's comparison with the previous quarter. */
export interface DataCakupan extends DataTabel {
  /** The same for the previous quarter of the year; null in triwulan I. */
  sebelumnya: { total: AngkaMonev; opd: BarisOpdMonev[] } | null;
  kurvaS: TitikKurvaS[];
}

export function cakupanDari(k: KunciLaporan): CakupanLaporan {
  return { jenis: k.cakupan, opdId: k.cakupan === 'opd' ? k.opdId : null, klaster: k.klaster };
}

/** '' for the regency, the OPD id or the cluster: the scope part of the key of a report's saved narrative. */
export function kunciCakupan(c: CakupanLaporan): string {
  if (c.jenis === 'opd') return String(c.opdId);
  if (c.jenis === 'klaster') return c.klaster ?? '';
  return '';
}

export const namaDaerah = (namaPemda: string) => namaPemda.replace(/^Pemerintah\s+/i, '');

async function opdDalamCakupan(db: Db, c: CakupanLaporan): Promise<{ ids: Set<number> | null; nama: string }> {
  if (c.jenis === 'kabupaten') return { ids: null, nama: '' };
  if (c.jenis === 'klaster') {
    const rows = await db.selectFrom('opd').select('id').where('klaster', '=', c.klaster!).execute();
    return { ids: new Set(rows.map((r) => r.id)), nama: `Klaster ${LABEL_KLASTER[c.klaster!]}` };
  }
  const opd = await db.selectFrom('opd').select(['id', 'nama']).where('id', '=', c.opdId!).executeTakeFirst();
  if (!opd)
    throw new DitolakError(`OPD dengan ID ${c.opdId} tidak ditemukan`, [{ kolom: 'opdId', pesan: 'Tidak ditemukan' }]);
  return { ids: new Set([opd.id]), nama: opd.nama };
}

function saring<T extends { opdId: number }>(rows: T[], ids: Set<number> | null): T[] {
  return ids === null ? rows : rows.filter((r) => ids.has(r.opdId));
}

/** A point of the scope's Kurva S as the dashboard's kurvaS draws it, with realisation only up to the report's quarter. */
function titikKurva(rows: readonly AngkaSub[], bulan: number, bulanLapor: number): TitikKurvaS {
  const total = rollup(rows);
  const dilaporkan = bulan <= bulanLapor && rows.some((r) => r.terisi);
  return { bulan, targetFisik: total.targetFisik, realisasiFisik: dilaporkan ? total.realisasiFisik : null };
}

/** The scope's figures at the quarter's end, from the one quarter end's rows. */
export async function dataTabel(
  db: Db,
  k: KunciLaporan,
  aturan: AturanMonev,
  pengaturan: Pengaturan,
): Promise<DataTabel> {
  const lingkup = await opdDalamCakupan(db, cakupanDari(k));
  return intiCakupan(db, k, aturan, pengaturan, lingkup, await angkaSubKegiatan(db, k.tahun, k.triwulan * 3));
}

async function intiCakupan(
  db: Db,
  k: KunciLaporan,
  aturan: AturanMonev,
  pengaturan: Pengaturan,
  lingkup: { ids: Set<number> | null; nama: string },
  baris: Awaited<ReturnType<typeof angkaSubKegiatan>>,
): Promise<DataTabel> {
  const { tahun, triwulan } = k;
  const { ids } = lingkup;
  const r = await ringkasanDari(db, tahun, triwulan, aturan, baris);
  const sub = saring(baris.rows, ids);
  const daerah = namaDaerah(pengaturan.namaPemda);
  return {
    tahun,
    triwulan,
    bulan: triwulan * 3,
    cakupan: cakupanDari(k),
    nama: ids === null ? daerah : lingkup.nama,
    daerah,
    ringkasan: r,
    opd: saring(r.opd, ids),
    total: totalCakupan(r, sub, ids, aturan),
    sub,
    jumlahSub: sub.length,
    jumlahTerisi: sub.filter((s) => s.terisi).length,
  };
}

/** The regency's figure, or the rollup of the scope's sub kegiatan by the same rules. */
const totalCakupan = (r: Ringkasan, subs: AngkaSub[], ids: Set<number> | null, aturan: AturanMonev) =>
  ids === null ? r.kabupaten : angka(rollup(subs), aturan);

export async function dataCakupan(
  db: Db,
  k: KunciLaporan,
  aturan: AturanMonev,
  pengaturan: Pengaturan,
): Promise<DataCakupan> {
  const { tahun, triwulan } = k;
  const bulan = triwulan * 3;
  const lingkup = await opdDalamCakupan(db, cakupanDari(k));
  const { ids } = lingkup;
  // The dashboard's own function with the same settings, so a report never colours an OPD differently from Beranda.
  // Each quarter end's rows read once: each gives its point of the Kurva S at once, and only this quarter end's and
  // the last's are kept for the dashboard's figures (a regency's rows of all four, kept to the end, outlived several
  // garbage collections and were copied by each).
  const kurvaS: TitikKurvaS[] = [{ bulan: 0, targetFisik: 0, realisasiFisik: 0 }];
  const dipakai = new Map<number, Awaited<ReturnType<typeof angkaSubKegiatan>>>();
  for (const b of BULAN_TRIWULAN) {
    const hasil = await angkaSubKegiatan(db, tahun, b);
    kurvaS.push(titikKurva(saring(hasil.rows, ids), b, bulan));
    if (b === bulan || b === bulan - 3) dipakai.set(b, hasil);
  }
  const [inti, lalu] = await Promise.all([
    intiCakupan(db, k, aturan, pengaturan, lingkup, dipakai.get(bulan)!),
    triwulan > 1 ? ringkasanDari(db, tahun, triwulan - 1, aturan, dipakai.get(bulan - 3)!) : Promise.resolve(null),
  ]);
  const sebelumnya = lalu && {
    total: totalCakupan(lalu, saring(dipakai.get(bulan - 3)!.rows, ids), ids, aturan),
    opd: saring(lalu.opd, ids),
  };
  return { ...inti, sebelumnya, kurvaS };
}
