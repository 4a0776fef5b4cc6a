// Several OPD in one workbook, indicators of every level, Murni to Perubahan with the changes shown before the write,
// and a warning before figures already accepted change.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { OPD_CONTOH, TAHUN } from '../helpers/renja';
import { keBase64, lembarBaris, type Isi } from '../helpers/sipd';

const PENDIDIKAN = {
  kode: '1.01.0.00.0.00.01.0000',
  nama: 'Dinas Pendidikan',
  klaster: 'pembangunan_manusia' as const,
  kepalaNama: 'Dra. Sitti Aminah',
  kepalaNip: '197205051998032004',
};
const KEPALA: Isi[] = ['Kode', 'Uraian', 'Pagu (Rp)'];
const BLOK_TANI: Isi[][] = [
  ['3.27.02', 'PROGRAM SARANA PERTANIAN'],
  ['3.27.02.2.01', 'Pengawasan'],
  ['3.27.02.2.01.0001', 'Pupuk', 400_000_000],
  ['3.27.02.2.01.0002', 'Alsintan', 100_000_000],
];
const BLOK_DIDIK: Isi[][] = [
  ['1.01.02', 'PROGRAM PENGELOLAAN PENDIDIKAN'],
  ['1.01.02.2.01', 'Pengelolaan SD'],
  ['1.01.02.2.01.0047', 'Ruang Kelas Baru', 750_000_000],
];

