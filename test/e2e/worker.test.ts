// The worker as built (out/main/worker.js from src/main/worker/entry.ts, the file Electron runs as its
// utilityProcess, with docx, exceljs and kysely bundled in) run as a Node worker thread, driven by the same client
// the Electron main process uses: open, requests with progress and desktop dialogs, a damaged file restored at
// start, backups moved out of the old folder, a clean close, a crash.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { DitolakError } from '../../src/main/errors';
import type { OsEffects } from '../../src/main/os';
import { BackendPekerja, PESAN_PEKERJA_BERHENTI, type SaluranKePekerja } from '../../src/main/worker/klien';
import type { DariPekerja } from '../../src/main/worker/protokol';
import type { ApiJawaban } from '../../src/shared/api';
import type { Kemajuan } from '../../src/shared/kemajuan';
import { tempDir } from '../helpers/backend';

const WORKER = resolve('out/main/worker.js');

function saluranThread(): { saluran: SaluranKePekerja; worker: Worker } {
  const worker = new Worker(WORKER);
  return {
    worker,
    saluran: {
      kirim: (pesan) => worker.postMessage(pesan),
      terima: (dengar) => worker.on('message', (pesan: DariPekerja) => dengar(pesan)),
      saatBerhenti: (dengar) => worker.once('exit', (kode) => dengar(kode)),
      hentikan: () => void worker.terminate(),
    },
  };
}

/** A desktop for the test: records what the worker asked for and answers like a user would. */
function desktopUji(dir: string) {
  const diminta: string[] = [];
  const os: Required<OsEffects> = {
    simpanBerkas: (nama, isi) => {
      diminta.push(`simpan ${nama}`);
      const path = join(dir, nama);
      writeFileSync(path, isi);
      return Promise.resolve(path);
    },
    bukaTautan: (url) => {
      diminta.push(`tautan ${url}`);
      return Promise.resolve(true);
    },
    bukaBerkas: (path) => {
      diminta.push(`buka ${path}`);
      return Promise.resolve();
    },
    bukaUntukCetak: () => Promise.reject(new Error('tidak dipakai')),
    pilihFolder: (judul) => {
      diminta.push(`folder ${judul}`);
      return Promise.resolve(dir);
    },
    pilihBerkas: () => Promise.resolve(null),
    peringatan: (judul) => void diminta.push(`peringatan ${judul}`),
  };
  return { os, diminta };
}

function nilai<T>(jawaban: ApiJawaban<unknown>): T {
  if (!jawaban.ok) throw new Error(jawaban.galat.pesan);
  return jawaban.nilai as T;
}

