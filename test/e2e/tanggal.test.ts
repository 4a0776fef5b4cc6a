// Dates and times the Indonesian way under an English (US) browser: 15/07/2026 is 15 July, 13.30 is half past one.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2e } from './harness';

describe('date and time fields under an en-US locale', () => {
  let e: E2e;
  let page: Page;
  beforeAll(async () => {
    e = await startE2e({ contoh: true, operator: 'Rina' });
    const konteks = await e.page
      .context()
      .browser()!
      .newContext({
        locale: 'en-US',
        timezoneId: 'America/New_York',
        viewport: { width: 1366, height: 768 },
      });
    page = await konteks.newPage();
  });
  afterAll(async () => {
    await page.context().close();
    await e.close();
  });

  it('stores 15/07/2026 as 2026-07-15 and 13.30 as 13:30', async () => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const rapat = (await e.backend.call('rapat.daftar', {}))[0]!;
    await page.goto(`${e.url}/#/rapat`);
    await page.locator('.ag-row').filter({ hasText: rapat.judul }).getByRole('button', { name: 'Buka' }).click();
    const tanggal = page.getByLabel('Tanggal rapat');
    await tanggal.fill('15/07/2026');
    await page.getByLabel('Waktu mulai').fill('13.30');
    // A day that does not exist is marked and not taken.
    await page.getByLabel('Tanggal surat (kosong: hari ini)').fill('31/06/2026');
    expect(await page.getByLabel('Tanggal surat (kosong: hari ini)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Tanggal surat (kosong: hari ini)').fill('');
    await page.getByRole('button', { name: 'Simpan rapat' }).click();
    await page.getByText('Rapat disimpan').first().waitFor();
    const tersimpan = await e.backend.call('rapat.ambil', { id: rapat.id });
    expect(tersimpan).toMatchObject({ tanggal: '2026-07-15', waktuMulai: '13:30' });
    // Shown again the same way after a reload.
    await page.reload();
    await page.locator('.ag-row').filter({ hasText: rapat.judul }).getByRole('button', { name: 'Buka' }).click();
    await expect.poll(() => page.getByLabel('Tanggal rapat').inputValue()).toBe('15/07/2026');
    expect(await page.getByLabel('Waktu mulai').inputValue()).toBe('13.30');
  });

  it('stores a contract date typed 15/07 as that day, not 7 March or a refusal', async () => {
    const { tahunAnggaran: tahun } = await e.backend.call('pengaturan.ambil', {});
    await page.goto(`${e.url}/#/kontrak`);
    await page.locator('.ag-row').first().getByRole('button', { name: 'Ubah' }).click();
    const form = page.getByRole('form', { name: 'Kontrak' });
    const nomor = await form.getByLabel('Nomor kontrak').inputValue();
    const semua = await Promise.all(
      [1, 2, 3, 4].map((triwulan) => e.backend.call('kontrak.pantau', { tahun, triwulan, opdId: null })),
    );
    const sebelum = semua.flatMap((p) => p.kontrak).find((k) => k.nomor === nomor)!;
    expect(await form.getByLabel('Tanggal mulai').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await form.getByLabel('Tanggal mulai').fill(`15/07/${tahun}`);
    await form.getByRole('button', { name: 'Simpan kontrak' }).click();
    await page
      .getByText(/^Kontrak .* disimpan$/)
      .first()
      .waitFor();
    const sesudah = (await e.backend.call('kontrak.pantau', { tahun, triwulan: 4, opdId: null })).kontrak.find(
      (k) => k.id === sebelum.id,
    )!;
    expect(sesudah).toMatchObject({ tanggalMulai: `${tahun}-07-15`, tanggalSelesai: sebelum.tanggalSelesai });
  });
});
