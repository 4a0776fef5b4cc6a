// Office network mode in Chromium: a Staf Bagian and an Operator OPD logged in at once in two browser contexts; the
// operator sees only their OPD, a conflicting edit names who changed the row, and the verification lock stops them.
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pasangJaringan, type PengendaliJaringanHttp } from '../../src/main/web/jaringan';
import { buatContohDomain, OPD_CONTOH, TAHUN } from '../helpers/renja';
import { portBebas } from '../helpers/backend';
import { startE2e, type E2e } from './harness';

const SANDI = 'kantor-ekbang-2026';

describe('two colleagues over the office network, in Chromium', () => {
  let e: E2e;
  let jaringan: PengendaliJaringanHttp;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  let opdLain: number;
  let alamat: string;
  const konteks: BrowserContext[] = [];
  let staf: Page;
  let operator: Page;

  const sel = (p: Page, subId: number, kolom: string) =>
    p.locator(`.ag-row[row-id="s:${subId}"] .ag-cell[col-id="${kolom}"]`).first();
  const halamanRealisasi = (opdId: number, bulan: number) =>
    `${alamat}#/realisasi?opd=${opdId}&tahun=${TAHUN}&bulan=${bulan}`;

  async function masuk(nama: string): Promise<Page> {
    const k = await e.page
      .context()
      .browser()!
      .newContext({ viewport: { width: 1366, height: 768 } });
    konteks.push(k);
    const p = await k.newPage();
    await p.goto(alamat);
    await p.getByLabel('Nama pengguna').fill(nama);
    await p.getByLabel('Kata sandi').fill(SANDI);
    await p.getByRole('button', { name: 'Masuk' }).click();
    await p.locator('nav.sidebar').waitFor();
    return p;
  }

  beforeAll(async () => {
    e = await startE2e();
    ids = await buatContohDomain(e.backend);
    opdLain = (
      await e.backend.call('opd.simpan', { ...OPD_CONTOH, kode: '2.17.0.00.0.00.01.0000', nama: 'Dinas Koperasi' })
    ).id;
    jaringan = await pasangJaringan(e.backend, resolve('out/renderer'));
    const status = await e.backend.call('jaringan.simpan', {
      aktif: true,
      antarmuka: '127.0.0.1',
      port: await portBebas(),
      https: false,
      adminPertama: { nama: 'admin', namaLengkap: 'Admin Ekbang', sandi: SANDI },
    });
    alamat = status.alamat!;
    const akun = { aktif: true, sandi: SANDI };
    await e.backend.call('pengguna.simpan', {
      ...akun,
      nama: 'sari',
      namaLengkap: 'Sari Dewi',
      peran: 'staf',
      opdId: null,
    });
    await e.backend.call('pengguna.simpan', {
      ...akun,
      nama: 'op-tani',
      namaLengkap: 'Operator Pertanian',
      peran: 'operator_opd',
      opdId: ids.opd.id,
    });
    staf = await masuk('sari');
    operator = await masuk('op-tani');
  });
  afterAll(async () => {
    for (const k of konteks) await k.close();
    await jaringan.tutup();
    await e.close();
  });

  it('shows the login page first and refuses a wrong password with the same message as an unknown name', async () => {
    const k = await e.page.context().browser()!.newContext();
    konteks.push(k);
    const p = await k.newPage();
    await p.goto(alamat);
    await p.getByLabel('Nama pengguna').fill('sari');
    await p.getByLabel('Kata sandi').fill('bukan-sandinya');
    await p.getByRole('button', { name: 'Masuk' }).click();
    await p.getByRole('alert').filter({ hasText: 'Nama pengguna atau kata sandi salah.' }).waitFor();
    expect(await p.locator('nav.sidebar').count()).toBe(0);
  });

  it('gives the operator only their OPD, and the staf every page and OPD', async () => {
    await operator.locator('nav.sidebar a .label-menu').first().waitFor({ state: 'attached' });
    const menuOperator = await operator.locator('nav.sidebar a .label-menu').allTextContents();
    expect(menuOperator).toContain('Realisasi');
    expect(menuOperator).not.toContain('Beranda');
    expect(menuOperator).not.toContain('Pengaturan');
    expect(await operator.getByTestId('akun').textContent()).toContain('Operator OPD');
    await staf.locator('nav.sidebar a .label-menu').first().waitFor({ state: 'attached' });
    expect(await staf.locator('nav.sidebar a .label-menu').allTextContents()).toEqual(
      expect.arrayContaining(['Beranda', 'Rapat']),
    );

    await operator.goto(halamanRealisasi(ids.opd.id, 3));
    await sel(operator, ids.a.id, 'realisasiFisik').waitFor();
    const pilihan = await operator.getByLabel('OPD').locator('option').allTextContents();
    expect(pilihan.join('|')).toContain('Dinas Pertanian');
    expect(pilihan.join('|')).not.toContain('Dinas Koperasi');

    // Another OPD's sheet, asked for by address or by a hand-made request, is refused.
    const lain = await operator.evaluate(
      async ([opdId, tahun]) =>
        (
          await fetch('/api/realisasi.lembar', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ opdId, tahun, bulan: 3 }),
          })
        ).status,
      [opdLain, TAHUN],
    );
    expect(lain).toBe(403);
  });

  it('refuses the second of two conflicting edits, naming the colleague who saved first', async () => {
    await staf.goto(halamanRealisasi(ids.opd.id, 6));
    await operator.goto(halamanRealisasi(ids.opd.id, 6));
    await operator.reload();
    await sel(staf, ids.a.id, 'realisasiFisik').waitFor();
    await sel(operator, ids.a.id, 'realisasiFisik').waitFor();
    // The presence line: the operator, who opened the sheet second, sees the staf on it.
    await operator.getByTestId('kehadiran').filter({ hasText: 'Sari Dewi (sari)' }).waitFor();

    await sel(staf, ids.a.id, 'realisasiFisik').click();
    await staf.keyboard.type('30');
    await staf.keyboard.press('Enter');
    await sel(staf, ids.a.id, 'realisasiFisik').filter({ hasText: '30,00%' }).waitFor();

    await sel(operator, ids.a.id, 'realisasiFisik').click();
    await operator.keyboard.type('31');
    await operator.keyboard.press('Enter');
    await operator.getByRole('alert').filter({ hasText: 'Data ini telah diubah oleh Sari Dewi (sari) pada' }).waitFor();
    await sel(operator, ids.a.id, 'realisasiFisik').filter({ hasText: '30,00%' }).waitFor();
    const riwayat = e.backend.ctx.sqlite.prepare(`SELECT oleh FROM riwayat WHERE tabel = 'realisasi'`).pluck().all();
    expect(riwayat).toContain('Sari Dewi (sari)');
  });

  it('stops the operator once the period is verified', async () => {
    await e.backend.call('realisasi.verifikasi', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      status: 'diverifikasi',
      catatan: '',
    });
    await operator.reload();
    await operator.getByTestId('kunci-periode').waitFor();
    await sel(operator, ids.a.id, 'realisasiFisik').dblclick();
    await operator.keyboard.type('99');
    await operator.keyboard.press('Enter');
    expect(await operator.locator('.ag-cell-inline-editing').count()).toBe(0);
    // A request made by hand meets the same lock on the host.
    const jawab = await operator.evaluate(
      async ([opdId, tahun, subKegiatanId]) => {
        const r = await fetch('/api/realisasi.simpan', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ opdId, tahun, bulan: 6, perubahan: [{ subKegiatanId, realisasiFisik: 99 }] }),
        });
        return (await r.json()) as { galat?: { kode?: string } };
      },
      [ids.opd.id, TAHUN, ids.a.id],
    );
    expect(jawab.galat?.kode).toBe('terkunci');
    const tersimpan = await e.backend.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(tersimpan.baris.find((b) => b.subKegiatanId === ids.a.id)!.realisasiFisik).toBe(30);
  });

  it('sends everyone back to the login page when sharing is turned off', async () => {
    await e.backend.call('jaringan.simpan', { aktif: false, antarmuka: '127.0.0.1', port: 5178, https: false });
    expect(e.backend.ctx.sqlite.prepare('SELECT count(*) FROM sesi').pluck().get()).toBe(0);
    await expect(staf.goto(alamat, { timeout: 5000 })).rejects.toThrow();
  });
});
