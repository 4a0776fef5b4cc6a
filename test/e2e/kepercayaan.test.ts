// Trust in Chromium: a typed number keeps the row's notes, a second window cannot overwrite silently, a verified
// period is locked on screen and reopens only with a reason.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { startE2e, type E2e } from './harness';

describe('trust in the Realisasi grid, in Chromium', () => {
  let e: E2e;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    e = await startE2e();
    ids = await buatContohDomain(e.backend);
  });
  afterAll(() => e.close());

  const sel = (p: Page, subId: number, kolom: string) =>
    p.locator(`.ag-row[row-id="s:${subId}"] .ag-cell[col-id="${kolom}"]`).first();
  const lembar = (bulan: number) => e.backend.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan });
  const alamat = (bulan: number) => `realisasi?opd=${ids.opd.id}&tahun=${TAHUN}&bulan=${bulan}`;
  /** A fresh load of the sheet: the page keeps its chosen period while only the address's query changes. */
  const buka = async (bulan: number) => {
    await e.buka(alamat(bulan));
    await e.page.reload();
    await e.page.locator('nav.sidebar').waitFor();
  };

  it('types a number into a row that has notes; after a reload the notes are still there', async () => {
    await e.backend.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 3,
      perubahan: [
        {
          subKegiatanId: ids.a.id,
          realisasiFisik: 10,
          permasalahan: 'Penyedia terlambat',
          tindakLanjut: 'Teguran tertulis',
          faktorPendorong: 'Dukungan camat',
          faktorPenghambat: 'Hujan',
        },
      ],
    });
    await buka(3);
    await sel(e.page, ids.a.id, 'realisasiFisik').click();
    await e.page.keyboard.type('12,5');
    await e.page.keyboard.press('Tab');
    await sel(e.page, ids.a.id, 'realisasiFisik').filter({ hasText: '12,50%' }).waitFor();
    await e.page.reload();
    await sel(e.page, ids.a.id, 'permasalahan').filter({ hasText: 'Penyedia terlambat' }).waitFor();
    expect(await sel(e.page, ids.a.id, 'tindakLanjut').textContent()).toBe('Teguran tertulis');
    expect((await lembar(3)).baris.find((b) => b.subKegiatanId === ids.a.id)).toMatchObject({
      realisasiFisik: 12.5,
      permasalahan: 'Penyedia terlambat',
      tindakLanjut: 'Teguran tertulis',
      faktorPendorong: 'Dukungan camat',
      faktorPenghambat: 'Hujan',
    });
  });

  it('types into the same row twice in quick succession without a false conflict', async () => {
    await buka(3);
    await sel(e.page, ids.b.id, 'realisasiFisik').click();
    await e.page.keyboard.type('11');
    await e.page.keyboard.press('Enter');
    // The second edit leaves before the first save has answered.
    await sel(e.page, ids.b.id, 'realisasiKeuangan').click();
    await e.page.keyboard.type('1.000.000');
    await e.page.keyboard.press('Enter');
    await sel(e.page, ids.b.id, 'realisasiKeuangan').filter({ hasText: '1.000.000' }).waitFor();
    expect((await lembar(3)).baris.find((b) => b.subKegiatanId === ids.b.id)).toMatchObject({
      realisasiFisik: 11,
      realisasiKeuangan: 1_000_000,
    });
    expect(await e.page.getByRole('alert').count()).toBe(0);
  });

  it('refuses a save from a second tab that shows an older value, says who changed it, and reloads', async () => {
    await buka(6);
    const lain = await e.page.context().newPage();
    await lain.goto(`${e.url}/#/${alamat(6)}`);
    await sel(lain, ids.a.id, 'realisasiFisik').waitFor();

    await sel(e.page, ids.a.id, 'realisasiFisik').click();
    await e.page.keyboard.type('30');
    await e.page.keyboard.press('Enter');
    await sel(e.page, ids.a.id, 'realisasiFisik').filter({ hasText: '30,00%' }).waitFor();

    await sel(lain, ids.a.id, 'realisasiFisik').click();
    await lain.keyboard.type('31');
    await lain.keyboard.press('Enter');
    const pesan = lain.getByRole('alert').filter({ hasText: 'Data ini telah diubah oleh Penguji pada' });
    await pesan.waitFor();
    expect(await pesan.textContent()).toContain('muat ulang untuk melihat nilai terbaru');
    // The second tab now shows what the first saved, and nothing of its own was written.
    await sel(lain, ids.a.id, 'realisasiFisik').filter({ hasText: '30,00%' }).waitFor();
    expect((await lembar(6)).baris.find((b) => b.subKegiatanId === ids.a.id)!.realisasiFisik).toBe(30);
    await lain.close();
  });

  it('shows a verified period locked, refuses typing, and reopens it with a reason', async () => {
    const tersimpan = (await lembar(6)).baris.find((b) => b.subKegiatanId === ids.a.id)!.realisasiFisik;
    await e.backend.call('realisasi.verifikasi', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      status: 'diverifikasi',
      catatan: '',
    });
    await buka(6);
    const kunci = e.page.getByTestId('kunci-periode');
    await kunci.waitFor();
    expect(await kunci.textContent()).toContain('Terkunci: diverifikasi oleh Penguji');
    expect(await sel(e.page, ids.a.id, 'realisasiFisik').getAttribute('class')).not.toContain('sel-sunting');
    await sel(e.page, ids.a.id, 'realisasiFisik').dblclick();
    await e.page.keyboard.type('99');
    await e.page.keyboard.press('Enter');
    expect(await e.page.locator('.ag-cell-inline-editing').count()).toBe(0);
    expect((await lembar(6)).baris.find((b) => b.subKegiatanId === ids.a.id)!.realisasiFisik).toBe(tersimpan);

    await kunci.getByRole('button', { name: 'Buka verifikasi…' }).click();
    const dialog = e.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('SP2D Juni terlewat');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await e.page.getByTestId('status-verifikasi').filter({ hasText: 'Diterima' }).waitFor();
    expect(await kunci.count()).toBe(0);
    await sel(e.page, ids.a.id, 'realisasiFisik').click();
    await e.page.keyboard.type('32');
    await e.page.keyboard.press('Enter');
    await e.page.getByTestId('berubah-setelah-diterima').waitFor();
    expect((await lembar(6)).verifikasi).toMatchObject({ status: 'diterima', alasanBuka: 'SP2D Juni terlewat' });
  });
});
