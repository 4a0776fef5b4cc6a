// Trust: every figure entered stays, a verified period stays as verified, and every screen tells the same story with
// the regency's own settings. Each case reproduces a defect found by trying the app as a new user would.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { PRESET_PREDIKAT, kalimatPredikat } from '../../src/shared/monev/aturan';
import { kategoriFisik, LABEL_STATUS } from '../../src/shared/monev/rules';
import { susunBaris } from '../../src/renderer/src/pages/realisasi/baris';
import { ApiCallError } from '../../src/main/backend';
import { labelVerifikasi } from '../../src/main/laporan/rekap';
import { barisTabel, bacaDocx } from '../helpers/docx';
import { dumpDatabase, isiPengaturan, tempBackend, tempBackendContoh, type TempBackend } from '../helpers/backend';
import { buatContohDomain, TAHUN } from '../helpers/renja';

const CATATAN = {
  permasalahan: 'Penyedia terlambat mengirim barang',
  faktorPendorong: 'Koordinasi dengan kecamatan',
  faktorPenghambat: 'Cuaca',
  tindakLanjut: 'Surat teguran kepada penyedia',
};

async function galat(janji: Promise<unknown>): Promise<ApiCallError['jawaban']['galat']> {
  try {
    await janji;
  } catch (error) {
    if (error instanceof ApiCallError) return error.jawaban.galat;
    throw error;
  }
  throw new Error('Panggilan seharusnya ditolak');
}

describe('what a save does not mention stays', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
  });
  afterEach(() => t.dispose());

  it('typing one number keeps the row notes (realisasi.simpan with only realisasiFisik)', async () => {
    const simpan = (p: object) =>
      b.call('realisasi.simpan', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6, perubahan: [p as never] });
    await simpan({ subKegiatanId: ids.a.id, realisasiFisik: 30, realisasiKeuangan: 100_000_000, ...CATATAN });
    await simpan({ subKegiatanId: ids.a.id, realisasiFisik: 35 });
    const baris = (await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 })).baris;
    expect(baris.find((x) => x.subKegiatanId === ids.a.id)).toMatchObject({
      realisasiFisik: 35,
      realisasiKeuangan: 100_000_000,
      ...CATATAN,
    });
    // An empty text clears that note and only that note.
    await simpan({ subKegiatanId: ids.a.id, faktorPenghambat: '' });
    const lagi = (await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 })).baris;
    expect(lagi.find((x) => x.subKegiatanId === ids.a.id)).toMatchObject({
      realisasiFisik: 35,
      ...CATATAN,
      faktorPenghambat: '',
    });
  });

  it('an OPD saved with one field keeps every other field', async () => {
    const [opd] = await b.call('opd.daftar', {});
    await b.call('opd.simpan', { id: opd!.id, telepon: '0403 21999' } as never);
    const [lagi] = await b.call('opd.daftar', {});
    expect(lagi).toEqual({ ...opd, telepon: '0403 21999', revisi: opd!.revisi + 1 });
  });
});

