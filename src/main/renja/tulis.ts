// Bulk write of Renja rows (import, sample data, benchmark): one transaction, prepared statements, upsert by code.
import type Sqlite from 'better-sqlite3';
import type { RencanaSub } from '../../shared/api/renja';
import { BULAN_TRIWULAN, type Versi } from '../../shared/renja';
import type { Db } from '../db/connection';
import type { LaporKemajuan } from '../kemajuan';

export interface BarisRenjaMassal extends RencanaSub {
  opdId: number;
  tahun: number;
  programKode: string;
  programNama: string;
  kegiatanKode: string;
  kegiatanNama: string;
  subKode: string;
  subNama: string;
  /** Months other than quarter ends, for an OPD that plans monthly. */
  targetBulanLain?: { bulan: number; targetFisik: number | null; targetKeuangan: number | null }[];
  indikator: IndikatorMassal | null;
  /** Further indicators of the sub kegiatan, matched to the stored ones by position after the first. */
  indikatorLain?: IndikatorMassal[];
}

export interface IndikatorMassal {
  uraian: string;
  satuan: string;
  target: number | null;
}

/** Outcome indicators of a program, output indicators of a kegiatan. */
export interface IndikatorIndukMassal {
  opdId: number;
  tahun: number;
  tingkat: 'program' | 'kegiatan';
  kode: string;
  daftar: IndikatorMassal[];
}

export interface HasilTulis {
  program: number;
  kegiatan: number;
  subKegiatan: number;
}

/**
 * Runs `kerja` synchronously on the raw handle while holding Kysely's single connection, so no Kysely transaction
 * can interleave with it; better-sqlite3's own transaction makes it all-or-nothing.
 */
export async function denganSqlite<T>(db: Db, sqlite: Sqlite.Database, kerja: () => T): Promise<T> {
  return db.connection().execute(() => Promise.resolve(sqlite.transaction(kerja)()));
}

export function tulisRenjaSync(
  sqlite: Sqlite.Database,
  versi: Versi,
  rows: readonly BarisRenjaMassal[],
  kemajuan: LaporKemajuan,
): HasilTulis {
  const cariProgram = sqlite.prepare<[number, number, string], { id: number }>(
    'SELECT id FROM program WHERE opd_id = ? AND tahun = ? AND kode = ?',
  );
  const tambahProgram = sqlite.prepare('INSERT INTO program (opd_id, tahun, kode, nama) VALUES (?, ?, ?, ?)');
  const ubahProgram = sqlite.prepare('UPDATE program SET nama = ? WHERE id = ?');
  const cariKegiatan = sqlite.prepare<[number, string], { id: number }>(
    'SELECT id FROM kegiatan WHERE program_id = ? AND kode = ?',
  );
  const tambahKegiatan = sqlite.prepare('INSERT INTO kegiatan (program_id, kode, nama) VALUES (?, ?, ?)');
  const ubahKegiatan = sqlite.prepare('UPDATE kegiatan SET nama = ? WHERE id = ?');
  const cariSub = sqlite.prepare<[number, string], { id: number }>(
    'SELECT id FROM sub_kegiatan WHERE kegiatan_id = ? AND kode = ?',
  );
  const tambahSub = sqlite.prepare(
    'INSERT INTO sub_kegiatan (kegiatan_id, kode, nama, lokasi, sumber_dana) VALUES (?, ?, ?, ?, ?)',
  );
  const ubahSub = sqlite.prepare('UPDATE sub_kegiatan SET nama = ?, lokasi = ?, sumber_dana = ? WHERE id = ?');
  const anggaran = sqlite.prepare(
    'INSERT INTO anggaran (sub_kegiatan_id, versi, pagu) VALUES (?, ?, ?) ON CONFLICT (sub_kegiatan_id, versi) DO UPDATE SET pagu = excluded.pagu',
  );
  const target = sqlite.prepare(
    `INSERT INTO target_periode (sub_kegiatan_id, versi, bulan, target_fisik, target_keuangan) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (sub_kegiatan_id, versi, bulan) DO UPDATE SET target_fisik = excluded.target_fisik, target_keuangan = excluded.target_keuangan`,
  );
  const cariIndikator = sqlite.prepare<[number], { id: number }>(
    'SELECT id FROM indikator WHERE sub_kegiatan_id = ? ORDER BY urutan, id LIMIT 1',
  );
  const tambahIndikator = sqlite.prepare(
    'INSERT INTO indikator (sub_kegiatan_id, uraian, satuan, target) VALUES (?, ?, ?, ?)',
  );
  const ubahIndikator = sqlite.prepare('UPDATE indikator SET uraian = ?, satuan = ?, target = ? WHERE id = ?');

  const hasil: HasilTulis = { program: 0, kegiatan: 0, subKegiatan: 0 };
  const programId = new Map<string, number>();
  const kegiatanId = new Map<string, number>();
  // A parent this write created has no children but those this write adds: nothing to look up under it.
  const baru = { program: new Set<number>(), kegiatan: new Set<number>() };
  for (const [i, r] of rows.entries()) {
    kemajuan({ langkah: 'Menulis sub kegiatan', selesai: i, total: rows.length, satuan: 'baris' });
    const kunciP = `${r.opdId}|${r.tahun}|${r.programKode}`;
    let pId = programId.get(kunciP);
    if (pId === undefined) {
      const ada = cariProgram.get(r.opdId, r.tahun, r.programKode);
      if (ada) ubahProgram.run(r.programNama, ada.id);
      else hasil.program++;
      pId = ada?.id ?? Number(tambahProgram.run(r.opdId, r.tahun, r.programKode, r.programNama).lastInsertRowid);
      if (!ada) baru.program.add(pId);
      programId.set(kunciP, pId);
    }
    const kunciK = `${pId}|${r.kegiatanKode}`;
    let kId = kegiatanId.get(kunciK);
    if (kId === undefined) {
      const ada = baru.program.has(pId) ? undefined : cariKegiatan.get(pId, r.kegiatanKode);
      if (ada) ubahKegiatan.run(r.kegiatanNama, ada.id);
      else hasil.kegiatan++;
      kId = ada?.id ?? Number(tambahKegiatan.run(pId, r.kegiatanKode, r.kegiatanNama).lastInsertRowid);
      if (!ada) baru.kegiatan.add(kId);
      kegiatanId.set(kunciK, kId);
    }
    const ada = baru.kegiatan.has(kId) ? undefined : cariSub.get(kId, r.subKode);
    if (ada) ubahSub.run(r.subNama, r.lokasi, r.sumberDana, ada.id);
    else hasil.subKegiatan++;
    const sId = ada?.id ?? Number(tambahSub.run(kId, r.subKode, r.subNama, r.lokasi, r.sumberDana).lastInsertRowid);
    anggaran.run(sId, versi, r.pagu);
    BULAN_TRIWULAN.forEach((bulan, i) => {
      const fisik = r.targetFisik[i] ?? null;
      const keuangan = r.targetKeuangan[i] ?? null;
      if (fisik !== null || keuangan !== null) target.run(sId, versi, bulan, fisik, keuangan);
    });
    for (const t of r.targetBulanLain ?? []) target.run(sId, versi, t.bulan, t.targetFisik, t.targetKeuangan);
    if (r.indikator) {
      const ind = ada ? cariIndikator.get(sId) : undefined;
      if (ind) ubahIndikator.run(r.indikator.uraian, r.indikator.satuan, r.indikator.target, ind.id);
      else tambahIndikator.run(sId, r.indikator.uraian, r.indikator.satuan, r.indikator.target);
      if (r.indikatorLain?.length)
        tulisIndikatorSync(sqlite, 'sub_kegiatan_id', sId, [r.indikator, ...r.indikatorLain]);
    }
  }
  return hasil;
}

