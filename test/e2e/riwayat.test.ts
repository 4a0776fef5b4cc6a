import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { startE2e, type E2e } from './harness';

describe('Riwayat Perubahan in Chromium', () => {
  let e: E2e;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    e = await startE2e();
    ids = await buatContohDomain(e.backend);
    const simpan = (fisik: number) =>
      e.backend.call('realisasi.simpan', {
        opdId: ids.opd.id,
        tahun: TAHUN,
        bulan: 6,
        perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: fisik }],
      });
    await simpan(35);
    await simpan(60);
  });
  afterAll(() => e.close());

  it('shows a change per OPD and restores the old value', async () => {
    await e.buka('riwayat');
    await e.page.getByLabel('OPD').selectOption(String(ids.opd.id));
    const baris = e.page.locator('.ag-row').filter({ hasText: 'Realisasi fisik (%): 35 → 60' });
    await baris.waitFor();
    expect(await baris.textContent()).toContain('Penguji');
    await baris.getByRole('button', { name: 'Pulihkan' }).click();
    // The app's own question, not the browser's.
    const tanya = e.page.getByRole('alertdialog');
    await tanya.getByText('Pulihkan: mengembalikan nilai sebelum perubahan ini?').waitFor();
    await tanya.getByRole('button', { name: 'Pulihkan' }).click();
    await e.page.getByText('Nilai lama dipulihkan').waitFor();
    const lembar = await e.backend.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(lembar.baris.find((b) => b.subKegiatanId === ids.a.id)!.realisasiFisik).toBe(35);
    await e.page.locator('.ag-row').filter({ hasText: 'Realisasi fisik (%): 60 → 35' }).waitFor();
  });
});