describe('a verified period is locked', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  const periode = () => ({ opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
    await b.call('realisasi.simpan', {
      ...periode(),
      perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: 35, realisasiKeuangan: 120_000_000, ...CATATAN }],
    });
    await b.call('realisasi.verifikasi', { ...periode(), status: 'diverifikasi', catatan: 'Sesuai SP2D' });
  });
  afterEach(() => t.dispose());

  it('refuses a grid save, naming the OPD, the period and the verifier, and changes nothing', async () => {
    const sebelum = dumpDatabase(b);
    const g = await galat(
      b.call('realisasi.simpan', { ...periode(), perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: 40 }] }),
    );
    expect(g.kode).toBe('terkunci');
    expect(g.pesan).toContain('Realisasi Dinas Pertanian s.d. Juni 2026 sudah diverifikasi oleh Penguji');
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('refuses an import of the period, a photo, and a restore from Riwayat (the database lock)', async () => {
    const formulir = await b.call('ekspor.formulir', periode());
    const sebelum = dumpDatabase(b);
    const impor = await galat(
      b.call('impor.terapkan', {
        jenis: 'realisasi',
        namaBerkas: formulir.namaBerkas,
        base64: formulir.base64,
        tahun: TAHUN,
        opdId: ids.opd.id,
        bulan: 6,
      }),
    );
    // The import's preview already names the lock, so the write is never attempted.
    expect(impor.pesan).toContain('Realisasi Dinas Pertanian s.d. Juni 2026 sudah Diverifikasi dan terkunci');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const foto = await galat(
      b.call('foto.tambah', {
        subKegiatanId: ids.a.id,
        bulan: 6,
        keterangan: 'Progres',
        mime: 'image/png',
        base64: png.toString('base64'),
      }),
    );
    expect(foto.kode).toBe('terkunci');
    // Riwayat's restore writes with plain SQL; the trigger stops it all the same.
    const entri = (await b.call('riwayat.daftar', { opdId: ids.opd.id })).find((e) => e.tabel === 'realisasi')!;
    const pulih = await galat(b.call('riwayat.pulihkan', { id: entri.id }));
    expect(pulih.kode).toBe('terkunci');
    expect(pulih.pesan).toContain('sudah diverifikasi');
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('reopens only through "Buka verifikasi" with a reason, recorded in Riwayat; changes after acceptance show', async () => {
    const turun = await galat(b.call('realisasi.verifikasi', { ...periode(), status: 'draft', catatan: '' }));
    expect(turun.pesan).toContain('Buka verifikasi');
    const tanpaAlasan = await b.handle('realisasi.bukaVerifikasi', { ...periode(), alasan: '  ' });
    expect(tanpaAlasan).toMatchObject({ ok: false, galat: { jenis: 'validasi' } });

    const dibuka = await b.call('realisasi.bukaVerifikasi', { ...periode(), alasan: 'SP2D bulan Juni terlewat' });
    expect(dibuka).toMatchObject({
      status: 'diterima',
      alasanBuka: 'SP2D bulan Juni terlewat',
      catatan: 'Sesuai SP2D',
    });
    expect(dibuka.berubahSetelahDiterima).toBeNull();
    const riwayat = (await b.call('riwayat.daftar', { opdId: ids.opd.id })).find((e) => e.tabel === 'verifikasi')!;
    expect(riwayat.perubahan).toEqual(
      expect.arrayContaining([
        { kolom: 'Status', lama: 'diverifikasi', baru: 'diterima' },
        { kolom: 'alasan buka', lama: '', baru: 'SP2D bulan Juni terlewat' },
      ]),
    );

    await new Promise((r) => setTimeout(r, 5));
    await b.call('realisasi.simpan', { ...periode(), perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: 38 }] });
    const lembar = await b.call('realisasi.lembar', periode());
    expect(lembar.verifikasi.status).toBe('diterima');
    expect(lembar.verifikasi.berubahSetelahDiterima).toMatchObject({ oleh: 'Penguji' });
  });
});

describe('two windows on one row', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
  });
  afterAll(() => t.dispose());

  it('accepts one of 20 simultaneous saves of the revision they read and refuses the other 19 by name', async () => {
    const revisi = (await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 })).baris.find(
      (x) => x.subKegiatanId === ids.a.id,
    )!.revisi;
    const jawaban = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        b.handle('realisasi.simpan', {
          opdId: ids.opd.id,
          tahun: TAHUN,
          bulan: 6,
          perubahan: [{ subKegiatanId: ids.a.id, revisi, realisasiFisik: 10 + i }],
        }),
      ),
    );
    const diterima = jawaban.filter((j) => j.ok);
    const ditolak = jawaban.flatMap((j) => (j.ok ? [] : [j.galat]));
    expect(diterima).toHaveLength(1);
    expect(ditolak).toHaveLength(19);
    for (const g of ditolak) {
      expect(g.kode).toBe('konflik');
      expect(g.pesan).toMatch(/^Data ini telah diubah oleh Penguji pada \d+ \w+ \d{4} \d{2}\.\d{2}; muat ulang/);
    }
  });

  it('refuses a stale OPD save and takes a fresh one', async () => {
    const [opd] = await b.call('opd.daftar', {});
    await b.call('opd.simpan', { ...opd!, telepon: '111' });
    const basi = await galat(b.call('opd.simpan', { ...opd!, telepon: '222' }));
    expect(basi.kode).toBe('konflik');
    const [kini] = await b.call('opd.daftar', {});
    expect(kini!.telepon).toBe('111');
    await b.call('opd.simpan', { ...kini!, telepon: '222' });
    expect((await b.call('opd.daftar', {}))[0]!.telepon).toBe('222');
  });
});

