// Partial updates and row revisions for every save method that edits an existing row: a field the caller did not send
// keeps its stored value, and a save against an older revision is refused instead of overwriting someone's change.
import { z } from 'zod';
import type { Input, MethodName } from '../../shared/api';
import { formatTanggalJam } from '../../shared/format';
import type { Kysely, Selectable } from 'kysely';
import { namaDiDisk, type Db } from '../db/connection';
import type { Database } from '../db/schema';
import { DitolakError } from '../errors';

/** A stored row: its fields `nilai`, its revision, and where it lives. */
interface Tersimpan<N> {
  nilai: N;
  revisi: number;
  /** Where the row lives (as Riwayat records it), to name who changed it last. */
  tabel: string;
  kunci: Record<string, number | string>;
}

/** The stored row of a save, in the shape of the method's own input, so it can stand in for what was not sent. */
export type BarisTersimpan<M extends MethodName> = Tersimpan<Required<Omit<Input<M>, 'id' | 'revisi'>>>;

/**
 * Finds the row a save names. undefined: the input creates a row (or its key is malformed, which validation then
 * reports); a DitolakError when the key names no row.
 */
export type Pemuat<M extends MethodName> = (
  raw: Record<string, unknown>,
  db: Db,
) => Promise<BarisTersimpan<M> | undefined>;
export type PemuatFor<M extends MethodName> = { [K in M]: Pemuat<K> };

const angkaId = z.number().int().positive();
/** The revision a client read; absent when it did not read one (a script, a test). */
export const revisiSkema = z.number().int().nonnegative();

/** A positive integer key of the raw input, or undefined when absent or malformed. */
export function kunciDari(raw: Record<string, unknown>, nama: string): number | undefined {
  const hasil = angkaId.safeParse(raw[nama]);
  return hasil.success ? hasil.data : undefined;
}

/** Who changed a row last and when, from Riwayat; falls back to a plain sentence when it has no entry. */
async function pengubahTerakhir(db: Db, tabel: string, kunci: Record<string, number | string>): Promise<string> {
  const row = await db
    .selectFrom('riwayat')
    .select(['oleh', 'pada'])
    .where('tabel', '=', tabel)
    .where('kunci', '=', JSON.stringify(kunci))
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? `oleh ${row.oleh || 'pengguna lain'} pada ${formatTanggalJam(row.pada)}` : 'oleh pengguna lain';
}

export async function tolakKonflik(db: Db, tabel: string, kunci: Record<string, number | string>): Promise<never> {
  throw new DitolakError(
    `Data ini telah diubah ${await pengubahTerakhir(db, tabel, kunci)}; muat ulang untuk melihat nilai terbaru`,
    [{ kolom: 'revisi', pesan: 'Data sudah berubah sejak dimuat' }],
    'konflik',
  );
}

const adaIsi = (entri: [string, unknown]) => entri[1] !== undefined;

/**
 * The input a save's handler validates: the stored row with what the caller sent laid over it. Runs inside the write
 * queue, so no other write can come between this read and the handler's write.
 */
export async function gabungSuntingan<M extends MethodName>(
  pemuat: Pemuat<M> | undefined,
  raw: unknown,
  db: Db,
): Promise<unknown> {
  if (!pemuat || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const masukan = raw as Record<string, unknown>;
  const revisi = revisiSkema.optional().safeParse(masukan['revisi']);
  // A malformed revision is left for validation to name.
  if (!revisi.success) return raw;
  const tersimpan = await pemuat(masukan, db);
  if (!tersimpan) return raw;
  if (revisi.data !== undefined && revisi.data !== tersimpan.revisi)
    await tolakKonflik(db, tersimpan.tabel, tersimpan.kunci);
  return { ...tersimpan.nilai, ...Object.fromEntries(Object.entries(masukan).filter(adaIsi)) };
}

async function cariMenurutId<N>(
  raw: Record<string, unknown>,
  tabel: keyof Database,
  label: string,
  cari: (id: number) => Promise<Omit<Tersimpan<N>, 'tabel' | 'kunci'> | undefined>,
): Promise<Tersimpan<N> | undefined> {
  const id = kunciDari(raw, 'id');
  if (id === undefined) return undefined;
  const baris = await cari(id);
  if (!baris)
    throw new DitolakError(`${label} dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`, [
      { kolom: 'id', pesan: `${label} tidak ditemukan` },
    ]);
  return { ...baris, tabel: namaDiDisk(tabel), kunci: { id } };
}

/** The common case: a row found by its `id` in one table. */
export function muatMenurutId<M extends MethodName>(
  raw: Record<string, unknown>,
  tabel: keyof Database,
  label: string,
  cari: (id: number) => Promise<Omit<BarisTersimpan<M>, 'tabel' | 'kunci'> | undefined>,
): Promise<BarisTersimpan<M> | undefined> {
  return cariMenurutId(raw, tabel, label, cari);
}

type Kolom<T extends keyof Database, K extends keyof Selectable<Database[T]>> = Pick<Selectable<Database[T]>, K>;

/**
 * The most common row: its `kolom` of `tabel` as stored, found by `id`, with its revision; `bentuk` turns them into
 * the save's input (adds what lives elsewhere, read once the row is known to exist). The table's name is a variable
 * here, which Kysely's types cannot follow; the result has the type the query would have, so a column the save's
 * input wants and `kolom` lacks is still a compile error.
 */
export function muatKolom<
  T extends keyof Database,
  K extends Exclude<keyof Selectable<Database[T]>, 'revisi'>,
  N extends object = Kolom<T, K>,
>(
  raw: Record<string, unknown>,
  db: Db,
  tabel: T,
  label: string,
  kolom: readonly (K & string)[],
  bentuk?: (nilai: Kolom<T, K>, id: number) => Promise<N>,
): Promise<Tersimpan<NoInfer<N>> | undefined> {
  return cariMenurutId<N>(raw, tabel, label, async (id) => {
    const row = (await (db as unknown as Kysely<Record<string, { id: number }>>)
      .selectFrom(tabel as string)
      .select([...kolom, 'revisi'] as 'id'[])
      .where('id', '=', id)
      .executeTakeFirst()) as ({ revisi: number } & Record<string, unknown>) | undefined;
    if (!row) return undefined;
    const { revisi, nilai } = pisahRevisi(row) as { revisi: number; nilai: Kolom<T, K> };
    return { revisi, nilai: bentuk ? await bentuk(nilai, id) : (nilai as N) };
  });
}

/** Splits a row read with its revision into the two parts a BarisTersimpan holds. */
export function pisahRevisi<T extends { revisi: number }>({
  revisi,
  ...nilai
}: T): { revisi: number; nilai: Omit<T, 'revisi'> } {
  return { revisi, nilai };
}