/**
 * Indicators of one owner in file order: the i-th updates the owner's i-th stored indicator (so a renamed indicator
 * keeps its realisation), the rest are added; stored ones beyond the file's are left as they are.
 */
function tulisIndikatorSync(
  sqlite: Sqlite.Database,
  kolom: 'program_id' | 'kegiatan_id' | 'sub_kegiatan_id',
  pemilikId: number,
  daftar: IndikatorMassal[],
): void {
  const ada = sqlite
    .prepare(`SELECT id FROM indikator WHERE ${kolom} = ? ORDER BY urutan, id`)
    .pluck()
    .all(pemilikId) as number[];
  const ubah = sqlite.prepare('UPDATE indikator SET uraian = ?, satuan = ?, target = ? WHERE id = ?');
  const tambah = sqlite.prepare(
    `INSERT INTO indikator (${kolom}, uraian, satuan, target, urutan) VALUES (?, ?, ?, ?, ?)`,
  );
  daftar.forEach((d, i) => {
    const id = ada[i];
    if (id !== undefined) ubah.run(d.uraian, d.satuan, d.target, id);
    else tambah.run(pemilikId, d.uraian, d.satuan, d.target, i);
  });
}

/** Program and kegiatan indicators, after tulisRenjaSync has written their owners. */
export function tulisIndikatorIndukSync(sqlite: Sqlite.Database, daftar: readonly IndikatorIndukMassal[]): number {
  const program = sqlite.prepare<[number, number, string], number>(
    'SELECT id FROM program WHERE opd_id = ? AND tahun = ? AND kode = ?',
  );
  const kegiatan = sqlite.prepare<[number, number, string], number>(
    'SELECT k.id FROM kegiatan k JOIN program p ON p.id = k.program_id WHERE p.opd_id = ? AND p.tahun = ? AND k.kode = ?',
  );
  let jumlah = 0;
  for (const d of daftar) {
    const id = (d.tingkat === 'program' ? program : kegiatan).pluck().get(d.opdId, d.tahun, d.kode);
    if (id === undefined) continue;
    tulisIndikatorSync(sqlite, d.tingkat === 'program' ? 'program_id' : 'kegiatan_id', id, d.daftar);
    jumlah += d.daftar.length;
  }
  return jumlah;
}

/** A DPA-Perubahan drops the sub kegiatan it no longer lists: they lose their Perubahan budget (and its plan). */
export function hapusDariPerubahanSync(sqlite: Sqlite.Database, subKegiatanId: readonly number[]): void {
  const hapus = sqlite.prepare("DELETE FROM anggaran WHERE sub_kegiatan_id = ? AND versi = 'perubahan'");
  for (const id of subKegiatanId) hapus.run(id);
}
