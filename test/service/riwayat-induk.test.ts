// Riwayat of the master data and plans edited by hand: OPD, signatories, the regency's settings, RPJMD and Renstra.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { PENGATURAN_MONEV_BAKU } from '../../src/shared/api/pengaturan';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { berkasRenstra, buatContohRenstra, HEADER_RENSTRA } from '../helpers/renstra';

describe('riwayat of master data and plans', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohRenstra>>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohRenstra(b);
    await b.call('sistem.aturOperator', { nama: 'Budi' });
  });
  afterEach(() => t.dispose());

  const terbaru = async (tabel: string, opdId?: number) =>
    (await b.call('riwayat.daftar', opdId === undefined ? {} : { opdId })).find((e) => e.tabel === tabel)!;

  it("records an OPD's rename under its own OPD, and restores the old name", async () => {
    const [opd] = await b.call('opd.daftar', {});
    await b.call('opd.simpan', { ...opd!, nama: 'Dinas Pertanian dan Pangan' });
    const entri = await terbaru('opd', ids.opd.id);
    expect(entri).toMatchObject({
      label: 'Perangkat Daerah',
      uraian: 'Dinas Pertanian dan Pangan',
      aksi: 'ubah',
      oleh: 'Budi',
      opdId: ids.opd.id,
      perubahan: [{ kolom: 'Nama', lama: 'Dinas Pertanian', baru: 'Dinas Pertanian dan Pangan' }],
    });
    await b.call('riwayat.pulihkan', { id: entri.id });
    expect((await b.call('opd.daftar', {}))[0]!.nama).toBe('Dinas Pertanian');
  });

  it("records a signatory's NIP change and restores it", async () => {
    const ttd = await b.call('penandatangan.simpan', {
      nama: 'Drs. Andi Saputra',
      jabatan: 'Kepala Bagian Perekonomian dan SDA',
      pangkat: 'Pembina (IV/a)',
      nip: '197501012000031002',
    });
    await b.call('penandatangan.simpan', { ...ttd, nip: '197501012000031009' });
    const entri = await terbaru('penandatangan');
    expect(entri).toMatchObject({
      label: 'Penandatangan',
      uraian: 'Drs. Andi Saputra',
      aksi: 'ubah',
      opdId: null,
      perubahan: [{ kolom: 'NIP', lama: '197501012000031002', baru: '197501012000031009' }],
    });
    await b.call('riwayat.pulihkan', { id: entri.id });
    expect((await b.call('penandatangan.daftar', {}))[0]!.nip).toBe('197501012000031002');
  });

  it("records a change of the regency's monev thresholds field by field, and restores the regency's own value", async () => {
    const milikDaerah = {
      ...PENGATURAN_MONEV_BAKU,
      aturanStatus: { batasMerahRendah: -15, batasMerahTinggi: -8, ambangTarget: 60 },
    };
    await b.call('pengaturan.simpanMonev', milikDaerah);
    await b.call('pengaturan.simpanMonev', {
      ...milikDaerah,
      aturanStatus: { ...milikDaerah.aturanStatus, ambangTarget: 70 },
    });
    const entri = await terbaru('pengaturan');
    expect(entri).toMatchObject({
      label: 'Pengaturan',
      uraian: 'Ambang status, rumus capaian dan predikat',
      aksi: 'ubah',
      opdId: null,
      perubahan: [{ kolom: 'aturan status: ambang target', lama: 60, baru: 70 }],
    });
    await b.call('riwayat.pulihkan', { id: entri.id });
    expect(await b.call('pengaturan.ambilMonev', {})).toEqual(milikDaerah);
  });

  it('records a change of margins as the field the page names, and not the app writing its own memory', async () => {
    const pengaturan = await b.call('pengaturan.ambil', {});
    await b.call('pengaturan.simpan', { ...pengaturan, marginKiri: 3.5, ukuranKertas: 'F4' });
    await b.call('sistem.aturOperator', { nama: 'Sari' });
    const daftar = (await b.call('riwayat.daftar', {})).filter((e) => e.tabel === 'pengaturan');
    expect(daftar[0]).toMatchObject({
      uraian: 'Identitas instansi, tahun anggaran, kertas dan margin',
      oleh: 'Budi',
      perubahan: expect.arrayContaining([
        { kolom: 'margin kiri', lama: pengaturan.marginKiri, baru: 3.5 },
        { kolom: 'ukuran kertas', lama: pengaturan.ukuranKertas, baru: 'F4' },
      ]) as unknown,
    });
    expect(daftar.every((e) => e.uraian !== 'operatorTerakhir')).toBe(true);
  });

  it('refuses to restore a setting the Pengaturan page would refuse today, naming the field, and changes nothing', async () => {
    // As an older version could have stored it: a numbering pattern without {urut}.
    const pengaturan = await b.call('pengaturan.ambil', {});
    b.ctx.sqlite
      .prepare(`UPDATE pengaturan SET nilai = ? WHERE kunci = 'instansi'`)
      .run(JSON.stringify({ ...pengaturan, polaNomorSurat: 'Ekbang/{tahun}' }));
    await b.call('pengaturan.simpan', { ...pengaturan, polaNomorSurat: '000.1.5/{urut}/Ekbang/{tahun}' });
    const entri = await terbaru('pengaturan');
    expect(entri.perubahan).toEqual([
      { kolom: 'pola nomor surat', lama: 'Ekbang/{tahun}', baru: '000.1.5/{urut}/Ekbang/{tahun}' },
    ]);
    const sebelum = dumpDatabase(b);
    await expect(b.call('riwayat.pulihkan', { id: entri.id })).rejects.toThrow(
      'Pengaturan lama tidak dapat dipulihkan karena tidak memenuhi aturan sekarang: Pola nomor surat harus memuat {urut}',
    );
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it("records a Renstra indicator's edit under the OPD of its program, and restores it", async () => {
    const n = (await b.call('riwayat.daftar', {})).length;
    await b.call('renstra.simpanIndikator', {
      id: ids.indikatorProgram.id,
      revisi: ids.indikatorProgram.revisi,
      tingkat: 'program',
      pemilikId: ids.renstraProgram.id,
      uraian: 'Persentase kelompok tani yang memanfaatkan sarana',
      satuan: '%',
      baseline: 60,
      targetAkhir: 85,
      nilai: [
        { tahun: 2025, target: 64, realisasi: 63 },
        { tahun: 2026, target: 68 },
      ],
    });
    // The yearly targets were sent unchanged: written in place, they add nothing to the history.
    const semua = await b.call('riwayat.daftar', {});
    expect(semua.slice(0, semua.length - n).map((e) => e.tabel)).toEqual(['renstra_indikator']);
    const entri = await terbaru('renstra_indikator', ids.opd.id);
    expect(entri).toMatchObject({
      label: 'Indikator Renstra',
      uraian: 'Persentase kelompok tani yang memanfaatkan sarana',
      aksi: 'ubah',
      opdId: ids.opd.id,
      perubahan: expect.arrayContaining([
        {
          kolom: 'Uraian',
          lama: 'Persentase kelompok tani yang memanfaatkan sarana pertanian',
          baru: 'Persentase kelompok tani yang memanfaatkan sarana',
        },
        { kolom: 'Target akhir', lama: 80, baru: 85 },
      ]) as unknown,
    });
    await b.call('riwayat.pulihkan', { id: entri.id });
    const renstra = await b.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    expect(JSON.stringify(renstra)).toContain('Persentase kelompok tani yang memanfaatkan sarana pertanian');
  });

  it("records a Renstra program's pagu by year (a table without a primary key), and restores a changed and a removed year", async () => {
    const baris = {
      tingkat: 'program' as const,
      id: ids.renstraProgram.id,
      kode: '3.27.02',
      nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
      sasaranRpjmdId: ids.sasaran.id,
    };
    const pagu = async () =>
      (await b.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id })).program[0]!.pagu.map((p) => [
        p.tahun,
        p.pagu,
      ]);
    await b.call('renstra.simpanBaris', {
      ...baris,
      pagu: [
        { tahun: 2025, pagu: 400_000_000, realisasi: null },
        { tahun: 2026, pagu: 500_000_000, realisasi: null },
      ],
    });
    await b.call('renstra.simpanBaris', { ...baris, pagu: [{ tahun: 2025, pagu: 450_000_000, realisasi: null }] });
    const [ubah, hapus] = (await b.call('riwayat.daftar', { opdId: ids.opd.id })).filter(
      (e) => e.tabel === 'renstra_pagu',
    );
    expect(ubah).toMatchObject({
      label: 'Pagu indikatif Renstra',
      uraian: 'Pagu indikatif Renstra tahun 2025',
      aksi: 'ubah',
      perubahan: [{ kolom: 'Pagu (Rp)', lama: 400_000_000, baru: 450_000_000 }],
    });
    expect(hapus).toMatchObject({ aksi: 'hapus', uraian: 'Pagu indikatif Renstra tahun 2026' });
    await b.call('riwayat.pulihkan', { id: ubah!.id });
    await b.call('riwayat.pulihkan', { id: hapus!.id });
    expect(await pagu()).toEqual([
      [2025, 400_000_000],
      [2026, 500_000_000],
    ]);
  });

  it("records the RPJMD's vision under its period", async () => {
    await b.call('rpjmd.simpan', { id: ids.rpjmd.id, tahunAwal: 2025, visi: 'Kabupaten Contoh yang Maju' });
    expect(await terbaru('rpjmd')).toMatchObject({
      label: 'RPJMD',
      uraian: 'Periode 2025-2029',
      opdId: null,
      perubahan: [
        {
          kolom: 'Visi',
          lama: 'Terwujudnya Kabupaten Contoh yang Maju dan Sejahtera',
          baru: 'Kabupaten Contoh yang Maju',
        },
      ],
    });
  });

  it("records only the links a priority's save changed, named by priority and sasaran", async () => {
    const s2 = await b.call('rpjmd.simpanSasaran', {
      tujuanId: ids.tujuan.id,
      nomor: 2,
      uraian: 'Meningkatnya nilai tambah',
    });
    const prioritas = {
      rpjmdId: ids.rpjmd.id,
      tingkat: 'daerah' as const,
      nama: 'SMAS',
      uraian: 'Sehat, Mandiri, Agamis dan Sejahtera',
    };
    const p = await b.call('rpjmd.simpanPrioritas', { ...prioritas, sasaranIds: [ids.sasaran.id] });
    const baru = async (simpan: number[]) => {
      const n = (await b.call('riwayat.daftar', {})).length;
      await b.call('rpjmd.simpanPrioritas', { ...prioritas, id: p.id, sasaranIds: simpan });
      const semua = await b.call('riwayat.daftar', {});
      return semua.slice(0, semua.length - n);
    };
    expect(await baru([ids.sasaran.id, s2.id])).toMatchObject([
      { label: 'Sasaran prioritas pembangunan', aksi: 'tambah', uraian: 'SMAS: Meningkatnya nilai tambah' },
    ]);
    const [lepas, ...lain] = await baru([s2.id]);
    expect(lain).toEqual([]);
    expect(lepas).toMatchObject({ aksi: 'hapus', uraian: 'SMAS: Meningkatnya produktivitas pertanian' });
    await b.call('riwayat.pulihkan', { id: lepas!.id });
    const r = await b.call('rpjmd.rincian', { id: ids.rpjmd.id });
    expect(r.prioritas[0]!.sasaranIds.sort()).toEqual([ids.sasaran.id, s2.id].sort());
  });

  it('refuses to undo the addition of an OPD that now has its Renja and Renstra, and changes nothing', async () => {
    const tambah = (await b.call('riwayat.daftar', { opdId: ids.opd.id })).find(
      (e) => e.tabel === 'opd' && e.aksi === 'tambah',
    )!;
    const sebelum = dumpDatabase(b);
    await expect(b.call('riwayat.pulihkan', { id: tambah.id })).rejects.toThrow(
      /^Penambahan Perangkat Daerah ini tidak dapat dibatalkan karena Perangkat Daerah tersebut sudah memiliki data \(.*Program.*Renstra PD.*\)/,
    );
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('records a Renstra import as one summary entry, and the old values it changes', async () => {
    const base64 = await berkasRenstra([
      HEADER_RENSTRA,
      [
        '3.27.02',
        'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
        'Persentase kelompok tani yang memanfaatkan sarana pertanian',
        '%',
        60,
        64,
        70,
        80,
        1_250_000_000,
      ],
      [
        '3.27.02.2.01',
        'Pengawasan Penggunaan Sarana Pertanian',
        'Jumlah kios diawasi',
        'Kios',
        30,
        35,
        40,
        200,
        400_000_000,
      ],
      [
        '3.27.03',
        'PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN',
        'Luas lahan terlayani',
        'Ha',
        100,
        120,
        140,
        200,
        900_000_000,
      ],
    ]);
    const n = (await b.call('riwayat.daftar', {})).length;
    await b.call('impor.terapkan', {
      jenis: 'renstra',
      rpjmdId: ids.rpjmd.id,
      opdId: ids.opd.id,
      namaBerkas: 'renstra.xlsx',
      base64,
    });
    const semua = await b.call('riwayat.daftar', {});
    const daftar = semua.slice(0, semua.length - n);
    // One summary for the new program, kegiatan, indicators, targets and pagu; the one target the file changed
    // (2026: 68 -> 70) keeps its old value.
    expect(daftar.map((d) => [d.tabel, d.aksi])).toEqual([
      ['impor', 'tambah'],
      ['renstra_target', 'ubah'],
    ]);
    expect(daftar[0]).toMatchObject({ label: 'Impor berkas', opdId: ids.opd.id, oleh: 'Budi' });
    expect(daftar[0]!.uraian).toMatch(/^renstra\.xlsx: /);
    expect(daftar[1]).toMatchObject({
      label: 'Target indikator Renstra',
      uraian: 'Target indikator Renstra tahun 2026',
      opdId: ids.opd.id,
      perubahan: [{ kolom: 'Target', lama: 68, baru: 70 }],
    });
  });
});

describe('riwayat of the sample data', () => {
  it('starts empty: Kabupaten Contoh, its OPD, settings, RPJMD and Renstra included, is not recorded', async () => {
    const t = await tempBackend();
    try {
      await t.b.call('sistem.muatDataContoh', {});
      expect(await t.b.call('riwayat.daftar', {})).toEqual([]);
      // And the triggers are back after it: the next edit is recorded.
      const [opd] = await t.b.call('opd.daftar', {});
      await t.b.call('opd.simpan', { ...opd!, singkatan: 'UJI' });
      expect(await t.b.call('riwayat.daftar', {})).toMatchObject([
        { tabel: 'opd', perubahan: [{ kolom: 'Singkatan', lama: opd!.singkatan, baru: 'UJI' }] },
      ]);
    } finally {
      await t.dispose();
    }
  });
});
