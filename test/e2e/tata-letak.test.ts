// The layout budget of a 1366x768 office laptop: Realisasi shows its entry columns and 20 rows without scrolling.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2e } from './harness';

const LEBAR = 1366;
const TINGGI = 768;

describe('Realisasi at 1366x768', () => {
  let e: E2e;
  let opdId: number;
  let tahun: number;
  beforeAll(async () => {
    e = await startE2e();
    await e.page.setViewportSize({ width: LEBAR, height: TINGGI });
    await e.backend.call('sistem.muatDataContoh', {});
    await e.backend.call('sistem.aturOperator', { nama: 'Rina' });
    opdId = (await e.backend.call('opd.daftar', {}))[0]!.id;
    tahun = (await e.backend.call('pengaturan.ambil', {})).tahunAnggaran;
  });
  afterAll(() => e.close());

  const kepala = (kolom: string) => e.page.locator(`.ag-header-cell[col-id="${kolom}"]`);
  async function dalamLayar(l: Locator): Promise<boolean> {
    const kotak = await l.boundingBox();
    return kotak !== null && kotak.x >= 0 && kotak.x + kotak.width <= LEBAR && kotak.y + kotak.height <= TINGGI;
  }

  it('Beranda: every column of the OPD ranking, Status to Terisi, within the width of the screen', async () => {
    await e.buka('beranda');
    await kepala('terisi').waitFor({ state: 'attached' });
    // Scroll the page down to the grid, never the grid sideways.
    await e.page.evaluate(() => document.querySelector('.ag-root-wrapper')!.scrollIntoView({ block: 'start' }));
    const tepi = await e.page.locator('.ag-root-wrapper').first().boundingBox();
    expect(tepi).not.toBeNull();
    for (const kolom of ['nama', 'klaster', 'pagu', 'deviasiFisik', 'status', 'realisasiKeuangan', 'terisi']) {
      const kotak = await kepala(kolom).boundingBox();
      expect(kotak !== null && kotak.x >= 0 && kotak.x + kotak.width <= tepi!.x + tepi!.width, kolom).toBe(true);
    }
  });

  it('Rapat: every meeting row shows its actions in the viewport', async () => {
    await e.buka('rapat');
    const salin = e.page.getByRole('button', { name: 'Salin ke TW berikut' });
    await salin.first().waitFor();
    expect(await salin.count()).toBeGreaterThan(1);
    for (const tombol of await salin.all()) expect(await dalamLayar(tombol)).toBe(true);
  });

  it('shows the entry columns in the viewport and at least 20 whole data rows', async () => {
    // Triwulan II is not verified in the sample, so it is the sheet an operator types into.
    await e.buka(`realisasi?opd=${opdId}&tahun=${tahun}&bulan=6`);
    await kepala('realisasiFisik').waitFor();
    for (const kolom of ['realisasiFisik', 'realisasiKeuangan', 'realisasiKinerja'])
      expect(await dalamLayar(kepala(kolom)), kolom).toBe(true);
    // Whole data rows a user sees: the top and bottom edge of the row are the row itself on screen (not covered by
    // the totals row, not below the window).
    const baris = await e.page.evaluate(() => {
      const terlihat = new Set<string>();
      for (const r of document.querySelectorAll('.ag-row:not(.baris-total)')) {
        const k = r.getBoundingClientRect();
        const x = Math.min(k.left + 20, window.innerWidth - 1);
        const atas = document.elementFromPoint(x, k.top + 2);
        const bawah = document.elementFromPoint(x, k.bottom - 2);
        if (atas && bawah && r.contains(atas) && r.contains(bawah)) terlihat.add(r.getAttribute('row-id') ?? '');
      }
      return terlihat.size;
    });
    expect(baris).toBeGreaterThanOrEqual(20);
  });

  it('hides a column group on request, brings the note columns into view and remembers the choice', async () => {
    await e.buka(`realisasi?opd=${opdId}&tahun=${tahun}&bulan=6`);
    const target = e.page.getByRole('group', { name: 'Kolom yang ditampilkan' }).getByLabel('Target');
    await target.uncheck();
    await kepala('targetFisik').waitFor({ state: 'detached' });
    for (const kolom of ['realisasiFisik', 'realisasiKeuangan', 'realisasiKinerja', 'permasalahan', 'tindakLanjut'])
      expect(await dalamLayar(kepala(kolom)), kolom).toBe(true);

    await e.page.reload();
    await kepala('realisasiFisik').waitFor();
    expect(await target.isChecked()).toBe(false);
    expect(await kepala('targetFisik').count()).toBe(0);
    await target.check();
    await kepala('targetFisik').waitFor();
  });

  it('collapses the sidebar to icons and back, and keeps the choice', async () => {
    await e.buka(`realisasi?opd=${opdId}&tahun=${tahun}&bulan=6`);
    const sidebar = e.page.locator('nav.sidebar');
    const lebar = async () => (await sidebar.boundingBox())!.width;
    // Narrow by default on a 1366-wide screen.
    expect(await lebar()).toBeLessThan(80);
    await e.page.getByRole('button', { name: 'Lebarkan menu' }).click();
    expect(await lebar()).toBeGreaterThan(180);
    await e.page.reload();
    await sidebar.waitFor();
    expect(await lebar()).toBeGreaterThan(180);
    await e.page.getByRole('link', { name: 'Realisasi', exact: true }).waitFor();
    await e.page.getByRole('button', { name: 'Ciutkan menu' }).click();
    expect(await lebar()).toBeLessThan(80);
    // The help text waits behind its button.
    await e.page.getByRole('button', { name: 'Bantuan' }).click();
    await e.page.getByRole('note').filter({ hasText: 'Ctrl+D mengisi ke bawah' }).waitFor();
  });

  it('Perencanaan: pagu and the quarterly fisik targets in view; hiding groups brings the anggaran kas in view', async () => {
    await e.buka(`perencanaan?opd=${opdId}&tahun=${tahun}`);
    await kepala('pagu').waitFor();
    for (const kolom of ['nama', 'indikator', 'satuan', 'targetIndikator', 'pagu', 'targetFisik0', 'targetFisik3'])
      expect(await dalamLayar(kepala(kolom)), kolom).toBe(true);
    const grup = e.page.getByRole('group', { name: 'Kolom yang ditampilkan' });
    await grup.getByLabel('Kinerja').uncheck();
    await grup.getByLabel('Fisik').uncheck();
    await kepala('targetFisik0').waitFor({ state: 'detached' });
    for (const kolom of ['pagu', 'targetKeuangan0', 'targetKeuangan3'])
      expect(await dalamLayar(kepala(kolom)), kolom).toBe(true);
    await grup.getByLabel('Kinerja').check();
    await grup.getByLabel('Fisik').check();
  });

  it('Perencanaan: a pagu typed the Indonesian way is stored whole, and the first key after Tab is kept', async () => {
    const renja = await e.backend.call('renja.daftar', { opdId, tahun });
    const sub = renja.baris.find((b) => b.tingkat === 'subKegiatan')!;
    const sel = (kolom: string) =>
      e.page.locator(`.ag-row[row-id="subKegiatan:${sub.id}"] .ag-cell[col-id="${kolom}"]`).first();
    await e.buka(`perencanaan?opd=${opdId}&tahun=${tahun}`);
    await sel('targetIndikator').click();
    // Tab to Pagu and type at once, as a fast typist does.
    await e.page.keyboard.press('Tab');
    await e.page.keyboard.type('260.000.000,5');
    await e.page.keyboard.press('Enter');
    await sel('pagu').filter({ hasText: '260.000.000,50' }).waitFor();
    const baru = (await e.backend.call('renja.daftar', { opdId, tahun })).baris.find(
      (b) => b.tingkat === 'subKegiatan' && b.id === sub.id,
    )!;
    expect(baru.pagu).toBe(260_000_000.5);
  });
});
