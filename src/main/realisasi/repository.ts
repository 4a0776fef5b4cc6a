// Queries of realisation: the sheet of one OPD and period, and saving a batch of cell changes in one transaction.
import type { BarisRealisasi, LembarRealisasi, PerubahanRealisasi, Verifikasi } from '../../shared/api/realisasi';
import { LABEL_KOLOM_REALISASI } from '../../shared/api/realisasi';
import { formatAngka, formatPersen, formatRupiah } from '../../shared/format';
import { versiBerlaku, type StatusVerifikasi } from '../../shared/renja';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { perubahanMulaiBulan } from '../renja/repository';

const RUPIAH_TOLERANSI = 0.005;

async function barisDasar(db: Db, opdId: number, tahun: number, bulan: number) {
  const versi = versiBerlaku(bulan, await perubahanMulaiBulan(db, tahun));
  const rows = await db
    .selectFrom('subKegiatan as s')
    .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
    .innerJoin('program as p', 'p.id', 'k.programId')
    .innerJoin('anggaran as a', (j) => j.onRef('a.subKegiatanId', '=', 's.id').on('a.versi', '=', versi))
    .leftJoin('targetPeriode as t', (j) =>
      j.onRef('t.subKegiatanId', '=', 's.id').on('t.versi', '=', versi).on('t.bulan', '=', bulan),
    )
    .select([
      's.id as subKegiatanId',
      's.kode',
      's.nama',
      's.lokasi',
      'k.id as kegiatanId',
      'k.kode as kegiatanKode',
      'k.nama as kegiatanNama',
      'p.id as programId',
      'p.kode as programKode',
      'p.nama as programNama',
      'a.pagu',
      't.targetFisik',
      't.targetKeuangan',
    ])
    .where('p.opdId', '=', opdId)
    .where('p.tahun', '=', tahun)
    .orderBy('s.kode')
    .execute();
  return { versi, rows };
}

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

export async function ambilVerifikasi(db: Db, opdId: number, tahun: number, bulan: number): Promise<Verifikasi> {
  const row = await db
    .selectFrom('verifikasi')
    .select(['status', 'catatan', 'diubahOleh', 'diubahPada'])
    .where('opdId', '=', opdId)
    .where('tahun', '=', tahun)
    .where('bulan', '=', bulan)
    .executeTakeFirst();
  return row ?? { status: 'draft', catatan: '', diubahOleh: '', diubahPada: null };
}

export async function lembarRealisasi(db: Db, opdId: number, tahun: number, bulan: number): Promise<LembarRealisasi> {
  const { versi, rows } = await barisDasar(db, opdId, tahun, bulan);
  const subIds = rows.map((r) => r.subKegiatanId);
  const [realisasi, indikator, verifikasi] = await Promise.all([
    realisasiSub(db, subIds),
    indikatorUtama(db, subIds, bulan),
    ambilVerifikasi(db, opdId, tahun, bulan),
  ]);
  const baris: BarisRealisasi[] = rows.map((r) => {
    const list = realisasi.get(r.subKegiatanId) ?? [];
    const kini = list.find((x) => x.bulan === bulan);
    const sebelum = list.filter((x) => x.bulan < bulan).at(-1);
    return {
      ...r,
      realisasiFisik: kini?.realisasiFisik ?? null,
      realisasiKeuangan: kini?.realisasiKeuangan ?? null,
      sebelumFisik: sebelum?.realisasiFisik ?? null,
      sebelumKeuangan: sebelum?.realisasiKeuangan ?? null,
      indikator: indikator.get(r.subKegiatanId) ?? null,
      permasalahan: kini?.permasalahan ?? '',
      faktorPendorong: kini?.faktorPendorong ?? '',
      faktorPenghambat: kini?.faktorPenghambat ?? '',
      tindakLanjut: kini?.tindakLanjut ?? '',
      diubahOleh: kini?.diubahOleh ?? '',
      diubahPada: kini?.diubahPada ?? null,
    };
  });
  return { opdId, tahun, bulan, versi, baris, verifikasi };
}

