// Signatories who sign a.n./u.b. or as Plt., and minutes approved then withdrawn with a reason, in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2e } from './harness';

describe('signatories and approved minutes in Chromium', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e({ contoh: true, operator: 'Operator Uji' });
  });
  afterAll(() => e.close());

  it('adds a Plt. who signs a.n. the Bupati and shows the lines as printed; a u.b. without a.n. is refused', async () => {
    await e.buka('penandatangan');
    const form = e.page.getByRole('form', { name: 'Tambah penandatangan' });
    await form.getByLabel('Nama', { exact: true }).fill('Ir. Hasnawati, M.T.');
    await form.getByLabel('Jabatan', { exact: true }).fill('Sekretaris Daerah');
    await form.getByLabel('NIP', { exact: true }).fill('197303032000122001');
    await form.getByLabel(/^Untuk beliau \(u\.b\.\)/).fill('Sekretaris Daerah');
    await form.getByRole('button', { name: 'Tambah' }).click();
    // The field's message is part of its label from now on, hence the label matched by its start below.
    await form
      .getByText('Untuk beliau (u.b.) hanya dipakai di bawah atas nama (a.n.): isi Atas nama (a.n.) lebih dulu')
      .waitFor();
    expect((await e.backend.call('penandatangan.daftar', {})).map((p) => p.nama)).not.toContain('Ir. Hasnawati, M.T.');

    await form.getByLabel(/^Untuk beliau \(u\.b\.\)/).fill('');
    await form.getByLabel(/^Kedudukan/).selectOption({ label: 'Plt. (pelaksana tugas)' });
    await form.getByLabel('Atas nama (a.n.)', { exact: true }).fill('Bupati Contoh');
    await form.getByRole('button', { name: 'Tambah' }).click();
    await e.page.getByText('a.n. BUPATI CONTOH / Plt. SEKRETARIS DAERAH,').waitFor();
    const [p] = (await e.backend.call('penandatangan.daftar', {})).filter((x) => x.nama === 'Ir. Hasnawati, M.T.');
    expect(p).toMatchObject({ kedudukan: 'Plt.', atasNama: 'Bupati Contoh', untukBeliau: '' });
  });

  it(
    'approves the minutes, keeps them read-only, and withdraws the approval only with a reason',
    { timeout: 20_000 },
    async () => {
      await e.buka('rapat');
      await e.page.getByText('Rapat Koordinasi Triwulan II Bidang Ekonomi').first().dblclick();
      await e.page.getByRole('tab', { name: 'Notulen' }).click();
      await e.page.getByRole('button', { name: 'Sahkan notulen' }).click();
      await e.page
        .getByRole('alertdialog', { name: 'Sahkan notulen?' })
        .getByRole('button', { name: 'Sahkan' })
        .click();
      await e.page.locator('.notulen-sah').getByText('Notulen disahkan', { exact: true }).waitFor();
      await expect.poll(() => e.page.getByLabel('Nama notulis').isDisabled()).toBe(true);

      await e.page.getByRole('button', { name: 'Batalkan pengesahan' }).click();
      await e.page.getByText('Alasan pembatalan pengesahan wajib diisi').first().waitFor();
      await e.page.getByLabel('Alasan pembatalan pengesahan').fill('Kesimpulan nomor 3 tertinggal');
      await e.page.getByRole('button', { name: 'Batalkan pengesahan' }).click();
      await e.page.getByText('Pengesahan notulen dibatalkan; alasannya tercatat di Riwayat').waitFor();
      await expect.poll(() => e.page.getByLabel('Nama notulis').isDisabled()).toBe(false);
      const [entri] = await e.backend.call('riwayat.daftar', {});
      expect(entri).toMatchObject({ tabel: 'notulen_sah', aksi: 'ubah', oleh: 'Operator Uji' });
    },
  );
});
