// The screens issue 14 changed, in Chromium against browser mode: real progress while long work runs, "Cetak" next
// to each archived document, and the size limit of the backups.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bacaDocx } from '../helpers/docx';
import { startE2e, type E2e } from './harness';

describe('Progress, printing and backup limits in Chromium', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e();
  });
  afterAll(() => e.close());

  /** What the tests after the first start from, whether or not it ran: the sample data and an operator. */
  const siapkan = async () => {
    if ((await e.backend.call('sistem.status', {})).perluMemilihAwal) await e.backend.call('sistem.muatDataContoh', {});
    await e.backend.call('sistem.aturOperator', { nama: 'Operator Uji' });
  };

  it('shows the sample data being written, row by row, on the first start', async () => {
    await e.buka('beranda');
    // Browser mode runs the backend in this test's own process, which is busy while the sample loads: the page
    // records what its progress bar said, and the test reads it afterwards.
    await e.page.evaluate(() => {
      const dilihat: string[] = [];
      (window as unknown as { kemajuanDilihat: string[] }).kemajuanDilihat = dilihat;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('.kemajuan')) {
          const teks = el.textContent ?? '';
          if (dilihat.at(-1) !== teks) dilihat.push(teks);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await e.page.getByRole('button', { name: /Muat data contoh/ }).click();
    await e.page.getByText('Data contoh dimuat: 36 OPD').waitFor({ timeout: 30_000 });
    const dilihat = await e.page.evaluate(() => (window as unknown as { kemajuanDilihat: string[] }).kemajuanDilihat);
    const renja = dilihat.filter((t) => t.startsWith('Menyiapkan data · Memuat Renja contoh (APBD Murni): '));
    expect(renja[0]).toBe('Menyiapkan data · Memuat Renja contoh (APBD Murni): 0 dari 877 baris');
    // The first count was shown before the rows were written (reports sent only at the end would have shown the last
    // one alone), and the next step after them. How many counts in between the page sees depends on the machine's load.
    expect(dilihat.indexOf('Menyiapkan data · Memuat RPJMD dan Renstra contoh')).toBeGreaterThan(
      dilihat.indexOf(renja[0]!),
    );
  }, 60_000);

  it('shows how far the report is, in OPD of the E.81 tables, then downloads it', async () => {
    await siapkan();
    await e.buka('laporan');
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download', { timeout: 60_000 }),
      (async () => {
        await e.page.getByRole('button', { name: 'Buat laporan lengkap (.docx)' }).click();
        await e.page
          .getByRole('status')
          .filter({ hasText: /Menyusun laporan lengkap Kabupaten Contoh · Menyusun tabel E\.81: \d+ dari 36 OPD/ })
          .waitFor();
        const bilah = e.page.getByRole('progressbar', { name: 'Menyusun laporan lengkap Kabupaten Contoh' });
        expect(Number(await bilah.getAttribute('max'))).toBe(36);
      })(),
    ]);
    expect((await bacaDocx(readFileSync((await unduhan.path())!))).teks).toContain('KATA PENGANTAR');
    await e.page.getByText(/diunduh$/).waitFor();
    expect(await e.page.getByRole('progressbar').count()).toBe(0);
  }, 90_000);

  it('offers Cetak next to each archived document; the browser downloads it and says how to print', async () => {
    await siapkan();
    const [rapat] = await e.backend.call('rapat.daftar', {});
    const dok = await e.backend.call('rapat.buatDokumen', { rapatId: rapat!.id, jenis: 'daftar_hadir' });
    await e.buka('rapat');
    await e.page.locator(`.ag-row[row-id="${rapat!.id}"] .ag-cell[col-id="judul"]`).dblclick();
    await e.page.getByRole('tab', { name: 'Dokumen' }).click();
    const baris = e.page
      .getByRole('table', { name: 'Arsip dokumen' })
      .getByRole('row')
      .filter({ hasText: dok.namaBerkas });
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      baris.getByRole('button', { name: 'Cetak' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe(dok.namaBerkas);
    await e.page.getByText(`${dok.namaBerkas} diunduh: bukalah, lalu tekan Ctrl+P untuk mencetak`).waitFor();
  });

  it('sets the size limit of all backups without touching the count per kind', async () => {
    await siapkan();
    await e.buka('cadangan');
    await e.page.getByLabel('Batas ukuran semua cadangan (GB)').fill('5');
    await e.page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await e.page.getByText('Pengaturan cadangan disimpan').waitFor();
    await e.page.getByText(/dari batas 5 GB/).waitFor();
    expect(await e.backend.call('cadangan.daftar', {})).toMatchObject({ retensi: 30, batasGb: 5 });
  });
});
