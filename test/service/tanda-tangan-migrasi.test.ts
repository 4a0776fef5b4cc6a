// Migrations 0014 (how a signatory signs) and 0015 (approved minutes) on a database of the version before each: the
// rows stay, the Sekretaris Daerah keeps the "a.n. <kepala daerah>" the letters printed, and down undoes the step.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationProvider, migrations } from '../../src/main/db/migrations';
import { tempDir } from '../helpers/backend';

const NAMA = Object.keys(migrations);
const sebelum = (versi: string) => NAMA[NAMA.indexOf(versi) - 1]!;

function buka(path: string) {
  const sqlite = new Sqlite(path);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'kysely_migration' });
  return { sqlite, db, migrator };
}

describe('migration 0014_kedudukan_penandatangan', () => {
  const dir = tempDir('sinergi-migrasi-ttd-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['Pemerintah Kabupaten Buton Tengah', 'Bupati Buton Tengah'],
    ['Pemerintah Kota Baubau', 'Wali Kota Baubau'],
    [null, 'Bupati Contoh'],
  ])('keeps the signatories, gives the Sekda of %s "a.n. %s", the others none', async (pemda, atasNama) => {
    const { sqlite, db, migrator } = buka(join(dir, `${atasNama}.sqlite`));
    expect((await migrator.migrateTo(sebelum('0014_kedudukan_penandatangan'))).error).toBeUndefined();
    if (pemda)
      sqlite
        .prepare("INSERT INTO pengaturan (kunci, nilai) VALUES ('instansi', ?)")
        .run(JSON.stringify({ namaPemda: pemda }));
    const tambah = sqlite.prepare('INSERT INTO penandatangan (nama, jabatan, pangkat, nip) VALUES (?, ?, ?, ?)');
    tambah.run('Drs. A', ' sekretaris daerah ', 'Pembina Utama Madya (IV/d)', '197001012000031001');
    tambah.run('Ir. B', 'Asisten Perekonomian dan Pembangunan', '', '197205052000031002');
    expect((await migrator.migrateTo('0014_kedudukan_penandatangan')).error).toBeUndefined();
    expect(
      sqlite.prepare('SELECT nama, jabatan, kedudukan, atas_nama, untuk_beliau, revisi FROM penandatangan').all(),
    ).toEqual([
      {
        nama: 'Drs. A',
        jabatan: ' sekretaris daerah ',
        kedudukan: '',
        atas_nama: atasNama,
        untuk_beliau: '',
        revisi: 2,
      },
      {
        nama: 'Ir. B',
        jabatan: 'Asisten Perekonomian dan Pembangunan',
        kedudukan: '',
        atas_nama: '',
        untuk_beliau: '',
        revisi: 1,
      },
    ]);
    // SQLite itself refuses what the API refuses: an unknown kedudukan, a u.b. without a.n.
    expect(() => sqlite.prepare("UPDATE penandatangan SET kedudukan = 'PLT' WHERE nama = 'Ir. B'").run()).toThrow(
      /CHECK/,
    );
    expect(() =>
      sqlite.prepare("UPDATE penandatangan SET untuk_beliau = 'Sekretaris Daerah' WHERE nama = 'Ir. B'").run(),
    ).toThrow(/CHECK/);
    expect((await migrator.migrateTo(sebelum('0014_kedudukan_penandatangan'))).error).toBeUndefined();
    expect(sqlite.prepare('SELECT * FROM penandatangan ORDER BY id').all()).toMatchObject([
      { nama: 'Drs. A', nip: '197001012000031001' },
      { nama: 'Ir. B' },
    ]);
    expect(Object.keys(sqlite.prepare('SELECT * FROM penandatangan').get() as object)).not.toContain('kedudukan');
    await db.destroy();
  });
});

describe('migration 0015_notulen_sah', () => {
  const dir = tempDir('sinergi-migrasi-sah-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the meetings, holds one approval in force per meeting, and down removes the table', async () => {
    const { sqlite, db, migrator } = buka(join(dir, 'sinergi.sqlite'));
    expect((await migrator.migrateTo(sebelum('0015_notulen_sah'))).error).toBeUndefined();
    sqlite
      .prepare(
        `INSERT INTO rapat (jenis, judul, tanggal, waktu_mulai, tempat, hal, narasumber, tembusan)
         VALUES ('lainnya', 'Rapat Uji', '2026-10-15', '09:00', 'Aula', 'Undangan', '[]', '[]')`,
      )
      .run();
    expect((await migrator.migrateTo('0015_notulen_sah')).error).toBeUndefined();
    expect(sqlite.prepare('SELECT judul FROM rapat').pluck().all()).toEqual(['Rapat Uji']);
    const sahkan = sqlite.prepare("INSERT INTO notulen_sah (rapat_id, isi) VALUES (1, '{}')");
    sahkan.run();
    expect(() => sahkan.run()).toThrow(/UNIQUE/);
    // A withdrawal needs its reason; once withdrawn, a new approval may follow.
    expect(() => sqlite.prepare("UPDATE notulen_sah SET dibatalkan_pada = '2026-10-16'").run()).toThrow(/CHECK/);
    sqlite.prepare("UPDATE notulen_sah SET dibatalkan_pada = '2026-10-16', alasan_batal = 'Salah ketik'").run();
    sahkan.run();
    expect(sqlite.prepare('SELECT count(*) FROM notulen_sah').pluck().get()).toBe(2);
    expect((await migrator.migrateTo(sebelum('0015_notulen_sah'))).error).toBeUndefined();
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'notulen_sah'").all()).toEqual([]);
    expect(sqlite.prepare('SELECT judul FROM rapat').pluck().all()).toEqual(['Rapat Uji']);
    await db.destroy();
  });
});
