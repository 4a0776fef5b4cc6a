// Queries of realisation: the sheet of one OPD and period, and saving a batch of cell changes in one transaction.
import type { BarisRealisasi, LembarRealisasi, PerubahanRealisasi } from '../../shared/api/realisasi';
import { LABEL_KOLOM_REALISASI } from '../../shared/api/realisasi';
import { formatAngka, formatRupiah } from '../../shared/format';
import { cekKonsistensi, cekKumulatif } from '../../shared/monev/rollup';
import { tolakKonflik } from '../api/sunting';
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { renjaBerlaku } from '../monev/berlaku';
import { ambilPengaturanMonev } from '../pengaturan/repository';
import { ambilVerifikasi, namaOpd, tolakBilaTerkunci } from './verifikasi';

const RUPIAH_TOLERANSI = 0.005;

async function barisDasar(db: Db, opdId: number, tahun: number, bulan: number) {
  const { versi, dari, syarat } = await renjaBerlaku(db, tahun, bulan);
  const { rows } = await sql<BarisDasar>`
    SELECT s.id AS "subKegiatanId", s.kode, s.nama, s.lokasi, k.id AS "kegiatanId", k.kode AS "kegiatanKode",
      k.nama AS "kegiatanNama", p.id AS "programId", p.kode AS "programKode", p.nama AS "programNama", a.pagu,
      t.target_fisik AS "targetFisik", t.target_keuangan AS "targetKeuangan"
    ${dari}
    WHERE ${syarat} AND p.opd_id = ${opdId}
    ORDER BY s.kode`.execute(db.withoutPlugins());
  return { versi, rows };
}

/** The Renja part of a realisation row: the sub kegiatan, its parents, pagu and targets of the version in force. */
type BarisDasar = Pick<
  BarisRealisasi,
  | 'subKegiatanId'
  | 'kode'
  | 'nama'
  | 'lokasi'
  | 'kegiatanId'
  | 'kegiatanKode'
  | 'kegiatanNama'
  | 'programId'
  | 'programKode'
  | 'programNama'
  | 'pagu'
  | 'targetFisik'
  | 'targetKeuangan'
>;

type Realisasi = {
  subKegiatanId: number;
  bulan: number;
  realisasiFisik: number | null;
  realisasiKeuangan: number | null;
  permasalahan: string;
  faktorPendorong: string;
  faktorPenghambat: string;
  tindakLanjut: string;
  diubahOleh: string;
  diubahPada: string;
  revisi: number;
};

async function realisasiSub(db: Db, subIds: number[]): Promise<Map<number, Realisasi[]>> {
  const map = new Map<number, Realisasi[]>();
  // Chunked: SQLite caps the number of bound parameters per statement.
  for (let i = 0; i < subIds.length; i += 5000) {
    const rows = await db
      .selectFrom('realisasi')
      .selectAll()
      .where('subKegiatanId', 'in', subIds.slice(i, i + 5000))
      .orderBy('bulan')
      .execute();
    for (const r of rows) {
      const list = map.get(r.subKegiatanId) ?? [];
      list.push(r);
      map.set(r.subKegiatanId, list);
    }
  }
  return map;
}

async function indikatorUtama(db: Db, subIds: number[], bulan: number) {
  const map = new Map<number, NonNullable<BarisRealisasi['indikator']>>();
  for (let i = 0; i < subIds.length; i += 5000) {
    const rows = await db
      .selectFrom('indikator as i')
      .leftJoin('nilaiIndikator as n', (j) => j.onRef('n.indikatorId', '=', 'i.id').on('n.bulan', '=', bulan))
      .select([
        'i.id',
        'i.subKegiatanId',
        'i.uraian',
        'i.satuan',
        'i.target',
        'i.jenis',
        'i.arah',
        'i.revisi',
        'n.target as targetPeriode',
        'n.realisasi',
      ])
      .where('i.subKegiatanId', 'in', subIds.slice(i, i + 5000))
      .orderBy('i.urutan')
      .orderBy('i.id')
      .execute();
    for (const { subKegiatanId, ...ind } of rows) {
      if (subKegiatanId !== null && !map.has(subKegiatanId)) map.set(subKegiatanId, ind);
    }
  }
  return map;
}

