import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../helpers/backend';

describe('sample data (Kabupaten Contoh)', () => {
  let t: TempBackend;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
  });
  afterAll(() => t.dispose());

  it('loads 36 OPD in the four clusters with a Renja for the year', async () => {
    const opd = await t.b.call('opd.daftar', {});
    expect(opd).toHaveLength(36);
    expect(new Set(opd.map((o) => o.klaster))).toEqual(
      new Set(['pembangunan_manusia', 'ekonomi', 'infrastruktur', 'pemerintahan']),
    );
    const { tahunAnggaran } = await t.b.call('pengaturan.ambil', {});
    for (const o of opd) {
      const renja = await t.b.call('renja.daftar', { opdId: o.id, tahun: tahunAnggaran });
      expect(renja.baris.filter((b) => b.tingkat === 'subKegiatan').length, o.nama).toBeGreaterThan(5);
    }
  });

  it('has three quarters of realisation, measured against Perubahan from TW III, with some OPD in merah', async () => {
    const { tahunAnggaran } = await t.b.call('pengaturan.ambil', {});
    const tw2 = await t.b.call('monev.ringkasan', { tahun: tahunAnggaran, triwulan: 2 });
    const tw3 = await t.b.call('monev.ringkasan', { tahun: tahunAnggaran, triwulan: 3 });
    const tw4 = await t.b.call('monev.ringkasan', { tahun: tahunAnggaran, triwulan: 4 });
    expect(tw2.versi).toBe('murni');
    expect(tw3.versi).toBe('perubahan');
    expect(tw3.kabupaten.pagu).not.toBe(tw2.kabupaten.pagu);
    expect(tw3.belumAdaRealisasi).toBe(false);
    expect(tw4.belumAdaRealisasi).toBe(true);
    const merah = tw3.opd.filter((o) => o.status === 'merah').length;
    expect(merah).toBeGreaterThan(0);
    expect(merah).toBeLessThan(tw3.opd.length / 2);
    const kurva = await t.b.call('monev.kurvaS', { tahun: tahunAnggaran });
    expect(kurva.map((k) => k.bulan)).toEqual([0, 3, 6, 9, 12]);
    expect(kurva[3]!.realisasiFisik).toBeGreaterThan(kurva[2]!.realisasiFisik!);
    expect(kurva[4]!.realisasiFisik).toBeNull();
  });

  it('refuses to load the sample twice', async () => {
    await expect(t.b.call('sistem.muatDataContoh', {})).rejects.toThrow(
      'hanya dapat dimuat ke basis data yang masih kosong',
    );
  });
});