describe('clear answers instead of internal errors', () => {
  let t: TempBackend;
  let b: Backend;
  beforeAll(async () => {
    t = await tempBackend();
    b = t.b;
    await buatContohDomain(b);
    // A report names what is missing in the data, not the regency's identity, which a print needs first.
    await isiPengaturan(b);
  });
  afterAll(() => t.dispose());

  it('names what is missing', async () => {
    const laporan = await galat(
      b.call('laporan.buat', {
        tahun: 2030,
        triwulan: 1,
        cakupan: 'kabupaten',
        jenis: 'lengkap',
      } as never),
    );
    expect(laporan).toMatchObject({
      jenis: 'ditolak',
      pesan: expect.stringContaining('Belum ada Renja untuk tahun 2030'),
    });
    expect(
      await galat(b.call('realisasi.verifikasi', { opdId: 9999, tahun: TAHUN, bulan: 6, status: 'diterima' })),
    ).toMatchObject({ jenis: 'ditolak', pesan: expect.stringContaining('OPD dengan ID 9999 tidak ditemukan') });
    expect(await galat(b.call('penandatangan.hapus', { id: 9999 }))).toMatchObject({
      jenis: 'ditolak',
      pesan: expect.stringContaining('Penandatangan dengan ID 9999 tidak ditemukan'),
    });
    expect(await galat(b.call('opd.simpan', { id: 9999, nama: 'X' } as never))).toMatchObject({
      jenis: 'ditolak',
      pesan: expect.stringContaining('OPD dengan ID 9999 tidak ditemukan'),
    });
  });

  it('refuses a negative indicator target', async () => {
    const sub = (await b.call('renja.daftar', { opdId: 1, tahun: TAHUN })).baris.find(
      (x) => x.tingkat === 'subKegiatan',
    )!;
    const jawaban = await b.handle('renja.simpanIndikator', {
      tingkat: 'subKegiatan',
      pemilikId: sub.id,
      uraian: 'Luas tanam',
      target: -5,
    });
    expect(jawaban).toMatchObject({ ok: false, galat: { jenis: 'validasi' } });
    expect(JSON.stringify(jawaban)).toContain('Target indikator tidak boleh kurang dari 0');
  });
});

