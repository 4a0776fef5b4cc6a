import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAHUN } from '../helpers/renja';
import { buatContohRenstra, isiRealisasiContoh } from '../helpers/renstra';
import { startE2e, type E2e } from './harness';
import { isiPengaturan } from '../helpers/backend';

describe('Renstra & RPJMD grids edited in place, in Chromium', () => {
  let e: E2e;
  let ids: Awaited<ReturnType<typeof buatContohRenstra>>;
  beforeAll(async () => {
    e = await startE2e();
    ids = await buatContohRenstra(e.backend);
    await isiRealisasiContoh(e.backend, ids);
    await e.backend.call('renstra.tautkan', { programId: ids.program.id, renstraProgramId: ids.renstraProgram.id });
    await isiPengaturan(e.backend, { tahunAnggaran: TAHUN });
  });
  afterAll(() => e.close());

  const tab = (nama: string) => e.page.getByRole('tab', { name: nama }).click();
  const sel = (rowId: string, colId: string) =>
    e.page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
  const ketik = async (rowId: string, colId: string, teks: string) => {
    await sel(rowId, colId).dblclick();
    await e.page.keyboard.press('Control+A');
    await e.page.keyboard.type(teks);
    await e.page.keyboard.press('Enter');
  };
  const nilaiSasaran = async () =>
    (await e.backend.call('rpjmd.rincian', { id: ids.rpjmd.id })).misi[0]!.tujuan[0]!.sasaran[0]!.indikator[0]!.nilai;
  const capaianSasaran = () => sel(`sa:${ids.sasaran.id}`, 'capaian');

  it('a realisation typed in the RPJMD grid changes the capaian on the Pohon Kinerja', async () => {
    await e.buka('renstra');
    await capaianSasaran().filter({ hasText: '80,00%' }).waitFor();

    await tab('RPJMD');
    const indikator = String(ids.indikatorSasaran.id);
    await sel(indikator, `t${TAHUN}`).filter({ hasText: '5,40' }).waitFor();
    await ketik(indikator, `r${TAHUN}`, '5,13');
    await sel(indikator, `r${TAHUN}`).filter({ hasText: '5,13' }).waitFor();
    expect(await nilaiSasaran()).toEqual([
      { tahun: 2025, target: 5.2, realisasi: 5.1 },
      { tahun: TAHUN, target: 5.4, realisasi: 5.13 },
    ]);

    await tab('Pohon Kinerja');
    await capaianSasaran().filter({ hasText: '95,00%' }).waitFor();
    expect(await e.page.getByTestId('capaian-visi').textContent()).toContain('95,00%');
  });

  it('refuses a number it cannot read with the message, and saves nothing', async () => {
    await e.buka('renstra');
    await tab('RPJMD');
    const indikator = String(ids.indikatorSasaran.id);
    await sel(indikator, `r${TAHUN}`).filter({ hasText: '5,13' }).waitFor();
    const sebelum = await nilaiSasaran();
    await ketik(indikator, `r${TAHUN}`, '5.130');
    await e.page
      .getByRole('alert')
      .filter({ hasText: `Realisasi ${TAHUN}: Angka "5.130" ambigu untuk bilangan: tulis 5,130 atau 5130` })
      .waitFor();
    expect(await sel(indikator, `r${TAHUN}`).textContent()).toBe('5,13');
    expect(await nilaiSasaran()).toEqual(sebelum);
  });

  it('edits pagu indikatif and indicator targets of the Renstra OPD, and shows what the API refuses', async () => {
    await e.buka('renstra');
    await tab('Renstra OPD');
    const program = `p${ids.renstraProgram.id}`;
    await ketik(program, `p${TAHUN}`, '1.250.000.000');
    await sel(program, `p${TAHUN}`).filter({ hasText: '1.250.000.000' }).waitFor();
    await ketik(program, `p${TAHUN}`, '-5');
    await e.page
      .getByRole('alert')
      .filter({ hasText: `Pagu indikatif ${TAHUN} tidak boleh kurang dari 0` })
      .waitFor();
    const indikator = `i${ids.indikatorProgram.id}`;
    await ketik(indikator, `t${TAHUN}`, '70,5');
    await sel(indikator, `t${TAHUN}`).filter({ hasText: '70,50' }).waitFor();

    const renstra = await e.backend.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    const p = renstra.program[0]!;
    expect(p.pagu.find((x) => x.tahun === TAHUN)?.pagu).toBe(1_250_000_000);
    expect(p.indikator[0]!.nilai.find((n) => n.tahun === TAHUN)?.target).toBe(70.5);
    // The realisation of 2025 is kept when a target changes.
    expect(p.indikator[0]!.nilai.find((n) => n.tahun === 2025)).toEqual({ tahun: 2025, target: 64, realisasi: 63 });
  });

  it('undoes a Renstra cell with Ctrl+Z and does it again with Ctrl+Y, each saved', async () => {
    await e.buka('renstra');
    // Error notifications stay until closed and would cover the grid.
    await e.page.reload();
    await tab('Renstra OPD');
    const indikator = `i${ids.indikatorProgram.id}`;
    const target = async () =>
      (await e.backend.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id })).program[0]!.indikator[0]!
        .nilai;
    await sel(indikator, `t${TAHUN}`).filter({ hasText: '70,50' }).waitFor();
    await ketik(indikator, `t${TAHUN}`, '72');
    await sel(indikator, `t${TAHUN}`).filter({ hasText: '72,00' }).waitFor();
    await e.page.keyboard.press('Control+z');
    await sel(indikator, `t${TAHUN}`).filter({ hasText: '70,50' }).waitFor();
    expect(await target()).toEqual([
      { tahun: 2025, target: 64, realisasi: 63 },
      { tahun: TAHUN, target: 70.5, realisasi: null },
    ]);
    await e.page.keyboard.press('Control+y');
    await sel(indikator, `t${TAHUN}`).filter({ hasText: '72,00' }).waitFor();
    expect((await target()).find((n) => n.tahun === TAHUN)?.target).toBe(72);
  });

  it('renames a Renstra kegiatan in place and deletes it after the app dialog asks (Batal keeps it)', async () => {
    const { id } = await e.backend.call('renstra.simpanKegiatan', {
      programId: ids.renstraProgram.id,
      kode: '3.27.02.2.01',
      nama: 'Pengawasan sarana',
    });
    await e.buka('renstra');
    // Error notifications stay until closed and would cover the grid's last column.
    await e.page.reload();
    await tab('Renstra OPD');
    await ketik(`k${id}`, 'nama', 'Pengawasan Penggunaan Sarana Pertanian');
    await sel(`k${id}`, 'nama').filter({ hasText: 'Pengawasan Penggunaan Sarana Pertanian' }).waitFor();
    // The app's own dialog asks; Batal keeps the row.
    const tanya = e.page.getByRole('alertdialog', { name: 'Hapus kegiatan 3.27.02.2.01?' });
    await e.page.getByRole('button', { name: 'Hapus kegiatan 3.27.02.2.01' }).click();
    await tanya.getByRole('button', { name: 'Batal' }).click();
    await tanya.waitFor({ state: 'detached' });
    expect(
      (await e.backend.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id })).program[0]!.kegiatan,
    ).toHaveLength(1);
    await sel(`k${id}`, 'nama').filter({ hasText: 'Pengawasan Penggunaan Sarana Pertanian' }).waitFor();
    await e.page.getByRole('button', { name: 'Hapus kegiatan 3.27.02.2.01' }).click();
    await tanya.getByRole('button', { name: 'Hapus', exact: true }).click();
    await e.page.getByText('kegiatan 3.27.02.2.01 dihapus').waitFor();
    const renstra = await e.backend.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    expect(renstra.program[0]!.kegiatan).toEqual([]);
  });

  it('adds a kegiatan in the one-line form: a refusal keeps what was typed, a save empties it but keeps the program', async () => {
    const kedua = await e.backend.call('renstra.simpanProgram', {
      rpjmdId: ids.rpjmd.id,
      opdId: ids.opd.id,
      kode: '3.27.03',
      nama: 'Program Penyediaan dan Pengembangan Prasarana Pertanian',
      sasaranRpjmdId: null,
    });
    await e.buka('renstra');
    await e.page.reload();
    await tab('Renstra OPD');
    const program = e.page.getByLabel('Program kegiatan baru');
    const kode = e.page.getByLabel('Kode kegiatan baru');
    const nama = e.page.getByLabel('Nama kegiatan baru');
    await program.selectOption(String(kedua.id));
    await kode.fill('3.27.03.2.01');
    await e.page.getByRole('button', { name: 'Tambah kegiatan Renstra' }).click();
    await e.page.getByRole('alert').filter({ hasText: 'Nama kegiatan' }).waitFor();
    expect([await program.inputValue(), await kode.inputValue()]).toEqual([String(kedua.id), '3.27.03.2.01']);

    await nama.fill('Penyediaan Prasarana Pertanian');
    await e.page.getByRole('button', { name: 'Tambah kegiatan Renstra' }).click();
    await e.page.getByText('Kegiatan 3.27.03.2.01 disimpan').waitFor();
    expect([await program.inputValue(), await kode.inputValue(), await nama.inputValue()]).toEqual([
      String(kedua.id),
      '',
      '',
    ]);
    const renstra = await e.backend.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    const baru = renstra.program.find((p) => p.id === kedua.id)!;
    expect(baru.kegiatan.map((k) => [k.kode, k.nama])).toEqual([['3.27.03.2.01', 'Penyediaan Prasarana Pertanian']]);
  });

  it('saves quick edits of one RPJMD indicator in turn, and refuses one read before another window changed it', async () => {
    await e.buka('renstra');
    await tab('RPJMD');
    const indikator = String(ids.indikatorSasaran.id);
    await sel(indikator, `t${TAHUN}`).filter({ hasText: /\d/ }).waitFor();
    const baca = async () =>
      (await e.backend.call('rpjmd.rincian', { id: ids.rpjmd.id })).misi[0]!.tujuan[0]!.sasaran[0]!.indikator[0]!;
    // No waiting between the edits: the second save must not be taken for someone else's change.
    await ketik(indikator, 'r2025', '5,15');
    await ketik(indikator, `t${TAHUN}`, '5,45');
    await expect
      .poll(async () => (await nilaiSasaran()).map((n) => [n.tahun, n.target, n.realisasi]))
      .toEqual([
        [2025, 5.2, 5.15],
        [TAHUN, 5.45, expect.any(Number)],
      ]);
    // Refused, it names who changed the row and when (Riwayat records the RPJMD tables).
    const konflik = e.page.getByRole('alert').filter({ hasText: 'telah diubah oleh' });
    expect(await konflik.count()).toBe(0);

    const dibaca = await baca();
    await e.backend.call('rpjmd.simpanIndikator', {
      id: dibaca.id,
      revisi: dibaca.revisi,
      uraian: 'Diubah di jendela lain',
    } as never);
    const sebelum = await nilaiSasaran();
    await ketik(indikator, `t${TAHUN}`, '6');
    await konflik.filter({ hasText: 'Data ini telah diubah oleh Penguji pada' }).first().waitFor();
    expect((await baca()).uraian).toBe('Diubah di jendela lain');
    expect(await nilaiSasaran()).toEqual(sebelum);
    await sel(indikator, 'uraian').filter({ hasText: 'Diubah di jendela lain' }).waitFor();
  });
});
