import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { juta } from '../../src/main/laporan/tabelE81Xml';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { png } from '../helpers/png';
import { buatContohDomain, TAHUN } from '../helpers/renja';

describe('E.81 Renstra columns from the linked Renstra (sample data)', () => {
  let t: TempBackend;
  let tahun: number;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
  });
  afterAll(() => t.dispose());

  it('fill columns 5 and 6 for linked programs and leave unlinked ones empty', async () => {
    const konteks = await susunKonteks(t.b.ctx.db, {
      tahun,
      triwulan: 3,
      cakupan: 'kabupaten',
      opdId: null,
      klaster: null,
    });
    const program = konteks.tabel.flatMap((tb) => tb.baris.filter((b) => b.tingkat === 'program'));
    const tertaut = program.filter((p) => p.renstra);
    expect(tertaut.length).toBeGreaterThan(0);
    expect(tertaut.length).toBeLessThan(program.length);
    expect(tertaut.some((p) => p.renstra!.paguAkhir !== null && p.renstra!.paguAkhir > 0)).toBe(true);
    for (const p of tertaut) expect(p.renstra!.indikator).toHaveLength(p.indikator.length);
  });

  // Builds the whole regency's report: several seconds on a busy two-core machine.
  it('print Renstra figures in the report instead of "-" where a program is linked', { timeout: 30_000 }, async () => {
    const laporan = await t.b.call('laporan.buat', { tahun, triwulan: 3, cakupan: 'kabupaten', jenis: 'lengkap' });
    const zip = await JSZip.loadAsync(Buffer.from(laporan.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(`Realisasi Renstra PD s.d. ${tahun - 1}`);
    const konteks = await susunKonteks(t.b.ctx.db, {
      tahun,
      triwulan: 3,
      cakupan: 'kabupaten',
      opdId: null,
      klaster: null,
    });
    const tertaut = konteks.tabel.flatMap((tb) => tb.baris).find((b) => b.renstra?.paguAkhir);
    // Column 5 Rp is printed in millions, as the rest of the table.
    expect(xml).toContain(`>${juta(tertaut!.renstra!.paguAkhir)}<`);
  });
});

describe('Lampiran III: photos of physical progress in the report', () => {
  it('puts a photo of the quarter with its sub kegiatan and caption, and says so when there is none', async () => {
    const t = await tempBackend();
    try {
      const ids = await buatContohDomain(t.b);
      const laporan = () =>
        t.b.call('laporan.buat', { tahun: TAHUN, triwulan: 2, cakupan: 'opd', opdId: ids.opd.id, jenis: 'lengkap' });
      const dokumen = async () => {
        const zip = await JSZip.loadAsync(Buffer.from((await laporan()).base64, 'base64'));
        return { zip, xml: await zip.file('word/document.xml')!.async('string') };
      };
      expect((await dokumen()).xml).toContain('Belum ada foto dokumentasi untuk periode ini.');
      await t.b.call('dokumentasi.tambah', {
        subKegiatanId: ids.a.id,
        bulan: 6,
        keterangan: 'Gudang pupuk Kios Tani Jaya',
        mime: 'image/png',
        base64: png(),
      });
      const { zip, xml } = await dokumen();
      expect(xml).toContain('LAMPIRAN III');
      expect(xml).toContain('Gudang pupuk Kios Tani Jaya');
      expect(xml).toContain('3.27.02.2.01.0001 Pengawasan Pupuk Bersubsidi (A)');
      expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
    } finally {
      await t.dispose();
    }
  });
});
