// From an empty database to a first realisation without any file: an OPD, a small Renja built by hand, one entry.
// Then every grid with an import kind is exported and re-imported unchanged.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { tempBackend } from '../helpers/backend';
import { startE2e, type E2e } from './harness';

/** The budget year the app opens on (the setting's default). */
let TAHUN = 0;

/** The name cell of a row, where a click selects the row. */
const baris = (e: E2e, teks: string) => e.page.locator('.ag-cell[col-id="nama"]').filter({ hasText: teks }).first();

async function isiDialog(e: E2e, judul: string, isian: Record<string, string>) {
  const form = e.page.getByRole('form', { name: judul });
  for (const [label, nilai] of Object.entries(isian)) await form.getByLabel(label).fill(nilai);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await form.waitFor({ state: 'detached' });
}

/** What the first test builds by hand, built through the API, so the tests after it need not run after it. */
async function renjaDenganTangan(b: Backend, tahun: number): Promise<number> {
  await b.call('sistem.aturOperator', { nama: 'Rina Marlina' });
  const opd = await b.call('opd.simpan', {
    kode: '3.27.0.00.0.00.01.0000',
    nama: 'Dinas Pertanian',
    klaster: 'ekonomi',
    kepalaNama: 'Ir. Hasanuddin, M.P.',
    kepalaNip: '197001011995031001',
  });
  const program = await b.call('renja.simpanProgram', {
    opdId: opd.id,
    tahun,
    kode: '3.27.02',
    nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
  });
  const indikator = (
    tingkat: 'program' | 'subKegiatan',
    pemilikId: number,
    uraian: string,
    satuan: string,
    target: number,
  ) => b.call('renja.simpanIndikator', { tingkat, pemilikId, uraian, satuan, target });
  await indikator('program', program.id, 'Persentase kelompok tani terlayani', '%', 80);
  const kegiatan = await b.call('renja.simpanKegiatan', {
    programId: program.id,
    kode: '3.27.02.2.01',
    nama: 'Pengawasan Sarana Pertanian',
  });
  const sub = await b.call('renja.simpanSubKegiatan', {
    kegiatanId: kegiatan.id,
    kode: '3.27.02.2.01.0001',
    nama: 'Pengawasan Pupuk Bersubsidi',
    versi: 'murni',
    pagu: 250_000_000,
    lokasi: 'Kec. Labungkari',
  });
  await indikator('subKegiatan', sub.id, 'Jumlah kios pupuk yang diawasi', 'Kios', 40);
  await indikator('subKegiatan', sub.id, 'Jumlah petani yang didata', 'Orang', 1200);
  return opd.id;
}

