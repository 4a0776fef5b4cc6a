// The office network server over real HTTP(S) on loopback: what needs a session, the cookie's flags, login
// throttling, session fixation, requests from other sites, the Host allowlist, and switching sharing off.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/api';
import { PESAN_GAGAL_MASUK } from '../../src/shared/akun';
import { pasangJaringan, type PengendaliJaringanHttp } from '../../src/main/web/jaringan';
import { portBebas, salinBackend, tempBackend, tempDir, type TempBackend } from '../helpers/backend';

const SANDI = 'jaringan-kantor-2026';

interface Jawaban {
  status: number;
  kepala: Record<string, string | string[] | undefined>;
  body: string;
}

describe('office network server over HTTP', () => {
  /** The sample data without any account, loaded once; every test serves a copy of its own on a port of its own. */
  let contoh: TempBackend;
  let root: string;
  let t: TempBackend;
  let jaringan: PengendaliJaringanHttp;
  let port: number;
  let https = false;

  const minta = (
    method: string,
    path: string,
    opsi: { kepala?: Record<string, string>; body?: unknown } = {},
  ): Promise<Jawaban> =>
    new Promise((selesai, gagal) => {
      const body = opsi.body === undefined ? undefined : JSON.stringify(opsi.body);
      const req = (https ? httpsRequest : httpRequest)(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          rejectUnauthorized: false,
          // A new connection each time: a kept-alive one would outlive a restart of the server.
          agent: false,
          headers: {
            Host: `127.0.0.1:${port}`,
            ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
            ...opsi.kepala,
          },
        },
        (res) => {
          let isi = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (isi += d));
          res.on('end', () => selesai({ status: res.statusCode ?? 0, kepala: res.headers, body: isi }));
        },
      );
      req.on('error', gagal);
      req.end(body);
    });
  const cookieDari = (j: Jawaban) => String(j.kepala['set-cookie']?.[0] ?? '');
  const masuk = async (nama: string, sandi: string, kepala: Record<string, string> = {}) => {
    const j = await minta('POST', '/masuk', { body: { nama, sandi }, kepala });
    return { j, cookie: cookieDari(j).split(';')[0] ?? '' };
  };
  const setelan = () => ({ aktif: true, antarmuka: '127.0.0.1', port, https });

  beforeAll(async () => {
    contoh = await tempBackend();
    await contoh.b.call('sistem.muatDataContoh', {});
    root = tempDir('sinergi-halaman-');
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Sinergi</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'rahasia.txt'), 'bukan untuk tamu');
  }, 60_000);
  afterAll(() => contoh.dispose());
  beforeEach(async () => {
    t = await salinBackend(contoh.b);
    jaringan = await pasangJaringan(t.b, root);
    port = await portBebas();
    https = false;
    const status = await t.b.call('jaringan.simpan', {
      ...setelan(),
      adminPertama: { nama: 'admin', namaLengkap: 'Admin Ekbang', sandi: SANDI },
    });
    expect(status).toMatchObject({ berjalan: true, alamat: `http://127.0.0.1:${port}/`, galat: null });
  });
  afterEach(async () => {
    await jaringan.tutup();
    await t.dispose();
  });

  /** The account "pimpinan" (read-only role) with SANDI, made by the host window. */
  const buatPimpinan = () =>
    t.b.call('pengguna.simpan', {
      nama: 'pimpinan',
      namaLengkap: 'Asisten II',
      peran: 'pimpinan',
      opdId: null,
      aktif: true,
      sandi: SANDI,
    });

  it('without a session serves only the login page and its assets, and refuses every API method', async () => {
    expect((await minta('GET', '/')).status).toBe(200);
    expect((await minta('GET', '/assets/app.js')).status).toBe(200);
    expect((await minta('GET', '/rahasia.txt')).status).toBe(401);
    expect((await minta('GET', '/assets/../rahasia.txt')).status).toBe(401);
    for (const method of Object.keys(contract)) {
      const j = await minta('POST', `/api/${method}`, { body: {} });
      expect(j.status, method).toBe(401);
      expect(JSON.parse(j.body)).toMatchObject({ ok: false, galat: { kode: 'belumMasuk' } });
    }
    expect(
      (await minta('POST', '/api/opd.daftar', { body: {}, kepala: { Cookie: 'sinergi_sesi=tebakan' } })).status,
    ).toBe(401);
  });

  it('answers only to the addresses of this host', async () => {
    const j = await minta('GET', '/', { kepala: { Host: 'situs-jahat.example:80' } });
    expect(j.status).toBe(403);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie holding a fresh 256-bit id', async () => {
    const { j, cookie } = await masuk('admin', SANDI);
    expect(j.status).toBe(200);
    const kue = cookieDari(j);
    expect(kue).toMatch(/^sinergi_sesi=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(JSON.parse(j.body)).toMatchObject({ ok: true, nilai: { akun: { nama: 'admin', peran: 'admin' } } });
    expect(j.body).not.toContain(SANDI);
    const daftar = await minta('POST', '/api/opd.daftar', { body: {}, kepala: { Cookie: cookie } });
    expect(daftar.status).toBe(200);
  });

  it('makes session fixation impossible: a planted or old id is never kept at login', async () => {
    const pertama = await masuk('admin', SANDI);
    const kedua = await masuk('admin', SANDI, { Cookie: pertama.cookie });
    expect(kedua.cookie).not.toBe(pertama.cookie);
    // The id the browser carried before the login is dead now.
    expect((await minta('POST', '/api/opd.daftar', { body: {}, kepala: { Cookie: pertama.cookie } })).status).toBe(401);
    const tanam = await masuk('admin', SANDI, { Cookie: 'sinergi_sesi=ditanam-penyerang' });
    expect(tanam.cookie).not.toContain('ditanam-penyerang');
  });

  it('refuses requests made by a page of another site', async () => {
    const { cookie } = await masuk('admin', SANDI);
    const ubah = { id: 1, singkatan: 'JAHAT' };
    const dari = async (kepala: Record<string, string>) =>
      (await minta('POST', '/api/opd.simpan', { body: ubah, kepala: { Cookie: cookie, ...kepala } })).status;
    expect(await dari({ Origin: 'http://situs-jahat.example' })).toBe(403);
    expect(await dari({ Origin: 'http://127.0.0.1:1' })).toBe(403);
    expect(await dari({ 'Sec-Fetch-Site': 'cross-site' })).toBe(403);
    expect(await dari({ 'Sec-Fetch-Site': 'same-site' })).toBe(403);
    const formulir = await minta('POST', '/api/opd.simpan', {
      body: ubah,
      kepala: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(formulir.status).toBe(415);
    const sah = { Origin: `http://127.0.0.1:${port}`, 'Sec-Fetch-Site': 'same-origin' };
    expect(await dari({ ...sah, 'X-Uji': '1' })).toBe(200);
  });

  it('refuses a role what its declaration does not allow, with 403', async () => {
    const admin = await masuk('admin', SANDI);
    const buat = await minta('POST', '/api/pengguna.simpan', {
      kepala: { Cookie: admin.cookie },
      body: { nama: 'pimpinan', namaLengkap: 'Asisten II', peran: 'pimpinan', opdId: null, aktif: true, sandi: SANDI },
    });
    expect(buat.status).toBe(200);
    const { cookie } = await masuk('pimpinan', SANDI);
    expect(
      (await minta('POST', '/api/monev.ringkasan', { body: { tahun: 2026, triwulan: 1 }, kepala: { Cookie: cookie } }))
        .status,
    ).toBe(200);
    const tulis = await minta('POST', '/api/opd.simpan', {
      body: { id: 1, singkatan: 'X' },
      kepala: { Cookie: cookie },
    });
    expect(tulis.status).toBe(403);
    expect(JSON.parse(tulis.body)).toMatchObject({ galat: { kode: 'tidakBerwenang' } });
  });

  it('throttles wrong passwords per account and per address, with the same message for unknown accounts', async () => {
    await buatPimpinan();
    for (let i = 0; i < 5; i++) {
      const { j } = await masuk('admin', 'salah-sandi-salah');
      expect(j.status).toBe(401);
      expect(JSON.parse(j.body).galat.pesan).toBe(PESAN_GAGAL_MASUK);
    }
    const terlalu = /^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ detik\.$/;
    // The right password waits too, and so does another name from the same address, known or not.
    for (const [nama, sandi] of [
      ['admin', SANDI],
      ['pimpinan', SANDI],
      ['tidak-ada', 'apa-saja-boleh'],
    ]) {
      const { j } = await masuk(nama!, sandi!);
      expect(j.status).toBe(401);
      expect(JSON.parse(j.body).galat.pesan).toMatch(terlalu);
    }
  });

  it('logging out ends the session', async () => {
    await buatPimpinan();
    const { cookie } = await masuk('pimpinan', SANDI);
    expect((await minta('POST', '/keluar', { kepala: { Cookie: cookie } })).status).toBe(200);
    expect((await minta('POST', '/api/opd.daftar', { body: {}, kepala: { Cookie: cookie } })).status).toBe(401);
  });

  it('with HTTPS: a certificate made once, its fingerprint shown, and a Secure host-only cookie', async () => {
    await buatPimpinan();
    https = true;
    const status = await t.b.call('jaringan.simpan', setelan());
    expect(status.alamat).toBe(`https://127.0.0.1:${port}/`);
    expect(status.sidikJari).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const { j } = await masuk('pimpinan', SANDI);
    expect(cookieDari(j)).toMatch(
      /^__Host-sinergi_sesi=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure$/,
    );
    // Turned off and on again: the same certificate, so colleagues check the fingerprint only once.
    await t.b.call('jaringan.simpan', { ...setelan(), aktif: false });
    expect((await t.b.call('jaringan.simpan', setelan())).sidikJari).toBe(status.sidikJari);
  });

  it('turning sharing off closes the server and every remote session', async () => {
    await buatPimpinan();
    const { cookie } = await masuk('pimpinan', SANDI);
    expect(cookie).not.toBe('');
    const mati = await t.b.call('jaringan.simpan', { ...setelan(), aktif: false });
    expect(mati).toMatchObject({ berjalan: false, alamat: null });
    expect(t.b.ctx.sqlite.prepare('SELECT count(*) FROM sesi').pluck().get()).toBe(0);
    await expect(minta('GET', '/')).rejects.toThrow();
  });
});