export type Galat = { kolom: string; pesan: string };

/**
 * Checks one changed row against its pagu and its neighbouring months: cumulative values may not go down from the
 * month before nor rise above the month after, and money may not exceed the pagu.
 */
function periksa(
  p: PerubahanRealisasi,
  dasar: { kode: string; pagu: number },
  daftar: Realisasi[],
  bulan: number,
  baru: { realisasiFisik: number | null; realisasiKeuangan: number | null },
): Galat[] {
  const galat: Galat[] = [];
  const kolom = (k: 'realisasiFisik' | 'realisasiKeuangan') => `${p.subKegiatanId}.${k}`;
  const sebut = (k: 'realisasiFisik' | 'realisasiKeuangan', pesan: string) =>
    galat.push({ kolom: kolom(k), pesan: `${dasar.kode} ${LABEL_KOLOM_REALISASI[k]}: ${pesan}` });
  const sebelum = daftar.filter((x) => x.bulan < bulan).at(-1);
  const sesudah = daftar.find((x) => x.bulan > bulan);
  if (baru.realisasiKeuangan !== null && baru.realisasiKeuangan > dasar.pagu + RUPIAH_TOLERANSI) {
    sebut('realisasiKeuangan', `${formatRupiah(baru.realisasiKeuangan)} melebihi pagu ${formatRupiah(dasar.pagu)}`);
  }
  const turun = (k: 'realisasiFisik' | 'realisasiKeuangan', fmt: (n: number) => string) => {
    const nilai = baru[k];
    if (nilai === null) return;
    const lalu = sebelum?.[k];
    if (lalu != null && nilai < lalu - 1e-9) {
      sebut(k, `nilai kumulatif ${fmt(nilai)} lebih kecil dari s.d. bulan ${sebelum!.bulan} (${fmt(lalu)})`);
    }
    const nanti = sesudah?.[k];
    if (nanti != null && nilai > nanti + 1e-9) {
      sebut(k, `nilai kumulatif ${fmt(nilai)} lebih besar dari s.d. bulan ${sesudah!.bulan} (${fmt(nanti)})`);
    }
  };
  turun('realisasiFisik', (n) => formatPersen(n));
  turun('realisasiKeuangan', (n) => formatRupiah(n));
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

export async function simpanRealisasi(db: Db, args: ArgsRealisasi & { operator: string }): Promise<number> {
  const { bulan, operator } = args;
  if (operator === '') {
    throw new DitolakError('Pilih nama operator terlebih dahulu, supaya setiap perubahan tercatat pelakunya');
  }
  return db.transaction().execute(async (trx) => {
    const { galat, tulis, indikator } = await periksaRealisasi(trx, args);
    if (galat.length > 0) {
      const ringkas = galat
        .slice(0, 3)
        .map((g) => g.pesan)
        .join('; ');
      const lagi = galat.length > 3 ? ` (dan ${formatAngka(galat.length - 3)} lainnya)` : '';
      throw new DitolakError(`Tidak disimpan: ${ringkas}${lagi}`, galat);
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
    return tulis.length;
  });
}

export async function simpanVerifikasi(
  db: Db,
  v: { opdId: number; tahun: number; bulan: number; status: StatusVerifikasi; catatan: string; operator: string },
): Promise<Verifikasi> {
  const baris = { status: v.status, catatan: v.catatan, diubahOleh: v.operator, diubahPada: new Date().toISOString() };
  await db
    .insertInto('verifikasi')
    .values({ opdId: v.opdId, tahun: v.tahun, bulan: v.bulan, ...baris })
    .onConflict((oc) => oc.columns(['opdId', 'tahun', 'bulan']).doUpdateSet(baris))
    .execute();
  return baris;
}
