// The Renstra OPD grid under a spreadsheet user's hands (paste a block, Ctrl+D, Delete), on an RPJMD period that is not
// the sample's (2026-2030): each row is saved whole in one call, so what is stored after a reload is what the grid
// showed, and a refused paste leaves the row as it was stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAngka } from '../../src/shared/format';
import { isiPengaturan } from '../helpers/backend';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { startE2e, tempel, type E2e } from './harness';

const JT = 1_000_000;

describe('Renstra OPD grid: paste, fill down and Delete save whole rows', () => {
  let e: E2e;
  let rpjmdId: number;
  let opdId: number;
  let program1: number;
  let kegiatan1: number;
  let program2: number;
  let indikatorId: number;

  beforeAll(async () => {
    e = await startE2e();
    const ids = await buatContohDomain(e.backend);
    await isiPengaturan(e.backend, { tahunAnggaran: TAHUN });
    opdId = ids.opd.id;
    rpjmdId = (await e.backend.call('rpjmd.simpan', { tahunAwal: 2026, visi: 'Kabupaten Contoh Maju' })).id;
    const program = (kode: string, nama: string) =>
      e.backend.call('renstra.simpanProgram', { rpjmdId, opdId, kode, nama, sasaranRpjmdId: null });
    program1 = (await program('3.27.02', 'PROGRAM SARANA PERTANIAN')).id;
    program2 = (await program('3.27.03', 'PROGRAM PRASARANA PERTANIAN')).id;
    kegiatan1 = (
      await e.backend.call('renstra.simpanKegiatan', { programId: program1, kode: '3.27.02.2.01', nama: 'Pengawasan' })
    ).id;
    await e.backend.call('renstra.simpanBaris', {
      tingkat: 'program',
      id: program1,
      kode: '3.27.02',
      nama: 'PROGRAM SARANA PERTANIAN',
      sasaranRpjmdId: null,
      pagu: [2026, 2027, 2028, 2029, 2030].map((tahun, i) => ({ tahun, pagu: (i + 1) * 100 * JT, realisasi: null })),
    });
    indikatorId = (
      await e.backend.call('renstra.simpanIndikator', {
        tingkat: 'program',
        pemilikId: program1,
        uraian: 'Luas lahan beririgasi',
        satuan: 'Ha',
        nilai: [],
      } as never)
    ).id;
  });
  afterAll(() => e.close());

  const sel = (rowId: string, colId: string) =>
    e.page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`).first();
  const renstra = () => e.backend.call('renstra.daftar', { rpjmdId, opdId });
  /** The stored pagu of a row by year: [pagu, realisasi]. */
  const paguTersimpan = async (tingkat: 'program' | 'kegiatan', id: number) => {
    const r = await renstra();
    const baris =
      tingkat === 'program'
        ? r.program.find((p) => p.id === id)!
        : r.program.flatMap((p) => p.kegiatan).find((k) => k.id === id)!;
    return Object.fromEntries(baris.pagu.map((p) => [p.tahun, [p.pagu, p.realisasi]]));
  };
  const buka = async () => {
    await e.buka('renstra');
    await e.page.getByRole('tab', { name: 'Renstra OPD' }).click();
    await sel(`p${program1}`, 'p2026').filter({ hasText: /\d/ }).waitFor();
  };
  const BARIS = () => [`p${program1}`, `k${kegiatan1}`, `p${program2}`];
  const KOLOM = [2026, 2027, 2028, 2029, 2030].flatMap((t) => [`p${t}`, `q${t}`]);
  /** Every pagu and realisasi cell of the three rows, as the grid shows them. */
  const layar = async () => {
    const isi: Record<string, string> = {};
    for (const b of BARIS()) for (const k of KOLOM) isi[`${b}.${k}`] = (await sel(b, k).textContent()) ?? '';
    return isi;
  };

  it('takes its columns from the RPJMD period 2026-2030, not from a five-year guess from 2025', async () => {
    await buka();
    await e.page.getByText('Renstra periode RPJMD 2026-2030').waitFor();
    await sel(`p${program1}`, 'p2030').filter({ hasText: '500.000.000' }).waitFor();
    expect(await e.page.locator('.ag-header-cell[col-id="p2025"]').count()).toBe(0);
  });

  it('pastes a block over two rows and three years, fills down with Ctrl+D and clears with Delete', async () => {
    await buka();
    // A 2 x 3 block from Excel: pagu, realisasi and next year's pagu of the program and its kegiatan.
    await sel(`p${program1}`, 'p2026').click();
    await tempel(e, '110.000.000\t55.000.000\t210.000.000\r\n10.000.000\t5.000.000\t15.000.000\r\n');
    await sel(`k${kegiatan1}`, 'p2027').filter({ hasText: '15.000.000' }).waitFor();
    await sel(`p${program1}`, 'p2027').filter({ hasText: '210.000.000' }).waitFor();

    // Ctrl+D: the program's 2029 pagu down to the kegiatan and the second program.
    await sel(`p${program1}`, 'p2029').click();
    await sel(`p${program2}`, 'p2029').click({ modifiers: ['Shift'] });
    await e.page.keyboard.press('Control+d');
    await sel(`p${program2}`, 'p2029').filter({ hasText: '400.000.000' }).waitFor();
    await sel(`k${kegiatan1}`, 'p2029').filter({ hasText: '400.000.000' }).waitFor();

    // Delete over the 2026 realisasi of the program and the kegiatan.
    await sel(`p${program1}`, 'q2026').click();
    await sel(`k${kegiatan1}`, 'q2026').click({ modifiers: ['Shift'] });
    await e.page.keyboard.press('Delete');
    await sel(`p${program1}`, 'q2026').filter({ hasText: /^$/ }).waitFor();
    await sel(`k${kegiatan1}`, 'q2026').filter({ hasText: /^$/ }).waitFor();
    await e.page
      .getByTestId('status-simpan')
      .filter({ hasText: /^Tersimpan pukul/ })
      .waitFor();

    const terlihat = await layar();
    await e.page.reload();
    await e.page.getByRole('tab', { name: 'Renstra OPD' }).click();
    await sel(`p${program1}`, 'p2026').filter({ hasText: '110.000.000' }).waitFor();
    expect(await layar()).toEqual(terlihat);

    expect(await paguTersimpan('program', program1)).toEqual({
      2026: [110 * JT, null],
      2027: [210 * JT, null],
      2028: [300 * JT, null],
      2029: [400 * JT, null],
      2030: [500 * JT, null],
    });
    expect(await paguTersimpan('kegiatan', kegiatan1)).toEqual({
      2026: [10 * JT, null],
      2027: [15 * JT, null],
      2029: [400 * JT, null],
    });
    expect(await paguTersimpan('program', program2)).toEqual({ 2029: [400 * JT, null] });
    // The grid shows each stored value in Indonesian digits.
    expect(terlihat[`k${kegiatan1}.p2027`]).toBe(formatAngka(15 * JT, 0));
  });

  it('saves quick edits of one row one after another, each with the revision the one before returned', async () => {
    await buka();
    const ketik = async (colId: string, teks: string) => {
      await sel(`p${program2}`, colId).dblclick();
      await e.page.keyboard.press('Control+A');
      await e.page.keyboard.type(teks);
      await e.page.keyboard.press('Enter');
    };
    // No waiting between the edits: the second save must not be taken for someone else's change.
    await ketik('p2026', '11.000.000');
    await ketik('p2027', '12.000.000');
    await ketik('p2028', '13.000.000');
    await sel(`p${program2}`, 'p2028').filter({ hasText: '13.000.000' }).waitFor();
    await expect
      .poll(() => paguTersimpan('program', program2))
      .toEqual({ 2026: [11 * JT, null], 2027: [12 * JT, null], 2028: [13 * JT, null], 2029: [400 * JT, null] });
    expect(await e.page.getByRole('alert').count()).toBe(0);
  });

  it('saves quick edits of one indicator in turn, and refuses one read before another window changed it', async () => {
    await buka();
    const ketik = async (colId: string, teks: string) => {
      await sel(`i${indikatorId}`, colId).dblclick();
      await e.page.keyboard.press('Control+A');
      await e.page.keyboard.type(teks);
      await e.page.keyboard.press('Enter');
    };
    const indikator = async () => (await renstra()).program.find((p) => p.id === program1)!.indikator[0]!;
    const target = async () => Object.fromEntries((await indikator()).nilai.map((n) => [n.tahun, n.target]));
    await ketik('t2026', '10');
    await ketik('t2027', '20');
    await ketik('t2028', '30');
    await expect.poll(target).toEqual({ 2026: 10, 2027: 20, 2028: 30 });
    expect(await e.page.getByRole('alert').count()).toBe(0);

    // Another window renames the indicator after this grid read it: this grid's next edit must not undo that.
    const dibaca = await indikator();
    await e.backend.call('renstra.simpanIndikator', {
      id: indikatorId,
      revisi: dibaca.revisi,
      uraian: 'Luas lahan beririgasi teknis',
    } as never);
    await ketik('t2029', '40');
    // Refused, it names who changed the row and when (Riwayat records the Renstra tables).
    await e.page.getByRole('alert').filter({ hasText: 'Data ini telah diubah oleh Penguji pada' }).first().waitFor();
    expect(await indikator()).toMatchObject({ uraian: 'Luas lahan beririgasi teknis' });
    expect(await target()).toEqual({ 2026: 10, 2027: 20, 2028: 30 });
    // The grid is loaded again and shows what is stored.
    await sel(`i${indikatorId}`, 'uraian').filter({ hasText: 'Luas lahan beririgasi teknis' }).waitFor();
  });

  it('refuses a pasted row with a bad value half-way and leaves the stored row as it was', async () => {
    await buka();
    const sebelum = (await renstra()).program.find((p) => p.id === program1);
    // 2026 is fine, the 2027 realisation is not: when pagu were saved a year at a time, 2026 was kept.
    await sel(`p${program1}`, 'p2026').click();
    await tempel(e, '777.000.000\t1.000.000\t888.000.000\t-5\r\n');
    await e.page
      .getByRole('alert')
      .filter({ hasText: 'Realisasi anggaran 2027 tidak boleh kurang dari 0' })
      .first()
      .waitFor();
    expect((await renstra()).program.find((p) => p.id === program1)).toEqual(sebelum);
    // The grid is loaded again and shows what is stored.
    await sel(`p${program1}`, 'p2026').filter({ hasText: '110.000.000' }).waitFor();
    expect(await sel(`p${program1}`, 'p2027').textContent()).toBe('210.000.000');
  });

  it('empties a pagu with Delete as the other grids do, saved; refuses it while that year has a realisation', async () => {
    const kedua = (await renstra()).program.find((p) => p.id === program2)!;
    await e.backend.call('renstra.simpanBaris', {
      tingkat: 'program',
      id: program2,
      revisi: kedua.revisi,
      kode: '3.27.03',
      nama: 'PROGRAM PRASARANA PERTANIAN',
      sasaranRpjmdId: null,
      pagu: [
        { tahun: 2026, pagu: 100 * JT, realisasi: 40 * JT },
        { tahun: 2027, pagu: 50 * JT, realisasi: null },
        { tahun: 2028, pagu: 60 * JT, realisasi: null },
      ],
    });
    await buka();
    await e.page.reload();
    await e.page.getByRole('tab', { name: 'Renstra OPD' }).click();
    const program = `p${program2}`;
    await sel(program, 'p2027').filter({ hasText: '50.000.000' }).waitFor();
    const lain = await paguTersimpan('program', program1);

    // One cell: the year's pagu is emptied and the year is saved without it; the other years stay.
    await sel(program, 'p2027').click();
    await e.page.keyboard.press('Delete');
    await sel(program, 'p2027').filter({ hasText: /^$/ }).waitFor();
    await expect
      .poll(() => paguTersimpan('program', program2))
      .toEqual({ 2026: [100 * JT, 40 * JT], 2028: [60 * JT, null] });

    // A pagu whose year has a realisation cannot be emptied alone: the message names the field, nothing is saved.
    await sel(program, 'p2026').click();
    await e.page.keyboard.press('Delete');
    await e.page
      .getByRole('alert')
      .filter({
        hasText: 'Pagu 2026: pagu indikatif wajib diisi selama Realisasi 2026 terisi (tulis 0 bila tidak ada)',
      })
      .waitFor();
    expect(await sel(program, 'p2026').textContent()).toBe('100.000.000');
    expect(await paguTersimpan('program', program2)).toEqual({ 2026: [100 * JT, 40 * JT], 2028: [60 * JT, null] });

    // Pagu and realisasi of the year together: both go, and so does the year.
    await e.page.reload();
    await e.page.getByRole('tab', { name: 'Renstra OPD' }).click();
    await sel(program, 'p2026').click();
    await sel(program, 'q2026').click({ modifiers: ['Shift'] });
    await e.page.keyboard.press('Delete');
    await sel(program, 'q2026').filter({ hasText: /^$/ }).waitFor();
    await expect.poll(() => paguTersimpan('program', program2)).toEqual({ 2028: [60 * JT, null] });
    expect(await sel(program, 'p2026').textContent()).toBe('');
    expect(await sel(program, 'p2028').textContent()).toBe('60.000.000');
    // The other program's row is untouched.
    expect(await paguTersimpan('program', program1)).toEqual(lain);
    expect(await e.page.getByRole('alert').count()).toBe(0);
  });
});
