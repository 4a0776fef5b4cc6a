// Critical contracts on a real SQLite file: the kontrak-kritis rule's bands against the contract's schedule (linear
// or its own monthly plan), the regency's thresholds, and contracts refused for what cannot be.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import type { KontrakInput } from '../../src/shared/api/kontrak';
import { PRESET_PREDIKAT } from '../../src/shared/monev/aturan';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { buatOpdUji, laporTw1, TAHUN_DEPAN as T, type OpdUji } from '../helpers/pelaporan';

describe('kontrak kritis', () => {
  let t: TempBackend;
  let b: Backend;
  let opd: OpdUji;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    await b.call('sistem.aturOperator', { nama: 'Penguji' });
    opd = await buatOpdUji(b, 1, 'Dinas PU', { tahun: T });
  });
  afterEach(() => t.dispose());

  const simpan = (k: Partial<KontrakInput>) =>
    b.call('kontrak.simpan', {
      subKegiatanId: opd.a,
      penyedia: 'CV Karya Bangun',
      nilai: 350_000_000,
      tanggalMulai: `${T}-03-01`,
      tanggalSelesai: `${T}-04-30`,
      ...k,
    });
  const fisik = async (subKegiatanId: number, realisasiFisik: number) => {
    await laporTw1(b, opd, T, [{ subKegiatanId, realisasiFisik }]);
    return b.call('kontrak.pantau', { tahun: T, triwulan: 1 });
  };

  it('reads a linear schedule at the quarter end and bands the deviation (plan at most 70%: 10 points)', async () => {
    const k = await simpan({});
    // 1 March to 30 April: on 31 March, 30 of 60 days have passed.
    const belum = await b.call('kontrak.pantau', { tahun: T, triwulan: 1 });
    expect(belum).toMatchObject({ tanggal: `${T}-03-31`, jumlah: { belumAdaData: 1, kritis: 0 } });
    expect(belum.kontrak[0]).toMatchObject({ id: k.id, rencanaFisik: 50, realisasiFisik: null, status: null });
    for (const [realisasi, status] of [
      [39.99, 'kritis'],
      [40, 'terlambat'],
      [49.99, 'terlambat'],
      [50, 'wajar'],
      [65, 'wajar'],
    ] as const) {
      const p = await fisik(opd.a, realisasi);
      expect(p.kontrak[0], String(realisasi)).toMatchObject({ rencanaFisik: 50, realisasiFisik: realisasi, status });
      expect(p.jumlah[status]).toBe(1);
    }
  });

  it("follows the contract's own monthly plan and the tighter band above 70% (5 points)", async () => {
    await simpan({
      subKegiatanId: opd.b,
      nilai: 90_000_000,
      tanggalMulai: `${T}-01-10`,
      jadwal: [{ bulan: `${T}-03`, rencanaFisik: 80 }],
    });
    for (const [realisasi, status] of [
      [74.99, 'kritis'],
      [75, 'terlambat'],
      [80, 'wajar'],
    ] as const) {
      const p = await fisik(opd.b, realisasi);
      expect(p.kontrak[0], String(realisasi)).toMatchObject({ rencanaFisik: 80, status });
    }
  });

  it("judges with the regency's thresholds, lists the critical first, and reads 0% before the start", async () => {
    await simpan({});
    await simpan({ subKegiatanId: opd.b, nilai: 90_000_000, tanggalMulai: `${T}-04-01`, tanggalSelesai: `${T}-06-30` });
    await laporTw1(b, opd, T, [
      { subKegiatanId: opd.a, realisasiFisik: 44 },
      { subKegiatanId: opd.b, realisasiFisik: 0 },
    ]);
    const baku = await b.call('kontrak.pantau', { tahun: T, triwulan: 1 });
    expect(baku.kontrak.map((k) => [k.subKegiatanId, k.rencanaFisik, k.status])).toEqual([
      [opd.a, 50, 'terlambat'],
      [opd.b, 0, 'wajar'],
    ]);
    await b.call('pengaturan.simpanMonev', {
      aturanStatus: { batasMerahRendah: -5, batasMerahTinggi: -3, ambangTarget: 70 },
      rumusNegatif: 'selisih',
      predikat: PRESET_PREDIKAT.permendagri86,
    });
    const ketat = await b.call('kontrak.pantau', { tahun: T, triwulan: 1 });
    expect(ketat.kontrak[0]).toMatchObject({ subKegiatanId: opd.a, deviasi: -6, status: 'kritis' });
    expect(ketat.jumlah).toEqual({ kritis: 1, terlambat: 0, wajar: 1, belumAdaData: 0 });
    // After the end date the plan is 100%.
    const tw2 = await b.call('kontrak.pantau', { tahun: T, triwulan: 2 });
    expect(tw2.kontrak.map((k) => k.rencanaFisik)).toEqual([100, 100]);
  });

  it('refuses what a contract cannot be, naming the field, and writes nothing', async () => {
    await simpan({});
    const sebelum = dumpDatabase(b);
    const validasi = async (isian: Partial<KontrakInput>, kolom: string, pesan: string) => {
      const jawaban = await b.handle('kontrak.simpan', {
        subKegiatanId: opd.b,
        penyedia: 'CV Lain',
        nilai: 50_000_000,
        tanggalMulai: `${T}-03-01`,
        tanggalSelesai: `${T}-04-30`,
        ...isian,
      });
      expect(jawaban, pesan).toMatchObject({ ok: false, galat: { rincian: [{ kolom, pesan }] } });
    };
    await validasi(
      { tanggalSelesai: `${T}-02-28` },
      'tanggalSelesai',
      'Tanggal selesai tidak boleh sebelum tanggal mulai',
    );
    await validasi({ nilai: 0 }, 'nilai', 'Nilai kontrak harus lebih dari 0');
    await validasi(
      { jadwal: [{ bulan: `${T}-06`, rencanaFisik: 50 }] },
      'jadwal',
      `Jadwal ${T}-06 di luar masa kontrak`,
    );
    await validasi(
      {
        jadwal: [
          { bulan: `${T}-03`, rencanaFisik: 60 },
          { bulan: `${T}-04`, rencanaFisik: 40 },
        ],
      },
      'jadwal',
      `Rencana fisik April ${T} lebih kecil dari bulan sebelumnya (rencana bersifat kumulatif)`,
    );
    await validasi({ nilai: 100_000_000.01 }, 'nilai', 'Nilai kontrak melebihi pagu');
    await validasi({ subKegiatanId: opd.a }, 'subKegiatanId', 'Sub kegiatan sudah memiliki kontrak');
    await validasi({ subKegiatanId: 9999 }, 'subKegiatanId', 'Sub kegiatan tidak ditemukan');
    await expect(simpan({ subKegiatanId: opd.b, nilai: 120_000_000 })).rejects.toThrow(
      'Nilai kontrak Rp120.000.000,00 melebihi pagu sub kegiatan 3.27.02.2.01.0002 (Rp100.000.000,00)',
    );
    expect(dumpDatabase(b)).toBe(sebelum);
  });
});