describe('every screen tells the same story with the regency settings', () => {
  let t: TempBackend;
  let b: Backend;
  let tahun: number;
  const ATURAN = {
    aturanStatus: { batasMerahRendah: -0.5, batasMerahTinggi: -0.25, ambangTarget: 50 },
    rumusNegatif: 'kebalikan',
    predikat: PRESET_PREDIKAT.rentang90,
  } as const;
  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
    b = t.b;
    tahun = (await b.call('pengaturan.ambil', {})).tahunAnggaran;
  }, 60_000);
  afterAll(() => t.dispose());

  it(
    'gives each OPD the same status on Beranda, in the grid, the report and the .xlsx',
    { timeout: 60_000 },
    async () => {
      const baku = await b.call('monev.ringkasan', { tahun, triwulan: 2 });
      await b.call('pengaturan.simpanMonev', ATURAN);
      const dashboard = await b.call('monev.ringkasan', { tahun, triwulan: 2 });
      // The settings matter for this data: otherwise this test could not tell them being ignored.
      expect(dashboard.opd.filter((o, i) => o.status !== baku.opd[i]!.status).length).toBeGreaterThan(3);

      for (const o of dashboard.opd) {
        const lembar = await b.call('realisasi.lembar', { opdId: o.opdId, tahun, bulan: 6 });
        expect(susunBaris(lembar.baris, true, lembar.aturan).total?.status, o.nama).toBe(o.status);
      }

      const kunci = { tahun, triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;
      const berkas = await b.call('laporan.buat', { ...kunci, jenis: 'lengkap', penandatanganId: null });
      const docx = await bacaDocx(Buffer.from(berkas.base64, 'base64'));
      const rekap = barisTabel(docx.xml);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from((await b.call('laporan.eksporXlsx', kunci)).base64, 'base64') as never);
      const lembarRekap = wb.getWorksheet('Rekap OPD')!;
      const xlsx = new Map<string, string[]>();
      lembarRekap.eachRow((row) => {
        const nilai = (row.values as unknown[]).slice(1).map((v) => String(v ?? ''));
        if (nilai[1]) xlsx.set(nilai[1], nilai);
      });
      for (const o of dashboard.opd) {
        const status = o.status ? LABEL_STATUS[o.status] : 'Belum dinilai';
        const kategori = kategoriFisik(o.realisasiFisik, o.targetFisik, ATURAN) ?? '-';
        const verifikasi = labelVerifikasi(o.verifikasi);
        const baris = rekap.find((r) => r[1] === o.nama && r.length >= 12)!;
        // The predikat kinerja of E.81 stands between the kategori realisasi fisik and the status.
        expect(baris.slice(-4), o.nama).toEqual([kategori, expect.any(String), status, verifikasi]);
        expect(xlsx.get(o.nama)!.slice(-4), o.nama).toEqual([kategori, expect.any(String), status, verifikasi]);
        expect(verifikasi).toMatch(/^Diverifikasi \d{2}\/\d{2}\/\d{4}$/);
      }
      // The legend printed is the one in use, not the Permendagri default.
      expect(docx.teks).toContain(kalimatPredikat(PRESET_PREDIKAT.rentang90));
      expect(docx.teks).not.toContain('Sangat Tinggi >= 91');
      expect(docx.teks).toContain('merah bila deviasi fisik < -0,5 poin selama target fisik ≤ 50%');
    },
  );
});

describe('the E.81 table follows the negative-indicator formula of the settings', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
    await isiPengaturan(b);
    await b.call('renja.simpanIndikator', {
      tingkat: 'subKegiatan',
      pemilikId: ids.b.id,
      uraian: 'Kasus serangan hama',
      satuan: 'Kasus',
      target: 10,
      arah: 'negatif',
    });
    await b.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [
        { subKegiatanId: ids.a.id, realisasiFisik: 35, realisasiKeuangan: 120_000_000 },
        { subKegiatanId: ids.b.id, realisasiFisik: 45, realisasiKeuangan: 50_000_000, realisasiKinerja: 8 },
      ],
    });
  });
  afterAll(() => t.dispose());

  const capaianB = async () => {
    const kunci = { tahun: TAHUN, triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;
    const isi = Buffer.from(
      (await b.call('laporan.buat', { ...kunci, jenis: 'lengkap', penandatanganId: null })).base64,
      'base64',
    );
    const zip = await JSZip.loadAsync(isi);
    const xml = await zip.file('word/document.xml')!.async('string');
    return barisTabel(xml).find((r) => r[2] === '3.27.02.2.01.0002')![21];
  };

  it('prints 120 with (2 x target - realisasi) / target and 125 with target / realisasi', async () => {
    expect(await capaianB()).toBe('120,00');
    await b.call('pengaturan.simpanMonev', {
      ...(await b.call('pengaturan.ambilMonev', {})),
      rumusNegatif: 'kebalikan',
    });
    expect(await capaianB()).toBe('125,00');
  });
});
