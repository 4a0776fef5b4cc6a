// Pemantauan Pelaporan on a real SQLite file: the five states of a quarter's report, completeness, lateness against the
// default and a non-default deadline, and the Formulir sent and returned.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import type { BarisPelaporan } from '../../src/shared/api/pelaporan';
import { formatHariTanggal } from '../../src/shared/format';
import { hariIni } from '../../src/shared/rapat';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { png } from '../helpers/png';
import { buatOpdUji, laporTw1, TAHUN_DEPAN as T, type OpdUji } from '../helpers/pelaporan';

interface Dunia {
  belum: OpdUji;
  sebagian: OpdUji;
  lengkap: OpdUji;
  diterima: OpdUji;
  diverifikasi: OpdUji;
}

async function buatDunia(b: Backend): Promise<Dunia> {
  await b.call('sistem.aturOperator', { nama: 'Penguji' });
  const opd = (urut: number, nama: string) => buatOpdUji(b, urut, nama, { tahun: T });
  const belum = await opd(1, 'Dinas Belum');
  const sebagian = await opd(2, 'Dinas Sebagian');
  const lengkap = await opd(3, 'Dinas Lengkap');
  const diterima = await opd(4, 'Dinas Diterima');
  const diverifikasi = await opd(5, 'Dinas Diverifikasi');
  await buatOpdUji(b, 6, 'Dinas Tanpa Renja', { tahun: T, denganRenja: false });
  // Sebagian: only A, 10 points behind (kuning) and no note.
  await laporTw1(b, sebagian, T, [{ subKegiatanId: sebagian.a, realisasiFisik: 30, realisasiKeuangan: 100_000_000 }]);
  // Lengkap: A 15 points behind (merah) with its reason and the indicator, B on target.
  await laporTw1(b, lengkap, T, [
    {
      subKegiatanId: lengkap.a,
      realisasiFisik: 25,
      realisasiKeuangan: 90_000_000,
      realisasiKinerja: 0,
      permasalahan: 'Lahan gudang belum siap',
    },
    { subKegiatanId: lengkap.b, realisasiFisik: 20, realisasiKeuangan: 20_000_000 },
  ]);
  for (const o of [diterima, diverifikasi]) {
    await laporTw1(b, o, T, [
      { subKegiatanId: o.a, realisasiFisik: 40, realisasiKeuangan: 160_000_000 },
      { subKegiatanId: o.b, realisasiFisik: 20, realisasiKeuangan: 20_000_000 },
    ]);
  }
  await b.call('realisasi.verifikasi', { opdId: diterima.id, tahun: T, bulan: 3, status: 'diterima' });
  await b.call('realisasi.verifikasi', { opdId: diverifikasi.id, tahun: T, bulan: 3, status: 'diverifikasi' });
  return { belum, sebagian, lengkap, diterima, diverifikasi };
}

const baris = (rows: BarisPelaporan[], o: OpdUji) => rows.find((r) => r.opdId === o.id)!;

