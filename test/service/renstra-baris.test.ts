// A row of the Renstra grid (a program or kegiatan with its pagu per year) saved whole by renstra.simpanBaris: one
// transaction, so a refused value, or a write that fails half-way, leaves the stored row as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import type { Input } from '../../src/shared/api';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohRenstra } from '../helpers/renstra';

describe('renstra.simpanBaris: a Renstra grid row in one transaction', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohRenstra>>;
  let kegiatanId: number;
  const PAGU = [
    { tahun: 2025, pagu: 400_000_000, realisasi: 380_000_000 },
    { tahun: 2026, pagu: 500_000_000, realisasi: null },
    { tahun: 2027, pagu: 550_000_000, realisasi: null },
  ];

  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohRenstra(b);
    await b.call('renstra.simpanBaris', {
      tingkat: 'program',
      id: ids.renstraProgram.id,
      kode: '3.27.02',
      nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
      sasaranRpjmdId: ids.sasaran.id,
      pagu: PAGU,
    });
    kegiatanId = (
      await b.call('renstra.simpanKegiatan', {
        programId: ids.renstraProgram.id,
        kode: '3.27.02.2.01',
        nama: 'Pengawasan Penggunaan Sarana Pertanian',
      })
    ).id;
  });
  afterEach(() => t.dispose());

  /** A partial save: what is not given keeps its stored value. */
  const simpanBaris = (input: Partial<Input<'renstra.simpanBaris'>>) =>
    b.call('renstra.simpanBaris', input as Input<'renstra.simpanBaris'>);
  const program = async () =>
    (await b.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id })).program[0]!;

  it('saves the fields and every year of the row, and a year left out of the list is removed', async () => {
    await simpanBaris({
      tingkat: 'program',
      id: ids.renstraProgram.id,
      nama: 'PROGRAM SARANA PERTANIAN',
      pagu: [
        { tahun: 2026, pagu: 510_000_000, realisasi: 12_500_000.5 },
        { tahun: 2029, pagu: 0, realisasi: null },
      ],
    });
    const p = await program();
    expect(p).toMatchObject({ kode: '3.27.02', nama: 'PROGRAM SARANA PERTANIAN', sasaranRpjmdId: ids.sasaran.id });
    expect(p.pagu).toEqual([
      { tahun: 2026, pagu: 510_000_000, realisasi: 12_500_000.5 },
      { tahun: 2029, pagu: 0, realisasi: null },
    ]);
  });

  it('leaves untouched what it is not given: a new name keeps the pagu, new pagu keep the name', async () => {
    await simpanBaris({ tingkat: 'program', id: ids.renstraProgram.id, nama: 'Nama baru' });
    expect(await program()).toMatchObject({ kode: '3.27.02', sasaranRpjmdId: ids.sasaran.id, pagu: PAGU });
    const pagu = [{ tahun: 2028, pagu: 600_000_000, realisasi: null }];
    await simpanBaris({ tingkat: 'program', id: ids.renstraProgram.id, pagu });
    expect(await program()).toMatchObject({ kode: '3.27.02', nama: 'Nama baru', sasaranRpjmdId: ids.sasaran.id, pagu });
    // A kegiatan's name alone: its code and (empty) pagu stay.
    await simpanBaris({ tingkat: 'kegiatan', id: kegiatanId, nama: 'Pengawasan Sarana' });
    expect((await program()).kegiatan[0]).toMatchObject({ kode: '3.27.02.2.01', nama: 'Pengawasan Sarana', pagu: [] });
  });

  it('a row with one bad year value changes nothing, and the message names the field', async () => {
    const sebelum = dumpDatabase(b);
    const bacaSebelum = await program();
    const row = { tingkat: 'program' as const, id: ids.renstraProgram.id, nama: 'Nama yang tidak boleh tersimpan' };
    const tolak = async (input: Partial<Input<'renstra.simpanBaris'>>, pesan: string, kolom: string) => {
      const jawaban = await b.handle('renstra.simpanBaris', input);
      expect(jawaban.ok).toBe(false);
      if (jawaban.ok) return;
      expect(jawaban.galat.pesan).toContain(pesan);
      expect(jawaban.galat.rincian.map((r) => r.kolom)).toContain(kolom);
    };
    await tolak(
      { ...row, pagu: [PAGU[0]!, { tahun: 2026, pagu: -5, realisasi: null }, PAGU[2]!] },
      'Pagu indikatif 2026 tidak boleh kurang dari 0',
      'pagu.1.pagu',
    );
    await tolak(
      { ...row, pagu: [PAGU[0]!, { tahun: 2026, pagu: 1, realisasi: 0.001 }] },
      'Realisasi anggaran 2026 paling banyak 2 angka desimal',
      'pagu.1.realisasi',
    );
    await tolak(
      { ...row, pagu: [...PAGU, { tahun: 2030, pagu: 1, realisasi: null }] },
      'Tahun 2030 di luar periode RPJMD 2025-2029',
      'pagu.3.tahun',
    );
    await tolak({ ...row, pagu: [PAGU[1]!, { ...PAGU[1]!, pagu: 2 }] }, 'Tahun 2026 tertulis dua kali', 'pagu.1.tahun');
    await tolak({ ...row, kode: '3.27' }, 'Kode program "3.27" tidak sesuai pola', 'kode');
    await tolak({ ...row, nama: '  ' }, 'Nama wajib diisi', 'nama');
    await tolak(
      { tingkat: 'kegiatan', id: kegiatanId, sasaranRpjmdId: ids.sasaran.id },
      'Sasaran RPJMD dipilih pada program, bukan pada kegiatan',
      'sasaranRpjmdId',
    );
    await tolak({ tingkat: 'kegiatan', id: kegiatanId, kode: '3.27.03.2.01' }, 'tidak berada di bawah 3.27.02', 'kode');
    expect(await program()).toEqual(bacaSebelum);
    expect(dumpDatabase(b) === sebelum).toBe(true);
  });

  it('an indicator row with one bad yearly target changes nothing either (Renstra and RPJMD grids)', async () => {
    const sebelum = dumpDatabase(b);
    const indikator = await b.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    const i = indikator.program[0]!.indikator[0]!;
    const renstra = await b.handle('renstra.simpanIndikator', {
      id: i.id,
      uraian: 'Uraian yang tidak boleh tersimpan',
      nilai: [
        { tahun: 2025, target: 64, realisasi: 63 },
        { tahun: 2026, target: -1, realisasi: null },
      ],
    });
    expect(renstra.ok || renstra.galat.rincian).toEqual([
      { kolom: 'nilai.1.target', pesan: 'Target tidak boleh kurang dari 0' },
    ]);
    const rpjmd = await b.handle('rpjmd.simpanIndikator', {
      id: ids.indikatorSasaran.id,
      uraian: 'Uraian yang tidak boleh tersimpan',
      nilai: [
        { tahun: 2026, target: 5.4, realisasi: null },
        { tahun: 2030, target: 6, realisasi: null },
      ],
    });
    expect(rpjmd.ok || rpjmd.galat.pesan).toBe('Tahun 2030 di luar periode RPJMD 2025-2029');
    expect(dumpDatabase(b) === sebelum).toBe(true);
  });

  it('refuses a row saved against an older revision (someone changed it since) and changes nothing', async () => {
    const dibaca = (await program()).revisi;
    const kedua = await simpanBaris({ tingkat: 'program', id: ids.renstraProgram.id, revisi: dibaca, nama: 'Oleh A' });
    expect(kedua.revisi).toBeGreaterThan(dibaca);
    const sebelum = dumpDatabase(b);
    const basi = await b.handle('renstra.simpanBaris', {
      tingkat: 'program',
      id: ids.renstraProgram.id,
      revisi: dibaca,
      nama: 'Oleh B',
      pagu: [],
    });
    expect(basi.ok || basi.galat.kode).toBe('konflik');
    expect(dumpDatabase(b) === sebelum).toBe(true);
    // With the revision the first save returned, the next one goes through.
    await simpanBaris({ tingkat: 'program', id: ids.renstraProgram.id, revisi: kedua.revisi, nama: 'Oleh A lagi' });
    expect((await program()).nama).toBe('Oleh A lagi');
  });

  it('refuses an indicator saved against an older revision, a change of its targets alone included', async () => {
    const indikator = async () => (await program()).indikator[0]!;
    const dibaca = await indikator();
    // Another window changes only a yearly target: the indicator's revision rises with it.
    const lain = await b.call('renstra.simpanIndikator', {
      id: dibaca.id,
      revisi: dibaca.revisi,
      nilai: [{ tahun: 2026, target: 70, realisasi: null }],
    } as Input<'renstra.simpanIndikator'>);
    expect(lain.revisi).toBeGreaterThan(dibaca.revisi);
    expect((await indikator()).revisi).toBe(lain.revisi);
    const sebelum = dumpDatabase(b);
    const basi = await b.handle('renstra.simpanIndikator', {
      id: dibaca.id,
      revisi: dibaca.revisi,
      uraian: 'Ditimpa jendela yang membaca lebih dulu',
    });
    expect(basi.ok || basi.galat.kode).toBe('konflik');
    expect(dumpDatabase(b) === sebelum).toBe(true);
    // The revision the save returned lets the next save of the same row through.
    await b.call('renstra.simpanIndikator', {
      id: dibaca.id,
      revisi: lain.revisi,
      uraian: 'Diubah sesudah membaca ulang',
    } as Input<'renstra.simpanIndikator'>);
    expect((await indikator()).uraian).toBe('Diubah sesudah membaca ulang');
  });

  it('refuses an RPJMD sasaran indicator saved against an older revision, and returns the new one', async () => {
    const indikator = async () =>
      (await b.call('rpjmd.rincian', { id: ids.rpjmd.id })).misi[0]!.tujuan[0]!.sasaran[0]!.indikator[0]!;
    const dibaca = await indikator();
    const lain = await b.call('rpjmd.simpanIndikator', {
      id: dibaca.id,
      revisi: dibaca.revisi,
      nilai: [{ tahun: 2026, target: 5.5, realisasi: null }],
    } as Input<'rpjmd.simpanIndikator'>);
    expect(lain.revisi).toBeGreaterThan(dibaca.revisi);
    const sebelum = dumpDatabase(b);
    const basi = await b.handle('rpjmd.simpanIndikator', { id: dibaca.id, revisi: dibaca.revisi, uraian: 'Basi' });
    expect(basi.ok || basi.galat.kode).toBe('konflik');
    expect(dumpDatabase(b) === sebelum).toBe(true);
    expect((await indikator()).revisi).toBe(lain.revisi);
  });

  it('a write that fails half-way (after the row, on its pagu) leaves the row as it was', async () => {
    const sebelum = dumpDatabase(b);
    // A disk or constraint failure on the third pagu, after the name and the first years are written. The years are
    // updated in place (so Riwayat records only a changed year), so the failure is on the update.
    b.ctx.sqlite.exec(`CREATE TRIGGER uji_gagal BEFORE UPDATE ON renstra_pagu WHEN NEW.tahun = 2027
      BEGIN SELECT RAISE(ABORT, 'uji: penulisan gagal'); END`);
    const jawaban = await b.handle('renstra.simpanBaris', {
      tingkat: 'program',
      id: ids.renstraProgram.id,
      nama: 'Nama yang tidak boleh tersimpan',
      pagu: PAGU.map((p) => ({ ...p, pagu: p.pagu + 1 })),
    });
    expect(jawaban.ok).toBe(false);
    b.ctx.sqlite.exec('DROP TRIGGER uji_gagal');
    expect(dumpDatabase(b) === sebelum).toBe(true);
  });
});
