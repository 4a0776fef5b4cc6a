import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { kolomTahunan } from '../../src/main/renstra/impor';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohRenstra } from '../helpers/renstra';

async function xlsx(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Renstra');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const HEADER = [
  'Kode',
  'Uraian',
  'Indikator',
  'Satuan',
  'Kondisi Awal',
  'Target 2025',
  'Target 2026',
  'Target Akhir',
  'Pagu Indikatif 2026',
];

const RENSTRA: (string | number | null)[][] = [
  ['RENCANA STRATEGIS DINAS PERTANIAN 2025-2029', null, null, null, null, null, null, null, null],
  HEADER,
  ['3.27', 'BIDANG PERTANIAN', null, null, null, null, null, null, null],
  [
    '3.27.02',
    'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
    'Persentase kelompok tani yang memanfaatkan sarana pertanian',
    '%',
    '60',
    '64,5',
    70,
    80,
    'Rp 1.250.000.000',
  ],
  ['3.27.02', null, 'Jumlah kelompok tani mandiri', 'Kelompok', 12, 14, 16, 25, null],
  ['3.27.02.2.01', 'Pengawasan Penggunaan Sarana Pertanian', 'Jumlah kios diawasi', 'Kios', 30, 35, 40, 200, 400000000],
  [
    '3.27.03',
    'PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN',
    'Luas lahan terlayani',
    'Ha',
    100,
    120,
    140,
    200,
    900000000,
  ],
];

