// The first start on an empty database, in Chromium: the operator question right after the choice, the first steps on
// Beranda ticked as the work gets done, and no page left waiting on "Memuat…".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { startE2e, type E2e } from './harness';

const langkah = (e: E2e, kunci: string) => e.page.locator(`[data-testid="langkah-awal"] li[data-langkah="${kunci}"]`);
const tanda = (e: E2e) =>
  e.page
    .locator('[data-testid="langkah-awal"] li')
    .evaluateAll((li) => li.map((l) => `${l.getAttribute('data-langkah')}:${l.getAttribute('data-selesai')}`));

describe('first start with an empty database', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e();
  });
  afterAll(() => e.close());

  it('asks for the operator right after "Mulai dengan data kosong", on Beranda itself', async () => {
    await e.buka('beranda');
    await e.page.getByRole('button', { name: /Mulai dengan data kosong/ }).click();
    const siapa = e.page.getByRole('dialog', { name: 'Siapa yang bekerja hari ini?' });
    await siapa.waitFor();
    expect(e.page.url()).toMatch(/#\/beranda$/);
    await siapa.getByLabel('Nama operator').fill('Rina Marlina');
    await siapa.getByRole('button', { name: 'Mulai' }).click();
    await e.page.getByTestId('operator').filter({ hasText: 'Rina Marlina' }).waitFor();
  });

  it('lists four unticked first steps with their links, and no empty dashboard', async () => {
    await e.page.getByTestId('langkah-awal').waitFor();
    expect(await tanda(e)).toEqual(['instansi:tidak', 'opd:tidak', 'renja:tidak', 'realisasi:tidak']);
    const tautan = await e.page
      .getByTestId('langkah-awal')
      .getByRole('link')
      .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    expect(tautan).toEqual(['#/pengaturan', '#/opd', '#/perencanaan', '#/realisasi']);
    expect(await langkah(e, 'renja').textContent()).toContain(
      `Impor atau susun Renja tahun ${new Date().getFullYear()}`,
    );
    expect(await e.page.getByTestId('kab-fisik').count()).toBe(0);
    // Nothing of the sample regency on the first screen.
    expect(await e.page.locator('main').innerText()).not.toMatch(/Contoh|Sukamakmur/);
  });

  it('ticks the first step once the identity is filled in Pengaturan', async () => {
    await langkah(e, 'instansi').getByRole('link', { name: 'Buka Pengaturan' }).click();
    const nama = e.page.getByLabel('Nama pemerintah daerah');
    await nama.waitFor();
    expect(await nama.inputValue()).toBe('');
    await nama.fill('Pemerintah Kabupaten Buton Tengah');
    await e.page.getByLabel('Kota penerbitan surat').fill('Labungkari');
    await e.page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await e.page.getByText('Pengaturan disimpan').waitFor();

    await e.buka('beranda');
    await expect.poll(() => tanda(e)).toEqual(['instansi:ya', 'opd:tidak', 'renja:tidak', 'realisasi:tidak']);
  });

  it('ticks the second step once an OPD is added', async () => {
    await langkah(e, 'opd').getByRole('link', { name: 'Buka Data Master OPD' }).click();
    await e.page.getByRole('button', { name: 'Tambah OPD' }).click();
    const form = e.page.getByRole('form', { name: 'Tambah OPD' });
    await form.getByLabel('Kode').fill('3.27.0.00.0.00.02.0000');
    await form.getByLabel('Nama OPD').fill('Dinas Perkebunan dan Hortikultura');
    await form.getByLabel('Kelompok').selectOption('ekonomi');
    await form.getByLabel('Nama kepala').fill('Ir. Hasanuddin, M.P.');
    await form.getByLabel('NIP kepala').fill('19700101 199503 1 001');
    await form.getByRole('button', { name: 'Simpan OPD' }).click();
    await e.page.getByText('Dinas Perkebunan dan Hortikultura ditambahkan').waitFor();

    await e.buka('beranda');
    await expect.poll(() => tanda(e)).toEqual(['instansi:ya', 'opd:ya', 'renja:tidak', 'realisasi:tidak']);
  });

  it('ticks the Renja of the year, shows the dashboard, and the list is gone once realisasi comes in', async () => {
    const b = e.backend;
    const ids = await buatContohDomain(b);
    await b.call('pengaturan.simpan', { ...(await b.call('pengaturan.ambil', {})), tahunAnggaran: TAHUN });
    // As a user comes back to Beranda from the page where the Renja was made.
    await e.buka('perencanaan');
    await e.page.getByRole('heading', { name: 'Perencanaan (Renja/DPA)' }).waitFor();
    await e.buka(`beranda?tahun=${TAHUN}&bulan=6`);
    await expect.poll(() => tanda(e)).toEqual(['instansi:ya', 'opd:ya', 'renja:ya', 'realisasi:tidak']);
    await e.page.getByTestId('kab-fisik').waitFor();

    await b.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: 35, realisasiKeuangan: 120_000_000 }],
    });
    await e.buka('realisasi');
    await e.page.getByRole('heading', { name: 'Realisasi' }).waitFor();
    await e.buka(`beranda?tahun=${TAHUN}&bulan=6`);
    await e.page.getByTestId('kab-fisik').filter({ hasText: '%' }).waitFor();
    expect(await e.page.getByTestId('langkah-awal').count()).toBe(0);
  });
});

