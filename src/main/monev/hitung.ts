// The monev figures of a period for the whole regency: one query for every sub kegiatan, rolled up in TypeScript.
import type { AngkaMonev, BarisOpdMonev, Ringkasan, TitikKurvaS } from '../../shared/api/monev';
import type { AturanMonev } from '../../shared/monev/aturan';
import { peringkat, ringkasMonev, rollup, type BarisMonev } from '../../shared/monev/rollup';
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

/** Every sub kegiatan of the year in the version in force at the month, with its target and realisation then. */
export async function angkaSubKegiatan(
  db: Db,
  tahun: number,
  bulan: number,
  opdId?: number,
): Promise<{ versi: Versi; rows: AngkaSub[] }> {
  const { versi, query } = await renjaBerlaku(db, tahun, bulan);
  const rows = await query
    .leftJoin('realisasi as r', (j) => j.onRef('r.subKegiatanId', '=', 's.id').on('r.bulan', '=', bulan))
    .select([
      'p.opdId',
      'p.id as programId',
      'k.id as kegiatanId',
      's.id as subKegiatanId',
      'a.pagu',
      't.targetFisik',
      't.targetKeuangan',
      'r.realisasiFisik',
      'r.realisasiKeuangan',
      'r.subKegiatanId as terisiId',
    ])
    .$if(opdId !== undefined, (qb) => qb.where('p.opdId', '=', opdId!))
    .execute();
  return { versi, rows: rows.map(({ terisiId, ...r }) => ({ ...r, terisi: terisiId !== null })) };
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
  const bulan = triwulan * 3;
  const { versi, rows } = await angkaSubKegiatan(db, tahun, bulan);
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
