// The desktop rules that need no Electron: where the data lives, which page may call, how file errors read, how
// progress is thinned out.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { halamanDipercaya } from '../../src/main/electron/halaman';
import { DitolakError } from '../../src/main/errors';
import { pelaporKemajuan } from '../../src/main/kemajuan';
import { dataDariLingkungan, tentukanLokasi } from '../../src/main/lokasi';
import { galatTulisBerkas, judulSimpan, tulisUntukCetak } from '../../src/main/os';
import { formatKemajuan, type Kemajuan } from '../../src/shared/kemajuan';
import { tempDir } from '../helpers/backend';

describe('Where the data lives', () => {
  it('refuses an empty, relative or folder SINERGI_DATA with the reason, and takes an absolute file path', () => {
    const dir = tempDir();
    expect(dataDariLingkungan({})).toBeNull();
    expect(() => dataDariLingkungan({ SINERGI_DATA: '' })).toThrow('SINERGI_DATA kosong');
    expect(() => dataDariLingkungan({ SINERGI_DATA: '   ' })).toThrow('SINERGI_DATA kosong');
    expect(() => dataDariLingkungan({ SINERGI_DATA: 'data/sinergi.sqlite' })).toThrow(
      'SINERGI_DATA harus lokasi lengkap berkas data (misalnya D:\\Data Sinergi\\sinergi.sqlite), bukan "data/sinergi.sqlite".',
    );
    expect(() => dataDariLingkungan({ SINERGI_DATA: dir })).toThrow('SINERGI_DATA menunjuk sebuah folder');
    expect(() => dataDariLingkungan({ SINERGI_DATA: `${dir}/` })).toThrow('SINERGI_DATA menunjuk sebuah folder');
    expect(dataDariLingkungan({ SINERGI_DATA: join(dir, 'sinergi.sqlite') })).toBe(join(dir, 'sinergi.sqlite'));
  });

  it('keeps backups out of the roaming profile on Windows and moves the old ones; elsewhere beside the data', () => {
    const folderAplikasi = '/home/staf/.config/Sinergi';
    expect(tentukanLokasi({ env: {}, platform: 'linux', folderAplikasi })).toEqual({
      dataPath: join(folderAplikasi, 'sinergi.sqlite'),
      folderCadangan: join(folderAplikasi, 'cadangan'),
      folderCadanganLama: null,
    });
    expect(tentukanLokasi({ env: { LOCALAPPDATA: '/lokal' }, platform: 'win32', folderAplikasi })).toEqual({
      dataPath: join(folderAplikasi, 'sinergi.sqlite'),
      folderCadangan: join('/lokal', 'Sinergi', 'cadangan'),
      folderCadanganLama: join(folderAplikasi, 'cadangan'),
    });
    // SINERGI_DATA names the file; its backups stay beside it.
    expect(
      tentukanLokasi({
        env: { SINERGI_DATA: '/d/uji/sinergi.sqlite', LOCALAPPDATA: '/lokal' },
        platform: 'win32',
        folderAplikasi,
      }),
    ).toEqual({ dataPath: '/d/uji/sinergi.sqlite', folderCadangan: '/d/uji/cadangan', folderCadanganLama: null });
  });
});

describe('The page that may call the backend', () => {
  const h = { indexHtml: '/opt/Sinergi/resources/app.asar/out/renderer/index.html', devUrl: null };
  const index = pathToFileURL(h.indexHtml).href;

  it("answers the app's own index.html on any route, and nothing else", () => {
    expect(halamanDipercaya(index, h)).toBe(true);
    expect(halamanDipercaya(`${index}#/laporan`, h)).toBe(true);
    expect(halamanDipercaya(`${index}?x=1#/opd`, h)).toBe(true);
    for (const url of [
      undefined,
      '',
      'bukan url',
      'file:///opt/Sinergi/resources/app.asar/out/renderer/lain.html',
      'file:///C:/Users/staf/Downloads/index.html',
      'https://contoh.test/index.html',
      'http://localhost:5173/',
    ]) {
      expect(halamanDipercaya(url, h), String(url)).toBe(false);
    }
  });

  it('answers the dev server only when one is set (never in a packaged app)', () => {
    const dev = { ...h, devUrl: 'http://localhost:5173' };
    expect(halamanDipercaya('http://localhost:5173/#/opd', dev)).toBe(true);
    expect(halamanDipercaya('http://localhost:5174/', dev)).toBe(false);
  });
});

