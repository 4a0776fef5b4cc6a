// From the tracker to the reminders in Chromium: a deadline set in Pengaturan, the late OPD on Pemantauan Pelaporan
// (and first on Beranda in the reporting weeks), the ready message with its wa.me link, and the reminder letters
// downloaded and read back from the DOCX.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opd } from '../../src/shared/api/opd';
import { formatHariTanggal, formatTriwulan } from '../../src/shared/format';
import { akhirTriwulan, periodePelaporanDi } from '../../src/shared/pelaporan';
import { hariIni } from '../../src/shared/rapat';
import { barisTabel, bacaDocx, harusBerurutan } from '../helpers/docx';
import { startE2e, type E2e } from './harness';

describe('Pemantauan Pelaporan in Chromium', () => {
  let e: E2e;
  let tahun: number;
  let belum: Opd;
  let sebagian: Opd;
  beforeAll(async () => {
    e = await startE2e();
    const b = e.backend;
    await b.call('sistem.muatDataContoh', {});
    await b.call('sistem.aturOperator', { nama: 'Operator Uji' });
    tahun = (await b.call('pengaturan.ambil', {})).tahunAnggaran;
    // Two OPD whose triwulan III report is not in: one sent nothing, one a third of it.
    const opd = await b.call('opd.daftar', {});
    belum = opd.find((o) => o.singkatan === 'DPUPR')!;
    sebagian = opd.find((o) => o.singkatan === 'Dinkes')!;
    for (const [o, bagian] of [
      [belum, 1],
      [sebagian, 2 / 3],
    ] as const) {
      await b.call('realisasi.verifikasi', { opdId: o.id, tahun, bulan: 9, status: 'draft' });
      const lembar = await b.call('realisasi.lembar', { opdId: o.id, tahun, bulan: 9 });
      await b.call('realisasi.simpan', {
        opdId: o.id,
        tahun,
        bulan: 9,
        perubahan: lembar.baris
          .slice(0, Math.ceil(lembar.baris.length * bagian))
          .map((x) => ({ subKegiatanId: x.subKegiatanId, realisasiFisik: null, realisasiKeuangan: null })),
      });
    }
  }, 120_000);
  afterAll(() => e.close());

  it('sets the quarter deadline in Pengaturan and refuses one before the quarter ends', async () => {
    await e.buka('pengaturan');
    const tenggat = e.page.getByLabel('Batas waktu Triwulan III');
    await tenggat.fill(`29/09/${tahun}`);
    await e.page
      .getByRole('table', { name: 'Batas waktu pelaporan' })
      .getByRole('button', { name: 'Simpan' })
      .nth(2)
      .click();
    await e.page.getByText(`Batas waktu tidak boleh sebelum akhir Triwulan III ${tahun}`).first().waitFor();
    // Fifteen days after the quarter ends, as a regency that gives its OPD more time would set it.
    await tenggat.fill(`15/10/${tahun}`);
    await e.page
      .getByRole('table', { name: 'Batas waktu pelaporan' })
      .getByRole('button', { name: 'Simpan' })
      .nth(2)
      .click();
    await e.page.getByText(`Batas waktu Triwulan III ${tahun} disimpan`).waitFor();
    expect((await e.backend.call('pelaporan.tenggat', { tahun }))[2]).toMatchObject({
      tanggal: `${tahun}-10-15`,
      baku: false,
    });
  });

  it('lists who has not reported, filters them, and gives the message with its WhatsApp link', async () => {
    await e.buka(`pemantauan?tahun=${tahun}&bulan=9`);
    await e.page
      .getByTestId('tenggat')
      .getByText(formatHariTanggal(`${tahun}-10-15`))
      .waitFor();
    const kartu = e.page.getByTestId('ringkas-status');
    await expect
      .poll(() => kartu.getByRole('button', { name: /Belum ada data/ }).textContent(), { timeout: 10_000 })
      .toBe('Belum ada data1');
    await kartu.getByRole('button', { name: /Sebagian/ }).waitFor();
    await e.page.getByLabel('Saring status').selectOption({ label: 'Perlu diingatkan' });
    // Pinned columns render a row element each: count the rows by their id.
    const barisTampil = () =>
      e.page.locator('.ag-row[row-id]').evaluateAll((el) => new Set(el.map((x) => x.getAttribute('row-id'))).size);
    await expect.poll(barisTampil, { timeout: 10_000 }).toBe(2);

    await e.page.getByRole('button', { name: `Pesan ${belum.nama}` }).click();
    const dialog = e.page.getByRole('dialog', { name: `Pesan pengingat ${belum.nama}` });
    const teks = await dialog.getByTestId('teks-pesan').inputValue();
    expect(teks).toContain(`Yth. Bapak/Ibu ${belum.kontakNama} (${belum.nama}),`);
    expect(teks).toContain(`Triwulan III Tahun ${tahun} (s.d. September ${tahun}) belum kami terima.`);
    expect(teks).toContain(`Batas waktu penyampaian: ${formatHariTanggal(`${tahun}-10-15`)}`);
    const tautan = await dialog.getByRole('link', { name: 'Buka WhatsApp' }).getAttribute('href');
    const url = new URL(tautan!);
    expect(`${url.origin}${url.pathname}`).toBe(`https://wa.me/${belum.kontakTelepon.slice(1)}`);
    expect(url.searchParams.get('text')).toBe(teks);

    // Opening the link records the message and opens wa.me in a new tab (answered here: the test has no internet).
    await e.page.context().route('https://wa.me/**', (r) => r.fulfill({ contentType: 'text/html', body: 'WhatsApp' }));
    const [tab] = await Promise.all([
      e.page.waitForEvent('popup'),
      dialog.getByRole('link', { name: 'Buka WhatsApp' }).click(),
    ]);
    expect(tab.url()).toBe(tautan);
    await tab.close();
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    const pengingat = async () =>
      (await e.backend.call('pelaporan.pantau', { tahun, triwulan: 3 })).opd.find((o) => o.opdId === belum.id)!
        .pengingat;
    await expect.poll(pengingat).toMatchObject({ jumlah: 1, terakhir: { cara: 'whatsapp', oleh: 'Operator Uji' } });
  });

  it('makes one letter with a lampiran for the OPD shown, downloads it and lists it', async () => {
    await e.buka(`pemantauan?tahun=${tahun}&bulan=9`);
    await e.page.getByLabel('Saring status').selectOption({ label: 'Perlu diingatkan' });
    await e.page
      .getByRole('group', { name: 'Isian surat pengingat' })
      .getByLabel('Penandatangan')
      .selectOption({ label: 'Ir. La Ode Budiman, M.Si. (Asisten Perekonomian dan Pembangunan)' });
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: 'Satu surat dengan lampiran (2 OPD)' }).click(),
    ]);
    expect(unduhan.suggestedFilename()).toBe(`Surat Pengingat Laporan Triwulan III ${tahun} - 2 OPD.docx`);
    const { teks, xml } = await bacaDocx(readFileSync((await unduhan.path())!));
    harusBerurutan(teks, [
      'PEMERINTAH KABUPATEN CONTOH',
      'Segera',
      '1 (satu) lembar',
      `Penyampaian Laporan Realisasi Triwulan III Tahun ${tahun}`,
      'Yth.\tKepala Perangkat Daerah\n(daftar terlampir)',
      `sampai dengan tanggal ${formatHariTanggal(hariIni()).replace(/^\w+, /, '')}`,
      `Batas waktu penyampaian laporan tersebut adalah ${formatHariTanggal(`${tahun}-10-15`)}.`,
      'a.n. BUPATI CONTOH',
      'SEKRETARIS DAERAH',
      'u.b.',
      'ASISTEN PEREKONOMIAN DAN PEMBANGUNAN,',
      'Ir. La Ode Budiman, M.Si.',
      'LAMPIRAN SURAT',
    ]);
    const tabel = barisTabel(xml);
    const baris = tabel.slice(tabel.findIndex((r) => r[0] === 'No.') + 1).filter((r) => /^\d+\.$/.test(r[0] ?? ''));
    expect(baris.map((r) => [r[1], r[2]])).toEqual([
      [sebagian.nama, 'Sebagian'],
      [belum.nama, 'Belum ada data'],
    ]);
    const arsip = e.page.getByRole('table', { name: 'Surat pengingat' });
    await arsip.getByText('2 perangkat daerah (lampiran)').waitFor();
  });

  it('is the first thing Beranda links to in the reporting weeks', async () => {
    // The quarter being chased today, with a deadline that keeps today inside its reporting weeks.
    const kini = periodePelaporanDi(hariIni());
    const akhir = akhirTriwulan(kini.tahun, kini.triwulan);
    await e.backend.call('pelaporan.simpanTenggat', { ...kini, tanggal: hariIni() > akhir ? hariIni() : akhir });
    await e.buka('beranda');
    const tautan = e.page.getByTestId('beranda-pelaporan');
    await tautan.waitFor();
    expect(await tautan.getByRole('link').textContent()).toBe(
      `Pemantauan Pelaporan Triwulan ${formatTriwulan(kini.triwulan)} ${kini.tahun}`,
    );
    // Above the quarter's figures: the first block under the title.
    const urutan = await e.page.evaluate(() => {
      const pantau = document.querySelector('[data-testid="beranda-pelaporan"]')!;
      const kartu = document.querySelector('.kartu-ringkas')!;
      return pantau.compareDocumentPosition(kartu) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(urutan).toBeTruthy();
    await tautan.getByRole('link').click();
    await e.page.getByRole('heading', { name: 'Pemantauan Pelaporan' }).waitFor();
    expect(e.page.url()).toContain(`#/pemantauan?tahun=${kini.tahun}&bulan=${kini.triwulan * 3}`);
  });

  it('makes the letter of one OPD from its row, addressed to its head', async () => {
    const pengingat = async () =>
      (await e.backend.call('pelaporan.pantau', { tahun, triwulan: 3 })).opd.find((o) => o.opdId === sebagian.id)!
        .pengingat;
    const sebelum = (await pengingat()).jumlah;
    await e.buka(`pemantauan?tahun=${tahun}&bulan=9`);
    const [unduhan] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('button', { name: `Surat ${sebagian.nama}` }).click(),
    ]);
    const { teks } = await bacaDocx(readFileSync((await unduhan.path())!));
    harusBerurutan(teks, [
      `Yth.\t${sebagian.kepalaJabatan}`,
      `dari ${sebagian.nama} belum kami terima secara lengkap`,
      'Status laporan',
      'Sebagian',
      'Sub kegiatan terisi',
    ]);
    expect(await pengingat()).toMatchObject({
      jumlah: sebelum + 1,
      terakhir: { cara: 'surat', oleh: 'Operator Uji' },
    });
  });
});
