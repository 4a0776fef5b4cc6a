// Buku agenda surat keluar: running numbers per year, taken once and never given to another letter.
import type { Rapat, SuratKeluar } from '../../shared/api/rapat';
import { formatTanggal } from '../../shared/format';
import { BATAS_YTH, formatNomorSurat, hariIni } from '../../shared/rapat';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { ambilPengaturan } from '../pengaturan/repository';
import { ambilRapat } from './repository';

export function daftarSuratKeluar(db: Db, tahun: number): Promise<SuratKeluar[]> {
  return db
    .selectFrom('suratKeluar')
    .select(['id', 'tahun', 'nomorUrut', 'nomor', 'hal', 'tanggal', 'tujuan', 'rapatId'])
    .where('tahun', '=', tahun)
    .orderBy('nomorUrut')
    .execute();
}

async function urutBerikut(db: Db, tahun: number): Promise<number> {
  const row = await db
    .selectFrom('suratKeluar')
    .select((eb) => eb.fn.max<number | null>('nomorUrut').as('maks'))
    .where('tahun', '=', tahun)
    .executeTakeFirst();
  return (row?.maks ?? 0) + 1;
}

async function tulisSuratKeluar(
  trx: Db,
  pola: string,
  s: { tahun: number; nomorUrut: number; hal: string; tanggal: string; tujuan: string; rapatId: number | null },
): Promise<string> {
  const nomor = formatNomorSurat(pola, s.nomorUrut, s.tahun);
  await trx
    .insertInto('suratKeluar')
    .values({ ...s, nomor })
    .execute();
  return nomor;
}

/** Registers a letter that is not a meeting's invitation (a reminder) under the next running number of its year. */
export async function catatSuratKeluar(trx: Db, s: { tanggal: string; hal: string; tujuan: string }): Promise<string> {
  const tahun = Number(s.tanggal.slice(0, 4));
  const { polaNomorSurat } = await ambilPengaturan(trx);
  return tulisSuratKeluar(trx, polaNomorSurat, {
    ...s,
    tahun,
    nomorUrut: await urutBerikut(trx, tahun),
    rapatId: null,
  });
}

/**
 * Gives the meeting's invitation a number from the register. Without a number asked for, a meeting that already
 * has one in the letter's year keeps it; otherwise the next free one is taken. A number that is replaced stays in
 * the register, marked as cancelled, so it is never issued again.
 */
export function terbitkanNomor(db: Db, rapatId: number, nomorUrutDiminta: number | null): Promise<Rapat> {
  return db.transaction().execute((trx) => tulisNomor(trx, rapatId, nomorUrutDiminta));
}

export async function tulisNomor(trx: Db, rapatId: number, nomorUrutDiminta: number | null): Promise<Rapat> {
  const rapat = await ambilRapat(trx, rapatId);
  const { polaNomorSurat } = await ambilPengaturan(trx);
  const tanggal = rapat.tanggalSurat || hariIni();
  const tahun = Number(tanggal.slice(0, 4));
  const lama = await trx.selectFrom('suratKeluar').selectAll().where('rapatId', '=', rapatId).executeTakeFirst();
  if (lama && lama.tahun === tahun && (nomorUrutDiminta === null || nomorUrutDiminta === lama.nomorUrut)) {
    return rapat;
  }
  const nomorUrut = nomorUrutDiminta ?? (await urutBerikut(trx, tahun));
  const bentrok = await trx
    .selectFrom('suratKeluar')
    .select(['hal', 'tanggal'])
    .where('tahun', '=', tahun)
    .where('nomorUrut', '=', nomorUrut)
    .executeTakeFirst();
  if (bentrok) {
    const pesan = `Nomor urut ${nomorUrut} tahun ${tahun} sudah dipakai untuk surat "${bentrok.hal}" tanggal ${formatTanggal(bentrok.tanggal)}`;
    throw new DitolakError(pesan, [{ kolom: 'nomorUrut', pesan }]);
  }
  if (lama) {
    await trx
      .updateTable('suratKeluar')
      .set({ rapatId: null, hal: `[Dibatalkan] ${lama.hal}` })
      .where('id', '=', lama.id)
      .execute();
  }
  const diundang = rapat.peserta.filter((p) => p.diundang);
  const tujuan =
    diundang.length > BATAS_YTH
      ? `${diundang.length} peserta (daftar terlampir)`
      : diundang.map((p) => p.jabatan || p.nama).join('; ');
  const nomor = await tulisSuratKeluar(trx, polaNomorSurat, {
    tahun,
    nomorUrut,
    hal: rapat.hal,
    tanggal,
    tujuan,
    rapatId,
  });
  await trx.updateTable('rapat').set({ nomorSurat: nomor, tanggalSurat: tanggal }).where('id', '=', rapatId).execute();
  return ambilRapat(trx, rapatId);
}
