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

export interface DataCakupan {
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
  /** The same for the previous quarter of the year; null in triwulan I. */
  sebelumnya: { total: AngkaMonev; opd: BarisOpdMonev[] } | null;
  /** Sub kegiatan of the scope at the quarter's end, as the dashboard reads them. */
  sub: AngkaSub[];
  kurvaS: TitikKurvaS[];
  jumlahSub: number;
  jumlahTerisi: number;
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

export async function dataCakupan(
  db: Db,
  k: KunciLaporan,
  aturan: AturanMonev,
  pengaturan: Pengaturan,
): Promise<DataCakupan> {
  const cakupan = cakupanDari(k);
  const { tahun, triwulan } = k;
  const bulan = triwulan * 3;
  const lingkup = await opdDalamCakupan(db, cakupan);
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
  const [r, lalu] = await Promise.all([
    ringkasanDari(db, tahun, triwulan, aturan, dipakai.get(bulan)!),
    triwulan > 1 ? ringkasanDari(db, tahun, triwulan - 1, aturan, dipakai.get(bulan - 3)!) : Promise.resolve(null),
  ]);
  const sub = saring(dipakai.get(bulan)!.rows, ids);
  const daerah = namaDaerah(pengaturan.namaPemda);
  const totalDari = (x: Ringkasan, subs: AngkaSub[]) => (ids === null ? x.kabupaten : angka(rollup(subs), aturan));
  const sebelumnya = lalu && {
    total: totalDari(lalu, saring(dipakai.get(bulan - 3)!.rows, ids)),
    opd: saring(lalu.opd, ids),
  };
  return {
    tahun,
    triwulan,
    bulan,
    cakupan,
    nama: ids === null ? daerah : lingkup.nama,
    daerah,
    ringkasan: r,
    opd: saring(r.opd, ids),
    total: totalDari(r, sub),
    sebelumnya,
    sub,
    kurvaS,
    jumlahSub: sub.length,
    jumlahTerisi: sub.filter((s) => s.terisi).length,
  };
}
