// Column titles as SIPD, SIPD-mirror tools, the OPD and Sinergi's own exports write them, and what each feeds.
import { describe, expect, it } from 'vitest';
import { kenaliJudul } from '../../src/main/impor/medan';
import { gayaAngka, parseAngka } from '../../src/shared/format';

const medan = (judul: string) => kenaliJudul(judul)?.medan ?? null;

describe('column titles', () => {
  it.each([
    ['Kode', 'kode'],
    ['KODE REKENING', 'kode'],
    ['kode_sub_giat', 'kode'],
    ['Kode Program/Kegiatan/Sub Kegiatan', 'kode'],
    ['No. Rek', 'kode'],
    ['Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan', 'nama'],
    ['Uraian Urusan, Bidang Urusan, Program, Kegiatan dan Sub Kegiatan', 'nama'],
    ['URUSAN/BIDANG URUSAN PEMERINTAHAN DAERAH DAN PROGRAM/KEGIATAN', 'nama'],
    ['Program / Kegiatan / Sub Kegiatan', 'nama'],
    ['nama_sub_giat', 'nama'],
    ['Uraian', 'nama'],
    ['nama_program', 'namaProgram'],
    ['nama_giat', 'namaKegiatan'],
    ['kode_giat', 'kodeKegiatan'],
    ['kode_urusan', null],
    ['nama_bidang_urusan', null],
    ['Kode SKPD', 'kodeSkpd'],
    ['kode_skpd', 'kodeSkpd'],
    ['Kode Unit', 'kodeSkpd'],
    ['nama_skpd', 'namaSkpd'],
    ['Perangkat Daerah', 'namaSkpd'],
    ['Satuan Kerja Perangkat Daerah', 'namaSkpd'],
    ['Tolok Ukur', 'indikator'],
    ['Indikator Kinerja Program (Outcome)/Kegiatan (Output)', 'indikator'],
    ['Indikator keluaran: Uraian', 'indikator'],
    ['Indikator keluaran: Satuan', 'satuan'],
    ['Sat.', 'satuan'],
    ['Target Kinerja (K)', 'target'],
    ['Volume', 'target'],
    ['Pagu Anggaran\n(Rp)', 'pagu'],
    ['pagumurni', 'pagu'],
    ['Nilai (Rp)', 'pagu'],
    ['Jumlah (Rp)', 'pagu'],
    ['nama_dana', 'sumberDana'],
    ['Sumber Dana', 'sumberDana'],
    ['nama_lokasi', 'lokasi'],
    ['Target Fisik (%) TW I', 'targetFisik1'],
    ['Target fisik kumulatif (%): TW III (%)', 'targetFisik3'],
    ['Target keuangan kumulatif / anggaran kas (Rp): TW IV', 'targetKeuangan4'],
    ['RAK Triwulan II', 'targetKeuangan2'],
    ['Target Fisik Maret', 'targetFisikBulan3'],
    ['Anggaran Kas s.d. Juni', 'targetKeuanganBulan6'],
    ['Realisasi (isian OPD): Fisik (%)', 'realisasiFisik'],
    ['Realisasi Keuangan (Rp)', 'realisasiKeuangan'],
    ['Realisasi (isian OPD): Kinerja triwulan', 'realisasiKinerja'],
    ['Permasalahan/Kendala', 'permasalahan'],
    ['Rencana Tindak Lanjut', 'tindakLanjut'],
    ['Faktor Penghambat', 'faktorPenghambat'],
    ['Target 2027', 'target@2027'],
    ['Realisasi Anggaran 2025 (Rp)', 'realisasiAnggaran@2025'],
    // Read by none: computed or context columns of Sinergi's exports.
    ['Target s.d. periode: Fisik (%)', null],
    ['Target s.d. periode: Kinerja triwulan', null],
    ['Capaian: Deviasi fisik (poin)', null],
    ['Capaian: Penyerapan (%)', null],
    ['Anggaran Kas', null],
    ['No', null],
  ])('%s -> %s', (judul, hasil) => {
    expect(medan(judul)).toBe(hasil);
  });

  it('tags pagu columns of a two-version file and realisation columns of one quarter', () => {
    expect(kenaliJudul('Pagu Sebelum Perubahan')).toMatchObject({ medan: 'pagu', versi: 'murni' });
    expect(kenaliJudul('Setelah Perubahan Pagu (Rp)')).toMatchObject({ medan: 'pagu', versi: 'perubahan' });
    expect(kenaliJudul('Realisasi Fisik TW II')).toMatchObject({ medan: 'realisasiFisik', triwulan: 2 });
  });
});

describe('numbers in Indonesian or English writing', () => {
  it('tells the writing a number shows by itself', () => {
    expect(gayaAngka('1.234,5')).toBe('id');
    expect(gayaAngka('1.234.567')).toBe('id');
    expect(gayaAngka('12,5')).toBe('id');
    expect(gayaAngka('1,234.5')).toBe('en');
    expect(gayaAngka('1,234,567')).toBe('en');
    expect(gayaAngka('12.5')).toBe('en');
    expect(gayaAngka('1.234')).toBeNull();
    expect(gayaAngka('1,234')).toBeNull();
    expect(gayaAngka('1234')).toBeNull();
    expect(gayaAngka('Rp 1.250.000,-')).toBe('id');
  });

  it('reads the ambiguous ones by the writing of their column', () => {
    expect(parseAngka('1.234', { jenis: 'bilangan', gaya: 'id' })).toEqual({ ok: true, value: 1234 });
    expect(parseAngka('1.234', { jenis: 'bilangan', gaya: 'en' })).toEqual({ ok: true, value: 1.234 });
    expect(parseAngka('1,234', { jenis: 'bilangan', gaya: 'en' })).toEqual({ ok: true, value: 1234 });
    expect(parseAngka('1,234', { jenis: 'bilangan', gaya: 'id' })).toEqual({ ok: true, value: 1.234 });
    expect(parseAngka('1,234.5', { jenis: 'uang', gaya: 'en' })).toEqual({ ok: true, value: 1234.5 });
    expect(parseAngka('1.234', { jenis: 'persen' })).toMatchObject({ ok: false });
  });

  it('reads the dash that closes whole-rupiah amounts', () => {
    expect(parseAngka('Rp 1.250.000,-', { jenis: 'uang' })).toEqual({ ok: true, value: 1_250_000 });
    expect(parseAngka('1.250.000.-', { jenis: 'uang' })).toEqual({ ok: true, value: 1_250_000 });
    expect(parseAngka('Rp. 1.250.000,--', { jenis: 'uang' })).toEqual({ ok: true, value: 1_250_000 });
    expect(parseAngka('1.250.000,-', { jenis: 'persen' })).toMatchObject({ ok: false });
  });
});
