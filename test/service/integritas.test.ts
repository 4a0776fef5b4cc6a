import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/main/backend';
import { folderCadangan, pulihkanSaatMulai } from '../../src/main/backup';
import { cadangkan, daftarCadangan } from '../../src/main/backup/cadangan';
import { SqliteDialectTransaksional } from '../../src/main/db/connection';
import { BasisDataRusakError } from '../../src/main/db/integritas';
import { DitolakError } from '../../src/main/errors';
import { dumpDatabase, tempBackend, tempDir } from '../helpers/backend';

const sidik = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Opens `path` expecting a refusal; returns the error after checking the file was left byte for byte. */
async function tolak(path: string): Promise<Error> {
  const sebelum = sidik(path);
  const galat = await createBackend({ dataPath: path }).then(
    async (b) => {
      await b.close();
      return null;
    },
    (e: unknown) => e as Error,
  );
  expect(galat, 'createBackend harus menolak berkas ini').toBeInstanceOf(Error);
  expect(sidik(path)).toBe(sebelum);
  return galat!;
}

describe('Checks at start', () => {
  let dir: string;
  let bagus: string;
  let dumpBagus: string;
  let cadanganBaik: string;

  beforeAll(async () => {
    dir = tempDir('sinergi-integritas-');
    bagus = join(dir, 'asal', 'sinergi.sqlite');
    mkdirSync(join(dir, 'asal'));
    const b = await createBackend({ dataPath: bagus });
    await b.call('sistem.muatDataContoh', {});
    dumpBagus = dumpDatabase(b);
    await b.close();
  });
  afterAll(() => undefined);

  /** A copy of the good file in its own folder, with a good backup beside it and a damaged newer one. */
  async function salinan(nama: string): Promise<string> {
    mkdirSync(join(dir, nama));
    const path = join(dir, nama, 'sinergi.sqlite');
    copyFileSync(bagus, path);
    const db = new Sqlite(path);
    cadanganBaik = await cadangkan(db, folderCadangan(path), 'harian', new Date(2026, 0, 1, 8, 0));
    db.close();
    const rusak = await cadangkan(new Sqlite(bagus, { readonly: true }), folderCadangan(path), 'harian');
    truncateSync(rusak, 4096 * 3);
    return path;
  }

  it('refuses a file with garbage written into its pages, naming the latest good backup', async () => {
    const path = await salinan('sampah');
    const fd = openSync(path, 'r+');
    const ukuran = statSync(path).size;
    for (let halaman = 2; halaman * 4096 < ukuran; halaman += 3) {
      writeSync(fd, Buffer.alloc(1024, 0xa5), 0, 1024, halaman * 4096 + 100);
    }
    closeSync(fd);
    const galat = await tolak(path);
    expect(galat).toBeInstanceOf(BasisDataRusakError);
    expect((galat as BasisDataRusakError).jenis).toBe('rusak');
    expect((galat as BasisDataRusakError).cadanganTerakhir).toBe(cadanganBaik);
    expect(galat.message).toMatch(
      new RegExp(`^Berkas data .*sinergi\\.sqlite rusak \\(.+\\)\\. Berkas tidak diubah\\.`),
    );
    expect(galat.message).toContain(`Cadangan terakhir yang baik: ${cadanganBaik}.`);
  });

  it('refuses a truncated file', async () => {
    const path = await salinan('terpotong');
    truncateSync(path, Math.floor(statSync(path).size / 4096 / 2) * 4096);
    const galat = await tolak(path);
    expect(galat).toBeInstanceOf(BasisDataRusakError);
    expect((galat as BasisDataRusakError).jenis).toBe('rusak');
  });

  it('refuses another application SQLite file', async () => {
    mkdirSync(join(dir, 'asing'));
    const path = join(dir, 'asing', 'sinergi.sqlite');
    const db = new Sqlite(path);
    db.exec("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT); INSERT INTO pelanggan VALUES (1, 'A')");
    db.close();
    const galat = await tolak(path);
    expect(galat.message).toBe(
      `Berkas ${path} adalah basis data SQLite milik aplikasi lain, bukan data Sinergi. Berkas tidak diubah. ` +
        'Tidak ada cadangan yang baik di folder cadangan; hubungi pengelola TI sebelum mengubah apa pun.',
    );
  });

  it('refuses a file that is not SQLite at all', async () => {
    mkdirSync(join(dir, 'teks'));
    const path = join(dir, 'teks', 'sinergi.sqlite');
    writeFileSync(path, 'PK\u0003\u0004 ini sebenarnya dokumen Word');
    const galat = await tolak(path);
    expect((galat as BasisDataRusakError).jenis).toBe('bukan-sqlite');
    expect(galat.message).toContain('bukan berkas data Sinergi (bukan basis data SQLite)');
  });

  it('refuses a file written by a newer Sinergi without migrating it down', async () => {
    const path = await salinan('lebih-baru');
    const db = new Sqlite(path);
    db.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999_masa_depan', '2030-01-01');
    db.close();
    const galat = await tolak(path);
    expect(galat).toBeInstanceOf(DitolakError);
    expect(galat).not.toBeInstanceOf(BasisDataRusakError);
    expect(galat.message).toBe(
      'Berkas data ini dibuat oleh versi Sinergi yang lebih baru (skema 9999_masa_depan). ' +
        'Perbarui aplikasi Sinergi terlebih dahulu; berkas tidak diubah.',
    );
  });

  it('opens an empty (0 byte) file as a new database', async () => {
    mkdirSync(join(dir, 'nol'));
    const path = join(dir, 'nol', 'sinergi.sqlite');
    writeFileSync(path, '');
    const b = await createBackend({ dataPath: path });
    expect((await b.call('sistem.status', {})).jumlahOpd).toBe(0);
    await b.close();
  });

  it('restores the latest good backup at start and keeps the damaged file aside', async () => {
    const path = await salinan('dipulihkan');
    truncateSync(path, 4096 * 2);
    const sidikRusak = sidik(path);
    const galat = (await tolak(path)) as BasisDataRusakError;
    const rusak = await pulihkanSaatMulai(path, folderCadangan(path), galat.cadanganTerakhir!);
    expect(sidik(rusak)).toBe(sidikRusak);
    const b = await createBackend({ dataPath: path });
    expect(dumpDatabase(b)).toBe(dumpBagus);
    await b.close();
    // The kept damaged file is not offered as a backup.
    expect(daftarCadangan(folderCadangan(path)).some((x) => x.path === rusak)).toBe(false);
  });

  it('says the folder cannot be written when SQLite cannot open its -wal (read-only folder)', async () => {
    // Tests run as root, where chmod does not stop writes: a directory where SQLite must create its -wal file
    // gives the same SQLITE_CANTOPEN as a read-only folder does on an office PC.
    mkdirSync(join(dir, 'hanya-baca'));
    const path = join(dir, 'hanya-baca', 'sinergi.sqlite');
    copyFileSync(bagus, path);
    mkdirSync(`${path}-wal`);
    const galat = await tolak(path);
    expect(galat).toBeInstanceOf(DitolakError);
    expect(galat.message).toBe(
      `Folder data tidak dapat ditulisi (hanya-baca atau tidak ada izin). Data tidak diubah. (${path})`,
    );
  });
});

