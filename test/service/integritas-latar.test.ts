// The full integrity check after start: quick_check lets a file whose index no longer matches its table open, the
// background integrity_check finds it, warns, makes no backup of it, and the next start refuses it.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../src/main/backend';
import { folderCadangan, pulihkanSaatMulai } from '../../src/main/backup';
import { cadangkan, daftarCadangan, harianSudahAda } from '../../src/main/backup/cadangan';
import { JUDUL_RUSAK, pesanRusak } from '../../src/main/backup/latar';
import { BasisDataRusakError, penandaPeriksaPenuh } from '../../src/main/db/integritas';
import type { OsEffects } from '../../src/main/os';
import { tempDir } from '../helpers/backend';

const sidik = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const pragma = (path: string, nama: string) => {
  const sqlite = new Sqlite(path, { readonly: true });
  try {
    return sqlite.pragma(nama, { simple: true });
  } finally {
    sqlite.close();
  }
};

describe('Full integrity check in the background', () => {
  let dir: string;
  let contoh: string;

  beforeAll(async () => {
    dir = tempDir('sinergi-latar-');
    contoh = join(dir, 'contoh.sqlite');
    const b = await createBackend({ dataPath: contoh });
    await b.call('sistem.muatDataContoh', {});
    await b.close();
  });
  afterEach(() => vi.restoreAllMocks());

  function salinan(nama: string): string {
    mkdirSync(join(dir, nama));
    const path = join(dir, nama, 'sinergi.sqlite');
    copyFileSync(contoh, path);
    return path;
  }

  it('runs on the first start of a day in a worker thread, then makes the day’s backup', async () => {
    const path = salinan('awal-hari');
    const galat = vi.spyOn(console, 'error');
    const b = await createBackend({ dataPath: path });
    // Requests are answered while the check runs.
    expect((await b.call('sistem.status', {})).jumlahOpd).toBe(36);
    const hasil = await b.latar;
    expect(hasil.periksaPenuh).toBe('baik');
    expect(hasil.cadanganHarian).toMatch(/-harian\.sqlite$/);
    expect(galat).not.toHaveBeenCalled();
    await b.close();

    // The same day again: nothing due.
    const lagi = await createBackend({ dataPath: path });
    expect(await lagi.latar).toEqual({ periksaPenuh: 'tidak-perlu', cadanganHarian: null });
    await lagi.close();
  });

  it('runs again after a session that did not close the file, even when today’s backup exists', async () => {
    const path = salinan('tidak-bersih');
    const b = await createBackend({ dataPath: path });
    await b.latar;
    await b.close();
    expect(harianSudahAda(folderCadangan(path), new Date())).toBe(true);
    // A connection that writes and is never closed leaves its -wal behind, as a crash or a power cut does.
    const tertinggal = new Sqlite(path);
    tertinggal.pragma('journal_mode = WAL');
    tertinggal.exec("UPDATE opd SET singkatan = 'DIUBAH' WHERE id = (SELECT min(id) FROM opd)");
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    const setelah = await createBackend({ dataPath: path });
    expect(await setelah.latar).toEqual({ periksaPenuh: 'baik', cadanganHarian: null });
    await setelah.close();
    tertinggal.close();
  });

  it('finds an index that no longer matches its table: warns, backs nothing up, and the next start refuses the file', async () => {
    const path = salinan('indeks-rusak');
    const baik = await cadangkan(
      new Sqlite(contoh, { readonly: true }),
      folderCadangan(path),
      'harian',
      new Date(2026, 0, 1, 8, 0),
    );
    // The index keeps its entries (kegiatan_id of each row) but the schema now says it indexes another column:
    // every page is sound, so quick_check passes, while integrity_check finds rows missing from the index.
    const sqlite = new Sqlite(path);
    // better-sqlite3 keeps SQLite's defensive mode on, which forbids writing the schema table.
    sqlite.unsafeMode(true);
    sqlite.pragma('writable_schema = ON');
    sqlite
      .prepare(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX sub_kegiatan_kegiatan ON sub_kegiatan (id)' WHERE name = ?",
      )
      .run('sub_kegiatan_kegiatan');
    sqlite.close();
    expect(pragma(path, 'quick_check')).toBe('ok');
    expect(pragma(path, 'integrity_check')).not.toBe('ok');

    const peringatan: [string, string][] = [];
    const os: OsEffects = {
      simpanBerkas: () => Promise.resolve(null),
      bukaBerkas: () => Promise.resolve(),
      peringatan: (judul, pesan) => peringatan.push([judul, pesan]),
    };
    const b = await createBackend({ dataPath: path, os });
    expect(await b.latar).toEqual({ periksaPenuh: 'rusak', cadanganHarian: null });
    expect(peringatan).toHaveLength(1);
    const [judul, pesan] = peringatan[0]!;
    expect(judul).toBe(JUDUL_RUSAK);
    expect(pesan).toMatch(/^Pemeriksaan menyeluruh menemukan kerusakan pada berkas data .*sinergi\.sqlite \(.+\)\. /);
    expect(pesan).toBe(pesanRusak(path, pesan.slice(pesan.indexOf('(') + 1, pesan.indexOf('). '))));
    expect(existsSync(penandaPeriksaPenuh(path))).toBe(true);
    // No backup of the damaged file pushes good ones out of the retention.
    expect(daftarCadangan(folderCadangan(path)).map((x) => x.path)).toEqual([baik]);
    await b.close();

    const sebelum = sidik(path);
    const galat = await createBackend({ dataPath: path }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(galat).toBeInstanceOf(BasisDataRusakError);
    expect((galat as BasisDataRusakError).cadanganTerakhir).toBe(baik);
    expect(sidik(path)).toBe(sebelum);

    // Restored from the good backup, the file opens after a full check, which clears the mark.
    await pulihkanSaatMulai(path, folderCadangan(path), baik);
    const pulih = await createBackend({ dataPath: path });
    expect((await pulih.call('sistem.status', {})).jumlahOpd).toBe(36);
    expect(existsSync(penandaPeriksaPenuh(path))).toBe(false);
    await pulih.close();
    rmSync(join(dir, 'indeks-rusak'), { recursive: true, force: true });
  });
});
