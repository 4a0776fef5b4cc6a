import { existsSync, mkdirSync, readdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src/main/backend';
import {
  cadangkan,
  cadangkanHarian,
  daftarCadangan,
  pangkasCadangan,
  ulangiSaatTerkunci,
} from '../../src/main/backup/cadangan';
import { cadangkanSebelum, folderCadangan } from '../../src/main/backup';
import { osTanpaDesktop } from '../../src/main/os';
import { BATAS_GB_BAKU, RETENSI_BAKU } from '../../src/shared/api/cadangan';
import { migrationProvider, migrations } from '../../src/main/db/migrations';
import { dumpDatabase, tempBackend, tempDir, type TempBackend } from '../helpers/backend';

function jumlahOpd(path: string): number {
  const db = new Sqlite(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM opd').pluck().get() as number;
  } finally {
    db.close();
  }
}

const OPD_BARU = {
  kode: '3.27.0.00.0.00.02.0000',
  nama: 'Dinas Perkebunan',
  klaster: 'ekonomi',
  kepalaNama: 'Ir. Hasanuddin, M.P.',
  kepalaNip: '19700101 199503 1 001',
} as const;

const ATURAN_BAKU = { retensi: RETENSI_BAKU, batasGb: BATAS_GB_BAKU };

function hari(tanggal: number, jam = 9): Date {
  return new Date(2026, 10, tanggal, jam, 30);
}

describe('Cadangan', () => {
  let t: TempBackend;
  let b: Backend;
  let folder: string;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    folder = folderCadangan(t.dataPath);
    await b.call('sistem.muatDataContoh', {});
  });
  afterEach(() => t.dispose());

  it('makes a self-contained copy with the online backup API, named by time and reason', async () => {
    const berkas = await b.call('cadangan.buatSekarang', {});
    expect(berkas.alasan).toBe('manual');
    expect(berkas.nama).toMatch(/^sinergi-\d{4}-\d{2}-\d{2}-\d{4}-manual\.sqlite$/);
    expect(berkas.path).toBe(join(folder, berkas.nama));
    // No -wal beside it: the backup opens read-only from a flash disk.
    expect(readdirSync(folder)).toEqual([berkas.nama]);
    const salinan = new Sqlite(berkas.path, { readonly: true });
    expect(salinan.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(salinan.pragma('integrity_check', { simple: true })).toBe('ok');
    salinan.close();
    expect(jumlahOpd(berkas.path)).toBe(36);
    expect((await b.call('cadangan.daftar', {})).berkas).toEqual([berkas]);
  });

  it('numbers a second backup in the same minute instead of overwriting the first', async () => {
    const waktu = hari(25);
    const pertama = await cadangkan(b.ctx.sqlite, folder, 'manual', waktu);
    const kedua = await cadangkan(b.ctx.sqlite, folder, 'manual', waktu);
    expect(pertama).toMatch(/sinergi-2026-11-25-0930-manual\.sqlite$/);
    expect(kedua).toMatch(/sinergi-2026-11-25-0930-manual-2\.sqlite$/);
    expect(daftarCadangan(folder).map((x) => x.path)).toEqual([kedua, pertama]);
  });

  it('backs up once per calendar day at start, not for a new empty file', async () => {
    const baru = await tempBackend();
    expect(existsSync(folderCadangan(baru.dataPath))).toBe(false);
    await baru.dispose();

    expect(daftarCadangan(folder)).toEqual([]);
    await t.reopen();
    await t.reopen();
    const harian = daftarCadangan(folder).filter((x) => x.alasan === 'harian');
    expect(harian).toHaveLength(1);
    expect(jumlahOpd(harian[0]!.path)).toBe(36);
    // The next day makes the next one.
    expect(
      await cadangkanHarian(t.b.ctx.sqlite, folder, ATURAN_BAKU, new Date(Date.now() + 86_400_000)),
    ).not.toBeNull();
  });

  it('keeps the newest backups of each kind up to the retention, and removes interrupted ones', async () => {
    for (let d = 1; d <= 5; d++) await cadangkanHarian(b.ctx.sqlite, folder, { ...ATURAN_BAKU, retensi: 99 }, hari(d));
    await cadangkan(b.ctx.sqlite, folder, 'impor', hari(1));
    const yatim = join(folder, 'sinergi-2026-11-01-0800-harian.sqlite.tmp');
    const baruDitulis = join(folder, 'sinergi-2026-11-06-0800-manual.sqlite.tmp');
    writeFileSync(yatim, 'setengah');
    writeFileSync(baruDitulis, 'sedang ditulis');
    const sekarang = hari(6).getTime();
    utimesSync(yatim, new Date(sekarang - 2 * 3600_000), new Date(sekarang - 2 * 3600_000));
    utimesSync(baruDitulis, new Date(sekarang), new Date(sekarang));

    const dihapus = pangkasCadangan(folder, { ...ATURAN_BAKU, retensi: 3 }, sekarang);
    expect(dihapus.map((p) => p.slice(folder.length + 1)).sort()).toEqual([
      'sinergi-2026-11-01-0800-harian.sqlite.tmp',
      'sinergi-2026-11-01-0930-harian.sqlite',
      'sinergi-2026-11-02-0930-harian.sqlite',
    ]);
    expect(daftarCadangan(folder).map((x) => `${x.nama}`)).toEqual([
      'sinergi-2026-11-05-0930-harian.sqlite',
      'sinergi-2026-11-04-0930-harian.sqlite',
      'sinergi-2026-11-03-0930-harian.sqlite',
      'sinergi-2026-11-01-0930-impor.sqlite',
    ]);
    expect(existsSync(baruDitulis)).toBe(true);
  });

  it('saves the retention the user sets and applies it to the next backup', async () => {
    for (let d = 1; d <= 4; d++) await cadangkan(b.ctx.sqlite, folder, 'manual', hari(d));
    const daftar = await b.call('cadangan.aturRetensi', { retensi: 2 });
    expect(daftar.retensi).toBe(2);
    expect((await (await t.reopen()).call('cadangan.daftar', {})).retensi).toBe(2);
    await t.b.call('cadangan.buatSekarang', {});
    expect(daftarCadangan(folder).filter((x) => x.alasan === 'manual')).toHaveLength(2);
    await expect(t.b.call('cadangan.aturRetensi', { retensi: 0 })).rejects.toThrow(
      'Jumlah cadangan yang disimpan tidak boleh kurang dari 1',
    );
  });

  it('keeps all backups together under the size limit: the oldest go first, the newest always stays', async () => {
    for (let d = 1; d <= 4; d++) {
      await cadangkan(b.ctx.sqlite, folder, 'harian', hari(d));
      await cadangkan(b.ctx.sqlite, folder, 'impor', hari(d, 14));
    }
    const semua = daftarCadangan(folder);
    expect(semua).toHaveLength(8);
    const ukuran = Math.max(...semua.map((x) => x.ukuran));
    const gb = (byte: number) => byte / 1024 ** 3;
    // Room for three and a half: the three newest stay, whatever their kind.
    pangkasCadangan(folder, { retensi: 30, batasGb: gb(ukuran * 3.5) });
    expect(daftarCadangan(folder).map((x) => x.nama)).toEqual([
      'sinergi-2026-11-04-1430-impor.sqlite',
      'sinergi-2026-11-04-0930-harian.sqlite',
      'sinergi-2026-11-03-1430-impor.sqlite',
    ]);
    // A limit smaller than one backup keeps the newest one: a backup is never all deleted.
    pangkasCadangan(folder, { retensi: 30, batasGb: gb(1) });
    expect(daftarCadangan(folder).map((x) => x.nama)).toEqual(['sinergi-2026-11-04-1430-impor.sqlite']);
  });

  it('saves the count and the size limit separately: a field left out keeps its value', async () => {
    const awal = await b.call('cadangan.daftar', {});
    expect(awal).toMatchObject({ retensi: RETENSI_BAKU, batasGb: BATAS_GB_BAKU, totalUkuran: 0 });
    expect(await b.call('cadangan.aturRetensi', { batasGb: 5 })).toMatchObject({ retensi: RETENSI_BAKU, batasGb: 5 });
    expect(await b.call('cadangan.aturRetensi', { retensi: 7 })).toMatchObject({ retensi: 7, batasGb: 5 });
    await b.call('cadangan.buatSekarang', {});
    const daftar = await (await t.reopen()).call('cadangan.daftar', {});
    expect(daftar).toMatchObject({ retensi: 7, batasGb: 5 });
    expect(daftar.totalUkuran).toBe(daftar.berkas.reduce((n, x) => n + x.ukuran, 0));
    expect(daftar.totalUkuran).toBeGreaterThan(0);
    await expect(t.b.call('cadangan.aturRetensi', { batasGb: 0 })).rejects.toThrow(
      'Batas ukuran semua cadangan (GB) tidak boleh kurang dari 1',
    );
  });

  it('writes every backup to the folder it is given (the local app data folder on Windows)', async () => {
    const dir = tempDir();
    const lokal = join(tempDir(), 'Sinergi', 'cadangan');
    const pertama = await createBackend({ dataPath: join(dir, 'sinergi.sqlite'), folderCadangan: lokal });
    await pertama.call('sistem.muatDataContoh', {});
    const manual = await pertama.call('cadangan.buatSekarang', {});
    expect(manual.path.startsWith(lokal)).toBe(true);
    expect((await pertama.call('cadangan.daftar', {})).folder).toBe(lokal);
    await pertama.close();
    // The daily backup at the next start goes there too, and nothing lands beside the data file.
    const kedua = await createBackend({ dataPath: join(dir, 'sinergi.sqlite'), folderCadangan: lokal });
    await kedua.latar; // the day's backup follows the opening in the background
    expect(
      daftarCadangan(lokal)
        .map((x) => x.alasan)
        .sort(),
    ).toEqual(['harian', 'manual']);
    expect(existsSync(folderCadangan(join(dir, 'sinergi.sqlite')))).toBe(false);
    await kedua.close();
  });

  it('retries a rename while an antivirus holds the fresh file, then says so instead of blaming the folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.tmp'), 'isi');
    let coba = 0;
    const terkunci = () => Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    await ulangiSaatTerkunci(
      () => {
        if (++coba <= 2) throw terkunci();
        renameSync(join(dir, 'a.tmp'), join(dir, 'a.sqlite'));
      },
      join(dir, 'a.tmp'),
    );
    expect(coba).toBe(3);
    expect(readdirSync(dir)).toEqual(['a.sqlite']);
    const mulai = Date.now();
    await expect(
      ulangiSaatTerkunci(() => {
        throw terkunci();
      }, 'D:\\cadangan\\sinergi.sqlite.tmp'),
    ).rejects.toThrow(
      'Berkas D:\\cadangan\\sinergi.sqlite.tmp sedang dipakai program lain (misalnya antivirus atau Word), sehingga ' +
        'tidak dapat diganti namanya. Tunggu sebentar lalu ulangi; data tidak diubah.',
    );
    expect(Date.now() - mulai).toBeGreaterThanOrEqual(3000);
    // Another error is not a lock: no waiting.
    await expect(
      ulangiSaatTerkunci(() => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      }, 'x'),
    ).rejects.toThrow('ENOENT');
  });

  it('backs up to a chosen folder (a flash disk) and refuses one that is not there', async () => {
    const flashdisk = tempDir('sinergi-flashdisk-');
    const berkas = await b.call('cadangan.buatSekarang', { folder: flashdisk });
    expect(berkas.path.startsWith(flashdisk)).toBe(true);
    expect(jumlahOpd(berkas.path)).toBe(36);
    await expect(b.call('cadangan.buatSekarang', { folder: join(flashdisk, 'tidak-ada') })).rejects.toThrow(
      /tidak ditemukan\. Pastikan flash disk terpasang/,
    );
    await expect(b.call('cadangan.buatSekarang', { folder: 'cadangan' })).rejects.toThrow(
      'Folder tujuan harus lokasi lengkap',
    );
  });

  it('previews what a backup holds: year, OPD count, last change', async () => {
    const pengaturan = await b.call('pengaturan.ambil', {});
    await b.call('pengaturan.simpan', { ...pengaturan, tahunAnggaran: 2026 });
    const [opd] = await b.call('opd.daftar', {});
    await b.call('opd.simpan', { ...opd!, singkatan: 'UBAH' });
    const terakhir = b.ctx.sqlite.prepare('SELECT max(diubah_pada) FROM opd').pluck().get() as string;
    const berkas = await b.call('cadangan.buatSekarang', {});

    const p = await b.call('cadangan.pratinjau', { path: berkas.path });
    expect(p).toMatchObject({
      path: berkas.path,
      tahunAnggaran: 2026,
      namaPemda: 'Pemerintah Kabupaten Contoh',
      jumlahOpd: 36,
      versiSkema: Object.keys(migrations).at(-1),
    });
    expect(p.perubahanTerakhir >= terakhir).toBe(true);
    expect(p.ukuran).toBeGreaterThan(0);
  });

  it('restores a backup under the running backend after backing up the current state', async () => {
    const berkas = await b.call('cadangan.buatSekarang', {});
    const dumpSaatCadangan = dumpDatabase(b);
    await b.call('opd.simpan', OPD_BARU);
    const dumpSebelumPulihkan = dumpDatabase(b);

    const hasil = await b.call('cadangan.pulihkan', { path: berkas.path });
    expect(hasil.pratinjau.jumlahOpd).toBe(36);
    expect(dumpDatabase(b)).toBe(dumpSaatCadangan);
    expect(await b.call('opd.daftar', {})).toHaveLength(36);
    // The restore can itself be undone from the backup it made first.
    expect(hasil.cadanganSebelum).toMatch(/-sebelum-pulihkan\.sqlite$/);
    expect(jumlahOpd(hasil.cadanganSebelum)).toBe(37);
    await b.call('cadangan.pulihkan', { path: hasil.cadanganSebelum });
    expect(dumpDatabase(b)).toBe(dumpSebelumPulihkan);
    // And the restored file is what a restart opens.
    expect(await (await t.reopen()).call('opd.daftar', {})).toHaveLength(37);
  });

  it('lets requests made during a restore wait instead of failing on a closed database', async () => {
    const berkas = await b.call('cadangan.buatSekarang', {});
    await b.call('opd.simpan', OPD_BARU);
    const pulihkan = b.handle('cadangan.pulihkan', { path: berkas.path });
    const selama: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      selama.push(b.handle('opd.daftar', {}));
      await new Promise((r) => setImmediate(r));
    }
    expect((await pulihkan).ok).toBe(true);
    for (const jawaban of (await Promise.all(selama)) as { ok: boolean; nilai: unknown[] }[]) {
      expect(jawaban.ok).toBe(true);
      expect([36, 37]).toContain(jawaban.nilai.length);
    }
    expect(await b.call('opd.daftar', {})).toHaveLength(36);
  });

  it('refuses to restore a file that is not a good Sinergi backup, and changes nothing', async () => {
    const dir = tempDir('sinergi-asing-');
    const teks = join(dir, 'catatan.sqlite');
    writeFileSync(teks, 'bukan basis data');
    const asing = join(dir, 'asing.sqlite');
    const db = new Sqlite(asing);
    db.exec('CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)');
    db.close();
    const kosong = join(dir, 'kosong.sqlite');
    new Sqlite(kosong).close();
    const sebelum = dumpDatabase(b);
    for (const [path, pesan] of [
      [teks, 'bukan berkas data Sinergi'],
      [asing, 'milik aplikasi lain'],
      [kosong, 'tidak berisi data Sinergi'],
      [join(dir, 'hilang.sqlite'), 'tidak ditemukan'],
      [t.dataPath, 'sedang dipakai, bukan cadangan'],
    ] as const) {
      await expect(b.call('cadangan.pulihkan', { path }), path).rejects.toThrow(pesan);
    }
    expect(dumpDatabase(b)).toBe(sebelum);
    expect(daftarCadangan(folder)).toEqual([]);
  });

  it('makes the backup an import asks for, named as such', async () => {
    const path = await cadangkanSebelum(b.ctx, 'impor');
    expect(path).toMatch(/-impor\.sqlite$/);
    expect(jumlahOpd(path)).toBe(36);
  });

  it('asks the desktop for a folder or a file, and answers null without one', async () => {
    expect(await b.call('cadangan.pilih', { jenis: 'folder' })).toEqual({ path: null });
    const dir = tempDir();
    const desktop = await createBackend({
      dataPath: join(dir, 'sinergi.sqlite'),
      os: {
        ...osTanpaDesktop,
        pilihFolder: (judul) => Promise.resolve(`/media/flashdisk (${judul})`),
        pilihBerkas: (_judul, ekstensi) => Promise.resolve(`/media/flashdisk/cadangan.${ekstensi.join()}`),
      },
    });
    expect(await desktop.call('cadangan.pilih', { jenis: 'folder' })).toEqual({
      path: '/media/flashdisk (Pilih folder tujuan cadangan)',
    });
    expect(await desktop.call('cadangan.pilih', { jenis: 'berkas' })).toEqual({
      path: '/media/flashdisk/cadangan.sqlite',
    });
    await desktop.close();
  });

  it('refuses to restore a backup made by a newer Sinergi', async () => {
    const berkas = await b.call('cadangan.buatSekarang', {});
    const db = new Sqlite(berkas.path);
    db.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999_masa_depan', '2030-01-01');
    db.close();
    await expect(b.call('cadangan.pulihkan', { path: berkas.path })).rejects.toThrow(
      'dibuat oleh versi Sinergi yang lebih baru (skema 9999_masa_depan)',
    );
  });
});