describe('Disk problems while working', () => {
  it('a full disk: a clear message and nothing written', async () => {
    const t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    const sebelum = dumpDatabase(t.b);
    const halaman = t.b.ctx.sqlite.pragma('page_count', { simple: true }) as number;
    t.b.ctx.sqlite.pragma(`max_page_count = ${halaman}`);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(600_000, 7),
    ]);
    const jawaban = await t.b.handle('pengaturan.simpanLogo', { mime: 'image/png', base64: png.toString('base64') });
    expect(jawaban).toEqual({
      ok: false,
      galat: {
        jenis: 'ditolak',
        pesan: 'Penyimpanan penuh: kosongkan ruang disk lalu ulangi. Data tidak diubah.',
        rincian: [],
      },
    });
    expect(dumpDatabase(t.b)).toBe(sebelum);
    await t.dispose();
  });

  it('a database that cannot be written: a clear message and nothing written', async () => {
    // query_only makes SQLite refuse writes with SQLITE_READONLY, as a read-only folder or file does (chmod does not
    // stop root, who runs these tests).
    const t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    const sebelum = dumpDatabase(t.b);
    t.b.ctx.sqlite.pragma('query_only = ON');
    const [opd] = await t.b.call('opd.daftar', {});
    const jawaban = await t.b.handle('opd.simpan', { ...opd!, singkatan: 'BARU' });
    expect(jawaban).toMatchObject({
      ok: false,
      galat: {
        jenis: 'ditolak',
        pesan: 'Folder data tidak dapat ditulisi (hanya-baca atau tidak ada izin). Data tidak diubah.',
      },
    });
    expect(dumpDatabase(t.b)).toBe(sebelum);
    await t.dispose();
  });

  it('a backup folder that cannot be written: a clear message', async () => {
    const t = await tempBackend();
    // A path below a regular file cannot be a folder, whoever runs the test.
    const berkas = join(tempDir(), 'bukan-folder');
    writeFileSync(berkas, '');
    const b = new Sqlite(t.dataPath);
    await expect(cadangkan(b, join(berkas, 'cadangan'), 'manual')).rejects.toThrow(
      `Folder ${join(berkas, 'cadangan')} tidak dapat ditulisi (hanya-baca, tidak ada, atau tanpa izin). Cadangan tidak dibuat; data tidak diubah.`,
    );
    b.close();
    await t.dispose();
  });
});

describe('Migrations', () => {
  it('run in one transaction: a failing migration leaves no half schema behind', async () => {
    const dir = tempDir();
    const sqlite = new Sqlite(join(dir, 'migrasi.sqlite'));
    const db = new Kysely<unknown>({ dialect: new SqliteDialectTransaksional({ database: sqlite }) });
    const gagal: Migration = {
      up: async (trx) => {
        await trx.schema.createTable('setengah').addColumn('id', 'integer').execute();
        throw new Error('listrik padam');
      },
    };
    const migrator = new Migrator({
      db,
      provider: {
        getMigrations: () =>
          Promise.resolve({
            '0001_baik': {
              up: async (trx) => void (await trx.schema.createTable('baik').addColumn('id', 'integer').execute()),
            },
            '0002_gagal': gagal,
          }),
      },
    });
    const { error } = await migrator.migrateToLatest();
    expect(String(error)).toContain('listrik padam');
    const tabel = sqlite.prepare("SELECT name FROM sqlite_master WHERE name IN ('baik', 'setengah')").pluck().all();
    expect(tabel).toEqual([]);
    await db.destroy();
  });
});
