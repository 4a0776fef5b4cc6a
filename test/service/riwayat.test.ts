import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohDomain, TAHUN } from '../helpers/renja';

describe('riwayat perubahan (audit)', () => {
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
  const fisikA = async () =>
    (await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 })).baris.find(
      (x) => x.subKegiatanId === ids.a.id,
    )!.realisasiFisik;

  it('records who changed a realisation, when, the old and the new value, per OPD', async () => {
    await isi([{ subKegiatanId: ids.a.id, realisasiFisik: 35 }]);
    await b.call('sistem.aturOperator', { nama: 'Budi' });
    await isi([{ subKegiatanId: ids.a.id, realisasiFisik: 40 }]);
    const [terbaru, sebelumnya] = await b.call('riwayat.daftar', { opdId: ids.opd.id });
    expect(terbaru).toMatchObject({
      tabel: 'realisasi',
      label: 'Realisasi',
      uraian: '3.27.02.2.01.0001 s.d. Juni',
      aksi: 'ubah',
      oleh: 'Budi',
      perubahan: [{ kolom: 'Realisasi fisik (%)', lama: 35, baru: 40 }],
      opdId: ids.opd.id,
    });
    expect(sebelumnya).toMatchObject({ aksi: 'tambah', oleh: 'Penguji' });
    expect(Date.parse(terbaru!.pada)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('does not record a save that changed nothing but the timestamp', async () => {
    await isi([{ subKegiatanId: ids.a.id, realisasiFisik: 35 }]);
    const n = (await b.call('riwayat.daftar', { opdId: ids.opd.id })).length;
    await isi([{ subKegiatanId: ids.a.id, realisasiFisik: 35 }]);
    expect(await b.call('riwayat.daftar', { opdId: ids.opd.id })).toHaveLength(n);
  });

  it('restores an old value, and records the restore so it can be undone too', async () => {
    await isi([{ subKegiatanId: ids.a.id, realisasiFisik: 35 }]);
    await isi([{ subKegiatanId: ids.a.id, realisasiFisik: 40 }]);
    const [ubah] = await b.call('riwayat.daftar', { opdId: ids.opd.id });
    await b.call('riwayat.pulihkan', { id: ubah!.id });
    expect(await fisikA()).toBe(35);
    const [pemulihan] = await b.call('riwayat.daftar', { opdId: ids.opd.id });
    expect(pemulihan).toMatchObject({ aksi: 'ubah', perubahan: [{ lama: 40, baru: 35 }], oleh: 'Penguji' });
    await b.call('riwayat.pulihkan', { id: pemulihan!.id });
    expect(await fisikA()).toBe(40);
  });

  it('undoes an addition by removing the row', async () => {
    await isi([{ subKegiatanId: ids.a.id, realisasiFisik: 35 }]);
    const [tambah] = await b.call('riwayat.daftar', { opdId: ids.opd.id });
    expect(tambah!.aksi).toBe('tambah');
    await b.call('riwayat.pulihkan', { id: tambah!.id });
    expect(await fisikA()).toBeNull();
  });

  it('records plan changes (pagu and targets) too', async () => {
    await b.call('renja.simpanSubKegiatan', {
      id: ids.b.id,
      kegiatanId: ids.kegiatan.id,
      kode: '3.27.02.2.01.0002',
      nama: 'Pengawasan Alat Mesin Pertanian (B)',
      versi: 'murni',
      pagu: 120_000_000,
    });
    const daftar = await b.call('riwayat.daftar', { opdId: ids.opd.id });
    expect(daftar[0]).toMatchObject({
      label: 'Pagu',
      uraian: '3.27.02.2.01.0002 (Murni)',
      perubahan: [{ kolom: 'Pagu (Rp)', lama: 100_000_000, baru: 120_000_000 }],
    });
  });

  it('keeps working after the app is restarted (the triggers are installed on every open)', async () => {
    const baru = await t.reopen();
    await baru.call('sistem.aturOperator', { nama: 'Sari' });
    await baru.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [{ subKegiatanId: ids.b.id, realisasiFisik: 10 }],
    });
    const [entri] = await baru.call('riwayat.daftar', { opdId: ids.opd.id });
    expect(entri).toMatchObject({ oleh: 'Sari', uraian: '3.27.02.2.01.0002 s.d. Juni' });
  });

  it('says so when an old value cannot come back because its sub kegiatan is gone', async () => {
    await isi([{ subKegiatanId: ids.b.id, realisasiFisik: 10 }]);
    await b.call('riwayat.pulihkan', { id: (await b.call('riwayat.daftar', { opdId: ids.opd.id }))[0]!.id });
    const hapus = (await b.call('riwayat.daftar', { opdId: ids.opd.id }))[0]!;
    expect(hapus.aksi).toBe('hapus');
    await b.call('renja.hapus', { tingkat: 'subKegiatan', id: ids.b.id });
    await expect(b.call('riwayat.pulihkan', { id: hapus.id })).rejects.toThrow('Nilai lama tidak dapat dipulihkan');
  });

  it('undoes an added budget version whose own targets are gone, and refuses one its targets still hang on', async () => {
    // The targets' key is (sub kegiatan, versi): the Murni targets of the same sub kegiatan do not hang on a Perubahan
    // pagu, and must not keep its addition from being undone.
    const sqlite = t.b.ctx.sqlite;
    const tambahPagu = () =>
      sqlite
        .prepare("INSERT INTO anggaran (sub_kegiatan_id, versi, pagu) VALUES (?, 'perubahan', 500000000)")
        .run(ids.a.id);
    const entriPagu = async () =>
      (await b.call('riwayat.daftar', { opdId: ids.opd.id })).find(
        (e) => e.tabel === 'anggaran' && e.aksi === 'tambah',
      )!;
    tambahPagu();
    await b.call('riwayat.pulihkan', { id: (await entriPagu()).id });
    expect(sqlite.prepare("SELECT count(*) FROM anggaran WHERE versi = 'perubahan'").pluck().get()).toBe(0);

    tambahPagu();
    sqlite
      .prepare(
        "INSERT INTO target_periode (sub_kegiatan_id, versi, bulan, target_fisik) VALUES (?, 'perubahan', 6, 50)",
      )
      .run(ids.a.id);
    await expect(b.call('riwayat.pulihkan', { id: (await entriPagu()).id })).rejects.toThrow(
      'Penambahan Pagu ini tidak dapat dibatalkan karena Pagu tersebut sudah memiliki data (Target)',
    );
    expect(sqlite.prepare("SELECT count(*) FROM target_periode WHERE versi = 'perubahan'").pluck().get()).toBe(1);
  });
});

