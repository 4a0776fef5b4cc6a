// A Renja built and corrected by hand: codes checked against Permendagri 90 and the OPD's bidang, names changed,
// parts deleted unless reported work hangs on them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { png } from '../helpers/png';
import { buatContohDomain, TAHUN } from '../helpers/renja';

describe('Renja by hand', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
  });
  afterEach(() => t.dispose());

  const program = (kode: string, nama = 'PROGRAM UJI') =>
    b.call('renja.simpanProgram', { opdId: ids.opd.id, tahun: TAHUN, kode, nama });

  it("takes programs of the OPD's own bidang and the shared program 01, and refuses another bidang with the reason", async () => {
    await expect(program('3.27.03')).resolves.toMatchObject({ id: expect.any(Number) as number });
    await expect(program('X.XX.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH')).resolves.toBeTruthy();
    const sebelum = dumpDatabase(b);
    await expect(program('1.02.02')).rejects.toThrow(
      'Program 1.02.02 termasuk bidang urusan 1.02, bukan bidang Dinas Pertanian (3.27)',
    );
    await expect(program('3.27.2')).rejects.toThrow('Kode program "3.27.2" tidak sesuai pola seperti 1.02.02');
    await expect(
      b.call('renja.simpanKegiatan', { programId: ids.program.id, kode: '3.27.03.2.01', nama: 'Salah induk' }),
    ).rejects.toThrow('Kode 3.27.03.2.01 tidak berada di bawah 3.27.02');
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('renames a program and a kegiatan, but keeps the code of one that has children', async () => {
    await b.call('renja.simpanProgram', {
      id: ids.program.id,
      opdId: ids.opd.id,
      tahun: TAHUN,
      kode: '3.27.02',
      nama: 'PROGRAM SARANA PERTANIAN (DIUBAH)',
    });
    await b.call('renja.simpanKegiatan', {
      id: ids.kegiatan.id,
      programId: ids.program.id,
      kode: '3.27.02.2.01',
      nama: 'Pengawasan Sarana (diubah)',
    });
    const r = await b.call('renja.daftar', { opdId: ids.opd.id, tahun: TAHUN });
    expect(r.baris.slice(0, 2).map((x) => x.nama)).toEqual([
      'PROGRAM SARANA PERTANIAN (DIUBAH)',
      'Pengawasan Sarana (diubah)',
    ]);
    await expect(
      b.call('renja.simpanProgram', {
        id: ids.program.id,
        opdId: ids.opd.id,
        tahun: TAHUN,
        kode: '3.27.03',
        nama: 'X',
      }),
    ).rejects.toThrow('Kode program 3.27.02 tidak dapat diubah karena sudah memiliki kegiatan; ubah namanya saja');
  });

  it('refuses to delete what has realisation or photos, naming the sub kegiatan and the period, and deletes once cleared', async () => {
    await b.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: 35 }],
    });
    const sebelum = dumpDatabase(b);
    await expect(b.call('renja.hapus', { tingkat: 'program', id: ids.program.id })).rejects.toThrow(
      'Program ini tidak dapat dihapus: sub kegiatan 3.27.02.2.01.0001 sudah memiliki realisasi s.d. Juni 2026. Bila realisasinya salah input, kosongkan dulu di halaman Realisasi',
    );
    await expect(b.call('renja.hapus', { tingkat: 'subKegiatan', id: ids.a.id })).rejects.toThrow(
      'Sub Kegiatan ini tidak dapat dihapus',
    );
    expect(dumpDatabase(b)).toBe(sebelum);

    // A mistaken entry, cleared in the grid: nothing reported remains, so the sub kegiatan can go.
    await b.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: null }],
    });
    await b.call('renja.hapus', { tingkat: 'subKegiatan', id: ids.a.id });

    await b.call('foto.tambah', {
      subKegiatanId: ids.b.id,
      bulan: 6,
      keterangan: '',
      mime: 'image/png',
      base64: png(),
    });
    await expect(b.call('renja.hapus', { tingkat: 'kegiatan', id: ids.kegiatan.id })).rejects.toThrow(
      'Kegiatan ini tidak dapat dihapus: sub kegiatan 3.27.02.2.01.0002 sudah memiliki foto dokumentasi',
    );
  });

  it('deletes an indicator only while it has no realisation', async () => {
    const r = await b.call('renja.daftar', { opdId: ids.opd.id, tahun: TAHUN });
    const ind = r.baris.find((x) => x.id === ids.a.id && x.tingkat === 'subKegiatan')!.indikator[0]!;
    await b.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 6,
      perubahan: [{ subKegiatanId: ids.a.id, realisasiKinerja: 12 }],
    });
    await expect(b.call('renja.hapusIndikator', { id: ind.id })).rejects.toThrow(
      'Indikator "Jumlah kios pupuk yang diawasi" tidak dapat dihapus: sudah ada realisasinya s.d. Juni',
    );
    const baru = await b.call('renja.simpanIndikator', {
      tingkat: 'program',
      pemilikId: ids.program.id,
      uraian: 'Persentase kelompok tani terlayani',
      satuan: '%',
      target: 80,
    });
    await b.call('renja.hapusIndikator', { id: baru.id });
    const sesudah = await b.call('renja.daftar', { opdId: ids.opd.id, tahun: TAHUN });
    expect(sesudah.baris[0]!.indikator).toEqual([]);
  });
});
