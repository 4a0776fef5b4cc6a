// Migration 0016 (pagu, targets and realisation stored by their keys, WITHOUT ROWID) on a database of the version
// before it: every row stays, the revision and lock triggers still work, the targets still go with their pagu, and
// down gives rowid tables back with the same rows.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteDialectTransaksional } from '../../src/main/db/connection';
import { migrationProvider, migrations } from '../../src/main/db/migrations';
import { tempDir } from '../helpers/backend';

const VERSI = '0016_tanpa_rowid';
const NAMA = Object.keys(migrations);
const SEBELUM = NAMA[NAMA.indexOf(VERSI) - 1]!;
const TABEL = ['anggaran', 'target_periode', 'realisasi'];

function buka(path: string) {
  const sqlite = new Sqlite(path);
  sqlite.pragma('foreign_keys = ON');
  // As the app migrates: every pending migration in one transaction.
  const db = new Kysely<unknown>({ dialect: new SqliteDialectTransaksional({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'kysely_migration' });
  return { sqlite, db, migrator };
}

/** Every row of the three tables, in key order, and whether each is stored without rowid. */
function isi(sqlite: Sqlite.Database) {
  return Object.fromEntries(
    TABEL.map((t) => [
      t,
      {
        tanpaRowid: /WITHOUT ROWID\s*$/.test(
          sqlite.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t) as string,
        ),
        baris: sqlite.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all(),
      },
    ]),
  );
}

describe(`migration ${VERSI}`, () => {
  const dir = tempDir('sinergi-migrasi-rowid-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every row and trigger, and down undoes it', async () => {
    const { sqlite, db, migrator } = buka(join(dir, 'sinergi.sqlite'));
    expect((await migrator.migrateTo(SEBELUM)).error).toBeUndefined();
    sqlite.exec(`
      INSERT INTO opd (id, kode, nama, klaster, kepala_nama, kepala_nip)
        VALUES (1, '1.01', 'Dinas Pendidikan', 'pembangunan_manusia', 'Drs. A', '197001012000031001'),
               (2, '2.01', 'Dinas Pertanian', 'ekonomi', 'Ir. B', '197205052000031002');
      INSERT INTO program (id, opd_id, tahun, kode, nama) VALUES (1, 1, 2026, '1.01.01', 'P1'), (2, 2, 2026, '3.27.01', 'P2');
      INSERT INTO kegiatan (id, program_id, kode, nama) VALUES (1, 1, '1.01.01.2.01', 'K1'), (2, 2, '3.27.01.2.01', 'K2');
      INSERT INTO sub_kegiatan (id, kegiatan_id, kode, nama) VALUES (1, 1, '1.01.01.2.01.0001', 'S1'),
        (2, 1, '1.01.01.2.01.0002', 'S2'), (3, 2, '3.27.01.2.01.0001', 'S3');
      INSERT INTO anggaran (sub_kegiatan_id, versi, pagu) VALUES (1, 'murni', 100000000), (1, 'perubahan', 120000000),
        (2, 'murni', 50000000), (3, 'murni', 75500000.5);
      INSERT INTO target_periode (sub_kegiatan_id, versi, bulan, target_fisik, target_keuangan)
        VALUES (1, 'murni', 3, 20, 15000000), (1, 'murni', 6, 45.5, NULL), (1, 'perubahan', 12, 100, 120000000),
               (2, 'murni', 3, NULL, 1000), (3, 'murni', 9, 80, 60000000);
      INSERT INTO realisasi (sub_kegiatan_id, bulan, realisasi_fisik, realisasi_keuangan, permasalahan, tindak_lanjut,
        diubah_oleh) VALUES (1, 3, 18, 14000000, 'Lelang ulang', 'Percepat kontrak', 'Operator'),
        (3, 3, 10, NULL, '', '', 'Operator'), (3, 6, 40.25, 30000000, 'Cuaca', '', 'Operator');
      INSERT INTO verifikasi (opd_id, tahun, bulan, status) VALUES (2, 2026, 3, 'diverifikasi');
    `);
    const sebelum = isi(sqlite);
    expect(Object.values(sebelum).map((t) => t.tanpaRowid)).toEqual([false, false, false]);
    const pemicu = () =>
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all();
    const pemicuSebelum = pemicu();

    expect((await migrator.migrateTo(VERSI)).error).toBeUndefined();
    const sesudah = isi(sqlite);
    expect(Object.values(sesudah).map((t) => t.tanpaRowid)).toEqual([true, true, true]);
    for (const t of TABEL) expect(sesudah[t]!.baris, t).toEqual(sebelum[t]!.baris);
    expect(pemicu()).toEqual(pemicuSebelum);
    expect(sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);

    // The revision triggers still count, the lock still holds a verified period, the targets still go with their pagu.
    const revisi = () => sqlite.prepare('SELECT revisi FROM sub_kegiatan WHERE id = 1').pluck().get();
    const awal = revisi() as number;
    sqlite.prepare("UPDATE anggaran SET pagu = 110000000 WHERE sub_kegiatan_id = 1 AND versi = 'murni'").run();
    sqlite.prepare('UPDATE target_periode SET target_fisik = 21 WHERE sub_kegiatan_id = 1 AND bulan = 3').run();
    expect(revisi()).toBe(awal + 2);
    sqlite.prepare('UPDATE realisasi SET realisasi_fisik = 19 WHERE sub_kegiatan_id = 1 AND bulan = 3').run();
    expect(sqlite.prepare('SELECT revisi FROM realisasi WHERE sub_kegiatan_id = 1 AND bulan = 3').pluck().get()).toBe(
      2,
    );
    expect(() =>
      sqlite.prepare('UPDATE realisasi SET realisasi_fisik = 11 WHERE sub_kegiatan_id = 3 AND bulan = 3').run(),
    ).toThrow('sinergi:terkunci');
    expect(() =>
      sqlite.prepare('INSERT INTO realisasi (sub_kegiatan_id, bulan, realisasi_fisik) VALUES (3, 3, 1)').run(),
    ).toThrow();
    sqlite.prepare("DELETE FROM anggaran WHERE sub_kegiatan_id = 1 AND versi = 'perubahan'").run();
    expect(
      sqlite
        .prepare("SELECT count(*) FROM target_periode WHERE sub_kegiatan_id = 1 AND versi = 'perubahan'")
        .pluck()
        .get(),
    ).toBe(0);
    expect(() =>
      sqlite.prepare("INSERT INTO target_periode (sub_kegiatan_id, versi, bulan) VALUES (2, 'perubahan', 3)").run(),
    ).toThrow(/FOREIGN KEY/);

    const diubah = isi(sqlite);
    expect((await migrator.migrateTo(SEBELUM)).error).toBeUndefined();
    const turun = isi(sqlite);
    expect(Object.values(turun).map((t) => t.tanpaRowid)).toEqual([false, false, false]);
    for (const t of TABEL) expect(turun[t]!.baris, t).toEqual(diubah[t]!.baris);
    expect(pemicu()).toEqual(pemicuSebelum);
    await db.destroy();
  });
});
