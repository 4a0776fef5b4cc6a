import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/main/backend';
import { folderCadangan } from '../../src/main/backup';
import { BATAS_GB_BAKU, RETENSI_BAKU } from '../../src/shared/api/cadangan';
import { daftarCadangan, pangkasCadangan } from '../../src/main/backup/cadangan';
import { dumpDatabase, tempDir } from '../helpers/backend';
import { bunuhSaat, jalankanSampaiSelesai } from '../helpers/crash';

/** Opens the file as the app does at start (integrity check included) and counts the OPD. */
async function bukaDanHitung(dataPath: string): Promise<{ opd: number; dump: string }> {
  const b = await createBackend({ dataPath });
  try {
    const integritas = b.ctx.sqlite.pragma('integrity_check', { simple: true });
    expect(integritas).toBe('ok');
    return { opd: (await b.call('sistem.status', {})).jumlahOpd, dump: dumpDatabase(b) };
  } finally {
    await b.close();
  }
}

async function fileBerdata(dir: string): Promise<{ dataPath: string; dump: string }> {
  mkdirSync(dir, { recursive: true });
  const dataPath = join(dir, 'sinergi.sqlite');
  const b = await createBackend({ dataPath });
  await b.call('sistem.muatDataContoh', {});
  const dump = dumpDatabase(b);
  await b.close();
  return { dataPath, dump };
}

describe('A process killed mid-write leaves the database consistent', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('sinergi-crash-');
  });
  afterAll(() => undefined);

  it('a large multi-row write transaction: nothing of it, and the file checks ok', async () => {
    const { dataPath, dump } = await fileBerdata(join(dir, 'transaksi'));
    const { opd: sebelum } = await bukaDanHitung(dataPath);
    const hasil = await bunuhSaat('test/crash/tulis-massal.ts', [dataPath, '300000', '100000'], 'berjalan');
    expect(hasil.sinyal).toBe('SIGKILL');
    expect(hasil.keluaran).not.toContain('selesai');
    // 100 000 rows overflow SQLite's page cache (16 MB in better-sqlite3), so uncommitted pages were already in the -wal: recovery must drop them.
    expect(statSync(`${dataPath}-wal`).size).toBeGreaterThan(4 * 1024 * 1024);
    const sesudah = await bukaDanHitung(dataPath);
    expect(sesudah.opd).toBe(sebelum);
    expect(sesudah.dump).toBe(dump);
  });

  it('the same transaction left to finish: all of it', async () => {
    const { dataPath } = await fileBerdata(join(dir, 'selesai'));
    const { opd: sebelum } = await bukaDanHitung(dataPath);
    const hasil = await jalankanSampaiSelesai('test/crash/tulis-massal.ts', [dataPath, '3000', '0']);
    expect(hasil.keluaran).toContain('selesai');
    expect((await bukaDanHitung(dataPath)).opd).toBe(sebelum + 3000);
  });

  it('a backup: the data untouched, no half backup listed, the next backup fine', async () => {
    const { dataPath } = await fileBerdata(join(dir, 'cadangan'));
    // Enough pages that a one-page-per-step backup is still running when the kill arrives.
    const sqlite = new Sqlite(dataPath);
    sqlite.exec(`CREATE TABLE pemberat (isi BLOB) STRICT; INSERT INTO pemberat
      SELECT randomblob(3000) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) SELECT i FROM n)`);
    sqlite.close();
    const { dump } = await bukaDanHitung(dataPath);
    const folder = join(dir, 'flashdisk');
    mkdirSync(folder);

    const hasil = await bunuhSaat('test/crash/cadangan-lambat.ts', [dataPath, folder], 'berjalan');
    expect(hasil.keluaran).not.toContain('selesai');
    const tertinggal = readdirSync(folder);
    expect(tertinggal.length).toBeGreaterThan(0);
    for (const nama of tertinggal) expect(nama).toMatch(/^sinergi-.*-manual\.sqlite\.tmp(-journal)?$/);
    expect(daftarCadangan(folder)).toEqual([]);

    expect((await bukaDanHitung(dataPath)).dump).toBe(dump);
    const lengkap = await jalankanSampaiSelesai('test/crash/cadangan-lambat.ts', [dataPath, folder]);
    expect(lengkap.keluaran).toContain('selesai');
    const [berkas] = daftarCadangan(folder);
    const salinan = new Sqlite(berkas!.path, { readonly: true });
    expect(salinan.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(salinan.prepare('SELECT count(*) FROM pemberat').pluck().get()).toBe(3000);
    salinan.close();
    // The interrupted .tmp is cleaned up once it is clearly abandoned.
    pangkasCadangan(folder, { retensi: RETENSI_BAKU, batasGb: BATAS_GB_BAKU }, Date.now() + 2 * 3600_000);
    expect(readdirSync(folder)).toEqual([berkas!.nama]);
    expect(existsSync(folderCadangan(dataPath))).toBe(true);
  });
});

describe('A process killed during an import or a grid paste', { timeout: 120_000 }, () => {
  const dir = tempDir('sinergi-putus-');

  /** The sample file with the child's operator already chosen, so only the interrupted write could change it. */
  async function fileDenganOperator(sub: string): Promise<string> {
    const { dataPath } = await fileBerdata(join(dir, sub));
    const b = await createBackend({ dataPath });
    await b.call('sistem.aturOperator', { nama: 'Uji putus' });
    await b.close();
    return dataPath;
  }

  it.each(['impor', 'tempel'])('%s: nothing of it is written and the file checks ok', async (jenis) => {
    const dataPath = await fileDenganOperator(jenis);
    const sebelum = await bukaDanHitung(dataPath);
    const hasil = await bunuhSaat('test/crash/terputus.ts', [dataPath, jenis], 'berjalan');
    expect(hasil.sinyal).toBe('SIGKILL');
    expect(hasil.keluaran).not.toContain('selesai');
    const sesudah = await bukaDanHitung(dataPath);
    expect(sesudah.dump).toBe(sebelum.dump);
  });

  it.each(['impor', 'tempel'])('%s left to finish: it is all there (the control case)', async (jenis) => {
    const dataPath = await fileDenganOperator(`${jenis}-selesai`);
    const sebelum = await bukaDanHitung(dataPath);
    const hasil = await jalankanSampaiSelesai('test/crash/terputus.ts', [dataPath, jenis, 'tanpa-jeda']);
    expect(hasil.keluaran).toContain('selesai');
    expect((await bukaDanHitung(dataPath)).dump).not.toBe(sebelum.dump);
  });
});