describe('import of Renstra targets', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohRenstra>>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohRenstra(b);
  });
  afterEach(() => t.dispose());

  const input = (base64: string, namaBerkas = 'renstra.xlsx') => ({
    rpjmdId: ids.rpjmd.id,
    opdId: ids.opd.id,
    namaBerkas,
    base64,
  });

  it('reads yearly columns by name', () => {
    expect(kolomTahunan('Target 2027')).toEqual({ jenis: 'target', tahun: 2027 });
    expect(kolomTahunan('Target Kinerja Tahun 2028')).toEqual({ jenis: 'target', tahun: 2028 });
    expect(kolomTahunan('Pagu Indikatif (Rp) 2026')).toEqual({ jenis: 'pagu', tahun: 2026 });
    expect(kolomTahunan('Realisasi 2025')).toEqual({ jenis: 'realisasi', tahun: 2025 });
    expect(kolomTahunan('Realisasi Anggaran 2025')).toEqual({ jenis: 'realisasiAnggaran', tahun: 2025 });
    expect(kolomTahunan('Baseline')).toEqual({ jenis: 'baseline' });
    expect(kolomTahunan('Kondisi Kinerja Akhir')).toEqual({ jenis: 'targetAkhir' });
    expect(kolomTahunan('Target')).toBeNull();
  });

  it('previews without writing, then writes programs, kegiatan, indicators, targets and pagu', async () => {
    const base64 = await xlsx(RENSTRA);
    const sebelum = dumpDatabase(b);
    const p = await b.call('renstra.imporPratinjau', input(base64));
    expect(dumpDatabase(b) === sebelum).toBe(true);
    expect(p.masalah).toEqual([]);
    expect(p.barisHeader).toBe(2);
    expect(p.ringkasan).toEqual([
      '2 program, 1 kegiatan, 4 indikator',
      'Jumlah pagu indikatif program Rp2.150.000.000',
      'Periode RPJMD 2025-2029',
      'Untuk OPD: Dinas Pertanian',
    ]);
    expect(p.kolomDikenali).toContainEqual({ judul: 'Kondisi Awal', dibacaSebagai: 'Baseline' });
    expect(p.kolomDikenali).toContainEqual({ judul: 'Pagu Indikatif 2026', dibacaSebagai: 'Pagu indikatif (Rp) 2026' });

    await b.call('renstra.imporTerapkan', input(base64));
    const r = await b.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    expect(r.program.map((x) => x.kode)).toEqual(['3.27.02', '3.27.03']);
    const [p1] = r.program;
    // The existing indicator (same wording) is updated, not duplicated; its 2027+ targets are kept.
    expect(p1!.indikator.map((i) => i.uraian)).toEqual([
      'Persentase kelompok tani yang memanfaatkan sarana pertanian',
      'Jumlah kelompok tani mandiri',
    ]);
    expect(p1!.indikator[0]).toMatchObject({ baseline: 60, targetAkhir: 80 });
    expect(p1!.indikator[0]!.nilai).toEqual([
      { tahun: 2025, target: 64.5, realisasi: 63 },
      { tahun: 2026, target: 70, realisasi: null },
    ]);
    expect(p1!.pagu).toEqual([{ tahun: 2026, pagu: 1_250_000_000, realisasi: null }]);
    expect(p1!.kegiatan[0]).toMatchObject({
      kode: '3.27.02.2.01',
      pagu: [{ tahun: 2026, pagu: 400_000_000, realisasi: null }],
    });
    expect(p1!.sasaranRpjmdId).toBe(ids.sasaran.id);
  });

  it('refuses the whole file on any problem, naming row and column, and writes nothing', async () => {
    const rows = [
      ['Kode', 'Uraian', 'Indikator', 'Satuan', 'Target 2026', 'Target 2031', 'Pagu 2026'],
      ['3.27.02', 'PROGRAM A', 'Indikator A', '%', '1.234', 5, 'Rp -5'],
      ['3.27.09.2.01', 'Kegiatan tanpa program', null, null, null, null, 100],
      ['3.27.02.2.01.0001', 'Sub kegiatan', null, null, null, null, null],
      ['3.27.02', null, null, null, 7, null, null],
    ];
    const base64 = await xlsx(rows);
    const sebelum = dumpDatabase(b);
    const p = await b.call('renstra.imporPratinjau', input(base64));
    expect(p.masalah.map((m) => `${m.baris}|${m.kolom}|${m.pesan}`)).toEqual([
      '0|Kode|Program 3.27.09 untuk kegiatan 3.27.09.2.01 tidak ada di berkas maupun di Renstra',
      '1|Target 2031|Tahun 2031 di luar periode RPJMD 2025-2029',
      '2|Target 2026|Angka "1.234" ambigu untuk bilangan: tulis 1,234 atau 1234',
      '2|Pagu indikatif (Rp) 2026|Pagu indikatif (Rp) 2026 tidak boleh negatif',
      '4|Kode|Kode "3.27.02.2.01.0001" bukan kode program atau kegiatan (Renstra sampai tingkat kegiatan)',
      '5|Target 2026|Target tanpa indikator: isi kolom Indikator',
    ]);
    await expect(b.call('renstra.imporTerapkan', input(base64))).rejects.toThrow(
      'Impor dibatalkan, tidak ada data yang diubah: 6 masalah',
    );
    await expect(b.call('renstra.imporPratinjau', input(Buffer.from('bukan xlsx').toString('base64')))).rejects.toThrow(
      'Berkas bukan .xlsx',
    );
    await expect(b.call('renstra.imporPratinjau', input(base64, 'renstra.pdf'))).rejects.toThrow(
      'Nama berkas: hanya berkas .xlsx atau .csv yang dapat diimpor',
    );
    expect(dumpDatabase(b) === sebelum).toBe(true);
  });

  it('reads a semicolon CSV as Indonesian Excel saves it', async () => {
    const csv =
      'Kode;Uraian;Indikator;Satuan;Target 2026;Target Akhir\n3.27.02;PROGRAM A;Indikator baru;Unit;12,5;20\n';
    await b.call('renstra.imporTerapkan', input(Buffer.from(csv).toString('base64'), 'renstra.csv'));
    const r = await b.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    expect(r.program[0]!.indikator.at(-1)).toMatchObject({
      uraian: 'Indikator baru',
      targetAkhir: 20,
      nilai: [{ tahun: 2026, target: 12.5, realisasi: null }],
    });
  });
});
