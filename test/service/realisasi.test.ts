import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohDomain, TAHUN } from '../helpers/renja';
import { PRESET_PREDIKAT } from '../../src/shared/monev/aturan';

describe('realisation against the plan (the worked example of domain.md)', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
  });
  afterEach(() => t.dispose());

  const isi = (perubahan: object[]) =>
    b.call('realisasi.simpan', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6, perubahan: perubahan as never });

  it('gives the deviation, absorption, status and rollup of the worked example', async () => {
    await isi([
      { subKegiatanId: ids.a.id, realisasiFisik: 35, realisasiKeuangan: 120_000_000 },
      { subKegiatanId: ids.b.id, realisasiFisik: 45, realisasiKeuangan: 50_000_000 },
    ]);
    const r = await b.call('monev.ringkasan', { tahun: TAHUN, triwulan: 2 });
    expect(r.versi).toBe('murni');
    expect(r.kabupaten.pagu).toBe(500_000_000);
    expect(r.kabupaten.targetFisik).toBeCloseTo(48, 10);
    expect(r.kabupaten.realisasiFisik).toBeCloseTo(37, 10);
    expect(r.kabupaten.deviasiFisik).toBeCloseTo(-11, 10);
    expect(r.kabupaten.status).toBe('merah');
    expect(r.kabupaten.realisasiKeuangan).toBe(170_000_000);
    expect(r.kabupaten.persenKeuangan).toBeCloseTo(34, 10);
    expect(r.opd).toHaveLength(1);
    expect(r.opd[0]).toMatchObject({
      nama: 'Dinas Pertanian',
      peringkat: 1,
      jumlahSubKegiatan: 2,
      jumlahTerisi: 2,
      status: 'merah',
    });

    const lembar = await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    const a = lembar.baris.find((x) => x.subKegiatanId === ids.a.id)!;
    expect(a).toMatchObject({
      targetFisik: 50,
      realisasiFisik: 35,
      realisasiKeuangan: 120_000_000,
      diubahOleh: 'Penguji',
    });
    expect(a.indikator).toMatchObject({ uraian: 'Jumlah kios pupuk yang diawasi', satuan: 'Kios', target: 40 });
  });

  it('reports no realisation yet instead of failing', async () => {
    const r = await b.call('monev.ringkasan', { tahun: TAHUN, triwulan: 1 });
    expect(r.belumAdaRealisasi).toBe(true);
    expect(r.kabupaten.realisasiFisik).toBeNull();
    expect(r.opd[0]!.status).toBeNull();
  });

  it('refuses a whole batch when one cell is wrong, naming the sub kegiatan and column, and saves nothing', async () => {
    const sebelum = dumpDatabase(b);
    const jawaban = await b.handle('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [
        { subKegiatanId: ids.a.id, realisasiFisik: 35, realisasiKeuangan: 120_000_000 },
        { subKegiatanId: ids.b.id, realisasiFisik: 45, realisasiKeuangan: 150_000_000 },
      ],
    });
    expect(jawaban.ok).toBe(false);
    if (jawaban.ok) return;
    expect(jawaban.galat.rincian).toEqual([
      {
        kolom: `${ids.b.id}.realisasiKeuangan`,
        pesan: '3.27.02.2.01.0002 Realisasi keuangan (Rp): Rp150.000.000,00 melebihi pagu Rp100.000.000,00',
      },
    ]);
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it.each([
    [{ realisasiFisik: 100.5 }, 'Realisasi fisik (%) tidak boleh lebih dari 100'],
    [{ realisasiKeuangan: -1 }, 'Realisasi keuangan (Rp) tidak boleh kurang dari 0'],
    [{ realisasiFisik: '45' }, 'Realisasi fisik (%) harus berupa angka'],
    [{ realisasiKeuangan: 1.005 }, 'Realisasi keuangan (Rp) paling banyak 2 angka desimal'],
  ])('validates %o in main with a field-named message', async (salah, pesan) => {
    const jawaban = await b.handle('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [{ subKegiatanId: ids.a.id, ...salah }],
    });
    expect(jawaban.ok).toBe(false);
    if (!jawaban.ok) expect(jawaban.galat.pesan).toBe(pesan);
  });

  it('flags a cumulative value that goes down from the previous period', async () => {
    await b.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 3,
      perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: 20 }],
    });
    await expect(isi([{ subKegiatanId: ids.a.id, realisasiFisik: 15 }])).rejects.toThrow(
      'Realisasi fisik (%): nilai kumulatif 15,00% lebih kecil dari s.d. Maret (20,00%)',
    );
  });

  it('records the realisation of the output indicator and refuses it where there is none', async () => {
    await isi([{ subKegiatanId: ids.a.id, realisasiKinerja: 12 }]);
    const lembar = await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(lembar.baris.find((x) => x.subKegiatanId === ids.a.id)!.indikator?.realisasi).toBe(12);
    await expect(isi([{ subKegiatanId: ids.b.id, realisasiKinerja: 3 }])).rejects.toThrow(
      'belum memiliki indikator keluaran',
    );
  });

  it('requires an operator before saving', async () => {
    const baru = await t.reopen();
    await expect(
      baru.call('realisasi.simpan', {
        opdId: ids.opd.id,
        tahun: TAHUN,
        bulan: 6,
        perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: 1 }],
      }),
    ).rejects.toThrow('Pilih nama operator terlebih dahulu');
  });

  it('measures realisation after the revision against APBD Perubahan', async () => {
    await b.call('renja.simpanSubKegiatan', {
      id: ids.a.id,
      kegiatanId: ids.kegiatan.id,
      kode: '3.27.02.2.01.0001',
      nama: 'Pengawasan Pupuk Bersubsidi (A)',
      versi: 'perubahan',
      pagu: 300_000_000,
      target: [{ bulan: 9, targetFisik: 70, targetKeuangan: 200_000_000 }],
    });
    await b.call('renja.aturPerubahan', { tahun: TAHUN, perubahanMulaiBulan: 9 });
    const tw3 = await b.call('monev.ringkasan', { tahun: TAHUN, triwulan: 3 });
    expect(tw3.versi).toBe('perubahan');
    // Sub kegiatan B has no Perubahan row: dropped by the revision.
    expect(tw3.kabupaten.pagu).toBe(300_000_000);
    const tw2 = await b.call('monev.ringkasan', { tahun: TAHUN, triwulan: 2 });
    expect(tw2.versi).toBe('murni');
    expect(tw2.kabupaten.pagu).toBe(500_000_000);
  });
});

