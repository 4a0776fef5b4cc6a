import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bacaDocx } from '../helpers/docx';
import { startE2e, type E2e } from './harness';

describe('Laporan evaluasi triwulan in Chromium', () => {
  let e: E2e;
  let tahun: number;
  beforeAll(async () => {
    // The operator dialog would cover the page otherwise.
    e = await startE2e({ contoh: true, operator: 'Operator Uji' });
    tahun = (await e.backend.call('pengaturan.ambil', {})).tahunAnggaran;
  });
  afterAll(() => e.close());

  it('edits a section, keeps it for the report, and downloads the full report as a valid DOCX with it', async () => {
    await e.buka('laporan');
    await e.page.getByLabel('Triwulan', { exact: true }).selectOption({ label: 'Triwulan II' });
    const penutup = e.page.getByLabel('Penutup', { exact: true });
    await expect.poll(() => penutup.inputValue()).toMatch(/^Demikian Laporan Evaluasi .* Triwulan II /);
    await penutup.fill('Demikian, mohon arahan Bapak Bupati.');
    await e.page.getByLabel('Hasil evaluasi').click();
    await e.page.getByText('Diubah oleh Operator Uji').waitFor();

    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download', { timeout: 60_000 }),
      e.page.getByRole('button', { name: 'Buat laporan lengkap (.docx)' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe(`Laporan Evaluasi Triwulan II ${tahun} - Kabupaten Contoh.docx`);
    const { paragraf, teks } = await bacaDocx(readFileSync((await unduhan.path())!));
    expect(paragraf).toContain('Demikian, mohon arahan Bapak Bupati.');
    expect(teks).toContain('EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN CONTOH');

    // The edit belongs to triwulan II: triwulan III starts from the data again.
    await e.page.getByLabel('Triwulan', { exact: true }).selectOption({ label: 'Triwulan III' });
    await expect.poll(() => penutup.inputValue()).toMatch(/^Demikian Laporan Evaluasi .* Triwulan III /);
    await e.page.getByLabel('Triwulan', { exact: true }).selectOption({ label: 'Triwulan II' });
    await expect.poll(() => penutup.inputValue()).toBe('Demikian, mohon arahan Bapak Bupati.');
  }, 90_000);

  it('makes the summary for one OPD and says when a quarter has no realisation yet', async () => {
    await e.buka('laporan');
    await e.page.getByLabel('Triwulan', { exact: true }).selectOption({ label: 'Triwulan IV' });
    await e.page.getByLabel('Cakupan').selectOption({ label: 'Satu OPD' });
    await e.page.getByText('Belum ada realisasi yang dilaporkan untuk triwulan ini').waitFor();
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download', { timeout: 60_000 }),
      e.page.getByRole('button', { name: 'Buat ringkasan eksekutif (.docx)' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toMatch(/^Ringkasan Eksekutif Triwulan IV \d{4} - .+\.docx$/);
    const { teks } = await bacaDocx(readFileSync((await unduhan.path())!));
    expect(teks).toContain('RINGKASAN EKSEKUTIF');
    expect(teks).toMatch(/belum ada realisasi/i);
  }, 90_000);
});
