// Leaving a meeting with unsaved changes asks first, in the app's own dialog; an unchanged meeting leaves at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2e } from './harness';

describe('leaving the meeting editor', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e();
    await e.backend.call('sistem.mulaiKosong', {});
    await e.backend.call('sistem.aturOperator', { nama: 'Rina' });
  });
  afterAll(() => e.close());

  const tanya = () => e.page.getByRole('alertdialog', { name: 'Tinggalkan rapat tanpa menyimpan?' });

  it('leaves an unchanged meeting without a question', async () => {
    await e.buka('rapat');
    await e.page.getByRole('button', { name: 'Rapat baru' }).click();
    await e.page.getByRole('button', { name: '← Daftar rapat' }).click();
    await e.page.getByRole('button', { name: 'Rapat baru' }).waitFor();
    expect(await tanya().count()).toBe(0);
  });

  it('asks before leaving through the menu or the back button, and keeps the work when the user stays', async () => {
    await e.page.getByRole('button', { name: 'Rapat baru' }).click();
    await e.page.getByLabel('Tempat', { exact: true }).fill('Aula Bappeda');
    await e.page.getByTestId('belum-disimpan').waitFor();

    await e.page.getByRole('link', { name: 'Beranda', exact: true }).click();
    await tanya().waitFor();
    await tanya().getByRole('button', { name: 'Batal' }).click();
    expect(e.page.url()).toContain('#/rapat');
    expect(await e.page.getByLabel('Tempat', { exact: true }).inputValue()).toBe('Aula Bappeda');

    await e.page.getByRole('button', { name: '← Daftar rapat' }).click();
    await tanya().getByRole('button', { name: 'Tinggalkan' }).click();
    await e.page.getByRole('button', { name: 'Rapat baru' }).waitFor();
    expect((await e.backend.call('rapat.daftar', {})).length).toBe(0);
  });
});
