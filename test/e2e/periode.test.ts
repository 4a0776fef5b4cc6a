// One period for the whole app: chosen once, shared by Beranda, Realisasi and Laporan, remembered, and followed
// when the URL changes; with nothing chosen, the latest month with realisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { startE2e, type E2e } from './harness';

describe('the shared period', () => {
  let e: E2e;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    e = await startE2e();
    ids = await buatContohDomain(e.backend);
    await e.backend.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 9,
      perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: 60 }],
    });
  });
  afterAll(() => e.close());

  const periode = () => e.page.getByLabel('Periode', { exact: true });

  it('opens on the latest month with realisation when nothing was chosen', async () => {
    expect(await e.backend.call('monev.periodeTerakhir', {})).toEqual({ tahun: TAHUN, bulan: 9 });
    await e.buka('realisasi');
    await e.page
      .locator(`.ag-row[row-id="s:${ids.a.id}"] .ag-cell[col-id="realisasiFisik"]`)
      .filter({ hasText: '60,00%' })
      .waitFor();
    expect(await periode().inputValue()).toBe('9');
    expect(await e.page.getByLabel('Tahun').inputValue()).toBe(String(TAHUN));
  });

  it('carries a period chosen on Realisasi to Beranda and Laporan, and keeps it after a reload', async () => {
    await periode().selectOption('6');
    await e.page.getByRole('link', { name: 'Beranda', exact: true }).click();
    await expect.poll(() => periode().inputValue()).toBe('6');
    await e.page.getByRole('link', { name: 'Laporan', exact: true }).click();
    await expect.poll(() => e.page.locator('select[aria-label="Triwulan"]').inputValue()).toBe('2');
    await e.page.reload();
    await expect.poll(() => e.page.locator('select[aria-label="Triwulan"]').inputValue()).toBe('2');
  });

  it('follows a change of the URL while the page is open', async () => {
    await e.buka(`realisasi?opd=${ids.opd.id}&tahun=${TAHUN}&bulan=6`);
    await expect.poll(() => periode().inputValue()).toBe('6');
    await e.page.evaluate((t) => {
      window.location.hash = `#/realisasi?tahun=${t}&bulan=9`;
    }, TAHUN);
    await expect.poll(() => periode().inputValue()).toBe('9');
    await e.page
      .locator(`.ag-row[row-id="s:${ids.a.id}"] .ag-cell[col-id="realisasiFisik"]`)
      .filter({ hasText: '60,00%' })
      .waitFor();
  });
});