describe('Files the user opens elsewhere', () => {
  const galat = (code: string) => Object.assign(new Error(`${code}: resource busy or locked`), { code });

  it('says a file is open in another program instead of quoting EBUSY or EPERM', () => {
    for (const code of ['EBUSY', 'EPERM']) {
      const hasil = galatTulisBerkas(galat(code), 'D:\\Laporan.docx');
      expect(hasil).toBeInstanceOf(DitolakError);
      expect((hasil as Error).message).toBe(
        'Berkas D:\\Laporan.docx sedang dibuka di program lain (misalnya Word atau Excel). Tutup berkas itu lalu ' +
          'simpan lagi, atau simpan dengan nama lain.',
      );
    }
    expect((galatTulisBerkas(galat('ENOSPC'), 'E:\\a.xlsx') as Error).message).toContain('Ruang disk');
    expect((galatTulisBerkas(galat('ENOENT'), 'E:\\a.xlsx') as Error).message).toContain('flash disk');
    const lain = new Error('lain');
    expect(galatTulisBerkas(lain, 'x')).toBe(lain);
  });

  it('titles the save dialog for what is saved', () => {
    expect(judulSimpan('Undangan.docx')).toBe('Simpan dokumen Word');
    expect(judulSimpan('Peringkat.XLSX')).toBe('Simpan tabel Excel');
    expect(judulSimpan('Formulir.zip')).toBe('Simpan berkas .zip');
    expect(judulSimpan('catatan.txt')).toBe('Simpan berkas');
  });

  it('prints from a folder of its own, and never over a copy that cannot be replaced', async () => {
    const dir = tempDir();
    const path = await tulisUntukCetak(join(dir, 'cetak'), 'Undangan Rakor.docx', Buffer.from('satu'));
    expect(path).toBe(join(dir, 'cetak', 'Undangan Rakor.docx'));
    expect(await tulisUntukCetak(join(dir, 'cetak'), 'Undangan Rakor.docx', Buffer.from('dua'))).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe('dua');
    // A name taken by something that cannot be overwritten (here a folder; on Windows a copy open in Word).
    mkdirSync(join(dir, 'cetak', 'Notulen.docx'));
    const kedua = await tulisUntukCetak(join(dir, 'cetak'), 'Notulen.docx', Buffer.from('tiga'));
    expect(kedua).toBe(join(dir, 'cetak', 'Notulen (2).docx'));
  });
});

describe('Progress reports', () => {
  it('passes the first of each step, its end, nothing twice, and otherwise at most one per 100 ms', async () => {
    const terkirim: Kemajuan[] = [];
    const lapor = pelaporKemajuan((k) => terkirim.push(k));
    const baris = (selesai: number) => ({ langkah: 'Menulis', selesai, total: 1000, satuan: 'baris' });
    for (let i = 0; i <= 1000; i++) lapor(baris(i));
    lapor(baris(1000));
    expect(terkirim.map((k) => k.selesai)).toEqual([0, 1000]);
    await new Promise((r) => setTimeout(r, 110));
    lapor({ langkah: 'Menulis', selesai: 1000, total: 1000, satuan: 'baris' });
    lapor({ langkah: 'Mengemas', selesai: 0, total: 0, satuan: '' });
    lapor({ langkah: 'Mengemas', selesai: 0, total: 0, satuan: '' });
    expect(terkirim.map((k) => k.langkah)).toEqual(['Menulis', 'Menulis', 'Mengemas']);
  });

  it('reads in Indonesian', () => {
    expect(formatKemajuan({ langkah: 'Menyusun tabel E.81', selesai: 12, total: 36, satuan: 'OPD' })).toBe(
      'Menyusun tabel E.81: 12 dari 36 OPD',
    );
    expect(formatKemajuan({ langkah: 'Menulis sub kegiatan', selesai: 1500, total: 6000, satuan: 'baris' })).toBe(
      'Menulis sub kegiatan: 1.500 dari 6.000 baris',
    );
    expect(formatKemajuan({ langkah: 'Memadatkan berkas', selesai: 41.3, total: 100, satuan: '%' })).toBe(
      'Memadatkan berkas: 41%',
    );
    expect(formatKemajuan({ langkah: 'Mengemas dokumen', selesai: 0, total: 0, satuan: '' })).toBe('Mengemas dokumen');
  });
});
