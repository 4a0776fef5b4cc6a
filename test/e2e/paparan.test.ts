// "Buat paparan" in Chromium: on a sample meeting (archived with its documents) and on Laporan, each a .pptx download.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bacaPptx } from '../helpers/pptx';
import { startE2e, type E2e } from './harness';

describe('Paparan in Chromium', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e({ contoh: true, operator: 'Operator Uji' });
  });
  afterAll(() => e.close());

  it('builds the slides of a sample meeting, downloads them and lists them in its archive', async () => {
    const pra = (await e.backend.call('rapat.daftar', {})).find((r) => r.jenis === 'pra_rakorev')!;
    await e.buka('rapat');
    await e.page.locator(`.ag-row[row-id="${pra.id}"] .ag-cell[col-id="judul"]`).dblclick();
    await e.page.getByRole('tab', { name: 'Dokumen' }).click();
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: 'Buat paparan' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe(`Paparan ${pra.judul} ${pra.tanggal}.pptx`);
    const p = await bacaPptx(readFileSync((await unduhan.path())!));
    expect(p.slide[0]!.teks).toContain(pra.judul);
    expect(p.slide[1]!.teks[0]).toBe('Realisasi fisik dan keuangan');
    await e.page.getByRole('table', { name: 'Arsip dokumen' }).getByText('Paparan (slide)', { exact: true }).waitFor();
    const arsip = await e.backend.call('arsip.daftar', { rapatId: pra.id });
    expect(arsip.map((d) => d.jenis)).toContain('paparan');
  });

  it('builds the slides of the report’s period and scope from Laporan', async () => {
    await e.buka('laporan');
    await e.page.getByLabel('Triwulan', { exact: true }).selectOption({ label: 'Triwulan III' });
    // The narrative of the chosen quarter has loaded: the deck's closing slide reads its decisions.
    await expect.poll(() => e.page.getByLabel('Penutup', { exact: true }).inputValue()).toMatch(/Triwulan III /);
    const tahun = (await e.backend.call('pengaturan.ambil', {})).tahunAnggaran;
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: 'Buat paparan (.pptx)' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe(`Paparan Triwulan III ${tahun} - Kabupaten Contoh.pptx`);
    const p = await bacaPptx(readFileSync((await unduhan.path())!));
    expect(p.slide[0]!.teks).toContain('Evaluasi Pelaksanaan Program dan Kegiatan');
    expect(p.grafik.size).toBeGreaterThanOrEqual(2);
  });
});