describe('Renja by hand from an empty database, in Chromium', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e();
  });
  afterAll(() => e.close());

  it(
    'starts empty, adds an OPD and builds program, kegiatan, sub kegiatan and indicators',
    { timeout: 60_000 },
    async () => {
      TAHUN = (await e.backend.call('pengaturan.ambil', {})).tahunAnggaran;
      await e.buka('beranda');
      await e.page.getByRole('button', { name: /Mulai dengan data kosong/ }).click();
      await e.buka('opd');
      const siapa = e.page.getByRole('dialog', { name: 'Siapa yang bekerja hari ini?' });
      await siapa.getByLabel('Nama operator').fill('Rina Marlina');
      await siapa.getByRole('button', { name: 'Mulai' }).click();
      await e.page.getByRole('button', { name: 'Tambah OPD' }).click();
      const form = e.page.getByRole('form', { name: 'Tambah OPD' });
      await form.getByLabel('Kode').fill('3.27.0.00.0.00.01.0000');
      await form.getByLabel('Nama OPD').fill('Dinas Pertanian');
      await form.getByLabel('Kelompok').selectOption('ekonomi');
      await form.getByLabel('Nama kepala').fill('Ir. Hasanuddin, M.P.');
      await form.getByLabel('NIP kepala').fill('19700101 199503 1 001');
      await form.getByRole('button', { name: 'Simpan OPD' }).click();
      await e.page.getByText('Dinas Pertanian ditambahkan').waitFor();
      const opdId = (await e.backend.call('opd.daftar', {}))[0]!.id;

      await e.buka(`perencanaan?opd=${opdId}&tahun=${TAHUN}`);
      await e.page.getByText('Belum ada Renja APBD Murni untuk OPD ini').waitFor();
      await e.page.getByRole('button', { name: 'Tambah program' }).click();
      // A program of another bidang is refused with the reason, in the form.
      await isiDialogGagal(e, 'Tambah program', { Kode: '1.02.02', Nama: 'PROGRAM KESEHATAN' });
      await e.page
        .getByText('Program 1.02.02 termasuk bidang urusan 1.02, bukan bidang Dinas Pertanian (3.27)')
        .first()
        .waitFor();
      await isiDialog(e, 'Tambah program', {
        Kode: '3.27.02',
        Nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
      });

      await baris(e, 'PROGRAM PENYEDIAAN').click();
      await e.page.getByRole('button', { name: 'Tambah indikator' }).click();
      await isiDialog(e, 'Tambah indikator', {
        'Uraian indikator': 'Persentase kelompok tani terlayani',
        Satuan: '%',
        Target: '80',
      });
      await e.page.getByRole('button', { name: 'Tambah kegiatan' }).click();
      expect(await e.page.getByRole('form', { name: 'Tambah kegiatan' }).getByLabel('Kode').inputValue()).toBe(
        '3.27.02.',
      );
      await isiDialog(e, 'Tambah kegiatan', { Kode: '3.27.02.2.01', Nama: 'Pengawasan Penggunaan Sarana Pertanian' });

      await baris(e, 'Pengawasan Penggunaan Sarana').click();
      await e.page.getByRole('button', { name: 'Tambah sub kegiatan' }).click();
      await isiDialog(e, 'Tambah sub kegiatan', {
        Kode: '3.27.02.2.01.0001',
        Nama: 'Pengawasan Pupuk Bersubsidi',
        'Pagu (Rp)': '250.000.000',
        Lokasi: 'Kec. Labungkari',
      });
      await baris(e, 'Pengawasan Pupuk Bersubsidi').click();
      await e.page.getByRole('button', { name: 'Tambah indikator' }).click();
      await isiDialog(e, 'Tambah indikator', {
        'Uraian indikator': 'Jumlah kios pupuk yang diawasi',
        Satuan: 'Kios',
        Target: '40',
      });
      await e.page.getByRole('button', { name: 'Tambah indikator' }).click();
      await isiDialog(e, 'Tambah indikator', {
        'Uraian indikator': 'Jumlah petani yang didata',
        Satuan: 'Orang',
        Target: '1200',
      });
      await e.page.getByTestId('total-pagu').filter({ hasText: 'Rp250.000.000' }).waitFor();
      // The second indicator stands on a row of its own under its sub kegiatan.
      await e.page
        .locator('.ag-row.baris-indikator')
        .filter({ hasText: 'Jumlah petani yang didata' })
        .first()
        .waitFor();

      // Renamed in place.
      const nama = e.page.locator('.ag-row.baris-kegiatan .ag-cell[col-id="nama"]').first();
      await nama.dblclick();
      await e.page.keyboard.press('Control+A');
      await e.page.keyboard.type('Pengawasan Sarana Pertanian');
      await e.page.keyboard.press('Enter');
      await nama.filter({ hasText: 'Pengawasan Sarana Pertanian' }).waitFor();

      const r = await e.backend.call('renja.daftar', { opdId, tahun: TAHUN });
      expect(r.baris.map((x) => [x.tingkat, x.kode, x.nama, x.pagu, x.indikator.map((i) => i.uraian)])).toEqual([
        [
          'program',
          '3.27.02',
          'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
          250_000_000,
          ['Persentase kelompok tani terlayani'],
        ],
        ['kegiatan', '3.27.02.2.01', 'Pengawasan Sarana Pertanian', 250_000_000, []],
        [
          'subKegiatan',
          '3.27.02.2.01.0001',
          'Pengawasan Pupuk Bersubsidi',
          250_000_000,
          ['Jumlah kios pupuk yang diawasi', 'Jumlah petani yang didata'],
        ],
      ]);
    },
  );
});

