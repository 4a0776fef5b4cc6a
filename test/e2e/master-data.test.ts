import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2e } from './harness';

/** The cell of a column in the (single, filtered) row shown. */
const sel = (e: E2e, kolom: string) => e.page.locator(`.ag-row .ag-cell[col-id="${kolom}"]`).first();

const PERKEBUNAN = {
  kode: '3.27.0.00.0.00.02.0000',
  nama: 'Dinas Perkebunan dan Hortikultura',
  klaster: 'ekonomi',
  kepalaNama: 'Ir. Hasanuddin, M.P.',
  kepalaNip: '197001011995031001',
} as const;

/** Each test sets up what it starts from, so any one of them runs alone (vitest -t) as well as after the others. */
async function siapkan(e: E2e, { opd }: { opd: boolean }): Promise<void> {
  const status = await e.backend.call('sistem.status', {});
  if (status.perluMemilihAwal) await e.backend.call('sistem.mulaiKosong', {});
  if (!status.operator) await e.backend.call('sistem.aturOperator', { nama: 'Rina Marlina' });
  const daftar = await e.backend.call('opd.daftar', {});
  if (opd && !daftar.some((o) => o.nama === PERKEBUNAN.nama)) await e.backend.call('opd.simpan', PERKEBUNAN);
}

describe('first start and Data Master OPD in Chromium', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e();
  });
  afterAll(() => e.close());

  it('offers the first-start choice and loads the sample data', async () => {
    await e.buka('beranda');
    await e.page.getByRole('button', { name: /Muat data contoh/ }).click();
    // Loading the sample and drawing Beranda can take more than the poll's default second on a busy machine.
    await expect.poll(() => e.page.getByTestId('jumlah-opd').textContent(), { timeout: 10_000 }).toBe('36');
  });

  it('asks who is working before anything is edited, and remembers the name', async () => {
    await e.buka('opd');
    const dialog = e.page.getByRole('dialog', { name: 'Siapa yang bekerja hari ini?' });
    await dialog.getByLabel('Nama operator').fill('Rina Marlina');
    await dialog.getByRole('button', { name: 'Mulai' }).click();
    await e.page.getByTestId('operator').filter({ hasText: 'Rina Marlina' }).waitFor();
    expect((await e.backend.call('sistem.status', {})).operatorTerakhir).toEqual(['Rina Marlina']);
  });

  it('adds an OPD with the form, and it is still there after a reload', async () => {
    await siapkan(e, { opd: false });
    await e.buka('opd');
    await e.page.getByRole('button', { name: 'Tambah OPD' }).click();
    const form = e.page.getByRole('form', { name: 'Tambah OPD' });
    await form.getByLabel('Kode').fill('3.27.0.00.0.00.02.0000');
    await form.getByLabel('Nama OPD').fill('Dinas Perkebunan dan Hortikultura');
    await form.getByLabel('Kelompok').selectOption('ekonomi');
    await form.getByLabel('Nama kepala').fill('Ir. Hasanuddin, M.P.');
    await form.getByLabel('NIP kepala').fill('19700101 199503 1 001');
    await form.getByRole('button', { name: 'Simpan OPD' }).click();
    await e.page.getByText('Dinas Perkebunan dan Hortikultura ditambahkan').waitFor();

    await e.page.reload();
    await e.page.getByLabel('Cari OPD').fill('Perkebunan');
    const baris = e.page.locator('.ag-row');
    await expect.poll(() => baris.count()).toBe(1);
    await sel(e, 'nama').filter({ hasText: 'Dinas Perkebunan dan Hortikultura' }).waitFor();
    await sel(e, 'kepalaNip').filter({ hasText: '19700101 199503 1 001' }).waitFor();
  });

  it('edits a cell in the grid and the change survives a reload', async () => {
    await siapkan(e, { opd: true });
    await e.buka('opd');
    await e.page.getByLabel('Cari OPD').fill('Perkebunan');
    const singkatan = sel(e, 'singkatan');
    await singkatan.dblclick();
    await e.page.keyboard.press('ControlOrMeta+a');
    await e.page.keyboard.type('Disbunhorti');
    await e.page.keyboard.press('Enter');
    await singkatan.filter({ hasText: 'Disbunhorti' }).waitFor();

    await e.page.reload();
    await e.page.getByLabel('Cari OPD').fill('Perkebunan');
    await sel(e, 'singkatan').filter({ hasText: 'Disbunhorti' }).waitFor();
  });

  it('refuses a bad NIP typed in the grid with a message naming the field, and saves nothing', async () => {
    await siapkan(e, { opd: true });
    await e.buka('opd');
    await e.page.getByLabel('Cari OPD').fill('Perkebunan');
    const nip = sel(e, 'kepalaNip');
    await nip.dblclick();
    await e.page.keyboard.press('ControlOrMeta+a');
    await e.page.keyboard.type('1970010119950');
    await e.page.keyboard.press('Enter');
    await e.page.getByRole('alert').filter({ hasText: 'NIP kepala: NIP harus terdiri atas 18 digit angka' }).waitFor();
    expect(await nip.textContent()).toBe('19700101 199503 1 001');

    const tersimpan = (await e.backend.call('opd.daftar', {})).find((o) => o.nama.includes('Perkebunan'));
    expect(tersimpan?.kepalaNip).toBe('197001011995031001');

    // The message belongs to this page: another page does not show it, and coming back does.
    await e.page.locator('nav.sidebar').getByRole('link', { name: 'Penandatangan' }).click();
    await e.page.getByRole('heading', { name: 'Penandatangan' }).waitFor();
    expect(await e.page.getByRole('alert').filter({ hasText: 'NIP kepala' }).count()).toBe(0);
  });

  it('exports the grid as shown to .xlsx, numbers and NIPs as Indonesian readers expect', async () => {
    await siapkan(e, { opd: true });
    await e.buka('opd');
    await e.page.getByLabel('Cari OPD').fill('Perkebunan');
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: 'Ekspor tabel (.xlsx)' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe('Data Master OPD.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile((await unduhan.path())!)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('Data Master OPD');
    const judul = ws.getRow(4).values as unknown[];
    expect(judul).toContain('Nama OPD');
    const nama = judul.indexOf('Nama OPD');
    const nip = judul.indexOf('NIP Kepala');
    expect(ws.getRow(5).getCell(nama).value).toBe('Dinas Perkebunan dan Hortikultura');
    expect(ws.getRow(5).getCell(nip).value).toBe('19700101 199503 1 001');
    expect(ws.rowCount).toBe(5);
  });
});
