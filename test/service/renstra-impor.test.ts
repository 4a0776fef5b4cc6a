import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { kenaliJudul } from '../../src/main/impor/medan';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { berkasRenstra, buatContohRenstra, HEADER_RENSTRA } from '../helpers/renstra';

const RENSTRA: (string | number | null)[][] = [
  ['RENCANA STRATEGIS DINAS PERTANIAN 2025-2029', null, null, null, null, null, null, null, null],
  HEADER_RENSTRA,
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
    jenis: 'renstra' as const,
    rpjmdId: ids.rpjmd.id,
    opdId: ids.opd.id,
    namaBerkas,
    base64,
  });

  it('reads yearly columns by name', () => {
    const medan = (judul: string) => kenaliJudul(judul)?.medan;
    expect(medan('Target 2027')).toBe('target@2027');
    expect(medan('Target Kinerja Tahun 2028')).toBe('target@2028');
    expect(medan('Pagu Indikatif (Rp) 2026')).toBe('pagu@2026');
    expect(medan('Realisasi 2025')).toBe('realisasi@2025');
    expect(medan('Realisasi Anggaran 2025')).toBe('realisasiAnggaran@2025');
    expect(medan('Baseline')).toBe('baseline');
    expect(medan('Kondisi Kinerja Akhir')).toBe('targetAkhir');
    expect(medan('Target')).toBe('target');
  });

  it('previews without writing, then writes programs, kegiatan, indicators, targets and pagu', async () => {
    const base64 = await berkasRenstra(RENSTRA);
    const sebelum = dumpDatabase(b);
    const p = await b.call('impor.pratinjau', input(base64));
    expect(dumpDatabase(b) === sebelum).toBe(true);
    expect(p.masalah).toEqual([]);
    expect(p.lembar[0]!.barisHeader).toBe(2);
    expect(p.ringkasan).toEqual([
      '2 program, 1 kegiatan, 4 indikator',
      'Jumlah pagu indikatif program Rp2.150.000.000',
      'Periode RPJMD 2025-2029',
    ]);
    expect(p.perOpd).toEqual([{ nama: 'Dinas Pertanian', jumlah: 3, satuan: 'program/kegiatan' }]);
    expect(p.lembar[0]!.kolom).toContainEqual(
      expect.objectContaining({ huruf: 'E', judul: 'Kondisi Awal', dibacaSebagai: 'Baseline' }),
    );
    expect(p.lembar[0]!.kolom).toContainEqual(
      expect.objectContaining({ judul: 'Pagu Indikatif 2026', dibacaSebagai: 'Pagu indikatif (Rp) 2026' }),
    );

    await b.call('impor.terapkan', input(base64));
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
    const base64 = await berkasRenstra(rows);
    const sebelum = dumpDatabase(b);
    const p = await b.call('impor.pratinjau', input(base64));
    expect(p.masalah.map((m) => `${m.baris}|${m.huruf}|${m.kolom}|${m.pesan}`)).toEqual([
      '0||Kode|Program 3.27.09 untuk kegiatan 3.27.09.2.01 tidak ada di berkas maupun di Renstra',
      '1||Target 2031|Tahun 2031 di luar periode RPJMD 2025-2029',
      '2|G|Pagu indikatif (Rp) 2026|Pagu indikatif (Rp) 2026 tidak boleh kurang dari 0',
      '4|A|Kode|Kode "3.27.02.2.01.0001" bukan kode program atau kegiatan (Renstra sampai tingkat kegiatan)',
      '5|E|Target 2026|Target tanpa indikator: isi kolom Indikator',
    ]);
    // A count column with no other number to tell its writing is read the Indonesian way, and the preview says so.
    expect(p.peringatan).toContainEqual(
      expect.objectContaining({
        baris: 2,
        huruf: 'E',
        pesan:
          '"1.234" dibaca 1.234, dengan titik sebagai pemisah ribuan dan koma sebagai desimal (gaya Indonesia), karena tidak ada angka lain di kolom ini yang menunjukkan gayanya',
      }),
    );
    await expect(b.call('impor.terapkan', input(base64))).rejects.toThrow(
      'Impor dibatalkan, tidak ada data yang diubah: 5 masalah',
    );
    await expect(b.call('impor.pratinjau', input(Buffer.from('bukan xlsx').toString('base64')))).rejects.toThrow(
      'Berkas bukan buku kerja .xlsx',
    );
    await expect(b.call('impor.pratinjau', input(base64, 'renstra.pdf'))).rejects.toThrow(
      'Nama berkas: hanya berkas .xlsx atau .csv yang dapat diimpor',
    );
    expect(dumpDatabase(b) === sebelum).toBe(true);
  });

  it('reads a semicolon CSV as Indonesian Excel saves it', async () => {
    const csv =
      'Kode;Uraian;Indikator;Satuan;Target 2026;Target Akhir\n3.27.02;PROGRAM A;Indikator baru;Unit;12,5;20\n';
    await b.call('impor.terapkan', input(Buffer.from(csv).toString('base64'), 'renstra.csv'));
    const r = await b.call('renstra.daftar', { rpjmdId: ids.rpjmd.id, opdId: ids.opd.id });
    expect(r.program[0]!.indikator.at(-1)).toMatchObject({
      uraian: 'Indikator baru',
      targetAkhir: 20,
      nilai: [{ tahun: 2026, target: 12.5, realisasi: null }],
    });
  });
});