describe('warning thresholds from Pengaturan', () => {
  it('judge the status with the regency own thresholds, and refuse a positive red limit', async () => {
    const t = await tempBackend();
    try {
      const ids = await buatContohDomain(t.b);
      await t.b.call('realisasi.simpan', {
        opdId: ids.opd.id,
        tahun: TAHUN,
        bulan: 6,
        perubahan: [
          { subKegiatanId: ids.a.id, realisasiFisik: 35 },
          { subKegiatanId: ids.b.id, realisasiFisik: 45 },
        ],
      });
      expect((await t.b.call('monev.ringkasan', { tahun: TAHUN, triwulan: 2 })).kabupaten.status).toBe('merah');
      await t.b.call('pengaturan.simpanMonev', {
        aturanStatus: { batasMerahRendah: -15, batasMerahTinggi: -5, ambangTarget: 70 },
        rumusNegatif: 'kebalikan',
        predikat: PRESET_PREDIKAT.rentang90,
      });
      expect((await t.b.call('monev.ringkasan', { tahun: TAHUN, triwulan: 2 })).kabupaten.status).toBe('kuning');
      const salah = await t.b.handle('pengaturan.simpanMonev', {
        aturanStatus: { batasMerahRendah: 5, batasMerahTinggi: -5, ambangTarget: 70 },
        rumusNegatif: 'selisih',
      });
      expect(salah.ok === false && salah.galat.pesan).toBe('Batas merah (target rendah) tidak boleh lebih dari 0');
      expect((await t.b.call('pengaturan.ambilMonev', {})).rumusNegatif).toBe('kebalikan');
    } finally {
      await t.dispose();
    }
  });
});