describe('Pemantauan Pelaporan: the tracker of a quarter', () => {
  let t: TempBackend;
  let b: Backend;
  let d: Dunia;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    d = await buatDunia(b);
  }, 60_000);
  afterEach(() => t.dispose());

  it('gives each OPD its state, completeness and days late against the default deadline', async () => {
    const p = await b.call('pelaporan.pantau', { tahun: T, triwulan: 1, perTanggal: `${T}-04-15` });
    expect(p).toMatchObject({ tenggat: `${T}-04-10`, tenggatBaku: true, bulan: 3, masaPelaporan: true, tanpaRenja: 1 });
    expect(p.opd.map((r) => [r.nama, r.status])).toEqual([
      ['Dinas Belum', 'belum_ada_data'],
      ['Dinas Sebagian', 'sebagian'],
      ['Dinas Lengkap', 'lengkap'],
      ['Dinas Diterima', 'diterima'],
      ['Dinas Diverifikasi', 'diverifikasi'],
    ]);
    expect(p.jumlahPerStatus).toEqual({ belum_ada_data: 1, sebagian: 1, lengkap: 1, diterima: 1, diverifikasi: 1 });

    expect(baris(p.opd, d.belum)).toMatchObject({
      subKegiatan: { ada: 0, jumlah: 2 },
      tanggalMasuk: null,
      hariTerlambat: 5,
      perluDiingatkan: true,
    });
    expect(baris(p.opd, d.sebagian)).toMatchObject({
      subKegiatan: { ada: 1, jumlah: 2 },
      indikator: { ada: 0, jumlah: 1 },
      // A is 10 points behind: lagging, and no note says why.
      catatan: { ada: 0, jumlah: 1 },
      hariTerlambat: 5,
      perluDiingatkan: true,
    });
    // Typed in today, well before next year's deadline.
    expect(baris(p.opd, d.lengkap)).toMatchObject({
      subKegiatan: { ada: 2, jumlah: 2 },
      indikator: { ada: 1, jumlah: 1 },
      catatan: { ada: 1, jumlah: 1 },
      foto: { ada: 0, jumlah: 0 },
      tanggalMasuk: hariIni(),
      hariTerlambat: 0,
      perluDiingatkan: false,
    });
    expect(baris(p.opd, d.diverifikasi)).toMatchObject({ hariTerlambat: 0, perluDiingatkan: false });
    expect(p.jumlahTerlambat).toBe(2);

    // A form that came back without a single figure is no report: still late.
    b.ctx.sqlite
      .prepare('INSERT INTO formulir_opd (opd_id, tahun, bulan, kembali_pada) VALUES (?, ?, 3, ?)')
      .run(d.belum.id, T, `${T}-04-08T03:00:00.000Z`);
    const kosong = await b.call('pelaporan.pantau', { tahun: T, triwulan: 1, perTanggal: `${T}-04-15` });
    expect(baris(kosong.opd, d.belum)).toMatchObject({
      status: 'belum_ada_data',
      tanggalMasuk: null,
      hariTerlambat: 5,
    });

    // Outside the reporting weeks (two weeks past the deadline) the lateness keeps counting.
    const kemudian = await b.call('pelaporan.pantau', { tahun: T, triwulan: 1, perTanggal: `${T}-05-01` });
    expect(kemudian.masaPelaporan).toBe(false);
    expect(baris(kemudian.opd, d.belum).hariTerlambat).toBe(21);
  });

  it('asks for a photo of contracted physical work and counts it once it is there', async () => {
    await b.call('kontrak.simpan', {
      subKegiatanId: d.lengkap.a,
      penyedia: 'CV Karya Tani',
      nilai: 350_000_000,
      tanggalMulai: `${T}-01-15`,
      tanggalSelesai: `${T}-06-30`,
    });
    const tanya = async () =>
      baris((await b.call('pelaporan.pantau', { tahun: T, triwulan: 1, perTanggal: `${T}-04-15` })).opd, d.lengkap)
        .foto;
    expect(await tanya()).toEqual({ ada: 0, jumlah: 1 });
    await b.call('foto.tambah', { subKegiatanId: d.lengkap.a, bulan: 3, mime: 'image/png', base64: png() });
    expect(await tanya()).toEqual({ ada: 1, jumlah: 1 });
  });

  it('judges lateness by a deadline set in Pengaturan, refuses one before the quarter ends, and returns to the default', async () => {
    await b.call('pelaporan.simpanTenggat', { tahun: T, triwulan: 1, tanggal: `${T}-03-31` });
    const tenggat = await b.call('pelaporan.tenggat', { tahun: T });
    expect(tenggat[0]).toEqual({ triwulan: 1, tanggal: `${T}-03-31`, tanggalBaku: `${T}-04-10`, baku: false });
    expect(tenggat[1]).toEqual({ triwulan: 2, tanggal: `${T}-07-10`, tanggalBaku: `${T}-07-10`, baku: true });

    const p = await b.call('pelaporan.pantau', { tahun: T, triwulan: 1, perTanggal: `${T}-04-15` });
    expect(p).toMatchObject({ tenggat: `${T}-03-31`, tenggatBaku: false });
    expect(baris(p.opd, d.belum).hariTerlambat).toBe(15);
    expect(baris(p.opd, d.lengkap).hariTerlambat).toBe(0);

    const sebelum = dumpDatabase(b);
    const jawaban = await b.handle('pelaporan.simpanTenggat', { tahun: T, triwulan: 1, tanggal: `${T}-03-30` });
    expect(jawaban).toMatchObject({ ok: false, galat: { jenis: 'validasi' } });
    if (jawaban.ok) return;
    expect(jawaban.galat.rincian).toEqual([
      {
        kolom: 'tanggal',
        pesan: `Batas waktu tidak boleh sebelum akhir Triwulan I ${T} (${formatHariTanggal(`${T}-03-31`)})`,
      },
    ]);
    expect(dumpDatabase(b)).toBe(sebelum);

    await b.call('pelaporan.simpanTenggat', { tahun: T, triwulan: 1, tanggal: null });
    expect((await b.call('pelaporan.tenggat', { tahun: T }))[0]).toMatchObject({ tanggal: `${T}-04-10`, baku: true });
  });

  it('records when the Formulir was first sent, one OPD or all, and when an import of that OPD and period came back', async () => {
    const pantau = async (perTanggal = `${T}-04-15`) =>
      (await b.call('pelaporan.pantau', { tahun: T, triwulan: 1, perTanggal })).opd;
    // Forms that could not be written (the flash disk is not there) were not sent: nothing is recorded.
    await expect(
      b.call('ekspor.formulirSemua', { tahun: T, bulan: 3, folder: '/tidak/ada/flashdisk' }),
    ).rejects.toThrow('tidak ditemukan');
    expect((await pantau()).every((r) => r.formulirDikirim === null)).toBe(true);

    const formulir = await b.call('ekspor.formulir', { opdId: d.belum.id, tahun: T, bulan: 3 });
    const dikirim = baris(await pantau(), d.belum).formulirDikirim;
    expect(dikirim).not.toBeNull();
    await b.call('ekspor.formulirSemua', { tahun: T, bulan: 3 });
    const semua = await pantau();
    expect(baris(semua, d.belum).formulirDikirim).toBe(dikirim);
    expect(semua.every((r) => r.formulirDikirim !== null)).toBe(true);
    // A form for another month is not this quarter's.
    await b.call('ekspor.formulir', { opdId: d.sebagian.id, tahun: T, bulan: 2 });

    // The OPD fills the yellow cells of both sub kegiatan and sends the file back; the section imports it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(formulir.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Formulir Realisasi')!;
    const kode = (k: string) => ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === k)!;
    kode('3.27.02.2.01.0001').getCell(9).value = 40;
    kode('3.27.02.2.01.0001').getCell(10).value = 150_000_000;
    kode('3.27.02.2.01.0002').getCell(9).value = 20;
    kode('3.27.02.2.01.0002').getCell(10).value = 20_000_000;
    const impor = {
      jenis: 'realisasi' as const,
      namaBerkas: formulir.namaBerkas,
      base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
      tahun: T,
      opdId: d.belum.id,
      bulan: 3,
    };
    await b.call('impor.terapkan', impor);
    const kembali = baris(await pantau(), d.belum);
    expect(kembali).toMatchObject({ status: 'lengkap', tanggalMasuk: hariIni(), hariTerlambat: 0 });
    expect(kembali.formulirKembali).not.toBeNull();
    expect(baris(await pantau(), d.sebagian).formulirKembali).toBeNull();

    // Came back on 14 April: four days past the deadline, however late the tracker is read.
    b.ctx.sqlite
      .prepare('UPDATE formulir_opd SET kembali_pada = ? WHERE opd_id = ?')
      .run(`${T}-04-14T03:00:00.000Z`, d.belum.id);
    await b.call('impor.terapkan', impor);
    expect(baris(await pantau(`${T}-06-30`), d.belum)).toMatchObject({
      formulirKembali: `${T}-04-14T03:00:00.000Z`,
      tanggalMasuk: `${T}-04-14`,
      hariTerlambat: 4,
    });
    // Part of the report came back on time: not late, but still to be reminded.
    b.ctx.sqlite
      .prepare('UPDATE formulir_opd SET kembali_pada = ? WHERE opd_id = ? AND tahun = ? AND bulan = 3')
      .run(`${T}-04-08T03:00:00.000Z`, d.sebagian.id, T);
    const sebagian = baris(await pantau(), d.sebagian);
    expect(sebagian).toMatchObject({
      status: 'sebagian',
      tanggalMasuk: `${T}-04-08`,
      hariTerlambat: 0,
      perluDiingatkan: true,
    });
  });
});
