// Follow-ups (tindak lanjut) and obstacles (kendala): what a meeting decided or raised, who is responsible,
// and the later meetings that reviewed them.
import { sql } from 'kysely';
import type {
  Kendala,
  OpdRingkas,
  RujukanRapat,
  TindakLanjut,
  TindakLanjutPerOpd,
  Tinjauan,
} from '../../shared/api/rapat';
import { hariIni, terlambat } from '../../shared/rapat';
import { bandRisiko, skorRisiko } from '../../shared/monev/risiko';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';

/** A follow-up or an obstacle, by its table's name on disk. */
export type JenisButir = 'tindak_lanjut' | 'kendala';

function kelompokkan<T>(rows: (T & { induk: number })[]): Map<number, T[]> {
  const peta = new Map<number, T[]>();
  for (const { induk, ...isi } of rows) peta.set(induk, [...(peta.get(induk) ?? []), isi as T]);
  return peta;
}

/** The meetings that reviewed each item, oldest first. */
async function tinjauanPer(db: Db, jenis: JenisButir, ids: number[]): Promise<Map<number, Tinjauan[]>> {
  if (ids.length === 0) return new Map();
  const tabel = sql.table(`${jenis}_tinjauan`);
  const kolom = sql.ref(`${jenis}_id`);
  const { rows } = await sql<Tinjauan & { induk: number }>`
    SELECT t.${kolom} AS induk, r.id AS rapat_id, r.judul AS judul, r.tanggal AS tanggal, t.catatan AS catatan
    FROM ${tabel} t JOIN rapat r ON r.id = t.rapat_id
    WHERE t.${kolom} IN (${sql.join(ids)}) ORDER BY r.tanggal, r.id`.execute(db);
  return kelompokkan(rows);
}

async function opdPer(db: Db, ids: number[]): Promise<Map<number, OpdRingkas[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('tindakLanjutOpd as t')
    .innerJoin('opd as o', 'o.id', 't.opdId')
    .select(['t.tindakLanjutId as induk', 'o.id', 'o.nama', 'o.singkatan'])
    .where('t.tindakLanjutId', 'in', ids)
    .orderBy('o.kode')
    .execute();
  return kelompokkan(rows);
}

const urutkanTindakLanjut = (a: TindakLanjut, b: TindakLanjut) =>
  Number(b.terlambat) - Number(a.terlambat) ||
  (a.batasWaktu ?? '9999').localeCompare(b.batasWaktu ?? '9999') ||
  a.id - b.id;

export async function muatTindakLanjut(db: Db, ids: number[]): Promise<TindakLanjut[]> {
  if (ids.length === 0) return [];
  const [rows, opd, tinjauan] = await Promise.all([
    db
      .selectFrom('tindakLanjut as t')
      .innerJoin('rapat as r', 'r.id', 't.rapatId')
      .select([
        't.id',
        't.rapatId',
        'r.judul',
        'r.tanggal',
        't.uraian',
        't.batasWaktu',
        't.status',
        't.bukti',
        't.revisi',
      ])
      .where('t.id', 'in', ids)
      .execute(),
    opdPer(db, ids),
    tinjauanPer(db, 'tindak_lanjut', ids),
  ]);
  const hari = hariIni();
  return rows
    .map((r) => ({
      id: r.id,
      asal: { rapatId: r.rapatId, judul: r.judul, tanggal: r.tanggal },
      uraian: r.uraian,
      opd: opd.get(r.id) ?? [],
      batasWaktu: r.batasWaktu,
      status: r.status,
      bukti: r.bukti,
      terlambat: terlambat(r.batasWaktu, r.status, hari),
      ditinjau: tinjauan.get(r.id) ?? [],
      revisi: r.revisi,
    }))
    .sort(urutkanTindakLanjut);
}

/** Score and band of a kendala's scales; both null while it is not scored (the database keeps them 1-5). */
function risikoKendala(kemungkinan: number | null, dampak: number | null) {
  const skor = kemungkinan === null || dampak === null ? null : skorRisiko(kemungkinan, dampak);
  return { kemungkinan, dampak, skor, band: skor === null ? null : bandRisiko(skor) };
}