describe('riwayat of a bulk Renja import', () => {
  it('records one summary entry for the new rows and every old value the file changes', async () => {
    const t = await tempBackend();
    try {
      const ids = await buatContohDomain(t.b);
      const csv = (pagu: string) =>
        Buffer.from(
          `kode;uraian;pagu\n3.27.02;Program;\n3.27.02.2.01;Kegiatan;\n3.27.02.2.01.0002;Sub B;${pagu}\n3.27.02.2.01.0009;Sub baru;5.000.000\n`,
        ).toString('base64');
      const tambah = async () =>
        (await t.b.call('riwayat.daftar', { opdId: ids.opd.id })).filter(
          (d) => d.aksi === 'tambah' && d.tabel !== 'impor',
        ).length;
      const sebelum = await tambah();
      await t.b.call('impor.terapkan', {
        jenis: 'renja',
        namaBerkas: 'dpa.csv',
        base64: csv('150.000.000'),
        tahun: TAHUN,
        opdId: ids.opd.id,
      });
      const daftar = await t.b.call('riwayat.daftar', { opdId: ids.opd.id });
      expect(await tambah()).toBe(sebelum);
      const impor = daftar.find((d) => d.tabel === 'impor')!;
      expect(impor).toMatchObject({ label: 'Impor berkas', oleh: 'Penguji' });
      expect(impor.uraian).toMatch(/^dpa\.csv: 1 program, 1 kegiatan, 2 sub kegiatan/);
      expect(daftar.find((d) => d.label === 'Pagu')).toMatchObject({
        perubahan: [{ lama: 100_000_000, baru: 150_000_000 }],
      });
      expect(daftar.some((d) => d.uraian.startsWith('3.27.02.2.01.0009'))).toBe(false);
      await expect(t.b.call('riwayat.pulihkan', { id: impor.id })).rejects.toThrow('lewat Cadangan & Pemulihan');
    } finally {
      await t.dispose();
    }
  });
});
