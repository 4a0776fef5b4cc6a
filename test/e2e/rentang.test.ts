// Spreadsheet hands in the Realisasi grid: a range by Shift+click, Shift+arrows or dragging; copy, Delete, Ctrl+D,
// Ctrl+Z and Ctrl+Y, each a whole operation saved in one transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buatContohDomain, OPD_CONTOH, TAHUN } from '../helpers/renja';
import { startE2e, type E2e } from './harness';

describe('range selection in the Realisasi grid', () => {
  let e: E2e;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    e = await startE2e();
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    ids = await buatContohDomain(e.backend);
    await e.backend.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [
        { subKegiatanId: ids.a.id, realisasiFisik: 35.5, realisasiKeuangan: 120_000_000.5, permasalahan: 'Hujan' },
        { subKegiatanId: ids.b.id, realisasiFisik: 45, realisasiKeuangan: 50_000_000, tindakLanjut: 'Percepat' },
      ],
    });
  });
  afterAll(() => e.close());

  const sel = (subId: number, kolom: string) =>
    e.page.locator(`.ag-row[row-id="s:${subId}"] .ag-cell[col-id="${kolom}"]`).first();
  const lembar = async () =>
    (await e.backend.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 })).baris;
  const fisik = async () => (await lembar()).map((b) => b.realisasiFisik);
  const papanKlip = () => e.page.evaluate(() => navigator.clipboard.readText());
  const buka = async () => {
    await e.buka(`realisasi?opd=${ids.opd.id}&tahun=${TAHUN}&bulan=6`);
    await sel(ids.a.id, 'realisasiFisik').filter({ hasText: '35,50%' }).waitFor();
  };

  it('copies a Shift+click range as tab-separated text with Indonesian numbers', async () => {
    await buka();
    // Money shows exactly what is stored: half a Rupiah is not rounded up to a whole one.
    expect(await sel(ids.a.id, 'realisasiKeuangan').textContent()).toBe('120.000.000,50');
    expect(await sel(ids.b.id, 'realisasiKeuangan').textContent()).toBe('50.000.000');
    await sel(ids.a.id, 'realisasiFisik').click();
    await sel(ids.b.id, 'realisasiKeuangan').click({ modifiers: ['Shift'] });
    expect(await sel(ids.b.id, 'realisasiFisik').getAttribute('class')).toContain('sel-rentang');
    expect(await sel(ids.b.id, 'realisasiKinerja').getAttribute('class')).not.toContain('sel-rentang');
    await e.page.keyboard.press('Control+c');
    await expect.poll(papanKlip).toBe('35,5\t120.000.000,5\r\n45\t50.000.000\r\n');
  });

  it('extends the range with Shift+arrows and copies text cells as shown', async () => {
    await sel(ids.a.id, 'permasalahan').click();
    await e.page.keyboard.press('Shift+ArrowDown');
    await e.page.keyboard.press('Shift+ArrowRight');
    await e.page.keyboard.press('Control+c');
    await expect.poll(papanKlip).toBe('Hujan\t\r\n\tPercepat\r\n');
  });

  /** Drags the mouse from one cell to another, as a user selects a block. */
  async function seret(dari: ReturnType<typeof sel>, ke: ReturnType<typeof sel>) {
    const a = (await dari.boundingBox())!;
    const b = (await ke.boundingBox())!;
    await e.page.mouse.move(a.x + 10, a.y + 5);
    await e.page.mouse.down();
    await e.page.mouse.move(b.x + 10, b.y + 5, { steps: 5 });
    await e.page.mouse.up();
  }

  it('fills down a dragged range with Ctrl+D, undoes it with Ctrl+Z and redoes it with Ctrl+Y', async () => {
    await seret(sel(ids.a.id, 'realisasiFisik'), sel(ids.b.id, 'realisasiFisik'));
    expect(await sel(ids.b.id, 'realisasiFisik').getAttribute('class')).toContain('sel-rentang');
    await e.page.keyboard.press('Control+d');
    await sel(ids.b.id, 'realisasiFisik').filter({ hasText: '35,50%' }).waitFor();
    expect(await fisik()).toEqual([35.5, 35.5]);

    await e.page.keyboard.press('Control+z');
    await sel(ids.b.id, 'realisasiFisik').filter({ hasText: '45,00%' }).waitFor();
    expect(await fisik()).toEqual([35.5, 45]);
    await e.page.keyboard.press('Control+y');
    await sel(ids.b.id, 'realisasiFisik').filter({ hasText: '35,50%' }).waitFor();
    expect(await fisik()).toEqual([35.5, 35.5]);
    await e.page
      .getByTestId('status-simpan')
      .filter({ hasText: /^Tersimpan pukul \d\d\.\d\d$/ })
      .waitFor();
  });

  it('refuses a fill that puts more money than the pagu on a row, as one operation: nothing changes', async () => {
    await e.page.keyboard.press('Control+z');
    await sel(ids.b.id, 'realisasiFisik').filter({ hasText: '45,00%' }).waitFor();
    // B's pagu is Rp100.000.000: A's Rp120.000.000,5 can not go there, so neither can A's fisik of the same fill.
    await seret(sel(ids.a.id, 'realisasiFisik'), sel(ids.b.id, 'realisasiKeuangan'));
    await e.page.keyboard.press('Control+d');
    await e.page.getByRole('alert').filter({ hasText: 'pagu' }).first().waitFor();
    expect(await sel(ids.b.id, 'realisasiKeuangan').getAttribute('class')).toContain('sel-salah');
    expect((await lembar()).map((r) => [r.realisasiFisik, r.realisasiKeuangan])).toEqual([
      [35.5, 120_000_000.5],
      [45, 50_000_000],
    ]);
  });

  it('clears the editable cells of a range with Delete, and Ctrl+Z brings them back', async () => {
    await sel(ids.a.id, 'permasalahan').click();
    await sel(ids.b.id, 'tindakLanjut').click({ modifiers: ['Shift'] });
    await e.page.keyboard.press('Delete');
    await sel(ids.a.id, 'permasalahan').filter({ hasText: /^$/ }).waitFor();
    expect((await lembar()).map((r) => [r.permasalahan, r.tindakLanjut])).toEqual([
      ['', ''],
      ['', ''],
    ]);
    await e.page.keyboard.press('Control+z');
    await sel(ids.a.id, 'permasalahan').filter({ hasText: 'Hujan' }).waitFor();
    expect((await lembar()).map((r) => [r.permasalahan, r.tindakLanjut])).toEqual([
      ['Hujan', ''],
      ['', 'Percepat'],
    ]);
  });
});

