import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barisTabel, bacaDocx, harusBerurutan } from '../helpers/docx';
import { startE2e, type E2e } from './harness';

describe('Rapat in Chromium', () => {
  let e: E2e;
  beforeAll(async () => {
    // The operator dialog would cover the page otherwise.
    e = await startE2e({ contoh: true, operator: 'Operator Uji' });
  });
  afterAll(() => e.close());

  it('lists the sample meetings', async () => {
    await e.buka('rapat');
    await e.page.getByRole('heading', { name: 'Rapat Koordinasi' }).waitFor();
    await expect.poll(() => e.page.locator('.ag-row').count()).toBe(3);
    await e.page
      .getByText(/Pra Rapat Koordinasi dan Evaluasi Triwulan/)
      .first()
      .waitFor();
  });

  it('creates a meeting for the economy cluster, numbers it, and downloads a valid invitation', async () => {
    await e.buka('rapat');
    await e.page.getByRole('button', { name: 'Rapat baru' }).click();
    await e.page.getByRole('button', { name: 'Usulkan judul & hal' }).click();
    await e.page.getByLabel('Tempat', { exact: true }).fill('Aula Kantor Bupati Contoh');
    await e.page.getByLabel('Tanggal rapat').fill('10/12/2026');
    await e.page
      .getByLabel('Penandatangan undangan')
      .selectOption({ label: 'Drs. H. Muhammad Yusuf Tamrin, M.Si. (Sekretaris Daerah)' });
    await e.page
      .getByLabel('Pimpinan rapat')
      .selectOption({ label: 'Ir. La Ode Budiman, M.Si. (Asisten Perekonomian dan Pembangunan)' });
    await e.page.getByRole('button', { name: 'Tambah acara' }).click();
    await e.page.getByLabel('Acara 1', { exact: true }).fill('Paparan realisasi & kendala "bidang ekonomi"');

    await e.page.getByRole('tab', { name: 'Peserta & kehadiran' }).click();
    await e.page.getByRole('button', { name: 'OPD bidang Ekonomi' }).click();
    await expect.poll(() => e.page.getByTestId('ringkas-peserta').textContent()).toMatch(/^8 peserta/);
    await e.page.getByRole('button', { name: 'Simpan rapat' }).click();
    await e.page.getByText('Rapat disimpan').waitFor();

    await e.page.getByRole('tab', { name: 'Rincian & acara' }).click();
    await e.page.getByRole('button', { name: 'Ambil nomor dari buku agenda' }).click();
    await expect.poll(() => e.page.getByTestId('nomor-surat').textContent()).toMatch(/^000\.1\.5\/\d+\/Ekbang\/\d{4}$/);
    const nomor = (await e.page.getByTestId('nomor-surat').textContent())!;

    await e.page.getByRole('tab', { name: 'Dokumen' }).click();
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: 'Buat Surat Undangan' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toMatch(/^Surat Undangan Rapat Koordinasi Triwulan .* 2026-12-10\.docx$/);
    const { teks, xml } = await bacaDocx(readFileSync((await unduhan.path())!));
    harusBerurutan(teks, [
      'PEMERINTAH KABUPATEN CONTOH',
      nomor,
      'Hal',
      'Undangan Rapat Koordinasi',
      'Yth.\tKepala Perangkat Daerah\n(daftar terlampir)',
      'Kamis, 10 Desember 2026',
      '09.00 WITA s.d. selesai',
      'Aula Kantor Bupati Contoh',
      'Paparan realisasi & kendala "bidang ekonomi"',
      'SEKRETARIS DAERAH,',
      'NIP. ',
      'LAMPIRAN SURAT UNDANGAN',
    ]);
    const baris = barisTabel(xml);
    expect(
      baris.slice(baris.findIndex((r) => r[0] === 'No.') + 1).filter((r) => /^\d+\.$/.test(r[0] ?? '')),
    ).toHaveLength(8);
    await e.page.getByRole('table', { name: 'Arsip dokumen' }).getByText('Surat Undangan', { exact: true }).waitFor();
  });

  it('refuses an empty place with a message naming the field and keeps the saved meeting', async () => {
    const semula = 'Aula Kantor Bupati Contoh';
    const id = (await e.backend.call('rapat.daftar', {})).find((r) => r.tempat === semula)!.id;
    await e.buka('rapat');
    await e.page.reload();
    await e.page.locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="judul"]`).dblclick();
    const tempat = e.page.getByLabel('Tempat', { exact: true });
    expect(await tempat.inputValue()).toBe(semula);
    await tempat.fill('');
    await e.page.getByRole('button', { name: 'Simpan rapat' }).click();
    await e.page.getByRole('alert').filter({ hasText: 'Tempat wajib diisi' }).waitFor();
    await e.page.locator('.isian.salah').filter({ hasText: 'Tempat wajib diisi' }).waitFor();
    expect((await e.backend.call('rapat.ambil', { id })).tempat).toBe(semula);
  });

  it('shows the open follow-ups by OPD with the overdue ones marked', async () => {
    await e.buka('tindak-lanjut');
    await expect
      .poll(async () => Number(await e.page.getByTestId('jumlah-terlambat').textContent()))
      .toBeGreaterThan(0);
    await e.page.locator('.rapat-label-terlambat').first().waitFor();
  });

  it('copies a meeting to the next quarter through a date dialog, and notes a reviewed follow-up', async () => {
    await e.buka('rapat');
    const baris = e.page.locator('.ag-row').filter({ hasText: 'Pra Rapat Koordinasi' });
    await baris.getByRole('button', { name: 'Salin ke TW berikut' }).click();
    const tanggal = e.page.getByRole('dialog', { name: /Tanggal rapat salinan/ });
    await tanggal.getByRole('textbox').or(tanggal.locator('input')).first().fill('12/01/2027');
    await tanggal.getByRole('button', { name: 'Simpan' }).click();
    await e.page.getByText(/^Disalin: /).waitFor();
    const salinan = (await e.backend.call('rapat.daftar', {})).find((r) => r.tanggal === '2027-01-12')!;
    expect(salinan).toBeDefined();

    await e.page.getByRole('tab', { name: 'Tindak lanjut & kendala' }).click();
    await e.page.getByRole('button', { name: 'Catatan…' }).first().click();
    const catatan = e.page.getByRole('dialog', { name: /Catatan pembahasan/ });
    await catatan.locator('input').fill('Sudah 60%, sisa menunggu DPA Perubahan');
    await catatan.getByRole('button', { name: 'Simpan' }).click();
    await e.page.getByText('Catatan pembahasan disimpan').waitFor();
    const tl = await e.backend.call('rapat.tindakLanjut', { rapatId: salinan.id });
    const semua = [...tl.ditinjau, ...tl.kendalaDitinjau].flatMap((b) =>
      b.ditinjau.filter((t) => t.rapatId === salinan.id),
    );
    expect(semua.map((t) => t.catatan)).toContain('Sudah 60%, sisa menunggu DPA Perubahan');
  });

  it('records a follow-up in the meeting: the fields refused are marked, a save empties the form', async () => {
    // The copy made above is still open on its "Tindak lanjut & kendala" tab.
    const salinan = (await e.backend.call('rapat.daftar', {})).find((r) => r.tanggal === '2027-01-12')!;
    const form = e.page.getByRole('form', { name: 'Tambah tindak lanjut' });
    const uraian = form.locator('textarea');
    await uraian.fill('Dinas Pertanian menyerahkan jadwal tanam');
    await form.getByRole('button', { name: 'Catat tindak lanjut' }).click();
    await form
      .locator('.isian.salah')
      .filter({ hasText: 'OPD penanggung jawab wajib dipilih (paling sedikit satu)' })
      .waitFor();
    expect(await uraian.inputValue()).toBe('Dinas Pertanian menyerahkan jadwal tanam');
    expect((await e.backend.call('rapat.tindakLanjut', { rapatId: salinan.id })).diputuskan).toEqual([]);

    await form.locator('select[multiple] option').first().click();
    await form.getByRole('button', { name: 'Catat tindak lanjut' }).click();
    await e.page.getByText('Tindak lanjut dicatat').waitFor();
    expect(await uraian.inputValue()).toBe('');
    expect(await form.locator('.isian.salah').count()).toBe(0);
    const tl = await e.backend.call('rapat.tindakLanjut', { rapatId: salinan.id });
    expect(tl.diputuskan.map((t) => [t.uraian, t.opd.length])).toEqual([
      ['Dinas Pertanian menyerahkan jadwal tanam', 1],
    ]);
  });
});
