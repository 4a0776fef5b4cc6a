// Writing follow-ups and obstacles, and which of them a meeting reviews; every write is one transaction.
import { sql } from 'kysely';
import type { z } from 'zod';
import type {
  Kendala,
  kendalaInput,
  TindakLanjut,
  tindakLanjutInput,
  TindakLanjutRapat,
  tinjauanInput,
} from '../../shared/api/rapat';
import type { Db } from '../db/connection';
import { simpanMenurutId } from '../db/simpan';
import { DitolakError } from '../errors';
import { pemilikSub } from '../monev/berlaku';
import { muatKendala, muatTindakLanjut, pastikanOpdAda, pastikanRapatAda, type JenisButir } from './tindakLanjut';
import { pastikanKategoriAda } from '../risiko/kategori';
import { tindakLanjutRapat } from './tinjauan';

export function simpanTindakLanjut(db: Db, input: z.output<typeof tindakLanjutInput>): Promise<TindakLanjut> {
  return db.transaction().execute((trx) => tulisTindakLanjut(trx, input));
}

export async function tulisTindakLanjut(trx: Db, input: z.output<typeof tindakLanjutInput>): Promise<TindakLanjut> {
  const { id, opdIds, ...kolom } = input;
  await pastikanRapatAda(trx, kolom.rapatId, 'Rapat yang memutuskan');
  await pastikanOpdAda(trx, opdIds, 'opdIds', 'OPD penanggung jawab');
  const ubah = { ...kolom, diubahPada: new Date().toISOString() };
  const tindakLanjutId = await simpanMenurutId(trx, 'tindakLanjut', id, 'Tindak lanjut', kolom, ubah);
  if (id !== undefined) await trx.deleteFrom('tindakLanjutOpd').where('tindakLanjutId', '=', id).execute();
  await trx
    .insertInto('tindakLanjutOpd')
    .values(opdIds.map((opdId) => ({ tindakLanjutId, opdId })))
    .execute();
  const [hasil] = await muatTindakLanjut(trx, [tindakLanjutId]);
  return hasil!;
}

export function simpanKendala(db: Db, input: z.output<typeof kendalaInput>): Promise<Kendala> {
  return db.transaction().execute((trx) => tulisKendala(trx, input));
}

/** The sub kegiatan must exist and, when an OPD is named, be in that OPD's Renja. */
async function pastikanSubMilikOpd(trx: Db, subKegiatanId: number, opdId: number | null): Promise<void> {
  const sub = await pemilikSub(trx, subKegiatanId);
  if (!sub) {
    throw new DitolakError(`Sub kegiatan dengan ID ${subKegiatanId} tidak ditemukan`, [
      { kolom: 'subKegiatanId', pesan: 'Sub kegiatan tidak ditemukan' },
    ]);
  }
  if (opdId !== null && sub.opdId !== opdId) {
    throw new DitolakError(`Sub kegiatan ${sub.kode} bukan milik OPD yang dipilih`, [
      { kolom: 'subKegiatanId', pesan: 'Sub kegiatan bukan milik OPD yang dipilih' },
    ]);
  }
}

export async function tulisKendala(trx: Db, input: z.output<typeof kendalaInput>): Promise<Kendala> {
  const { id, ...kolom } = input;
  await pastikanRapatAda(trx, kolom.rapatId, 'Rapat tempat kendala diangkat');
  await pastikanOpdAda(trx, kolom.opdId === null ? [] : [kolom.opdId], 'opdId', 'OPD');
  if (kolom.subKegiatanId !== null) await pastikanSubMilikOpd(trx, kolom.subKegiatanId, kolom.opdId);
  if (kolom.kategoriId !== null) await pastikanKategoriAda(trx, kolom.kategoriId);
  const ubah = { ...kolom, diubahPada: new Date().toISOString() };
  const kendalaId = await simpanMenurutId(trx, 'kendala', id, 'Kendala', kolom, ubah);
  const [hasil] = await muatKendala(trx, [kendalaId]);
  return hasil!;
}

/** An item can be reviewed by a meeting other than the one that decided it, and must exist. */
async function periksaTinjauan(
  db: Db,
  rapatId: number,
  tabel: 'tindakLanjut' | 'kendala',
  butir: { id: number }[],
  kolom: string,
  label: string,
): Promise<void> {
  if (butir.length === 0) return;
  const ids = butir.map((b) => b.id);
  const rows = await db.selectFrom(tabel).select(['id', 'rapatId']).where('id', 'in', ids).execute();
  const peta = new Map(rows.map((r) => [r.id, r.rapatId]));
  for (const [i, id] of ids.entries()) {
    const asal = peta.get(id);
    if (asal === undefined)
      throw new DitolakError(`${label} ke-${i + 1}: ID ${id} tidak ditemukan`, [
        { kolom: `${kolom}.${i}.id`, pesan: 'Tidak ditemukan' },
      ]);
    if (asal === rapatId)
      throw new DitolakError(`${label} ke-${i + 1} diputuskan pada rapat ini sendiri, bukan rapat sebelumnya`, [
        { kolom: `${kolom}.${i}.id`, pesan: 'Diputuskan pada rapat ini' },
      ]);
  }
}

/** Sets which earlier follow-ups and obstacles this meeting reviews, with what was said about each. */
export function simpanTinjauan(db: Db, input: z.output<typeof tinjauanInput>): Promise<TindakLanjutRapat> {
  return db.transaction().execute((trx) => tulisTinjauan(trx, input));
}

export async function tulisTinjauan(trx: Db, input: z.output<typeof tinjauanInput>): Promise<TindakLanjutRapat> {
  const { rapatId, tindakLanjut, kendala } = input;
  await pastikanRapatAda(trx, rapatId, 'Rapat');
  await periksaTinjauan(trx, rapatId, 'tindakLanjut', tindakLanjut, 'tindakLanjut', 'Tindak lanjut');
  await periksaTinjauan(trx, rapatId, 'kendala', kendala, 'kendala', 'Kendala');
  await gantiTinjauan(trx, 'tindak_lanjut', rapatId, tindakLanjut);
  await gantiTinjauan(trx, 'kendala', rapatId, kendala);
  return tindakLanjutRapat(trx, rapatId);
}

/** The meeting's reviews of one kind of item, replaced; the two review tables have one shape (as tinjauanPer reads). */
async function gantiTinjauan(
  trx: Db,
  jenis: JenisButir,
  rapatId: number,
  butir: { id: number; catatan: string }[],
): Promise<void> {
  const tabel = sql.table(`${jenis}_tinjauan`);
  await sql`DELETE FROM ${tabel} WHERE rapat_id = ${rapatId}`.execute(trx);
  if (butir.length === 0) return;
  const baris = butir.map((b) => sql`(${b.id}, ${rapatId}, ${b.catatan})`);
  await sql`INSERT INTO ${tabel} (${sql.ref(`${jenis}_id`)}, rapat_id, catatan) VALUES ${sql.join(baris)}
    ON CONFLICT DO NOTHING`.execute(trx);
}
