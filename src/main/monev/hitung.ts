// The monev figures of a period for the whole regency: one query for every sub kegiatan, rolled up in TypeScript.
import type { AngkaMonev, BarisOpdMonev, Ringkasan, TitikKurvaS } from '../../shared/api/monev';
import type { AturanMonev } from '../../shared/monev/aturan';
import { peringkat, ringkasMonev, rollup, type BarisMonev } from '../../shared/monev/rollup';
import { sql } from 'kysely';
import { BULAN_TRIWULAN, type Versi } from '../../shared/renja';
import type { Db } from '../db/connection';
import { renjaBerlaku } from './berlaku';

export interface AngkaSub extends BarisMonev {
  opdId: number;
  programId: number;
  kegiatanId: number;
  subKegiatanId: number;
  terisi: boolean;
}

/**
 * Every sub kegiatan of the year in the version in force at the month, with its target and realisation then.
 * Plain SQL with the result's own names, run without Kysely's plugins: a regency has tens of thousands of these rows,
 * and renaming and copying each one (CamelCasePlugin, then a spread) made the dashboard grow faster than the data.
 */
export async function angkaSubKegiatan(
  db: Db,
  tahun: number,
  bulan: number,
  opdId?: number,
): Promise<{ versi: Versi; rows: AngkaSub[] }> {
  const { versi, dari, syarat } = await renjaBerlaku(db, tahun, bulan);
  const { rows } = await sql<Omit<AngkaSub, 'terisi'> & { terisi: 0 | 1 | boolean }>`
    SELECT p.opd_id AS "opdId", p.id AS "programId", k.id AS "kegiatanId", s.id AS "subKegiatanId", a.pagu,
      t.target_fisik AS "targetFisik", t.target_keuangan AS "targetKeuangan",
      r.realisasi_fisik AS "realisasiFisik", r.realisasi_keuangan AS "realisasiKeuangan",
      r.sub_kegiatan_id IS NOT NULL AS terisi
    ${dari}
    LEFT JOIN realisasi r ON r.sub_kegiatan_id = s.id AND r.bulan = ${bulan}
    WHERE ${syarat} ${opdId === undefined ? sql`` : sql`AND p.opd_id = ${opdId}`}`.execute(db.withoutPlugins());
  // SQLite has no boolean: the 0/1 becomes one in place rather than in a copy of every row.
  for (const r of rows) r.terisi = r.terisi === 1;
  return { versi, rows: rows as AngkaSub[] };
}

export function angka(row: BarisMonev, aturan: AturanMonev): AngkaMonev {
  const r = ringkasMonev(row, aturan);
  return {
    ...row,
    deviasiFisik: r.deviasiFisik,
    persenKeuangan: r.persenKeuangan,
    deviasiKeuangan: r.deviasiKeuangan,
    status: r.status,
  };
}

export async function ringkasan(db: Db, tahun: number, triwulan: number, aturan: AturanMonev): Promise<Ringkasan> {
  return ringkasanDari(db, tahun, triwulan, aturan, await angkaSubKegiatan(db, tahun, triwulan * 3));
}

/** `ringkasan` from the quarter end's rows a caller has already read (the report reads every quarter's). */
export async function ringkasanDari(
  db: Db,
  tahun: number,
  triwulan: number,
  aturan: AturanMonev,
  { versi, rows }: { versi: Versi; rows: AngkaSub[] },
): Promise<Ringkasan> {
  const bulan = triwulan * 3;
  const [opd, verifikasi] = await Promise.all([
    db.selectFrom('opd').select(['id', 'nama', 'singkatan', 'klaster']).orderBy('kode').execute(),
    db
      .selectFrom('verifikasi')
      .select(['opdId', 'status', 'diubahPada'])
      .where('tahun', '=', tahun)
      .where('bulan', '=', bulan)
      .execute(),
  ]);
  const statusVerifikasi = new Map(verifikasi.map((v) => [v.opdId, { status: v.status, pada: v.diubahPada }]));
  const perOpd = Map.groupBy(rows, (r) => r.opdId);
  const baris = opd
    .filter((o) => perOpd.has(o.id))
    .map((o) => {
      const subs = perOpd.get(o.id)!;
      return {
        opdId: o.id,
        nama: o.nama,
        singkatan: o.singkatan,
        klaster: o.klaster,
        jumlahSubKegiatan: subs.length,
        jumlahTerisi: subs.filter((s) => s.terisi).length,
        verifikasi: statusVerifikasi.get(o.id) ?? { status: 'draft' as const, pada: null },
        ...angka(rollup(subs), aturan),
      };
    });
  const hasil: BarisOpdMonev[] = peringkat(baris);
  return {
    tahun,
    triwulan,
    bulan,
    versi,
    kabupaten: angka(rollup(rows), aturan),
    opd: hasil,
    belumAdaRealisasi: !rows.some((r) => r.terisi),
  };
}

/** Target and realisation fisik at each quarter end (and 0 at the start), for the regency or one OPD. */
export async function kurvaS(db: Db, tahun: number, opdId?: number): Promise<TitikKurvaS[]> {
  const titik: TitikKurvaS[] = [{ bulan: 0, targetFisik: 0, realisasiFisik: 0 }];
  for (const bulan of BULAN_TRIWULAN) {
    const { rows } = await angkaSubKegiatan(db, tahun, bulan, opdId);
    const total = rollup(rows);
    titik.push({
      bulan,
      targetFisik: total.targetFisik,
      realisasiFisik: rows.some((r) => r.terisi) ? total.realisasiFisik : null,
    });
  }
  return titik;
}
