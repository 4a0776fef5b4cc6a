import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { juta } from '../../src/main/laporan/tabelE81Xml';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { bacaDocx, barisTabel } from '../helpers/docx';
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

  // A regency's full report, unzipped and its figures gathered again: seconds on a shared two-core machine.
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

  it('fills column 2 and the sasaran RKPD line from the link; column 14 is "-" exactly where column 6 is', async () => {
    const laporan = await t.b.call('laporan.buat', { tahun, triwulan: 2, cakupan: 'kabupaten', jenis: 'lengkap' });
    const docx = await bacaDocx(Buffer.from(laporan.base64, 'base64'));
    // The sasaran each linked program serves, read straight from the tables: the Renstra's, else the RPJMD's.
    const diharapkan = t.b.ctx.sqlite
      .prepare(
        `SELECT p.kode, coalesce(rs.uraian, ss.uraian) AS sasaran, ss.uraian AS rpjmd, o.nama AS opd
         FROM program_renstra pr JOIN program p ON p.id = pr.program_id JOIN opd o ON o.id = p.opd_id
         JOIN renstra_program rp ON rp.id = pr.renstra_program_id
         LEFT JOIN renstra_sasaran rs ON rs.id = rp.renstra_sasaran_id
         LEFT JOIN rpjmd_sasaran ss ON ss.id = rp.sasaran_rpjmd_id WHERE p.tahun = ?`,
      )
      .all(tahun) as { kode: string; sasaran: string | null; rpjmd: string | null; opd: string }[];
    const terisi = diharapkan.filter((d) => d.sasaran);
    expect(terisi.length).toBeGreaterThan(50);
    const baris = barisTabel(docx.xml).filter((r) => r.length === 29 && /^\d+$/.test(r[0]!));
    for (const d of terisi) {
      const program = baris.filter((r) => r[2] === d.kode);
      expect(program.length, d.kode).toBeGreaterThan(0);
      expect(
        program.some((r) => r[1] === d.sasaran),
        d.kode,
      ).toBe(true);
    }
    expect(baris.filter((r) => r[1] !== '-' && r[1] !== '').length).toBeGreaterThanOrEqual(terisi.length);
    // The line above each OPD's table names the RPJMD sasaran of its linked programs.
    const contoh = terisi.find((d) => d.rpjmd)!;
    expect(docx.teks).toContain(`RENJA ${contoh.opd.toUpperCase()}`);
    expect(docx.teks).toMatch(/mengacu pada sasaran RKPD: [A-Z]/);
    expect(docx.teks).toContain(contoh.rpjmd!);

    // Columns 6 and 14 (K, Rp) sit at cells 7-8 and 23-24 once the code is read as a cell of its own.
    const semua = barisTabel(docx.xml).filter((r) => r.length === 29 && /^(\d|X)\.\d{2}\.\d{2}/.test(r[2]!));
    let rpKosong = 0;
    for (const r of semua) {
      expect(r[23] === '-', `${r[2]} kolom 14 K`).toBe(r[7] === '-');
      expect(r[24] === '-', `${r[2]} kolom 14 Rp`).toBe(r[8] === '-');
      if (r[8] === '-' && r[20] !== '-') rpKosong++;
    }
    // Rows with spending (column 12) but no Renstra realisation: column 14 printed column 12 there before.
    expect(rpKosong).toBeGreaterThan(0);
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
      await t.b.call('foto.tambah', {
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
