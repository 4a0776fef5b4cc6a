// "Unduh templat": the expected columns, an example that imports as it is, instructions, and data validation.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { isiPengaturan, tempBackend, type TempBackend } from '../helpers/backend';
import { TAHUN } from '../helpers/renja';
import { buatContohRenstra } from '../helpers/renstra';

describe('import templates', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohRenstra>>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohRenstra(b);
    await isiPengaturan(b, { tahunAnggaran: TAHUN });
    // The example rows are of Dinas Pertanian's own program, as in the worked example: start from an empty Renja.
    await b.call('renja.hapus', { tingkat: 'program', id: ids.program.id });
  });
  afterEach(() => t.dispose());

  const buka = async (jenis: 'renja' | 'realisasi' | 'renstra') => {
    const berkas = await b.call('impor.templat', { jenis });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(berkas.base64, 'base64') as unknown as ArrayBuffer);
    return { berkas, wb, data: wb.getWorksheet('Data')!, petunjuk: wb.getWorksheet('Petunjuk')! };
  };
  const judul = (ws: ExcelJS.Worksheet) => (ws.getRow(4).values as unknown[]).slice(1);

  it('gives the Renja template: columns, validation, instructions, and an example that imports', async () => {
    const { berkas, data, petunjuk } = await buka('renja');
    expect(berkas.namaBerkas).toBe('Templat impor Renja-DPA.xlsx');
    expect(judul(data).slice(0, 7)).toEqual([
      'Kode',
      'Program/Kegiatan/Sub Kegiatan',
      'Indikator',
      'Satuan',
      'Target',
      'Pagu (Rp)',
      'Target Fisik TW I (%)',
    ]);
    expect(data.getCell('F5').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
    expect(data.getCell('G5').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(data.getCell('A900').dataValidation).toMatchObject({ type: 'textLength' });
    expect(petunjuk.getRow(2).values).toEqual([
      undefined,
      'Kode',
      'Kode',
      'Kode program (1.02.02), kegiatan (1.02.02.2.01) atau sub kegiatan (1.02.02.2.01.0001). Wajib.',
    ]);
    const input = {
      jenis: 'renja' as const,
      namaBerkas: berkas.namaBerkas,
      base64: berkas.base64,
      tahun: TAHUN,
      opdId: ids.opd.id,
    };
    const p = await b.call('impor.pratinjau', input);
    expect(p.masalah).toEqual([]);
    expect(p.lembar.map((l) => l.nama)).toEqual(['Data']);
    expect(p.lembar[0]!.kolom.every((k) => k.medan !== null)).toBe(true);
    expect(p.ringkasan[2]).toBe('4 indikator (program 1, kegiatan 1)');
    await b.call('impor.terapkan', input);
  });

  it('gives the realisation template, whose example imports into the period chosen', async () => {
    const { berkas, data } = await buka('realisasi');
    expect(judul(data)).toContain('Realisasi Keuangan (Rp)');
    await b.call('impor.terapkan', {
      jenis: 'renja',
      namaBerkas: 'renja.xlsx',
      base64: (await b.call('impor.templat', { jenis: 'renja' })).base64,
      tahun: TAHUN,
      opdId: ids.opd.id,
    });
    const input = {
      jenis: 'realisasi' as const,
      namaBerkas: berkas.namaBerkas,
      base64: berkas.base64,
      tahun: TAHUN,
      opdId: ids.opd.id,
      bulan: 6,
    };
    const p = await b.call('impor.pratinjau', input);
    expect(p.masalah).toEqual([]);
    expect(p.lembar[0]!.kolom.find((k) => k.judul === 'Sub Kegiatan')!.dibacaSebagai).toBe('diabaikan');
    await b.call('impor.terapkan', input);
    const l = await b.call('realisasi.lembar', { opdId: ids.opd.id, tahun: TAHUN, bulan: 6 });
    expect(l.baris[0]).toMatchObject({
      realisasiFisik: 35,
      realisasiKeuangan: 120_000_000,
      permasalahan: 'Lelang ulang',
    });
  });

  it('gives the Renstra template with the years of the RPJMD period', async () => {
    const { berkas, data } = await buka('renstra');
    expect(judul(data)).toEqual(
      expect.arrayContaining(['Target 2025', 'Target 2029', 'Pagu Indikatif 2027', 'Kondisi Awal', 'Target Akhir']),
    );
    const input = {
      jenis: 'renstra' as const,
      namaBerkas: berkas.namaBerkas,
      base64: berkas.base64,
      rpjmdId: ids.rpjmd.id,
      opdId: ids.opd.id,
    };
    const p = await b.call('impor.pratinjau', input);
    expect(p.masalah).toEqual([]);
    await b.call('impor.terapkan', input);
  });
});