export async function muatKendala(db: Db, ids: number[]): Promise<Kendala[]> {
  if (ids.length === 0) return [];
  const [rows, tinjauan] = await Promise.all([
    db
      .selectFrom('kendala as k')
      .innerJoin('rapat as r', 'r.id', 'k.rapatId')
      .leftJoin('opd as o', 'o.id', 'k.opdId')
      .leftJoin('subKegiatan as s', 's.id', 'k.subKegiatanId')
      .leftJoin('kategoriKendala as kk', 'kk.id', 'k.kategoriId')
      .select([
        'k.kategoriId',
        'kk.nama as kategoriNama',
        'k.kemungkinan',
        'k.dampak',
        'k.subKegiatanId',
        's.kode as subKode',
        's.nama as subNama',
        'k.id',
        'k.rapatId',
        'r.judul',
        'r.tanggal',
        'k.uraian',
        'k.opdId',
        'o.nama as opdNama',
        'o.singkatan as opdSingkatan',
        'k.tingkat',
        'k.status',
        'k.solusi',
        'k.revisi',
      ])
      .where('k.id', 'in', ids)
      .orderBy('r.tanggal')
      .orderBy('k.id')
      .execute(),
    tinjauanPer(db, 'kendala', ids),
  ]);
  return rows.map((r) => ({
    id: r.id,
    asal: { rapatId: r.rapatId, judul: r.judul, tanggal: r.tanggal } satisfies RujukanRapat,
    uraian: r.uraian,
    opd: r.opdId === null ? null : { id: r.opdId, nama: r.opdNama ?? '', singkatan: r.opdSingkatan ?? '' },
    tingkat: r.tingkat,
    status: r.status,
    solusi: r.solusi,
    subKegiatan:
      r.subKegiatanId === null ? null : { id: r.subKegiatanId, kode: r.subKode ?? '', nama: r.subNama ?? '' },
    kategori: r.kategoriId === null ? null : { id: r.kategoriId, nama: r.kategoriNama ?? '' },
    ...risikoKendala(r.kemungkinan, r.dampak),
    ditinjau: tinjauan.get(r.id) ?? [],
    revisi: r.revisi,
  }));
}

/** Ids of the items of one kind, open ones only unless all are asked for. */
export async function idButir(db: Db, jenis: JenisButir, status: 'terbuka' | 'semua'): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT id FROM ${sql.table(jenis)}
    ${status === 'terbuka' ? sql`WHERE status <> 'selesai'` : sql``}`.execute(db);
  return rows.map((r) => r.id);
}

/** Open follow-ups grouped by responsible OPD; the OPD with the most overdue ones first, overdue items first. */
export async function tindakLanjutPerOpd(db: Db): Promise<TindakLanjutPerOpd[]> {
  const semua = await muatTindakLanjut(db, await idButir(db, 'tindak_lanjut', 'terbuka'));
  const peta = new Map<number, TindakLanjutPerOpd>();
  for (const tl of semua) {
    for (const opd of tl.opd) {
      const grup = peta.get(opd.id) ?? { opd, jumlahTerlambat: 0, butir: [] };
      grup.butir.push(tl);
      if (tl.terlambat) grup.jumlahTerlambat++;
      peta.set(opd.id, grup);
    }
  }
  return [...peta.values()].sort(
    (a, b) => b.jumlahTerlambat - a.jumlahTerlambat || a.opd.nama.localeCompare(b.opd.nama, 'id'),
  );
}

export async function pastikanRapatAda(db: Db, rapatId: number, label: string, kolom = 'rapatId'): Promise<void> {
  const ada = await db.selectFrom('rapat').select('id').where('id', '=', rapatId).executeTakeFirst();
  if (!ada)
    throw new DitolakError(`${label}: rapat dengan ID ${rapatId} tidak ditemukan`, [
      { kolom, pesan: 'Rapat tidak ditemukan' },
    ]);
}

export async function pastikanOpdAda(db: Db, ids: number[], kolom: string, label: string): Promise<void> {
  if (ids.length === 0) return;
  const ada = new Set((await db.selectFrom('opd').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
  const hilang = ids.find((id) => !ada.has(id));
  if (hilang !== undefined)
    throw new DitolakError(`${label}: OPD dengan ID ${hilang} tidak ditemukan`, [
      { kolom, pesan: 'OPD tidak ditemukan' },
    ]);
}

/** Deletes one follow-up or obstacle and says so when it is already gone. */
export async function hapusButir(db: Db, jenis: 'tindakLanjut' | 'kendala', id: number): Promise<void> {
  const hasil = await db.deleteFrom(jenis).where('id', '=', id).executeTakeFirst();
  if (hasil.numDeletedRows === 0n) {
    const label = jenis === 'kendala' ? 'Kendala' : 'Tindak lanjut';
    throw new DitolakError(`${label} dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`);
  }
}