describe('Worker (the backend process) under plain Node', { timeout: 60_000 }, () => {
  const tutup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const t of tutup.splice(0)) await t();
  });

  async function mulai(dir: string, folderCadanganLama: string | null = null) {
    const { saluran, worker } = saluranThread();
    const pekerja = new BackendPekerja(saluran);
    tutup.push(() => pekerja.tutup());
    const opsi = {
      dataPath: join(dir, 'sinergi.sqlite'),
      folderCadangan: join(dir, 'lokal', 'cadangan'),
      folderCadanganLama,
    };
    return { pekerja, worker, opsi };
  }

  it('serves requests with progress and the desktop of each request, and closes with the WAL folded in', async () => {
    const dir = tempDir();
    const { pekerja, opsi } = await mulai(dir);
    expect(await pekerja.buka(opsi)).toEqual({ ok: true });
    const { os, diminta } = desktopUji(dir);

    const kemajuan: Kemajuan[] = [];
    const contoh = pekerja.handle('sistem.muatDataContoh', {}, { os, kemajuan: (k) => kemajuan.push(k) });
    // A second request while the first runs gets its own answer, and none of the first one's progress.
    const lain: Kemajuan[] = [];
    const status = pekerja.handle('sistem.status', {}, { os, kemajuan: (k) => lain.push(k) });
    expect(nilai<{ jumlahOpd: number }>(await contoh).jumlahOpd).toBe(36);
    expect((await status).ok).toBe(true);
    expect(lain).toEqual([]);
    const murni = kemajuan.filter((k) => k.langkah === 'Memuat Renja contoh (APBD Murni)');
    expect(murni[0]).toEqual({ langkah: 'Memuat Renja contoh (APBD Murni)', selesai: 0, total: 877, satuan: 'baris' });
    expect(murni.map((k) => k.selesai)).toEqual([...murni.map((k) => k.selesai)].sort((a, b) => a - b));
    expect(kemajuan.map((k) => k.langkah)).toEqual(
      expect.arrayContaining(['Memuat rapat contoh', 'Memuat RPJMD dan Renstra contoh']),
    );

    // The forms of every OPD: the folder is asked through the desktop, one progress report per file at most.
    const folder = nilai<{ path: string }>(await pekerja.handle('ekspor.pilihFolder', {}, { os })).path;
    const perBerkas: Kemajuan[] = [];
    const formulir = nilai<{ jumlah: number }>(
      await pekerja.handle(
        'ekspor.formulirSemua',
        { tahun: 2026, bulan: 9, folder },
        { os, kemajuan: (k) => perBerkas.push(k) },
      ),
    );
    expect(formulir.jumlah).toBe(36);
    expect(perBerkas.every((k) => k.satuan === 'berkas' && k.total === 36)).toBe(true);
    const xlsx = readdirSync(dir).filter((n) => n.endsWith('.xlsx'));
    expect(xlsx).toHaveLength(36);
    // Written by the exceljs bundled into the worker: a workbook Excel reads.
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(join(dir, xlsx[0]!));
    expect(buku.worksheets[0]!.rowCount).toBeGreaterThan(5);

    // Saving goes out to the desktop and back; a refusal there reaches the page as a refusal, not an internal error.
    const berkas = { namaBerkas: 'Catatan.docx', base64: Buffer.from('isi').toString('base64') };
    expect(nilai(await pekerja.handle('berkas.simpan', berkas, { os }))).toEqual({
      path: join(dir, 'Catatan.docx'),
      peringatan: null,
    });
    const terkunci = { ...os, simpanBerkas: () => Promise.reject(new DitolakError('Berkas sedang dibuka di Word')) };
    expect(await pekerja.handle('berkas.simpan', berkas, { os: terkunci })).toEqual({
      ok: false,
      galat: { jenis: 'ditolak', pesan: 'Berkas sedang dibuka di Word', rincian: [] },
    });
    expect(diminta).toEqual([
      'folder Pilih folder untuk Formulir Realisasi semua OPD',
      'simpan Catatan.docx',
      `buka ${join(dir, 'Catatan.docx')}`,
    ]);

    await pekerja.tutup();
    expect(existsSync(`${opsi.dataPath}-wal`) ? statSync(`${opsi.dataPath}-wal`).size : 0).toBe(0);
    const db = new Sqlite(opsi.dataPath, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM opd').pluck().get()).toBe(36);
    db.close();
  });

  it('moves the backups an earlier version kept beside the data into the new folder before opening', async () => {
    const dir = tempDir();
    const lama = join(dir, 'cadangan');
    mkdirSync(lama);
    for (const n of ['sinergi-2026-11-01-0930-harian.sqlite', 'rusak-2026-11-02-0800-1.sqlite', 'catatan-saya.txt']) {
      writeFileSync(join(lama, n), n);
    }
    const { pekerja, opsi } = await mulai(dir, lama);
    expect(await pekerja.buka(opsi)).toEqual({ ok: true });
    expect(readdirSync(opsi.folderCadangan).sort()).toEqual([
      'rusak-2026-11-02-0800-1.sqlite',
      'sinergi-2026-11-01-0930-harian.sqlite',
    ]);
    expect(readFileSync(join(opsi.folderCadangan, 'sinergi-2026-11-01-0930-harian.sqlite'), 'utf8')).toBe(
      'sinergi-2026-11-01-0930-harian.sqlite',
    );
    // What is not a backup stays where the user put it.
    expect(readdirSync(lama)).toEqual(['catatan-saya.txt']);
  });

  it('reports a damaged file with its latest good backup, restores it on request and then opens', async () => {
    const dir = tempDir();
    const pertama = await mulai(dir);
    await pertama.pekerja.buka(pertama.opsi);
    const { os } = desktopUji(dir);
    await pertama.pekerja.handle('sistem.muatDataContoh', {}, { os });
    await pertama.pekerja.handle('cadangan.buatSekarang', {}, { os });
    await pertama.pekerja.tutup();
    writeFileSync(pertama.opsi.dataPath, Buffer.alloc(8192, 3));

    const { pekerja, opsi } = await mulai(dir);
    const hasil = await pekerja.buka(opsi);
    expect(hasil).toMatchObject({ ok: false, rusak: true });
    const cadangan = (hasil as { cadanganTerakhir: string }).cadanganTerakhir;
    expect(cadangan.startsWith(opsi.folderCadangan)).toBe(true);
    const pulih = await pekerja.pulihkanAwal(cadangan);
    expect(pulih).toMatchObject({ ok: true });
    expect(readFileSync((pulih as { rusak: string }).rusak)).toEqual(Buffer.alloc(8192, 3));
    expect(await pekerja.buka(opsi)).toEqual({ ok: true });
    expect(nilai<{ jumlahOpd: number }>(await pekerja.handle('sistem.status', {}, { os })).jumlahOpd).toBe(36);
  });

  it('answers every waiting request and the start-up when the worker dies, and says so once', async () => {
    const dir = tempDir();
    const { pekerja, worker, opsi } = await mulai(dir);
    await pekerja.buka(opsi);
    const berhenti: (number | null)[] = [];
    pekerja.saatBerhentiTakTerduga((kode) => berhenti.push(kode));
    const { os } = desktopUji(dir);
    const menunggu = pekerja.handle('sistem.muatDataContoh', {}, { os });
    await worker.terminate();
    const galat = { ok: false, galat: { jenis: 'internal', pesan: PESAN_PEKERJA_BERHENTI, rincian: [] } };
    expect(await menunggu).toEqual(galat);
    expect(await pekerja.handle('sistem.status', {}, { os })).toEqual(galat);
    expect(berhenti).toHaveLength(1);

    // Gone while opening the file: the start-up hears why instead of waiting for ever with no window.
    const kedua = await mulai(tempDir());
    const membuka = kedua.pekerja.buka(kedua.opsi);
    await kedua.worker.terminate();
    await expect(membuka).rejects.toThrow(PESAN_PEKERJA_BERHENTI);
  });
});