export async function lembarRealisasi(db: Db, opdId: number, tahun: number, bulan: number): Promise<LembarRealisasi> {
  await namaOpd(db, opdId);
  const { versi, rows } = await barisDasar(db, opdId, tahun, bulan);
  const subIds = rows.map((r) => r.subKegiatanId);
  const [realisasi, indikator, verifikasi, aturan] = await Promise.all([
    realisasiSub(db, subIds),
    indikatorUtama(db, subIds, bulan),
    ambilVerifikasi(db, { opdId, tahun, bulan }),
    ambilPengaturanMonev(db),
  ]);
  const baris: BarisRealisasi[] = rows.map((r) => {
    const list = realisasi.get(r.subKegiatanId) ?? [];
    const kini = list.find((x) => x.bulan === bulan);
    const sebelum = list.filter((x) => x.bulan < bulan).at(-1);
    const angka = {
      pagu: r.pagu,
      targetFisik: r.targetFisik,
      targetKeuangan: r.targetKeuangan,
      realisasiFisik: kini?.realisasiFisik ?? null,
      realisasiKeuangan: kini?.realisasiKeuangan ?? null,
    };
    return {
      ...r,
      ...angka,
      sebelumFisik: sebelum?.realisasiFisik ?? null,
      sebelumKeuangan: sebelum?.realisasiKeuangan ?? null,
      indikator: indikator.get(r.subKegiatanId) ?? null,
      permasalahan: kini?.permasalahan ?? '',
      faktorPendorong: kini?.faktorPendorong ?? '',
      faktorPenghambat: kini?.faktorPenghambat ?? '',
      tindakLanjut: kini?.tindakLanjut ?? '',
      diubahOleh: kini?.diubahOleh ?? '',
      diubahPada: kini?.diubahPada ?? null,
      revisi: kini?.revisi ?? 0,
      peringatan: kini ? cekKonsistensi(angka) : [],
    };
  });
  return { opdId, tahun, bulan, versi, baris, verifikasi, aturan };
}

export type Galat = { kolom: string; pesan: string };

/**
 * Checks one changed row against its pagu and its neighbouring months (the shared cumulative rule): cumulative
 * values may not go down from the month before nor rise above the month after, and money may not exceed the pagu.
 */
function periksa(
  p: PerubahanRealisasi,
  dasar: { kode: string; pagu: number },
  daftar: Realisasi[],
  bulan: number,
  baru: { realisasiFisik: number | null; realisasiKeuangan: number | null },
): Galat[] {
  const galat: Galat[] = [];
  const sebut = (k: 'realisasiFisik' | 'realisasiKeuangan', pesan: string) =>
    galat.push({ kolom: `${p.subKegiatanId}.${k}`, pesan: `${dasar.kode} ${LABEL_KOLOM_REALISASI[k]}: ${pesan}` });
  if (baru.realisasiKeuangan !== null && baru.realisasiKeuangan > dasar.pagu + RUPIAH_TOLERANSI) {
    sebut('realisasiKeuangan', `${formatRupiah(baru.realisasiKeuangan)} melebihi pagu ${formatRupiah(dasar.pagu)}`);
  }
  const sebelum = daftar.filter((x) => x.bulan < bulan).at(-1);
  const sesudah = daftar.find((x) => x.bulan > bulan);
  for (const g of cekKumulatif(baru, sebelum, sesudah)) sebut(g.kolom, g.pesan);
  return galat;
}

interface Tulisan {
  p: PerubahanRealisasi;
  kini: Realisasi | undefined;
  nilai: { realisasiFisik: number | null; realisasiKeuangan: number | null };
}

interface ArgsRealisasi {
  opdId: number;
  tahun: number;
  bulan: number;
  perubahan: PerubahanRealisasi[];
}

