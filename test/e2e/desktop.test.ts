// The desktop app as built: out/main/index.js runs under plain Node with the stand-in electron module (the Electron
// binary cannot be downloaded here), starts out/main/worker.js as its utilityProcess, and is driven the way its page
// and its user would drive it.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiJawaban } from '../../src/shared/api';
import type { BerkasJadi, BerkasTersimpan } from '../../src/shared/api/ekspor';
import type { Kemajuan } from '../../src/shared/kemajuan';
import { tempDir } from '../helpers/backend';
import { dialogDari, jalankanDesktop, type Desktop, type Entri } from '../helpers/desktop';
import { bacaDocx } from '../helpers/docx';

const INDEX = pathToFileURL(resolve('out/renderer/index.html')).href;
const LAPORAN = { tahun: 2026, triwulan: 3, cakupan: 'kabupaten', opdId: null, klaster: null } as const;

function nilai<T>(jawaban: ApiJawaban<unknown>): T {
  if (!jawaban.ok) throw new Error(`${jawaban.galat.jenis}: ${jawaban.galat.pesan}`);
  return jawaban.nilai as T;
}

function kemajuanTugas(catatan: Entri[], tugas: number): Kemajuan[] {
  return catatan
    .filter((e) => e.jenis === 'kirim' && e.channel === 'sinergi:kemajuan')
    .map((e) => e.args as [number, Kemajuan])
    .filter(([t]) => t === tugas)
    .map(([, k]) => k);
}

