import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPD_CONTOH, TAHUN } from '../helpers/renja';
import { startE2e, type E2e } from './harness';

const CSV = (pagu: string) =>
  Buffer.from(
    `Kode;Uraian;Pagu (Rp);Target Fisik TW I;Target Fisik TW II\n` +
      `3.27.02;PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN;;;\n` +
      `3.27.02.2.01;Pengawasan Penggunaan Sarana Pertanian;;;\n` +
      `3.27.02.2.01.0001;Pengawasan Pupuk Bersubsidi;${pagu};25;50\n`,
  );

describe('Renja import in Chromium', () => {
  let e: E2e;
  let opdId: number;
  beforeAll(async () => {
    e = await startE2e();
    opdId = (await e.backend.call('opd.simpan', OPD_CONTOH)).id;
    await e.backend.call('sistem.aturOperator', { nama: 'Penguji' });
  });
  afterAll(() => e.close());

  it('lists a bad row in the preview and imports nothing', async () => {
    await e.buka(`perencanaan?opd=${opdId}&tahun=${TAHUN}`);
    await e.page
      .getByLabel('Berkas impor renja')
      .setInputFiles({ name: 'dpa.csv', mimeType: 'text/csv', buffer: CSV('empat ratus juta') });
    const pratinjau = e.page.getByTestId('pratinjau-impor');
    await pratinjau.getByText('1 masalah').waitFor();
    expect(await pratinjau.locator('table:not(.tabel-pemetaan) tbody tr').first().textContent()).toBe(
      '4C · Pagu (Rp)"empat ratus juta" bukan angka',
    );
    expect(await pratinjau.getByRole('button', { name: 'Impor sekarang' }).isDisabled()).toBe(true);
    await pratinjau.getByRole('button', { name: 'Batal' }).click();
    expect((await e.backend.call('renja.daftar', { opdId, tahun: TAHUN })).baris).toEqual([]);
  });

  it('downloads the Renja template', async () => {
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: 'Unduh templat' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe('Templat impor Renja-DPA.xlsx');
    await e.page.getByText('Templat impor Renja/DPA diunduh').waitFor();
  });

  it('previews a good file and imports it into the grid', async () => {
    await e.page
      .getByLabel('Berkas impor renja')
      .setInputFiles({ name: 'dpa.csv', mimeType: 'text/csv', buffer: CSV('400.000.000') });
    const pratinjau = e.page.getByTestId('pratinjau-impor');
    await pratinjau.getByText('Tidak ada masalah.').waitFor();
    await pratinjau.getByRole('button', { name: 'Impor sekarang' }).click();
    await e.page.getByText('dpa.csv diimpor').waitFor();
    await e.page.getByTestId('total-pagu').filter({ hasText: 'Rp400.000.000' }).waitFor();
    await e.page.locator('.ag-row').filter({ hasText: 'Pengawasan Pupuk Bersubsidi' }).waitFor();
  });

  it('edits a quarterly target in the grid, and refuses one above 100% with the reason', async () => {
    const [, , sub] = (await e.backend.call('renja.daftar', { opdId, tahun: TAHUN })).baris;
    const sel = e.page.locator(`.ag-row[row-id="subKegiatan:${sub!.id}"] .ag-cell[col-id="targetFisik2"]`).first();
    await sel.click();
    await e.page.keyboard.type('75,5');
    await e.page.keyboard.press('Enter');
    await sel.filter({ hasText: '75,50%' }).waitFor();
    expect((await e.backend.call('renja.daftar', { opdId, tahun: TAHUN })).baris[2]!.targetFisik).toEqual([
      25,
      50,
      75.5,
      null,
    ]);

    await sel.click();
    await e.page.keyboard.type('140');
    await e.page.keyboard.press('Enter');
    await e.page.getByRole('alert').filter({ hasText: 'Target fisik tidak boleh lebih dari 100' }).waitFor();
    expect((await e.backend.call('renja.daftar', { opdId, tahun: TAHUN })).baris[2]!.targetFisik[2]).toBe(75.5);
  });
});

describe('column mapping by hand in Chromium', () => {
  let e: E2e;
  let opdId: number;
  beforeAll(async () => {
    e = await startE2e();
    opdId = (await e.backend.call('opd.simpan', OPD_CONTOH)).id;
    await e.backend.call('sistem.aturOperator', { nama: 'Penguji' });
  });
  afterAll(() => e.close());

  it('shows which column feeds which field, takes a column chosen by hand, re-runs and imports', async () => {
    await e.buka(`perencanaan?opd=${opdId}&tahun=${TAHUN}`);
    const berkas = Buffer.from(
      'Kode;Nomenklatur Baru;Pagu (Rp);Catatan\n3.27.02;PROGRAM SARANA;;\n3.27.02.2.01;Pengawasan;;\n' +
        '3.27.02.2.01.0001;Pengawasan Pupuk Bersubsidi;400.000.000;x\n',
    );
    await e.page
      .getByLabel('Berkas impor renja')
      .setInputFiles({ name: 'dpa.csv', mimeType: 'text/csv', buffer: berkas });
    const pratinjau = e.page.getByTestId('pratinjau-impor');
    await pratinjau.getByText('Kolom Uraian tidak ditemukan: pilih kolomnya pada pemetaan kolom').waitFor();
    expect(await pratinjau.getByTestId('kolom-dibaca').textContent()).toBe(
      'A “Kode” → Kode, B “Nomenklatur Baru” → diabaikan, C “Pagu (Rp)” → Pagu (Rp), D “Catatan” → diabaikan',
    );
    expect(await pratinjau.getByRole('button', { name: 'Impor sekarang' }).isDisabled()).toBe(true);

    await pratinjau.getByLabel('Kolom untuk Uraian').selectOption({ label: 'B · Nomenklatur Baru' });
    await pratinjau.getByText('Tidak ada masalah.').waitFor();
    expect(await pratinjau.getByTestId('kolom-dibaca').textContent()).toContain('B “Nomenklatur Baru” → Uraian');
    await pratinjau.getByRole('button', { name: 'Impor sekarang' }).click();
    await e.page.getByText('dpa.csv diimpor').waitFor();
    await e.page.locator('.ag-row').filter({ hasText: 'Pengawasan Pupuk Bersubsidi' }).waitFor();

    // The same header next time: the choice is remembered, said so, and can be forgotten.
    await e.page
      .getByLabel('Berkas impor renja')
      .setInputFiles({ name: 'dpa.csv', mimeType: 'text/csv', buffer: berkas });
    await pratinjau.getByText('Pemetaan tersimpan dipakai.').waitFor();
    await pratinjau.getByRole('button', { name: 'Lupakan pemetaan tersimpan' }).click();
    await pratinjau.getByText('Kolom Uraian tidak ditemukan: pilih kolomnya pada pemetaan kolom').waitFor();
    await pratinjau.getByRole('button', { name: 'Batal' }).click();
  });
});