/** Every page, and the words that tell a newcomer on an empty database what to do there. */
const HALAMAN: [string, RegExp][] = [
  ['beranda', /Langkah pertama/],
  ['perencanaan', /Belum ada OPD\. Tambahkan dahulu di Data Master OPD/],
  ['renstra', /Belum ada RPJMD yang mencakup tahun \d{4}\. Isi pada tab RPJMD/],
  ['realisasi', /Belum ada OPD\. Tambahkan dahulu di Data Master OPD/],
  ['pemantauan', /Belum ada OPD yang memiliki Renja tahun \d{4} untuk dipantau/],
  ['kontrak', /Belum ada kontrak tahun \d{4}\. Kontrak dicatat pada sub kegiatan Renja/],
  ['rapat', /Rapat baru/],
  ['tindak-lanjut', /Tidak ada tindak lanjut yang terbuka/],
  ['risiko', /Belum ada kendala yang dinilai/],
  ['laporan', /Belum ada Renja untuk tahun \d{4}: isi atau impor Renja di Perencanaan/],
  ['opd', /Tambah OPD/],
  ['penandatangan', /Penandatangan/],
  ['pengaturan', /Profil instansi/],
  ['cadangan', /Cadangan/],
  ['riwayat', /Riwayat/],
  ['tentang', /Sinergi/],
];

describe('every page on an empty database', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e();
    await e.backend.call('sistem.mulaiKosong', {});
    await e.backend.call('sistem.aturOperator', { nama: 'Rina' });
  });
  afterAll(() => e.close());

  it('Renstra: the link tab says there is no Renja program yet, not that every program is linked', async () => {
    await e.buka('renstra');
    await e.page.getByRole('tab', { name: 'Tautan Renja–Renstra' }).click();
    await e.page.getByText(/Belum ada program teknis dalam Renja tahun \d{4}: impor atau susun Renja/).waitFor();
    expect(await e.page.getByText('Semua program teknis sudah tertaut').count()).toBe(0);
  });

  it.each(HALAMAN)('%s ends in an empty state that says what to do, not in "Memuat…"', async (halaman, petunjuk) => {
    await e.buka(halaman);
    const konten = () => e.page.locator('main.konten').innerText();
    await expect.poll(konten, { timeout: 10_000 }).toMatch(petunjuk);
    // Loaded is loaded: after another moment nothing has gone back to waiting, and no call was refused in a toast.
    await e.page.waitForTimeout(500);
    expect(await konten()).not.toMatch(/Memuat|Menyiapkan teks/);
    expect(await e.page.getByRole('alert').count()).toBe(0);
  });
});
