import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { startE2e, tempel, type E2e } from './harness';

describe('Realisasi grid in Chromium', () => {
  let e: E2e;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    e = await startE2e();
    ids = await buatContohDomain(e.backend);
  });
  afterAll(() => e.close());

  const sel = (subId: number, kolom: string) =>
    e.page.locator(`.ag-row[row-id="s:${subId}"] .ag-cell[col-id="${kolom}"]`).first();
  const teks = (testId: string) => e.page.getByTestId(testId).textContent();

  /**
   * June's fisik and keuangan of A and B, written through the API, then a fresh page: each test starts from the sheet
   * it needs, whichever test ran before it.
   */
  async function aturJuni(a: [number | null, number | null], b: [number | null, number | null]) {
    const lembar = await e.backend.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    const revisi = (id: number) => lembar.baris.find((r) => r.subKegiatanId === id)!.revisi;
    const baris = (id: number, [realisasiFisik, realisasiKeuangan]: [number | null, number | null]) => ({
      subKegiatanId: id,
      revisi: revisi(id),
      realisasiFisik,
      realisasiKeuangan,
    });
    await e.backend.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [baris(ids.a.id, a), baris(ids.b.id, b)],
    });
    await e.page.goto('about:blank');
  }
  /** What the first test pastes. */
  const isiJuni = () => aturJuni([35, 120_000_000], [45, 50_000_000]);

  it('pastes a block from Excel, shows the deviation, and the dashboard follows', async () => {
    await aturJuni([null, null], [null, null]);
    await e.buka(`realisasi?opd=${ids.opd.id}&tahun=${TAHUN}&bulan=6`);
    await sel(ids.a.id, 'realisasiFisik').click();
    await tempel(e, '35\t120.000.000\r\n45\tRp 50.000.000\r\n');
    await sel(ids.a.id, 'deviasiFisik').filter({ hasText: '-15,00' }).waitFor();
    expect(await sel(ids.b.id, 'deviasiFisik').textContent()).toBe('+5,00');
    expect(await sel(ids.a.id, 'deviasiFisik').getAttribute('class')).toContain('status-merah');
    expect(await teks('total-fisik')).toBe('37,00%');
    expect(await teks('total-deviasi')).toBe('-11,00');
    expect(await teks('total-penyerapan')).toBe('34,00%');

    await e.buka(`beranda?tahun=${TAHUN}&bulan=6`);
    await e.page.getByTestId('kab-fisik').filter({ hasText: '37,00%' }).waitFor();
    expect(await teks('kab-deviasi')).toBe('-11,00');
    expect(await teks('kab-pagu')).toBe('Rp500.000.000');
    expect(await teks('jumlah-merah')).toBe('1');
  });

  it('refuses a pasted block with an unreadable cell, marks the cell and saves nothing', async () => {
    await isiJuni();
    await e.buka(`realisasi?opd=${ids.opd.id}&tahun=${TAHUN}&bulan=6`);
    await sel(ids.a.id, 'realisasiFisik').click();
    await tempel(e, '40\n1.234\n');
    await e.page.getByRole('alert').filter({ hasText: 'Tempelan tidak disimpan: 1 sel tidak terbaca' }).waitFor();
    expect(await sel(ids.b.id, 'realisasiFisik').getAttribute('class')).toContain('sel-salah');
    expect(await sel(ids.a.id, 'realisasiFisik').textContent()).toBe('35,00%');
    const lembar = await e.backend.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(lembar.baris.map((b) => b.realisasiFisik)).toEqual([35, 45]);
  });

  it('types a value with Indonesian decimals, and Ctrl+Z undoes it as one step', async () => {
    await isiJuni();
    await e.buka(`realisasi?opd=${ids.opd.id}&tahun=${TAHUN}&bulan=6`);
    await sel(ids.a.id, 'realisasiFisik').click();
    await e.page.keyboard.type('40,5');
    await e.page.keyboard.press('Enter');
    await sel(ids.a.id, 'realisasiFisik').filter({ hasText: '40,50%' }).waitFor();
    expect(
      (await e.backend.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 })).baris[0]!
        .realisasiFisik,
    ).toBe(40.5);

    await e.page.keyboard.press('Control+z');
    await sel(ids.a.id, 'realisasiFisik').filter({ hasText: '35,00%' }).waitFor();
    expect(
      (await e.backend.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 })).baris[0]!
        .realisasiFisik,
    ).toBe(35);
  });

  it('refuses money above the pagu typed in a cell, with the reason on the cell', async () => {
    await isiJuni();
    await e.buka(`realisasi?opd=${ids.opd.id}&tahun=${TAHUN}&bulan=6`);
    await sel(ids.b.id, 'realisasiKeuangan').click();
    await e.page.keyboard.type('150.000.000');
    await e.page.keyboard.press('Enter');
    await e.page.getByRole('alert').filter({ hasText: 'melebihi pagu Rp100.000.000,00' }).waitFor();
    expect(await sel(ids.b.id, 'realisasiKeuangan').getAttribute('class')).toContain('sel-salah');
    expect(await sel(ids.b.id, 'realisasiKeuangan').textContent()).toBe('50.000.000');
  });
});
