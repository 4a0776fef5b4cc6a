// Files as SIPD and the OPD send them go in as they are: titles, merged two-row headers, the combined hierarchy
// column, total rows, indicator rows on every level, text numbers, notes under the table.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { OPD_CONTOH, TAHUN } from '../helpers/renja';
import { barisDpa, dpaSipd, gabungHeaderDpa, keBase64, lembarBaris } from '../helpers/sipd';

describe('a Renja workbook shaped like a SIPD export', () => {
  let t: TempBackend;
  let b: Backend;
  let opdId: number;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    opdId = (await b.call('opd.simpan', OPD_CONTOH)).id;
    await b.call('sistem.aturOperator', { nama: 'Penguji' });
  });
  afterEach(() => t.dispose());

  const renja = (base64: string, extra: object = {}) => ({
    jenis: 'renja' as const,
    namaBerkas: 'DPA SKPD Dinas Pertanian 2026.xlsx',
    base64,
    tahun: TAHUN,
    ...extra,
  });

  it('is read without edits: header, columns, totals, skipped rows, and stored to the rupiah', async () => {
    const berkas = renja(await dpaSipd());
    const sebelum = dumpDatabase(b);
    const p = await b.call('impor.pratinjau', berkas);
    expect(dumpDatabase(b)).toBe(sebelum);
    expect(p.masalah).toEqual([]);
    const [l] = p.lembar;
    expect(l).toMatchObject({ nama: 'DPA SKPD', barisHeaderAwal: 5, barisHeader: 6, pemetaan: 'otomatis' });
    expect(l!.kolom.map((k) => `${k.huruf} ${k.dibacaSebagai}`)).toEqual([
      'A Kode',
      'B Uraian',
      'C Indikator',
      'D Target kinerja',
      'E Satuan',
      'F Pagu (Rp)',
      'G Target fisik TW I (%)',
      'H Target fisik TW II (%)',
      'I Target fisik TW III (%)',
      'J Target fisik TW IV (%)',
      'K Sumber dana',
      'L Lokasi',
    ]);
    expect(l!.kolom[6]!.judul).toBe('Target Fisik (%) TW I');
    // The OPD comes from the title row above the table, not from a choice in the app.
    expect(p.perOpd).toEqual([{ nama: 'Dinas Pertanian', jumlah: 2, satuan: 'sub kegiatan' }]);
    expect(p.ringkasan).toEqual([
      '1 program, 1 kegiatan, 2 sub kegiatan',
      'Jumlah pagu Rp500.000.000,00 (APBD Murni, tahun 2026)',
      '6 indikator (program 2, kegiatan 1)',
    ]);
    expect(p.barisJumlah).toEqual([{ lembar: 'DPA SKPD', baris: 16, teks: 'JUMLAH', nilai: 500_000_000 }]);
    expect(p.dilewati.map((d) => `${d.baris} ${d.alasan}`)).toEqual([
      '7 nomor kolom',
      '8 baris urusan/bidang',
      '9 baris urusan/bidang',
      '18 catatan atau judul, bukan baris data',
      '19 catatan atau judul, bukan baris data',
      '20 catatan atau judul, bukan baris data',
      '21 catatan atau judul, bukan baris data',
      '22 catatan atau judul, bukan baris data',
    ]);
    // "1.200" in a count column with no other number to tell the writing: read the Indonesian way, and said so.
    expect(p.peringatan).toEqual([
      expect.objectContaining({
        baris: 14,
        huruf: 'D',
        pesan:
          '"1.200" dibaca 1.200, dengan titik sebagai pemisah ribuan dan koma sebagai desimal (gaya Indonesia), karena tidak ada angka lain di kolom ini yang menunjukkan gayanya',
      }),
    ]);

    await b.call('impor.terapkan', berkas);
    const r = await b.call('renja.daftar', { opdId, tahun: TAHUN });
    expect(r.baris.map((x) => [x.tingkat, x.kode, x.pagu])).toEqual([
      ['program', '3.27.02', 500_000_000],
      ['kegiatan', '3.27.02.2.01', 500_000_000],
      ['subKegiatan', '3.27.02.2.01.0001', 400_000_000],
      ['subKegiatan', '3.27.02.2.01.0002', 100_000_000],
    ]);
    const [program, kegiatan, a, c] = r.baris;
    expect(program!.indikator.map((i) => [i.uraian, i.target, i.satuan])).toEqual([
      ['Persentase kelompok tani yang memanfaatkan sarana pertanian', 85, '%'],
      ['Jumlah kelompok tani mandiri', 12, 'Kelompok'],
    ]);
    expect(kegiatan!.indikator.map((i) => [i.uraian, i.target])).toEqual([['Jumlah dokumen hasil pengawasan', 2]]);
    expect(a!.indikator.map((i) => [i.uraian, i.target, i.satuan])).toEqual([
      ['Jumlah kios pupuk yang diawasi', 40, 'Kios'],
      ['Jumlah petani penerima yang didata', 1200, 'Orang'],
    ]);
    expect(a).toMatchObject({ sumberDana: 'DAU', lokasi: 'Kec. Labungkari', targetFisik: [25, 50.5, 75, 100] });
    expect(c).toMatchObject({ kode: '3.27.02.2.01.0002', targetFisik: [20, 40, 70, 100] });
    // The stored total equals the file's JUMLAH row exactly.
    expect(r.baris.filter((x) => x.tingkat === 'subKegiatan').reduce((s, x) => s + x.pagu, 0)).toBe(500_000_000);
  });

  it('warns, naming both figures, when the JUMLAH row does not match the rows', async () => {
    const p = await b.call(
      'impor.pratinjau',
      renja(await dpaSipd(undefined, barisDpa(undefined, 'Rp 510.000.000,00'))),
    );
    expect(p.masalah).toEqual([]);
    expect(p.peringatan.map((w) => w.pesan)).toContain(
      'Baris jumlah "JUMLAH" menulis Rp510.000.000,00, sedangkan jumlah baris di atasnya Rp500.000.000,00 (selisih Rp10.000.000,00); yang disimpan adalah baris-barisnya',
    );
  });

  it('skips the header repeated on a later page and subtotal rows, listing them', async () => {
    const rows = barisDpa();
    const kepala = rows.slice(4, 7);
    // Page 2 starts with the header again, after a "Jumlah Kegiatan" subtotal.
    rows.splice(
      14,
      0,
      [null, 'Jumlah Kegiatan 3.27.02.2.01 (halaman 1)', null, null, null, 'Rp 400.000.000'],
      ...kepala,
    );
    const base64 = await dpaSipd((ws) => gabungHeaderDpa(ws, 16), rows);
    const p = await b.call('impor.pratinjau', renja(base64));
    expect(p.masalah).toEqual([]);
    expect(p.barisJumlah.map((j) => [j.baris, j.teks])).toEqual([
      [15, 'Jumlah Kegiatan 3.27.02.2.01 (halaman 1)'],
      [20, 'JUMLAH'],
    ]);
    expect(p.dilewati.filter((d) => d.baris >= 16 && d.baris <= 18).map((d) => d.alasan)).toEqual([
      'judul kolom berulang',
      'judul kolom berulang',
      'nomor kolom',
    ]);
    // The subtotal is not a grand total: the JUMLAH row is still checked against every sub kegiatan.
    expect(p.peringatan.filter((w) => w.pesan.startsWith('Baris jumlah'))).toEqual([]);
    expect(p.ringkasan[0]).toBe('1 program, 1 kegiatan, 2 sub kegiatan');
  });

  it('reads a flat SIPD-mirror export: snake_case titles, parent names in their own columns, Kode SKPD per row', async () => {
    const wb = new ExcelJS.Workbook();
    lembarBaris(wb, 'data', [
      [
        'kode_skpd',
        'nama_skpd',
        'kode_program',
        'nama_program',
        'kode_giat',
        'nama_giat',
        'kode_sub_giat',
        'nama_sub_giat',
        'pagu',
        'nama_dana',
      ],
      [
        KODE,
        'Dinas Pertanian',
        '3.27.02',
        'PROGRAM SARANA',
        '3.27.02.2.01',
        'Pengawasan',
        '3.27.02.2.01.0001',
        'Pupuk',
        400000000,
        'DAU',
      ],
      [
        KODE,
        'Dinas Pertanian',
        '3.27.02',
        'PROGRAM SARANA',
        '3.27.02.2.01',
        'Pengawasan',
        '3.27.02.2.01.0002',
        'Alsintan',
        '100000000',
        'DAK',
      ],
    ]);
    const p = await b.call('impor.pratinjau', renja(await keBase64(wb)));
    expect(p.masalah).toEqual([]);
    expect(p.lembar[0]!.kolom.map((k) => k.dibacaSebagai)).toEqual([
      'Kode SKPD',
      'Nama SKPD',
      'diabaikan',
      'Nama program',
      'diabaikan',
      'Nama kegiatan',
      'Kode',
      'Uraian',
      'Pagu (Rp)',
      'Sumber dana',
    ]);
    await b.call('impor.terapkan', renja(await keBase64(wb)));
    const r = await b.call('renja.daftar', { opdId, tahun: TAHUN });
    expect(r.baris.map((x) => [x.kode, x.nama])).toEqual([
      ['3.27.02', 'PROGRAM SARANA'],
      ['3.27.02.2.01', 'Pengawasan'],
      ['3.27.02.2.01.0001', 'Pupuk'],
      ['3.27.02.2.01.0002', 'Alsintan'],
    ]);
  });

  it('finds the code column by its content when its title is not one Sinergi knows', async () => {
    const wb = new ExcelJS.Workbook();
    lembarBaris(wb, 'x', [
      ['No. Urut Nomenklatur', 'Uraian', 'Pagu (Rp)'],
      ['3.27.02', 'PROGRAM A', null],
      ['3.27.02.2.01', 'Kegiatan A', null],
      ['3.27.02.2.01.0001', 'Sub A', '1.000.000'],
    ]);
    const p = await b.call('impor.pratinjau', renja(await keBase64(wb), { opdId }));
    expect(p.masalah).toEqual([]);
    expect(p.lembar[0]!.kolom[0]).toMatchObject({ judul: 'No. Urut Nomenklatur', medan: 'kode', asal: 'isi' });
  });
});

const KODE = '3.27.0.00.0.00.01.0000';
