// The meeting editor keeps what is typed: the notulen saves itself after a pause, drafts survive a switch of tabs,
// "Tambah pembahasan" follows the agenda item the user is on, and a newer version on the server is not overwritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rapat } from '../../src/shared/api/rapat';
import { startE2e, type E2e } from './harness';

describe('notulen in the meeting editor', () => {
  let e: E2e;
  let rapat: Rapat;
  beforeAll(async () => {
    e = await startE2e({ contoh: true, operator: 'Rina' });
    const semua = await Promise.all(
      (await e.backend.call('rapat.daftar', {})).map((r) => e.backend.call('rapat.ambil', { id: r.id })),
    );
    rapat = semua.find((r) => r.acara.length >= 2)!;
    expect(rapat).toBeDefined();
  });
  afterAll(() => e.close());

  const ambil = () => e.backend.call('rapat.ambil', { id: rapat.id });
  const buka = async (tab?: string) => {
    // A fresh page: the editor is the list page's state, not its address.
    await e.page.goto('about:blank');
    await e.buka('rapat');
    await e.page.locator('.ag-row').filter({ hasText: rapat.judul }).getByRole('button', { name: 'Buka' }).click();
    if (tab) await e.page.getByRole('tab', { name: tab }).click();
  };
  // A textarea mounted with text adds it to its label's text, so the follow-up field is found through its form.
  const tindakLanjut = () => e.page.getByRole('form', { name: 'Tambah tindak lanjut' }).locator('textarea');
  const tab = (nama: string) => e.page.getByRole('tab', { name: nama }).click();
  // The notulen saves 1.5 s after the last keystroke.
  const SABAR = { timeout: 8000 };

  it('saves the notulen by itself after a pause, with "Tersimpan pukul", and leaves untouched what was not typed', async () => {
    const sebelum = await ambil();
    await buka('Notulen');
    const kesimpulan = e.page.getByLabel('Kesimpulan/keputusan (satu butir per baris)');
    await kesimpulan.fill('1. Realisasi fisik dipercepat sebelum akhir Oktober');
    await expect
      .poll(() => e.page.getByTestId('status-simpan').textContent(), SABAR)
      .toMatch(/^Tersimpan pukul \d{2}\.\d{2}$/);
    const sesudah = await ambil();
    expect(sesudah.notulen).toEqual({
      ...sebelum.notulen,
      kesimpulan: '1. Realisasi fisik dipercepat sebelum akhir Oktober',
      pembahasan: sesudah.notulen.pembahasan,
    });
    expect(sesudah.notulen.pembahasan.map(({ acaraId, pembicara, uraian }) => [acaraId, pembicara, uraian])).toEqual(
      sebelum.notulen.pembahasan.map(({ acaraId, pembicara, uraian }) => [acaraId, pembicara, uraian]),
    );
    // The meeting's own particulars are not touched by the minutes' save.
    const { notulen: _a, revisi: _r1, ...rincianSesudah } = sesudah;
    const { notulen: _b, revisi: _r2, ...rincianSebelum } = sebelum;
    expect(rincianSesudah).toEqual(rincianSebelum);

    // Nothing left to ask about: the reload goes through without a question, and the text is there.
    await e.page.reload();
    await buka('Notulen');
    await expect.poll(() => kesimpulan.inputValue(), SABAR).toBe('1. Realisasi fisik dipercepat sebelum akhir Oktober');
  });

  it('keeps typed text across tabs, and saves the notulen when its tab is left', async () => {
    await buka('Rincian & acara');
    await e.page.getByLabel('Tempat', { exact: true }).fill('Ruang Rapat Bappeda');
    await tab('Peserta & kehadiran');
    await e.page.getByLabel('Nama peserta').fill('Hj. Nurhayati');
    await tab('Notulen');
    await e.page.getByLabel('Pembukaan').fill('Rapat dibuka pukul 09.10 oleh Asisten II.');
    // Left at once, before the pause is over.
    await tab('Tindak lanjut & kendala');
    await tindakLanjut().fill('Dinas PUPR menyusun jadwal ulang');
    await expect
      .poll(async () => (await ambil()).notulen.pembukaan, SABAR)
      .toBe('Rapat dibuka pukul 09.10 oleh Asisten II.');

    await tab('Rincian & acara');
    expect(await e.page.getByLabel('Tempat', { exact: true }).inputValue()).toBe('Ruang Rapat Bappeda');
    await tab('Peserta & kehadiran');
    expect(await e.page.getByLabel('Nama peserta').inputValue()).toBe('Hj. Nurhayati');
    await tab('Notulen');
    expect(await e.page.getByLabel('Pembukaan').inputValue()).toBe('Rapat dibuka pukul 09.10 oleh Asisten II.');
    await tab('Tindak lanjut & kendala');
    expect(await tindakLanjut().inputValue()).toBe('Dinas PUPR menyusun jadwal ulang');
    // The meeting's own fields are still unsaved and still guarded.
    await e.page.getByTestId('belum-disimpan').waitFor();
    await e.page.getByRole('button', { name: '← Daftar rapat' }).click();
    const tanya = e.page.getByRole('alertdialog', { name: 'Tinggalkan rapat tanpa menyimpan?' });
    await tanya.getByRole('button', { name: 'Tinggalkan' }).click();
    expect((await ambil()).tempat).toBe(rapat.tempat);
  });

  it('saves the notulen on leaving the page without asking when only the notulen changed', async () => {
    await buka('Notulen');
    await e.page.getByLabel('Nama notulis').fill('Andi Saputra, S.E.');
    await e.page.getByRole('button', { name: '← Daftar rapat' }).click();
    await e.page.getByRole('button', { name: 'Rapat baru' }).waitFor();
    expect(await e.page.getByRole('alertdialog').count()).toBe(0);
    await expect.poll(async () => (await ambil()).notulen.notulisNama, SABAR).toBe('Andi Saputra, S.E.');
  });

  /**
   * Stores three discussion rows (agenda items 1 and 2, then one under "Lain-lain"), opens the minutes and adds a row
   * from row 2: it comes after item 2's last row, on item 2 — not item 1.
   */
  const tambahDariButir2 = async (lainLain: string) => {
    const [acara1, acara2] = rapat.acara as [Rapat['acara'][number], Rapat['acara'][number]];
    await e.backend.call('rapat.simpanNotulen', {
      rapatId: rapat.id,
      pembahasan: [
        { acaraId: acara1.id, pembicara: 'Kepala Bappeda', uraian: 'Paparan realisasi triwulan' },
        { acaraId: acara2.id, pembicara: 'Kepala Dinas PUPR', uraian: 'Kendala lahan jalan usaha tani' },
        { acaraId: null, pembicara: '', uraian: lainLain },
      ],
    });
    await buka('Notulen');
    await e.page.getByLabel('Uraian pembahasan 2').click();
    await e.page.getByRole('button', { name: 'Tambah pembahasan' }).click();
    expect(await e.page.getByLabel('Acara pembahasan 3').inputValue()).toBe(String(acara2.id));
    return [acara1, acara2] as const;
  };

  it('adds a discussion to the agenda item the user is on', async () => {
    const n = (await ambil()).notulen;
    const [acara1, acara2] = await tambahDariButir2('Lain-lain');
    await e.page.getByLabel('Uraian pembahasan 3').fill('Lahan dibebaskan lewat hibah desa');
    await expect.poll(async () => (await ambil()).notulen.pembahasan.length, SABAR).toBe(4);
    const sesudah = await ambil();
    expect(sesudah.notulen.pembahasan.map((b) => [b.acaraId, b.uraian])).toEqual([
      [acara1.id, 'Paparan realisasi triwulan'],
      [acara2.id, 'Kendala lahan jalan usaha tani'],
      [acara2.id, 'Lahan dibebaskan lewat hibah desa'],
      [null, 'Lain-lain'],
    ]);
    expect(sesudah.notulen.pembukaan).toBe(n.pembukaan);

    // On the agenda item 1 row it adds to item 1.
    await e.page.getByLabel('Pembicara 1', { exact: true }).click();
    await e.page.getByRole('button', { name: 'Tambah pembahasan' }).click();
    expect(await e.page.getByLabel('Acara pembahasan 2').inputValue()).toBe(String(acara1.id));
    // A row wholly empty holds nothing and does not hold the rest back: the closing words are saved without it.
    await e.page.getByLabel('Kesimpulan/keputusan (satu butir per baris)').fill('Jalan usaha tani diprioritaskan');
    await expect.poll(async () => (await ambil()).notulen.kesimpulan, SABAR).toBe('Jalan usaha tani diprioritaskan');
    expect((await ambil()).notulen.pembahasan).toHaveLength(4);
    // A speaker without the text waits quietly instead of being refused while the user is about to type.
    await e.page.getByLabel('Pembicara 2', { exact: true }).fill('Kepala Dinas Pertanian');
    await e.page.getByTestId('notulen-menunggu').filter({ hasText: 'uraian pembahasan 2 belum diisi' }).waitFor();
    expect(await e.page.getByTestId('galat-notulen').count()).toBe(0);
    await e.page.getByRole('button', { name: 'Hapus' }).nth(1).click();
  });

  it('keeps the discussion of a removed agenda item under "Lain-lain", a row not saved yet too', async () => {
    const [acara1] = await tambahDariButir2('Usulan rapat berikutnya');
    // A speaker without text: held by the editor, not saved, when the agenda item goes.
    await e.page.getByLabel('Pembicara 3', { exact: true }).fill('Camat Batauga');
    await tab('Rincian & acara');
    await e.page.locator('.rapat-acara li').nth(1).getByRole('button', { name: 'Hapus' }).click();
    await e.page.getByRole('button', { name: 'Simpan rapat' }).click();
    await expect.poll(async () => (await ambil()).acara.map((a) => a.id), SABAR).toEqual([acara1.id]);

    await tab('Notulen');
    expect(await e.page.getByLabel('Acara pembahasan 2').inputValue()).toBe('');
    expect(await e.page.getByLabel('Acara pembahasan 3').inputValue()).toBe('');
    // The row not saved yet now saves, under "Lain-lain" (main refuses an agenda item the meeting no longer has).
    await e.page.getByLabel('Uraian pembahasan 3').fill('Jalan desa diusulkan lewat DAK');
    await expect.poll(async () => (await ambil()).notulen.pembahasan.length, SABAR).toBe(4);
    expect(await e.page.getByTestId('galat-notulen').count()).toBe(0);
    const harapan = [
      [acara1.id, 'Kepala Bappeda', 'Paparan realisasi triwulan'],
      [null, 'Kepala Dinas PUPR', 'Kendala lahan jalan usaha tani'],
      [null, 'Camat Batauga', 'Jalan desa diusulkan lewat DAK'],
      [null, '', 'Usulan rapat berikutnya'],
    ];
    expect((await ambil()).notulen.pembahasan.map((b) => [b.acaraId, b.pembicara, b.uraian])).toEqual(harapan);

    // After a reload the editor shows them where they are stored.
    await buka('Notulen');
    await e.page.getByLabel('Uraian pembahasan 4').waitFor();
    for (const i of [2, 3, 4]) {
      const pilihan = e.page.getByLabel(`Acara pembahasan ${i}`);
      expect(await pilihan.inputValue()).toBe('');
      expect(await pilihan.locator('option:checked').textContent()).toBe('Lain-lain');
    }
    expect(await e.page.getByLabel('Uraian pembahasan 3').inputValue()).toBe('Jalan desa diusulkan lewat DAK');
    expect(await e.page.getByLabel('Acara pembahasan 1').inputValue()).toBe(String(acara1.id));
  });

  it('shows a newer version saved elsewhere on the page and does not overwrite it', async () => {
    await buka('Notulen');
    await e.page.getByLabel('Pembukaan').waitFor();
    // Someone else saves the minutes after this editor read them.
    await e.backend.call('rapat.simpanNotulen', { rapatId: rapat.id, pembukaan: 'Versi dari komputer lain' });
    await e.page.getByLabel('Pembukaan').fill('Versi dari editor ini');
    await e.page.getByTestId('galat-notulen').filter({ hasText: 'Data ini telah diubah' }).waitFor();
    expect(await e.page.getByTestId('galat-notulen').getAttribute('role')).toBe('alert');
    expect((await ambil()).notulen.pembukaan).toBe('Versi dari komputer lain');
    // It stays stopped: more typing does not overwrite either.
    await e.page.getByLabel('Kesimpulan/keputusan (satu butir per baris)').fill('Diketik sesudah penolakan');
    await new Promise((r) => setTimeout(r, 2500));
    const tersimpan = await ambil();
    expect(tersimpan.notulen.pembukaan).toBe('Versi dari komputer lain');
    expect(tersimpan.notulen.kesimpulan).not.toBe('Diketik sesudah penolakan');
    expect(await e.page.getByTestId('status-simpan').textContent()).toBe('');
  });
});
