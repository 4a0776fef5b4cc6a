import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2e } from './harness';

describe('Cadangan & Pemulihan and Tentang in Chromium', () => {
  let e: E2e;
  beforeAll(async () => {
    // The operator dialog would cover the page otherwise.
    e = await startE2e({ contoh: true, operator: 'Operator Uji' });
  });
  afterAll(() => e.close());

  it('backs up now, previews the backup and restores it', async () => {
    await e.buka('cadangan');
    await e.page.getByRole('button', { name: 'Cadangkan ke folder cadangan' }).click();
    await e.page.getByText(/^Cadangan dibuat: .*-manual\.sqlite$/).waitFor();
    await expect.poll(() => e.page.locator('.tabel-sederhana tbody tr').count()).toBe(1);

    await e.backend.call('opd.simpan', {
      kode: '3.27.0.00.0.00.02.0000',
      nama: 'Dinas Perkebunan',
      klaster: 'ekonomi',
      kepalaNama: 'Ir. Hasanuddin, M.P.',
      kepalaNip: '19700101 199503 1 001',
    });
    expect(await e.backend.call('opd.daftar', {})).toHaveLength(37);

    await e.page.getByRole('button', { name: 'Lihat isi' }).first().click();
    await expect.poll(() => e.page.getByTestId('pratinjau-opd').textContent()).toBe('36');
    await e.page.getByRole('button', { name: 'Pulihkan data ini' }).click();
    await e.page.getByRole('alertdialog').getByRole('button', { name: 'Pulihkan' }).click();
    await e.page.getByText(/^Data dipulihkan\. Keadaan sebelumnya disimpan di .*-sebelum-pulihkan\.sqlite$/).waitFor();
    expect(await e.backend.call('opd.daftar', {})).toHaveLength(36);
    await expect.poll(() => e.page.locator('.tabel-sederhana tbody tr').count()).toBe(2);
  });

  it('says what is wrong with a path that is not a backup', async () => {
    await e.buka('cadangan');
    await e.page.getByLabel('Berkas cadangan (.sqlite)').fill('/tidak/ada/sinergi.sqlite');
    await e.page.getByRole('button', { name: 'Lihat isi' }).last().click();
    await e.page.getByRole('alert').filter({ hasText: 'Berkas /tidak/ada/sinergi.sqlite tidak ditemukan' }).waitFor();
  });
});