describe('range operations in the Perencanaan grid', () => {
  let e: E2e;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    e = await startE2e();
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    ids = await buatContohDomain(e.backend);
  });
  afterAll(() => e.close());

  const sel = (subId: number, kolom: string) =>
    e.page.locator(`.ag-row[row-id="subKegiatan:${subId}"] .ag-cell[col-id="${kolom}"]`).first();
  const twII = async () =>
    (await e.backend.call('renja.daftar', { opdId: ids.opd.id, tahun: TAHUN })).baris
      .filter((b) => b.tingkat === 'subKegiatan')
      .map((b) => b.targetFisik[1]);

  it('fills a quarterly target down, undoes and redoes it, and copies the pagu column', async () => {
    await e.buka(`perencanaan?opd=${ids.opd.id}&tahun=${TAHUN}`);
    await sel(ids.b.id, 'targetFisik1').filter({ hasText: '40,00%' }).waitFor();
    await sel(ids.a.id, 'targetFisik1').click();
    await sel(ids.b.id, 'targetFisik1').click({ modifiers: ['Shift'] });
    await e.page.keyboard.press('Control+d');
    await sel(ids.b.id, 'targetFisik1').filter({ hasText: '50,00%' }).waitFor();
    expect(await twII()).toEqual([50, 50]);
    await e.page.keyboard.press('Control+z');
    await sel(ids.b.id, 'targetFisik1').filter({ hasText: '40,00%' }).waitFor();
    expect(await twII()).toEqual([50, 40]);
    await e.page.keyboard.press('Control+y');
    await sel(ids.b.id, 'targetFisik1').filter({ hasText: '50,00%' }).waitFor();
    expect(await twII()).toEqual([50, 50]);

    await sel(ids.a.id, 'pagu').click();
    await e.page.keyboard.press('Shift+ArrowDown');
    await e.page.keyboard.press('Control+c');
    await expect
      .poll(() => e.page.evaluate(() => navigator.clipboard.readText()))
      .toBe('400.000.000\r\n100.000.000\r\n');
  });
});

describe('range operations in Data Master OPD (rows saved whole)', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e();
    await e.page.setViewportSize({ width: 1366, height: 768 });
    await e.backend.call('sistem.mulaiKosong', {});
    await e.backend.call('sistem.aturOperator', { nama: 'Rina' });
  });
  afterAll(() => e.close());

  it('fills the address down two OPD, and one Ctrl+Z puts both rows back', async () => {
    const a = await e.backend.call('opd.simpan', { ...OPD_CONTOH, alamat: 'Jl. Poros No. 1' });
    const b = await e.backend.call('opd.simpan', {
      kode: '2.07.0.00.0.00.01.0000',
      nama: 'Dinas Perdagangan',
      klaster: 'ekonomi',
      kepalaNama: 'Dra. Sitti Aminah',
      kepalaNip: '197203152000032002',
      alamat: 'Jl. Pasar',
    });
    const sel = (id: number, kolom: string) =>
      e.page.locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="${kolom}"]`).first();
    const alamat = async () =>
      Object.fromEntries((await e.backend.call('opd.daftar', {})).map((o) => [o.nama, o.alamat]));
    // Sorted by code, Dinas Perdagangan (2.07) comes first: its address fills down onto Dinas Pertanian.
    await e.buka('opd');
    await sel(b.id, 'alamat').click();
    await sel(a.id, 'alamat').click({ modifiers: ['Shift'] });
    await e.page.keyboard.press('Control+d');
    await sel(a.id, 'alamat').filter({ hasText: 'Jl. Pasar' }).waitFor();
    expect(await alamat()).toEqual({ 'Dinas Perdagangan': 'Jl. Pasar', 'Dinas Pertanian': 'Jl. Pasar' });
    await e.page.getByTestId('status-simpan').filter({ hasText: 'Tersimpan pukul' }).waitFor();
    await e.page.keyboard.press('Control+z');
    await sel(a.id, 'alamat').filter({ hasText: 'Jl. Poros No. 1' }).waitFor();
    expect(await alamat()).toEqual({ 'Dinas Perdagangan': 'Jl. Pasar', 'Dinas Pertanian': 'Jl. Poros No. 1' });
  });
});
