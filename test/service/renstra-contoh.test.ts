import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATURAN_KONSISTENSI } from '../../src/shared/renstra/konsistensi';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { bacaDocx } from '../helpers/docx';

describe('sample RPJMD and Renstra (Kabupaten Contoh)', () => {
  let t: TempBackend;
  let tahun: number;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
  });
  afterAll(() => t.dispose());

  it('has an RPJMD covering the sample year with five misi and a capaian at every RPJMD level', async () => {
    const [rpjmd] = await t.b.call('rpjmd.daftar', {});
    expect(rpjmd!.tahunAwal).toBe(tahun - 1);
    expect(rpjmd!.visi).toMatch(/^Terwujudnya Kabupaten Contoh yang Maju, Sejahtera dan Berdaya Saing/);
    const pohon = await t.b.call('renstra.pohon', { tahun });
    expect(pohon.bulan).toBe(9);
    const rpjmdLevel = pohon.baris.filter((b) => ['visi', 'misi', 'tujuan', 'sasaran'].includes(b.tingkat));
    expect(rpjmdLevel.filter((b) => b.tingkat === 'misi')).toHaveLength(5);
    for (const b of rpjmdLevel) expect(b.capaian, b.uraian).not.toBeNull();
    expect(pohon.baris.some((b) => b.tingkat === 'subKegiatan')).toBe(true);
    // The shares sum to the whole year's budget.
    expect(pohon.porsi.reduce((a, p) => a + (p.persen ?? 0), 0)).toBeCloseTo(100);
    expect(pohon.porsi.reduce((a, p) => a + p.pagu, 0)).toBeCloseTo(pohon.totalPagu);
  });

  it('links most technical programs and leaves something for every Konsistensi rule but one to find', async () => {
    const tautan = await t.b.call('renstra.tautan', { tahun });
    const teknis = tautan.filter((b) => !/\.01$/.test(b.kode));
    const tertaut = teknis.filter((b) => b.tertaut).length;
    expect(tertaut / teknis.length).toBeGreaterThan(0.9);
    expect(tertaut).toBeLessThan(teknis.length);
    const { temuan } = await t.b.call('renstra.konsistensi', { tahun });
    const ada = new Set(temuan.map((x) => x.aturan));
    expect([...ATURAN_KONSISTENSI].filter((a) => !ada.has(a))).toEqual(['sub-tanpa-indikator']);
    expect(temuan).toContainEqual(
      expect.objectContaining({ aturan: 'benturan-kewenangan', opd: 'Badan Pendapatan Daerah', kode: '5.02.02' }),
    );
    const docx = await bacaDocx(Buffer.from((await t.b.call('renstra.konsistensiDocx', { tahun })).base64, 'base64'));
    expect(docx.teks).toContain('PEMERINTAH KABUPATEN CONTOH');
    expect(docx.teks).toContain('G. Program yang sama dianggarkan lebih dari satu OPD (benturan kewenangan)');
  });
});