describe('a Renja built by hand, in Chromium', () => {
  let e: E2e;
  let opdId: number;
  beforeAll(async () => {
    e = await startE2e();
    TAHUN = (await e.backend.call('pengaturan.ambil', {})).tahunAnggaran;
    opdId = await renjaDenganTangan(e.backend, TAHUN);
  });
  afterAll(() => e.close());

  it('enters a first realisation, and then refuses to delete the sub kegiatan, saying why', async () => {
    const sub = (await e.backend.call('renja.daftar', { opdId, tahun: TAHUN })).baris[2]!;
    await e.buka(`realisasi?opd=${opdId}&tahun=${TAHUN}&bulan=3`);
    const sel = (kolom: string) => e.page.locator(`.ag-row[row-id="s:${sub.id}"] .ag-cell[col-id="${kolom}"]`).first();
    await sel('realisasiFisik').click();
    await e.page.keyboard.type('20');
    await e.page.keyboard.press('Enter');
    await sel('realisasiFisik').filter({ hasText: '20,00%' }).waitFor();
    const lembar = await e.backend.call('realisasi.lembar', { opdId, tahun: TAHUN, bulan: 3 });
    expect(lembar.baris[0]).toMatchObject({ realisasiFisik: 20, diubahOleh: 'Rina Marlina' });

    await e.buka(`perencanaan?opd=${opdId}&tahun=${TAHUN}`);
    await baris(e, 'Pengawasan Pupuk Bersubsidi').click();
    await e.page.getByRole('button', { name: 'Hapus baris terpilih' }).click();
    await e.page.getByRole('alertdialog').getByRole('button', { name: 'Hapus' }).click();
    await e.page
      .getByRole('alert')
      .filter({
        hasText:
          'Sub Kegiatan ini tidak dapat dihapus: sub kegiatan 3.27.02.2.01.0001 sudah memiliki realisasi s.d. Maret',
      })
      .waitFor();
    expect((await e.backend.call('renja.daftar', { opdId, tahun: TAHUN })).baris).toHaveLength(3);
  });

  it('exports the Renja grid and re-imports it unchanged, here and into an empty database', async () => {
    await e.buka(`perencanaan?opd=${opdId}&tahun=${TAHUN}`);
    await baris(e, 'Pengawasan Pupuk Bersubsidi').waitFor();
    const sebelum = await e.backend.call('renja.daftar', { opdId, tahun: TAHUN });
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: 'Ekspor tabel (.xlsx)' }).click(),
    ]);
    const isi = await readFile((await unduhan.path())!);

    await e.page
      .getByLabel('Berkas impor renja')
      .setInputFiles({ name: unduhan.suggestedFilename(), mimeType: 'application/octet-stream', buffer: isi });
    const pratinjau = e.page.getByTestId('pratinjau-impor');
    await pratinjau.getByText('Tidak ada masalah.').waitFor();
    // Every column of the export feeds a field: none is ignored.
    expect(await pratinjau.getByTestId('kolom-dibaca').textContent()).not.toContain('diabaikan');
    await pratinjau.getByText('0 sub kegiatan ditambah, 0 dihapus, 0 berubah').waitFor();
    await pratinjau.getByRole('button', { name: 'Impor sekarang' }).click();
    await e.page.getByText(`${unduhan.suggestedFilename()} diimpor`).waitFor();
    // An import rewrites its rows, so their revisions move on; every value stays.
    const tanpaRevisi = (r: typeof sebelum) =>
      r.baris.map(({ revisi: _r, indikator, ...x }) => ({
        ...x,
        indikator: indikator.map(({ revisi: _v, ...i }) => i),
      }));
    expect(tanpaRevisi(await e.backend.call('renja.daftar', { opdId, tahun: TAHUN }))).toEqual(tanpaRevisi(sebelum));

    const t = await tempBackend();
    try {
      const opd = await t.b.call('opd.simpan', {
        kode: '3.27.0.00.0.00.01.0000',
        nama: 'Dinas Pertanian',
        klaster: 'ekonomi',
        kepalaNama: 'X',
        kepalaNip: '197001011995031001',
      });
      await t.b.call('sistem.aturOperator', { nama: 'Penguji' });
      await t.b.call('impor.terapkan', {
        jenis: 'renja',
        namaBerkas: 'renja.xlsx',
        base64: isi.toString('base64'),
        tahun: TAHUN,
        opdId: opd.id,
      });
      const tanpaId = (r: typeof sebelum) =>
        r.baris.map(({ id: _i, indukId: _u, revisi: _r, indikator, ...x }) => ({
          ...x,
          indikator: indikator.map(({ id: _d, revisi: _v, ...i }) => i),
        }));
      expect(tanpaId(await t.b.call('renja.daftar', { opdId: opd.id, tahun: TAHUN }))).toEqual(tanpaId(sebelum));
    } finally {
      await t.dispose();
    }
  });

  it('exports the Realisasi grid and re-imports it unchanged, listing the columns it does not use', async () => {
    // Figures of its own to carry through the file, whichever test ran before.
    const awal = (await e.backend.call('realisasi.lembar', { opdId, tahun: TAHUN, bulan: 3 })).baris[0]!;
    await e.backend.call('realisasi.simpan', {
      opdId,
      tahun: TAHUN,
      bulan: 3,
      perubahan: [
        {
          subKegiatanId: awal.subKegiatanId,
          revisi: awal.revisi,
          realisasiFisik: 15,
          realisasiKeuangan: 30_000_000,
          permasalahan: 'Distribusi pupuk terlambat',
        },
      ],
    });
    await e.buka(`realisasi?opd=${opdId}&tahun=${TAHUN}&bulan=3`);
    const sebelum = await e.backend.call('realisasi.lembar', { opdId, tahun: TAHUN, bulan: 3 });
    expect(sebelum.baris[0]).toMatchObject({ realisasiFisik: 15, permasalahan: 'Distribusi pupuk terlambat' });
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: 'Ekspor tabel (.xlsx)' }).click(),
    ]);
    const isi = await readFile((await unduhan.path())!);
    await e.page
      .getByLabel('Berkas impor realisasi')
      .setInputFiles({ name: 'realisasi.xlsx', mimeType: 'application/octet-stream', buffer: isi });
    const pratinjau = e.page.getByTestId('pratinjau-impor');
    await pratinjau.getByText('Tidak ada masalah.').waitFor();
    const dibaca = await pratinjau.getByTestId('kolom-dibaca').textContent();
    expect(dibaca).toContain('“Realisasi (isian OPD): Fisik (%)” → Realisasi fisik (%)');
    expect(dibaca).toContain('“Capaian: Deviasi fisik (poin)” → diabaikan');
    await pratinjau.getByText('Baris jumlah (tidak diimpor): baris').waitFor();
    await pratinjau.getByRole('button', { name: 'Impor sekarang' }).click();
    await e.page.getByText('realisasi.xlsx diimpor').waitFor();
    const sesudah = await e.backend.call('realisasi.lembar', { opdId, tahun: TAHUN, bulan: 3 });
    const tanpaCap = (b: (typeof sebelum.baris)[number]) => {
      const { diubahPada: _p, revisi: _r, indikator, ...x } = b;
      return { ...x, indikator: indikator && { ...indikator, revisi: 0 } };
    };
    expect(sesudah.baris.map(tanpaCap)).toEqual(sebelum.baris.map(tanpaCap));
  });
});

async function isiDialogGagal(e: E2e, judul: string, isian: Record<string, string>) {
  const form = e.page.getByRole('form', { name: judul });
  for (const [label, nilai] of Object.entries(isian)) await form.getByLabel(label).fill(nilai);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await form.locator('.pesan-salah').first().waitFor();
}
