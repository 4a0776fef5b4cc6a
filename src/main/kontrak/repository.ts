// Contracts of sub kegiatan: one per sub kegiatan, never above its budget, with an optional monthly plan.
import type { z } from 'zod';
import type { Kontrak, kontrakInput } from '../../shared/api/kontrak';
import { formatRupiah } from '../../shared/format';
import type { TitikJadwal } from '../../shared/monev/kontrak';
import type { Db } from '../db/connection';
import { simpanMenurutId } from '../db/simpan';
import { DitolakError } from '../errors';
import { muatKolom, type PemuatFor } from '../api/sunting';

type KontrakData = Omit<z.output<typeof kontrakInput>, 'revisi'>;

/** A contract with its sub kegiatan (s) and OPD (o), as every reader of contracts selects it. */
export const KOLOM_KONTRAK = [
  'ko.id',
  'ko.subKegiatanId',
  's.kode as subKode',
  's.nama as subNama',
  'o.id as opdId',
  'o.nama as opdNama',
  'o.singkatan as opdSingkatan',
  'ko.nomor',
  'ko.penyedia',
  'ko.nilai',
  'ko.tanggalMulai',
  'ko.tanggalSelesai',
  'ko.jadwal',
  'ko.revisi',
] as const;

export function kueriKontrak(db: Db) {
  return db
    .selectFrom('kontrak as ko')
    .innerJoin('subKegiatan as s', 's.id', 'ko.subKegiatanId')
    .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
    .innerJoin('program as p', 'p.id', 'k.programId')
    .innerJoin('opd as o', 'o.id', 'p.opdId')
    .select(KOLOM_KONTRAK);
}

export const bacaJadwal = (json: string): TitikJadwal[] => JSON.parse(json) as TitikJadwal[];

async function ambilKontrak(db: Db, id: number): Promise<Kontrak> {
  const row = await kueriKontrak(db).where('ko.id', '=', id).executeTakeFirstOrThrow();
  return { ...row, jadwal: bacaJadwal(row.jadwal) };
}

/** The sub kegiatan must exist, have no other contract, and a budget the contract fits in (any version). */
async function periksaSub(trx: Db, k: KontrakData): Promise<void> {
  const sub = await trx
    .selectFrom('subKegiatan as s')
    .leftJoin('anggaran as a', 'a.subKegiatanId', 's.id')
    .select(['s.kode', (eb) => eb.fn.max<number | null>('a.pagu').as('pagu')])
    .where('s.id', '=', k.subKegiatanId)
    .groupBy('s.id')
    .executeTakeFirst();
  if (!sub)
    throw new DitolakError(`Sub kegiatan dengan ID ${k.subKegiatanId} tidak ditemukan`, [
      { kolom: 'subKegiatanId', pesan: 'Sub kegiatan tidak ditemukan' },
    ]);
  const lain = await trx
    .selectFrom('kontrak')
    .select(['penyedia'])
    .where('subKegiatanId', '=', k.subKegiatanId)
    .$if(k.id !== undefined, (qb) => qb.where('id', '!=', k.id!))
    .executeTakeFirst();
  if (lain)
    throw new DitolakError(`Sub kegiatan ${sub.kode} sudah memiliki kontrak (penyedia ${lain.penyedia})`, [
      { kolom: 'subKegiatanId', pesan: 'Sub kegiatan sudah memiliki kontrak' },
    ]);
  if (sub.pagu !== null && k.nilai > sub.pagu)
    throw new DitolakError(
      `Nilai kontrak ${formatRupiah(k.nilai)} melebihi pagu sub kegiatan ${sub.kode} (${formatRupiah(sub.pagu)})`,
      [{ kolom: 'nilai', pesan: 'Nilai kontrak melebihi pagu' }],
    );
}

export function simpanKontrak(db: Db, input: KontrakData): Promise<Kontrak> {
  const { id, jadwal, ...kolom } = input;
  const baris = { ...kolom, jadwal: JSON.stringify([...jadwal].sort((a, b) => a.bulan.localeCompare(b.bulan))) };
  return db.transaction().execute(async (trx) => {
    await periksaSub(trx, input);
    const ubah = { ...baris, diubahPada: new Date().toISOString() };
    return ambilKontrak(trx, await simpanMenurutId(trx, 'kontrak', id, 'Kontrak', baris, ubah));
  });
}

export async function hapusKontrak(db: Db, id: number): Promise<void> {
  const hasil = await db.deleteFrom('kontrak').where('id', '=', id).executeTakeFirst();
  if (hasil.numDeletedRows === 0n)
    throw new DitolakError(`Kontrak dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`);
}

export const kontrakTersimpan: PemuatFor<'kontrak.simpan'> = {
  'kontrak.simpan': (raw, db) =>
    muatKolom(
      raw,
      db,
      'kontrak',
      'Kontrak',
      ['subKegiatanId', 'nomor', 'penyedia', 'nilai', 'tanggalMulai', 'tanggalSelesai', 'jadwal'],
      async (nilai) => ({ ...nilai, jadwal: bacaJadwal(nilai.jadwal) }),
    ),
};