function jumlahOpd(path: string): number {
  const db = new Sqlite(path, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT count(*) FROM opd').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('Desktop app (built main bundle with a stand-in electron)', { timeout: 120_000 }, () => {
  let d: Desktop | undefined;
  afterEach(() => d?.hentikan());

  it('answers its own page, refuses others, builds a report without freezing, saves it, quits with the WAL folded in', async () => {
    d = jalankanDesktop({ dir: tempDir('sinergi-desktop-') });
    await d.siap;
    const dataPath = join(d.userData, 'sinergi.sqlite');

    // Secure window, database in a worker, Indonesian menu without developer tools in a packaged build.
    const jendela = d.catatan.find((e) => e.jenis === 'jendela')!;
    expect(jendela['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(d.catatan.find((e) => e.jenis === 'utilityProcess')!['modulePath']).toBe(resolve('out/main/worker.js'));
    const menu = d.catatan.find((e) => e.jenis === 'menu')!['template'] as { label: string }[];
    expect(menu.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    expect(JSON.stringify(menu)).not.toMatch(/DevTools|pengembang/);
    expect(await d.perintah({ perintah: 'izin', izin: 'media' })).toEqual({ minta: false, periksa: false });
    expect(await d.perintah({ perintah: 'navigasi', url: 'https://contoh.test/' })).toEqual({ dicegah: true });
    expect(await d.perintah({ perintah: 'jendelaBaru', url: 'https://contoh.test/' })).toEqual({ action: 'deny' });

    // The app's page, on any route, is answered; another page or file is not.
    const status = nilai<{ lokasiData: string }>(
      (await d.panggil('sistem.status', {}, { url: `${INDEX}#/laporan` })).hasil,
    );
    expect(status.lokasiData).toBe(dataPath);
    for (const url of ['https://contoh.test/', pathToFileURL(join(d.dir, 'index.html')).href]) {
      expect((await d.panggil('sistem.status', {}, { url })).hasil).toEqual({
        ok: false,
        galat: { jenis: 'validasi', pesan: 'Permintaan ditolak', rincian: [] },
      });
    }

    // Loading the sample reports rows written as it goes.
    expect((await d.panggil('sistem.muatDataContoh', {}, { tugas: 1 })).hasil.ok).toBe(true);
    const renja = kemajuanTugas(d.catatan, 1).filter((k) => k.langkah.startsWith('Memuat Renja contoh'));
    // The first count (0 rows) and at least one more; how many in between depends on the machine's speed, since the
    // worker sends progress at most every so many milliseconds.
    expect(renja[0]!.selesai).toBe(0);
    expect(renja.length).toBeGreaterThanOrEqual(2);
    expect(renja.every((k) => k.satuan === 'baris' && k.total > 800 && k.selesai <= k.total)).toBe(true);

    // The full report: the main process's own work never blocks its event loop for long, and the page hears how far
    // the worker has come. Another call meanwhile is answered (the report yields between OPD).
    await d.perintah({ perintah: 'ukurMulai' });
    const laporan = d.panggil('laporan.buat', { ...LAPORAN, jenis: 'lengkap', penandatanganId: null }, { tugas: 2 });
    const lain = d.panggil('opd.daftar', {});
    const berkas = nilai<BerkasJadi>((await laporan).hasil);
    expect((await lain).hasil.ok).toBe(true);
    const { cpuMs, dindingMs } = await d.perintah<{ cpuMs: number; dindingMs: number }>({ perintah: 'ukurSelesai' });
    console.log(
      `[desktop] jeda terpanjang proses utama: ${cpuMs.toFixed(1)} ms CPU, ${dindingMs.toFixed(1)} ms dinding`,
    );
    expect(cpuMs).toBeLessThanOrEqual(50);
    const e81 = kemajuanTugas(d.catatan, 2).filter((k) => k.langkah === 'Menyusun tabel E.81');
    expect(e81.at(0)).toMatchObject({ selesai: 0, total: 36, satuan: 'OPD' });
    expect(kemajuanTugas(d.catatan, 2).some((k) => k.langkah === 'Memadatkan berkas')).toBe(true);

    // Saved through the save dialog, parented to the window, titled for a Word document, then opened.
    const tujuan = join(d.dir, 'Dokumen', 'Laporan TW III.docx');
    await d.perintah({ perintah: 'atur', kendali: { simpanKe: tujuan } });
    expect(nilai<BerkasTersimpan>((await d.panggil('berkas.simpan', berkas)).hasil)).toEqual({
      path: tujuan,
      peringatan: null,
    });
    expect(dialogDari(d.catatan).at(-1)).toMatchObject({
      fungsi: 'showSaveDialog',
      induk: 1,
      title: 'Simpan dokumen Word',
    });
    expect(d.catatan.filter((e) => e.jenis === 'openPath').at(-1)!['path']).toBe(tujuan);
    expect((await bacaDocx(readFileSync(tujuan))).teks).toContain('KATA PENGANTAR');

    // Saved but not opened (no program for .docx): the path with a warning, not an internal error.
    await d.perintah({ perintah: 'atur', kendali: { galatOpenPath: 'Tidak ada aplikasi yang terkait' } });
    const peringatan = nilai<BerkasTersimpan>((await d.panggil('berkas.simpan', berkas)).hasil).peringatan;
    expect(peringatan).toContain(tujuan);
    expect(peringatan).toContain('Tidak ada aplikasi yang terkait');
    // Not written (the name is a folder): a message naming it, from main's write through the worker to the page.
    mkdirSync(join(d.dir, 'Dokumen', 'folder.docx'));
    await d.perintah({
      perintah: 'atur',
      kendali: { simpanKe: join(d.dir, 'Dokumen', 'folder.docx'), galatOpenPath: '' },
    });
    const ditolak = (await d.panggil('berkas.simpan', berkas)).hasil;
    expect(ditolak).toMatchObject({ ok: false, galat: { jenis: 'ditolak' } });
    expect(!ditolak.ok && ditolak.galat.pesan).toContain('adalah folder');

    // Cetak: straight into the word processor from the folder for printing, no save dialog.
    const [rapat] = nilai<{ id: number }[]>((await d.panggil('rapat.daftar', {})).hasil);
    const dok = nilai<{ id: number; namaBerkas: string }>(
      (await d.panggil('rapat.buatDokumen', { rapatId: rapat!.id, jenis: 'undangan' })).hasil,
    );
    const dialogSebelum = dialogDari(d.catatan).length;
    const cetak = nilai<BerkasTersimpan>((await d.panggil('arsip.cetak', { id: dok.id })).hasil);
    expect(cetak.path).toBe(join(d.dir, 'temp', 'Sinergi', 'cetak', dok.namaBerkas));
    expect(d.catatan.filter((e) => e.jenis === 'openPath').at(-1)!['path']).toBe(cetak.path);
    expect(dialogDari(d.catatan)).toHaveLength(dialogSebelum);

    // Closing the window quits: the worker closes the database, SQLite folds the -wal into the file.
    await d.perintah({ perintah: 'tutupJendela' });
    const { kode } = await d.selesai;
    expect(kode).toBe(0);
    expect(existsSync(`${dataPath}-wal`) ? statSync(`${dataPath}-wal`).size : 0).toBe(0);
    expect(jumlahOpd(dataPath)).toBe(36);
  });

  it('says why and quits when SINERGI_DATA is empty or relative, before anything opens', async () => {
    for (const [nilaiEnv, pesan] of [
      ['', 'SINERGI_DATA kosong'],
      ['data/sinergi.sqlite', 'SINERGI_DATA harus lokasi lengkap'],
    ] as const) {
      d = jalankanDesktop({ dir: tempDir('sinergi-desktop-'), env: { SINERGI_DATA: nilaiEnv } });
      const { kode, catatan } = await d.selesai;
      expect(kode).toBe(0);
      expect(dialogDari(catatan)).toEqual([
        expect.objectContaining({
          fungsi: 'showErrorBox',
          title: 'Sinergi tidak dapat dimulai',
          content: expect.stringContaining(pesan),
        }),
      ]);
      expect(catatan.some((e) => e.jenis === 'jendela' || e.jenis === 'utilityProcess')).toBe(false);
    }
  });

  it('says why and quits when the data folder cannot be created (a drive that is not there)', async () => {
    const dir = tempDir('sinergi-desktop-');
    // A file where a folder should be: mkdir fails as it does for a disconnected drive.
    writeFileSync(join(dir, 'D'), 'bukan folder');
    d = jalankanDesktop({ dir, env: { SINERGI_DATA: join(dir, 'D', 'Sinergi', 'sinergi.sqlite') } });
    const { kode, catatan } = await d.selesai;
    expect(kode).toBe(0);
    const [galat] = dialogDari(catatan);
    expect(galat).toMatchObject({ fungsi: 'showErrorBox', title: 'Sinergi tidak dapat membuka data' });
    expect(galat!['content']).toContain(`Folder data ${join(dir, 'D', 'Sinergi')} tidak dapat dibuat`);
    expect(catatan.some((e) => e.jenis === 'jendela')).toBe(false);
  });

  it('offers the latest good backup for a damaged file, restores it and starts', async () => {
    const dir = tempDir('sinergi-desktop-');
    const dataPath = join(dir, 'data', 'sinergi.sqlite');
    d = jalankanDesktop({ dir, env: { SINERGI_DATA: dataPath } });
    await d.siap;
    await d.panggil('sistem.muatDataContoh', {});
    await d.panggil('cadangan.buatSekarang', {});
    await d.perintah({ perintah: 'tutupJendela' });
    await d.selesai;
    writeFileSync(dataPath, Buffer.alloc(8192, 7));

    d = jalankanDesktop({ dir, env: { SINERGI_DATA: dataPath } });
    await d.siap;
    const [tawaran, berhasil] = dialogDari(d.catatan);
    expect(tawaran).toMatchObject({ fungsi: 'showMessageBox', title: 'Sinergi tidak dapat membuka data', response: 0 });
    expect((tawaran!['opsi'] as { buttons: string[] }).buttons).toEqual(['Pulihkan cadangan terakhir', 'Keluar']);
    expect(berhasil).toMatchObject({ fungsi: 'showMessageBox', title: 'Data dipulihkan' });
    expect(nilai<{ jumlahOpd: number }>((await d.panggil('sistem.status', {})).hasil).jumlahOpd).toBe(36);
    await d.perintah({ perintah: 'tutupJendela' });
    expect((await d.selesai).kode).toBe(0);
  });

  it('offers a reload when the page crashes or hangs, and quits with a message when the worker dies', async () => {
    d = jalankanDesktop({ dir: tempDir('sinergi-desktop-') });
    await d.siap;
    await d.perintah({ perintah: 'atur', kendali: { jawabanPesan: [0, 1] } });
    await d.perintah({
      perintah: 'acara',
      diHalaman: true,
      nama: 'render-process-gone',
      args: [{ reason: 'crashed' }],
    });
    await d.perintah({ perintah: 'acara', nama: 'unresponsive' });
    await new Promise((r) => setTimeout(r, 100));
    const [hilang, macet] = dialogDari(d.catatan);
    expect(hilang).toMatchObject({
      fungsi: 'showMessageBox',
      induk: 1,
      title: 'Tampilan Sinergi berhenti',
      response: 0,
    });
    expect(macet).toMatchObject({ fungsi: 'showMessageBox', induk: 1, title: 'Sinergi tidak merespons', response: 1 });
    expect(d.catatan.filter((e) => ['muatUlang', 'hentikanRenderer'].includes(e.jenis)).map((e) => e.jenis)).toEqual([
      'muatUlang',
      'hentikanRenderer',
      'muatUlang',
    ]);

    process.kill(d.pidPekerja()!, 'SIGKILL');
    const { kode, catatan } = await d.selesai;
    expect(kode).toBe(0);
    expect(dialogDari(catatan).at(-1)).toMatchObject({ fungsi: 'showErrorBox', title: 'Sinergi berhenti' });
  });

  it('leaves at once when another Sinergi already runs', async () => {
    d = jalankanDesktop({ dir: tempDir('sinergi-desktop-'), env: { PENGGANTI_KUNCI_DIPAKAI: '1' } });
    const { kode, catatan } = await d.selesai;
    expect(kode).toBe(0);
    expect(catatan.filter((e) => e.jenis !== 'keluar')).toEqual([]);
  });
});
