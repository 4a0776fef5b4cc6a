// Settings are one JSON document per key, so new preferences need no schema change.
import {
  identitasKurang,
  PENGATURAN_BAKU,
  PENGATURAN_MONEV_BAKU,
  pengaturanInput,
  pengaturanMonevInput,
  type Logo,
  type Pengaturan,
  type PengaturanMonev,
} from '../../shared/api/pengaturan';
import type { z } from 'zod';
import { formatDaftar } from '../../shared/format';
import type { Db } from '../db/connection';
import { DitolakError, rincianZod } from '../errors';

export const KUNCI_INSTANSI = 'instansi';
export const KUNCI_MONEV = 'monev';

/**
 * The settings a person sets on the Pengaturan page, with the rules they are saved under and what they are called in
 * Riwayat. The other keys (last operators, remembered column mappings, backup schedule) are the app's own memory.
 */
export const PENGATURAN_PENGGUNA: Record<string, { skema: z.ZodType; baku: object; uraian: string }> = {
  [KUNCI_INSTANSI]: {
    skema: pengaturanInput,
    baku: PENGATURAN_BAKU,
    uraian: 'Identitas instansi, tahun anggaran, kertas dan margin',
  },
  [KUNCI_MONEV]: {
    skema: pengaturanMonevInput,
    baku: PENGATURAN_MONEV_BAKU,
    uraian: 'Ambang status, rumus capaian dan predikat',
  },
};

/**
 * Refuses a value of `kunci` the Pengaturan page would not save today, naming the fields: Riwayat restores an old
 * value as stored, and the rules may have tightened since it was saved. Read as the page reads it, over the defaults.
 */
export function periksaPengaturanPengguna(kunci: string, nilai: unknown): void {
  const aturan = PENGATURAN_PENGGUNA[kunci];
  if (!aturan) return;
  const hasil = aturan.skema.safeParse({ ...aturan.baku, ...(nilai as object) });
  if (hasil.success) return;
  const rincian = rincianZod(hasil.error);
  throw new DitolakError(
    `Pengaturan lama tidak dapat dipulihkan karena tidak memenuhi aturan sekarang: ${rincian.map((r) => r.pesan).join('; ')}`,
    rincian,
  );
}

export async function ambilNilai(db: Db, kunci: string): Promise<unknown> {
  const row = await db.selectFrom('pengaturan').select('nilai').where('kunci', '=', kunci).executeTakeFirst();
  return row ? (JSON.parse(row.nilai) as unknown) : undefined;
}

export async function simpanNilai(db: Db, kunci: string, nilai: unknown): Promise<void> {
  const json = JSON.stringify(nilai);
  // Saving what is already there changes nothing: no new revision, no history entry.
  const ada = await db.selectFrom('pengaturan').select('nilai').where('kunci', '=', kunci).executeTakeFirst();
  if (ada?.nilai === json) return;
  await db
    .insertInto('pengaturan')
    .values({ kunci, nilai: json })
    .onConflict((oc) => oc.column('kunci').doUpdateSet({ nilai: json }))
    .execute();
}

/**
 * Saved settings over the defaults, field by field: a field added by a newer version starts at its default, and a
 * field the current rules refuse (a value an older or newer version wrote) falls back to its default alone, so the
 * regency's name, margins and thresholds saved beside it still reach every document and computation. A rule over
 * several fields (the predikat bands in order) sends the fields it names back to their defaults. The identity may
 * stay empty, as a database starts: the documents that print it ask for it (ambilPengaturanCetak).
 */
function diAtasBaku<T extends object>(skema: z.ZodObject, baku: T, tersimpan: unknown): T {
  const simpan = (tersimpan ?? {}) as Record<string, unknown>;
  // The usual case, read on every request: everything saved passes as a whole.
  const semua = skema.safeParse({ ...baku, ...simpan });
  if (semua.success) return semua.data as T;
  const nilai: Record<string, unknown> = { ...(baku as Record<string, unknown>) };
  const ditolak: string[] = [];
  for (const [kunci, aturan] of Object.entries(skema.shape)) {
    if (!(kunci in simpan) || !(kunci in baku)) continue;
    const hasil = aturan.safeParse(simpan[kunci]);
    if (hasil.success) nilai[kunci] = hasil.data;
    else ditolak.push(kunci);
  }
  const utuh = skema.safeParse(nilai);
  if (!utuh.success) {
    const bawaan = baku as Record<string, unknown>;
    for (const kunci of new Set(utuh.error.issues.map((i) => String(i.path[0])))) {
      if (kunci in bawaan && nilai[kunci] !== bawaan[kunci]) {
        nilai[kunci] = bawaan[kunci];
        ditolak.push(kunci);
      }
    }
  }
  if (ditolak.length > 0) console.warn(`[sinergi] pengaturan tersimpan ditolak, memakai bawaan: ${ditolak.join(', ')}`);
  return nilai as T;
}

export async function ambilPengaturan(db: Db): Promise<Pengaturan> {
  return diAtasBaku(pengaturanInput, PENGATURAN_BAKU, await ambilNilai(db, KUNCI_INSTANSI));
}

/**
 * The settings a printed document reads. While the instansi identity is still empty (a database started empty) the
 * document is refused with the fields to fill, rather than printed with a blank kop or another regency's name.
 */
export async function ambilPengaturanCetak(db: Db, dokumen: string): Promise<Pengaturan> {
  const pengaturan = await ambilPengaturan(db);
  const kurang = identitasKurang(pengaturan);
  if (kurang.length === 0) return pengaturan;
  throw new DitolakError(
    `Lengkapi ${formatDaftar(kurang.map(([, l]) => l))} di Pengaturan sebelum mencetak ${dokumen}`,
    kurang.map(([kolom, l]) => ({ kolom, pesan: `${l} wajib diisi` })),
  );
}

export async function simpanPengaturan(db: Db, pengaturan: Pengaturan): Promise<Pengaturan> {
  await simpanNilai(db, KUNCI_INSTANSI, pengaturan);
  return pengaturan;
}

export async function ambilLogo(db: Db): Promise<Logo | null> {
  const row = await db.selectFrom('logo').select(['mime', 'isi']).where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  return { mime: row.mime as Logo['mime'], base64: Buffer.from(row.isi).toString('base64') };
}

export async function simpanLogo(db: Db, isi: Uint8Array, mime: Logo['mime']): Promise<void> {
  const diubahPada = new Date().toISOString();
  await db
    .insertInto('logo')
    .values({ id: 1, mime, isi, diubahPada })
    .onConflict((oc) => oc.column('id').doUpdateSet({ mime, isi, diubahPada }))
    .execute();
}

export async function hapusLogo(db: Db): Promise<void> {
  await db.deleteFrom('logo').execute();
}

/**
 * The regency's monev settings: the context every computation that judges a figure receives. Saved settings over the
 * defaults (diAtasBaku), so a setting added by a newer version (the predikat bands) starts at its default without
 * losing the thresholds saved before it.
 */
export async function ambilPengaturanMonev(db: Db): Promise<PengaturanMonev> {
  return diAtasBaku(pengaturanMonevInput, PENGATURAN_MONEV_BAKU, await ambilNilai(db, KUNCI_MONEV));
}

export async function simpanPengaturanMonev(db: Db, nilai: PengaturanMonev): Promise<PengaturanMonev> {
  await simpanNilai(db, KUNCI_MONEV, nilai);
  return nilai;
}