describe('Backup before a migration', () => {
  it('backs up an existing file before its pending migrations run, and not a new file', async () => {
    const names = Object.keys(migrations);
    expect(names.length).toBeGreaterThanOrEqual(2);
    const dir = tempDir();
    const dataPath = join(dir, 'sinergi.sqlite');
    const sqlite = new Sqlite(dataPath);
    sqlite.pragma('journal_mode = WAL');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: 'kysely_migration' });
    const { error } = await migrator.migrateTo(names[0]!);
    expect(error).toBeUndefined();
    sqlite.prepare("INSERT INTO pengaturan (kunci, nilai) VALUES ('awal', ?)").run(JSON.stringify('kosong'));
    await db.destroy();

    const b = await createBackend({ dataPath });
    const migrasi = daftarCadangan(folderCadangan(dataPath)).filter((x) => x.alasan === 'migrasi');
    expect(migrasi).toHaveLength(1);
    const salinan = new Sqlite(migrasi[0]!.path, { readonly: true });
    expect(salinan.prepare('SELECT name FROM kysely_migration').pluck().all()).toEqual([names[0]]);
    salinan.close();
    await b.close();

    mkdirSync(join(dir, 'baru'));
    const baru = await createBackend({ dataPath: join(dir, 'baru', 'sinergi.sqlite') });
    await baru.close();
    expect(existsSync(join(dir, 'baru', 'cadangan'))).toBe(false);
  });
});
