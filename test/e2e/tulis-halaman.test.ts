// Writes that pages report through useJalankan: a toast says how it went, the page reloads what changed only on
// success, and a refusal names the field and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { isiPengaturan } from '../helpers/backend';
import { startE2e, type E2e } from './harness';

// A 1x1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('writes reported by the pages, in Chromium', () => {
  let e: E2e;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    e = await startE2e();
    ids = await buatContohDomain(e.backend);
    await isiPengaturan(e.backend, { tahunAnggaran: TAHUN });
  });
  afterAll(() => e.close());

  it('adds a kategori kendala, refuses an empty one with the field named, and keeps the list as it was', async () => {
    const sebelum = await e.backend.call('kategoriKendala.daftar', {});
    await e.buka('pengaturan');
    await e.page.getByRole('button', { name: 'Tambah kategori' }).click();
    await e.page.getByRole('alert').filter({ hasText: 'Nama kategori kendala' }).waitFor();
    expect(await e.backend.call('kategoriKendala.daftar', {})).toEqual(sebelum);

    await e.page.getByLabel('Kategori baru').fill('Perizinan lambat');
    await e.page.getByRole('button', { name: 'Tambah kategori' }).click();
    await e.page.getByText('Kategori ditambahkan').waitFor();
    await e.page.getByLabel('Nama kategori Perizinan lambat').waitFor();
    expect(await e.page.getByLabel('Kategori baru').inputValue()).toBe('');
    const sesudah = await e.backend.call('kategoriKendala.daftar', {});
    expect(sesudah.map((k) => k.nama)).toEqual([...sebelum.map((k) => k.nama), 'Perizinan lambat']);
  });

  it('saves the regency logo chosen from a file and shows it', async () => {
    await e.buka('pengaturan');
    await e.page.locator('input[type="file"][accept="image/png,image/jpeg"]').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await e.page.getByText('Logo disimpan').waitFor();
    await e.page.getByAltText('Logo daerah').waitFor();
    expect(await e.backend.call('pengaturan.ambilLogo', {})).toEqual({
      mime: 'image/png',
      base64: PNG.toString('base64'),
    });
  });

  it('sets the month the APBD Perubahan applies from on the Perencanaan page', async () => {
    await e.buka(`perencanaan?opd=${ids.opd.id}&tahun=${TAHUN}`);
    await e.page.getByLabel('APBD Perubahan berlaku mulai').selectOption('7');
    await e.page.getByText('Masa berlaku APBD Perubahan disimpan').waitFor();
    const renja = await e.backend.call('renja.daftar', { opdId: ids.opd.id, tahun: TAHUN });
    expect(renja.perubahanMulaiBulan).toBe(7);
  });

  it('saves a verification status with the verifier note', async () => {
    await e.buka(`realisasi?opd=${ids.opd.id}&tahun=${TAHUN}&bulan=3`);
    await e.page.getByTestId('status-verifikasi').click();
    await e.page.getByLabel('Status verifikasi').selectOption('diterima');
    await e.page.getByLabel('Catatan verifikator').fill('Lengkap dengan SP2D');
    await e.page.getByRole('button', { name: 'Simpan verifikasi' }).click();
    await e.page.getByText('Status verifikasi disimpan').waitFor();
    await e.page.getByTestId('status-verifikasi').filter({ hasText: 'Diterima' }).waitFor();
    const lembar = await e.backend.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 3 });
    expect(lembar.verifikasi).toMatchObject({ status: 'diterima', catatan: 'Lengkap dengan SP2D' });
  });

  it('saves the warning rules; a value main refuses marks its field and changes nothing', async () => {
    const sebelum = await e.backend.call('pengaturan.ambilMonev', {});
    await e.buka('pengaturan');
    const form = e.page.getByRole('form', { name: 'Aturan peringatan' });
    const ambang = form.getByLabel('Ambang target fisik (%)');
    await ambang.fill('150');
    await form.getByRole('button', { name: 'Simpan aturan peringatan' }).click();
    await e.page.getByRole('alert').filter({ hasText: 'Ambang target fisik' }).waitFor();
    await form.locator('.isian.salah').filter({ hasText: 'Ambang target fisik' }).waitFor();
    expect(await e.backend.call('pengaturan.ambilMonev', {})).toEqual(sebelum);

    await ambang.fill('62,5');
    await form.getByRole('button', { name: 'Simpan aturan peringatan' }).click();
    await e.page.getByText('Aturan peringatan disimpan').waitFor();
    expect(await form.locator('.isian.salah').count()).toBe(0);
    const sesudah = await e.backend.call('pengaturan.ambilMonev', {});
    expect(sesudah).toEqual({ ...sebelum, aturanStatus: { ...sebelum.aturanStatus, ambangTarget: 62.5 } });
  });

  it('shows and reads the margins the Indonesian way ("2,5" cm), whatever the browser locale', async () => {
    await e.buka('pengaturan');
    const kiri = e.page.getByLabel('Margin kiri (cm, 1-5)');
    expect(await kiri.inputValue()).toBe('2,5');
    await kiri.fill('3,5');
    await e.page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await e.page.getByText('Pengaturan disimpan').first().waitFor();
    expect((await e.backend.call('pengaturan.ambil', {})).marginKiri).toBe(3.5);

    // What does not read as a number is refused with the field named, and nothing changes.
    await kiri.fill('tiga');
    await e.page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await e.page.locator('.isian.salah').filter({ hasText: 'Margin kiri' }).waitFor();
    expect((await e.backend.call('pengaturan.ambil', {})).marginKiri).toBe(3.5);
    await isiPengaturan(e.backend, { marginKiri: 2.5 });
  });
});