describe('several OPD, versions and accepted figures', () => {
  let t: TempBackend;
  let b: Backend;
  let tani: number;
  let didik: number;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    tani = (await b.call('opd.simpan', OPD_CONTOH)).id;
    didik = (await b.call('opd.simpan', PENDIDIKAN)).id;
    await b.call('sistem.aturOperator', { nama: 'Penguji' });
  });
  afterEach(() => t.dispose());

  const buku = async (lembar: [string, Isi[][]][]) => {
    const wb = new ExcelJS.Workbook();
    for (const [nama, rows] of lembar) lembarBaris(wb, nama, rows);
    return keBase64(wb);
  };
  const renja = (base64: string, extra: object = {}) => ({
    jenis: 'renja' as const,
    namaBerkas: 'dpa.xlsx',
    base64,
    tahun: TAHUN,
    ...extra,
  });
  const pagu = async (opdId: number, versi?: 'murni' | 'perubahan') =>
    (await b.call('renja.daftar', { opdId, tahun: TAHUN, ...(versi ? { versi } : {}) })).baris
      .filter((x) => x.tingkat === 'subKegiatan')
      .map((x) => [x.kode, x.pagu]);

  it('places rows by a Kode SKPD column and refuses, by name, the rows it cannot place', async () => {
    const rows: Isi[][] = [
      ['Kode SKPD', ...KEPALA],
      ...BLOK_TANI.map((r) => [OPD_CONTOH.kode, ...r]),
      ...BLOK_DIDIK.map((r) => [PENDIDIKAN.kode, ...r]),
      ['9.99.0.00.0.00.01.0000', '3.27.02.2.01.0003', 'Dari OPD tak dikenal', 1],
    ];
    const p = await b.call('impor.pratinjau', renja(await buku([['Data', rows]])));
    expect(p.masalah).toEqual([
      expect.objectContaining({
        baris: 9,
        huruf: 'A',
        pesan: 'Kode SKPD "9.99.0.00.0.00.01.0000" tidak ada di Data Master OPD',
      }),
    ]);
    expect(p.perOpd).toEqual([
      { nama: 'Dinas Pertanian', jumlah: 2, satuan: 'sub kegiatan' },
      { nama: 'Dinas Pendidikan', jumlah: 1, satuan: 'sub kegiatan' },
    ]);
    await b.call('impor.terapkan', renja(await buku([['Data', rows.slice(0, -1)]])));
    expect(await pagu(tani)).toEqual([
      ['3.27.02.2.01.0001', 400_000_000],
      ['3.27.02.2.01.0002', 100_000_000],
    ]);
    expect(await pagu(didik)).toEqual([['1.01.02.2.01.0047', 750_000_000]]);
  });

  it('takes one sheet per OPD, each named by its title row or its sheet name', async () => {
    const base64 = await buku([
      ['Dinas Pertanian', [['DPA TAHUN 2026'], KEPALA, ...BLOK_TANI]],
      ['Lembar2', [['SKPD : 1.01.0.00.0.00.01.0000 Dinas Pendidikan'], KEPALA, ...BLOK_DIDIK]],
    ]);
    const p = await b.call('impor.pratinjau', renja(base64));
    expect(p.masalah).toEqual([]);
    expect(p.lembar.map((l) => [l.nama, l.jumlahBarisData])).toEqual([
      ['Dinas Pertanian', 4],
      ['Lembar2', 3],
    ]);
    expect(p.perOpd.map((o) => `${o.nama}: ${o.jumlah}`)).toEqual(['Dinas Pertanian: 2', 'Dinas Pendidikan: 1']);
    await b.call('impor.terapkan', renja(base64));
    expect(await pagu(didik)).toEqual([['1.01.02.2.01.0047', 750_000_000]]);
  });

  it('takes an OPD title row above each block of one sheet, and refuses a block of an OPD it does not know', async () => {
    const rows: Isi[][] = [
      KEPALA,
      ['Perangkat Daerah: Dinas Pertanian'],
      ...BLOK_TANI,
      ['1.01.0.00.0.00.01.0000', 'DINAS PENDIDIKAN'],
      ...BLOK_DIDIK,
      ['SKPD : 2.17.0.00.0.00.01.0000 Dinas Koperasi'],
      ['2.17.02.2.01.0001', 'Pembinaan Koperasi', 5],
    ];
    const sebelum = dumpDatabase(b);
    const p = await b.call('impor.pratinjau', renja(await buku([['DPA', rows]]), { opdId: tani }));
    expect(p.masalah.map((m) => `${m.baris}: ${m.pesan}`)).toEqual([
      '12: OPD "SKPD : 2.17.0.00.0.00.01.0000 Dinas Koperasi" di judul blok ini tidak ada di Data Master OPD',
    ]);
    expect(p.perOpd.map((o) => `${o.nama}: ${o.jumlah}`)).toEqual(['Dinas Pertanian: 2', 'Dinas Pendidikan: 1']);
    expect(p.dilewati.filter((d) => d.alasan === 'judul OPD').map((d) => d.baris)).toEqual([2, 7, 11]);
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('imports program and kegiatan indicators given as columns of a flat export', async () => {
    const rows: Isi[][] = [
      [
        'kode_sub_giat',
        'nama_sub_giat',
        'nama_program',
        'indikator_program',
        'satuan_program',
        'target_program',
        'nama_giat',
        'indikator_giat',
        'target_giat',
        'pagu',
      ],
      [
        '3.27.02.2.01.0001',
        'Pupuk',
        'PROGRAM SARANA',
        'Persentase poktan terlayani',
        '%',
        80,
        'Pengawasan',
        'Jumlah laporan',
        4,
        400_000_000,
      ],
      [
        '3.27.02.2.01.0002',
        'Alsintan',
        'PROGRAM SARANA',
        'Persentase poktan terlayani',
        '%',
        80,
        'Pengawasan',
        'Jumlah laporan',
        4,
        100_000_000,
      ],
    ];
    await b.call('impor.terapkan', renja(await buku([['x', rows]]), { opdId: tani }));
    const r = await b.call('renja.daftar', { opdId: tani, tahun: TAHUN });
    expect(r.baris[0]!.indikator.map((i) => [i.uraian, i.satuan, i.target])).toEqual([
      ['Persentase poktan terlayani', '%', 80],
    ]);
    expect(r.baris[1]!.indikator.map((i) => [i.uraian, i.target])).toEqual([['Jumlah laporan', 4]]);
  });

  it('shows what a DPA-Perubahan changes before the write, stores it as Perubahan and keeps Murni', async () => {
    await b.call('impor.terapkan', renja(await buku([['DPA', [KEPALA, ...BLOK_TANI]]]), { opdId: tani }));
    const dppa = await buku([
      [
        'DPPA',
        [
          ['DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN (DPPA-SKPD)'],
          KEPALA,
          ...BLOK_TANI.slice(0, 2),
          ['3.27.02.2.01.0001', 'Pupuk', 350_000_000],
          ['3.27.02.2.01.0003', 'Benih', 80_000_000],
        ],
      ],
    ]);
    // Imported as Murni by mistake, the title gives it away.
    const salah = await b.call('impor.pratinjau', renja(dppa, { opdId: tani }));
    expect(salah.peringatan.map((w) => w.pesan)).toContain(
      'Judul berkas menyebut perubahan ("DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN (DPPA-SKPD)"), tetapi berkas diimpor sebagai APBD Murni: pilih APBD Perubahan bila ini DPA Perubahan',
    );

    const p = await b.call('impor.pratinjau', renja(dppa, { opdId: tani, versi: 'perubahan' }));
    expect(p.masalah).toEqual([]);
    expect(p.selisih).toEqual({
      pembanding: 'murni',
      ditambah: [{ kode: '3.27.02.2.01.0003', nama: 'Benih', pagu: 80_000_000 }],
      dihapus: [{ kode: '3.27.02.2.01.0002', nama: 'Alsintan', pagu: 100_000_000, adaRealisasi: false }],
      diubah: [
        {
          kode: '3.27.02.2.01.0001',
          nama: 'Pupuk',
          paguLama: 400_000_000,
          paguBaru: 350_000_000,
          targetBerubah: false,
        },
      ],
      totalSebelum: 500_000_000,
      totalSesudah: 430_000_000,
    });
    await b.call('impor.terapkan', renja(dppa, { opdId: tani, versi: 'perubahan' }));
    expect(await pagu(tani, 'perubahan')).toEqual([
      ['3.27.02.2.01.0001', 350_000_000],
      ['3.27.02.2.01.0003', 80_000_000],
    ]);
    expect(await pagu(tani, 'murni')).toEqual([
      ['3.27.02.2.01.0001', 400_000_000],
      ['3.27.02.2.01.0002', 100_000_000],
    ]);

    // A corrected DPPA without Benih: compared with the stored Perubahan, Benih leaves the Perubahan.
    const koreksi = await buku([
      ['DPPA', [KEPALA, ...BLOK_TANI.slice(0, 2), ['3.27.02.2.01.0001', 'Pupuk', 350_000_000]]],
    ]);
    const p2 = await b.call('impor.pratinjau', renja(koreksi, { opdId: tani, versi: 'perubahan' }));
    expect(p2.selisih).toMatchObject({ pembanding: 'perubahan', dihapus: [{ kode: '3.27.02.2.01.0003' }], diubah: [] });
    await b.call('impor.terapkan', renja(koreksi, { opdId: tani, versi: 'perubahan' }));
    expect(await pagu(tani, 'perubahan')).toEqual([['3.27.02.2.01.0001', 350_000_000]]);
  });

  it('warns in the preview that figures already accepted for the period will change', async () => {
    await b.call('impor.terapkan', renja(await buku([['DPA', [KEPALA, ...BLOK_TANI]]]), { opdId: tani }));
    await b.call('realisasi.verifikasi', { opdId: tani, tahun: TAHUN, bulan: 6, status: 'diterima', catatan: '' });
    const p = await b.call('impor.pratinjau', {
      jenis: 'realisasi',
      namaBerkas: 'r.csv',
      base64: Buffer.from('Kode;Realisasi Fisik (%)\n3.27.02.2.01.0001;40\n').toString('base64'),
      tahun: TAHUN,
      opdId: tani,
      bulan: 6,
    });
    expect(p.masalah).toEqual([]);
    expect(p.peringatan.map((w) => w.pesan)).toEqual([
      'Realisasi Dinas Pertanian s.d. Juni 2026 sudah berstatus Diterima: angka yang sudah diterima akan berubah',
    ]);
  });
});