/** Every problem of a batch, each keyed `subKegiatanId.kolom`; used by the preview of an import and before a write. */
export async function periksaRealisasi(
  db: Db,
  { opdId, tahun, bulan, perubahan }: ArgsRealisasi,
): Promise<{ galat: Galat[]; tulis: Tulisan[]; indikator: Map<number, { id: number }> }> {
  const { rows } = await barisDasar(db, opdId, tahun, bulan);
  const dasar = new Map(rows.map((r) => [r.subKegiatanId, r]));
  const subIds = [...new Set(perubahan.map((p) => p.subKegiatanId))];
  const [realisasi, indikator] = await Promise.all([realisasiSub(db, subIds), indikatorUtama(db, subIds, bulan)]);
  const galat: Galat[] = [];
  const tulis: Tulisan[] = [];
  for (const p of perubahan) {
    const d = dasar.get(p.subKegiatanId);
    if (!d) {
      galat.push({
        kolom: `${p.subKegiatanId}`,
        pesan: `Sub kegiatan ID ${p.subKegiatanId} tidak termasuk Renja OPD ini pada tahun ${tahun}`,
      });
      continue;
    }
    const daftar = realisasi.get(p.subKegiatanId) ?? [];
    const kini = daftar.find((x) => x.bulan === bulan);
    const nilai = {
      realisasiFisik: p.realisasiFisik !== undefined ? p.realisasiFisik : (kini?.realisasiFisik ?? null),
      realisasiKeuangan: p.realisasiKeuangan !== undefined ? p.realisasiKeuangan : (kini?.realisasiKeuangan ?? null),
    };
    galat.push(...periksa(p, d, daftar, bulan, nilai));
    if (p.realisasiKinerja !== undefined && !indikator.has(p.subKegiatanId)) {
      galat.push({
        kolom: `${p.subKegiatanId}.realisasiKinerja`,
        pesan: `${d.kode}: sub kegiatan ini belum memiliki indikator keluaran`,
      });
    }
    tulis.push({ p, kini, nilai });
  }
  return { galat, tulis, indikator };
}

export async function simpanRealisasi(
  db: Db,
  args: ArgsRealisasi & {
    operator: string;
    /** More writes that belong to the same change (an import records the Formulir's return), in its transaction. */
    sesudahTulis?: (trx: Db) => Promise<void>;
  },
): Promise<number> {
  const { bulan, operator } = args;
  if (operator === '') {
    throw new DitolakError('Pilih nama operator terlebih dahulu, supaya setiap perubahan tercatat pelakunya');
  }
  await namaOpd(db, args.opdId);
  return db.transaction().execute(async (trx) => {
    await tolakBilaTerkunci(trx, args);
    const { galat, tulis, indikator } = await periksaRealisasi(trx, args);
    if (galat.length > 0) {
      const ringkas = galat
        .slice(0, 3)
        .map((g) => g.pesan)
        .join('; ');
      const lagi = galat.length > 3 ? ` (dan ${formatAngka(galat.length - 3)} lainnya)` : '';
      throw new DitolakError(`Tidak disimpan: ${ringkas}${lagi}`, galat);
    }
    for (const { p, kini } of tulis) {
      if (p.revisi !== undefined && p.revisi !== (kini?.revisi ?? 0))
        await tolakKonflik(trx, 'realisasi', { sub_kegiatan_id: p.subKegiatanId, bulan });
    }
    const diubahPada = new Date().toISOString();
    for (const { p, kini, nilai } of tulis) {
      const teks = {
        permasalahan: p.permasalahan ?? kini?.permasalahan ?? '',
        faktorPendorong: p.faktorPendorong ?? kini?.faktorPendorong ?? '',
        faktorPenghambat: p.faktorPenghambat ?? kini?.faktorPenghambat ?? '',
        tindakLanjut: p.tindakLanjut ?? kini?.tindakLanjut ?? '',
      };
      const baris = { ...nilai, ...teks, diubahOleh: operator, diubahPada };
      await trx
        .insertInto('realisasi')
        .values({ subKegiatanId: p.subKegiatanId, bulan, ...baris })
        .onConflict((oc) => oc.columns(['subKegiatanId', 'bulan']).doUpdateSet(baris))
        .execute();
      const ind = indikator.get(p.subKegiatanId);
      if (p.realisasiKinerja !== undefined && ind) {
        const kinerja = { realisasi: p.realisasiKinerja, diubahOleh: operator, diubahPada };
        await trx
          .insertInto('nilaiIndikator')
          .values({ indikatorId: ind.id, bulan, target: null, ...kinerja })
          .onConflict((oc) => oc.columns(['indikatorId', 'bulan']).doUpdateSet(kinerja))
          .execute();
      }
    }
    await args.sesudahTulis?.(trx);
    return tulis.length;
  });
}

/** The revisions of rows just saved, so the grid's next edit of the same row is not taken for a stale one. */
export async function revisiRealisasi(db: Db, subIds: number[], bulan: number): Promise<Record<number, number>> {
  const hasil: Record<number, number> = {};
  for (let i = 0; i < subIds.length; i += 5000) {
    const rows = await db
      .selectFrom('realisasi')
      .select(['subKegiatanId', 'revisi'])
      .where('bulan', '=', bulan)
      .where('subKegiatanId', 'in', subIds.slice(i, i + 5000))
      .execute();
    for (const r of rows) hasil[r.subKegiatanId] = r.revisi;
  }
  return hasil;
}
