import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAHUN } from '../helpers/renja';
import { buatContohRenstra, isiRealisasiContoh } from '../helpers/renstra';
import { startE2e, type E2e } from './harness';
import { isiPengaturan } from '../helpers/backend';

describe('Renstra & RPJMD in Chromium', () => {
  let e: E2e;
  let ids: Awaited<ReturnType<typeof buatContohRenstra>>;
  beforeAll(async () => {
    e = await startE2e();
    ids = await buatContohRenstra(e.backend);
    await isiRealisasiContoh(e.backend, ids);
    await isiPengaturan(e.backend, { tahunAnggaran: TAHUN });
  });
  afterAll(() => e.close());

  const tab = (nama: string) => e.page.getByRole('tab', { name: nama }).click();

  it('links a program with one click and the tree shows the capaian of the visi', async () => {
    await e.buka('renstra');
    await e.page.getByTestId('capaian-visi').filter({ hasText: '-' }).waitFor();

    await tab('Tautan Renja–Renstra');
    const baris = e.page.getByTestId(`tautan-${ids.program.id}`);
    await baris.getByRole('button', { name: /Tautkan ke 3\.27\.02/ }).click();
    await e.page.getByText('3.27.02 ditautkan').waitFor();
    // The message comes with the save; the count follows when the list is read again.
    await e.page.getByTestId('jumlah-belum-tertaut').filter({ hasText: /^0$/ }).waitFor();

    await tab('Pohon Kinerja');
    await e.page.getByTestId('capaian-visi').filter({ hasText: '80,00%' }).waitFor();
    const sasaran = e.page.locator(`.ag-row[row-id="sa:${ids.sasaran.id}"]`);
    expect(await sasaran.locator('.ag-cell[col-id="capaian"]').textContent()).toBe('80,00%');
    expect(await sasaran.locator('.ag-cell[col-id="kategori"]').textContent()).toBe('Tinggi');
    // Folded below the Renstra program until opened.
    await e.page.locator(`.ag-row[row-id="rp:${ids.renstraProgram.id}"]`).waitFor();
    expect(await e.page.locator(`.ag-row[row-id="p:${ids.program.id}"]`).count()).toBe(0);
    await e.page.getByRole('button', { name: 'Buka semua' }).click();
    await e.page
      .locator(`.ag-row[row-id="s:${ids.a.id}"] .ag-cell[col-id="capaian"]`)
      .filter({ hasText: '70,00%' })
      .waitFor();
  });

  it('lists Konsistensi findings and downloads the DOCX', async () => {
    await e.backend.call('renstra.lepasTautan', { programId: ids.program.id });
    await e.buka('renstra');
    await tab('Konsistensi');
    await e.page.getByTestId('jumlah-temuan').filter({ hasText: '2' }).waitFor();
    const aturan = e.page.getByTestId('aturan-renja-tanpa-renstra');
    expect(await aturan.locator('td').allTextContents()).toEqual([
      'Dinas Pertanian',
      '3.27.02',
      'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN (pagu Rp500.000.000) belum ditautkan ke program Renstra',
    ]);
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: 'Unduh (.docx)' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe(`Konsistensi Renstra-Renja ${TAHUN}.docx`);
  });

  it('adds a misi in the RPJMD form and refuses a duplicate number with the field named', async () => {
    await e.buka('renstra');
    await tab('RPJMD');
    await e.page.getByRole('heading', { name: 'Misi 2: Tata kelola' }).waitFor();
    await e.page.getByLabel('Misi baru').fill('Lingkungan hidup lestari');
    await e.page.getByRole('button', { name: 'Tambah misi' }).click();
    await e.page.getByRole('heading', { name: 'Misi 3: Lingkungan hidup lestari' }).waitFor();
    await e.page.getByLabel('Tahun awal periode').fill('2027');
    await e.page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await e.page
      .locator('.isian.salah')
      .filter({ hasText: 'Sudah ada target tahun 2025 yang akan berada di luar periode baru' })
      .waitFor();
    const r = await e.backend.call('rpjmd.rincian', { id: ids.rpjmd.id });
    expect(r.tahunAwal).toBe(2025);
    expect(r.misi.map((m) => m.uraian)).toEqual(['Ekonomi kerakyatan', 'Tata kelola', 'Lingkungan hidup lestari']);

    // A save that goes through clears the field's message and says so.
    await e.page.getByLabel('Tahun awal periode').fill('2025');
    await e.page.getByLabel('Nama wakil bupati').fill('Drs. La Ode Wakil');
    await e.page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await e.page.getByText('RPJMD disimpan').waitFor();
    expect(await e.page.locator('.isian.salah').count()).toBe(0);
    const disimpan = await e.backend.call('rpjmd.rincian', { id: ids.rpjmd.id });
    expect([disimpan.tahunAwal, disimpan.namaWakil, disimpan.namaBupati]).toEqual([
      2025,
      'Drs. La Ode Wakil',
      r.namaBupati,
    ]);
  });

  it('adds an RPJMD indicator and a Renstra program through their one-line forms, each saved as typed', async () => {
    await e.buka('renstra');
    await tab('RPJMD');
    await e.page.getByRole('heading', { name: /^Sasaran 1\.1\.1:/ }).waitFor();
    await e.page.getByLabel('Indikator baru').first().fill('Indeks kepuasan pelaku usaha');
    await e.page.getByLabel('Satuan', { exact: true }).first().fill('indeks');
    await e.page.getByLabel('Baseline', { exact: true }).first().fill('72,5');
    await e.page.getByRole('button', { name: 'Tambah indikator' }).first().click();
    await e.page.getByText('Indikator sasaran disimpan').waitFor();
    const r = await e.backend.call('rpjmd.rincian', { id: ids.rpjmd.id });
    const baru = r.misi[0]!.tujuan[0]!.sasaran[0]!.indikator.find((i) => i.uraian === 'Indeks kepuasan pelaku usaha');
    expect([baru?.satuan, baru?.baseline, baru?.arah]).toEqual(['indeks', 72.5, 'positif']);

    await tab('Renstra OPD');
    await e.page.getByLabel('OPD', { exact: true }).selectOption(String(ids.opd.id));
    await e.page.getByLabel('Kode program baru').fill('3.27.03');
    await e.page.getByLabel('Nama program baru').fill('PROGRAM PENGEMBANGAN EKSPOR');
    await e.page.getByRole('button', { name: 'Tambah program Renstra' }).click();
    await e.page.getByText('Program 3.27.03 disimpan').waitFor();
    // A save empties the form for the next program.
    expect(await e.page.getByLabel('Kode program baru').inputValue()).toBe('');
    const renstra = await e.backend.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    const program = renstra.program.find((p) => p.kode === '3.27.03');
    expect([program?.nama, program?.sasaranRpjmdId]).toEqual(['PROGRAM PENGEMBANGAN EKSPOR', null]);
  });
});
