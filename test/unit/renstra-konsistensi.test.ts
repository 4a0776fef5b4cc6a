import { describe, expect, it } from 'vitest';
import {
  benturanKewenangan,
  indikatorTanpaTarget,
  pasanganIndikator,
  periksaKonsistensi,
  programTanpaSasaran,
  renjaTanpaRenstra,
  renstraTanpaAnggaran,
  subTanpaIndikator,
  targetDiBawahRenstra,
  type DataKonsistensi,
  type ProgramRenjaPeriksa,
  type ProgramRenstraPeriksa,
} from '../../src/shared/renstra/konsistensi';
import { kemiripanNama, saranTautan } from '../../src/shared/renstra/tautan';

const renja = (o: Partial<ProgramRenjaPeriksa> = {}): ProgramRenjaPeriksa => ({
  id: 1,
  opdId: 1,
  opd: 'Dinas Pertanian',
  kode: '3.27.02',
  nama: 'PROGRAM SARANA PERTANIAN',
  pagu: 1_000_000_000,
  renstraProgramId: 7,
  indikator: [{ uraian: 'Persentase kelompok tani', satuan: '%', target: 75, arah: 'positif' }],
  ...o,
});

const renstra = (o: Partial<ProgramRenstraPeriksa> = {}): ProgramRenstraPeriksa => ({
  id: 7,
  opd: 'Dinas Pertanian',
  kode: '3.27.02',
  nama: 'PROGRAM SARANA PERTANIAN',
  sasaranRpjmdId: 3,
  paguIndikatif: 900_000_000,
  indikator: [{ uraian: 'Persentase kelompok tani', satuan: '%', target: 75, targetAkhir: 80, arah: 'positif' }],
  ...o,
});

const data = (o: Partial<DataKonsistensi> = {}): DataKonsistensi => ({
  tahun: 2026,
  programRenja: [renja()],
  programRenstra: [renstra()],
  indikatorLain: [],
  subKegiatan: [{ opd: 'Dinas Pertanian', kode: '3.27.02.2.01.0001', nama: 'Sub', pagu: 1e8, jumlahIndikator: 1 }],
  ...o,
});

describe('consistency rules', () => {
  it('a consistent plan has no findings', () => {
    expect(periksaKonsistensi(data())).toEqual([]);
  });

  it('Renja program without a Renstra program, except program 01 penunjang', () => {
    expect(renjaTanpaRenstra(data())).toEqual([]);
    const d = data({
      programRenja: [renja({ renstraProgramId: null }), renja({ id: 2, kode: '3.27.01', renstraProgramId: null })],
    });
    expect(renjaTanpaRenstra(d)).toEqual([
      {
        aturan: 'renja-tanpa-renstra',
        opd: 'Dinas Pertanian',
        kode: '3.27.02',
        pesan: 'PROGRAM SARANA PERTANIAN (pagu Rp1.000.000.000) belum ditautkan ke program Renstra',
      },
    ]);
  });

  it('Renstra program with no budget this year', () => {
    expect(renstraTanpaAnggaran(data())).toEqual([]);
    const [t] = renstraTanpaAnggaran(data({ programRenja: [renja({ pagu: 0 })] }));
    expect(t).toMatchObject({ aturan: 'renstra-tanpa-anggaran', opd: 'Dinas Pertanian', kode: '3.27.02' });
    expect(t!.pesan).toBe(
      'PROGRAM SARANA PERTANIAN: tidak ada program Renja tahun 2026 berpagu yang ditautkan (pagu indikatif Renstra Rp900.000.000)',
    );
    expect(renstraTanpaAnggaran(data({ programRenja: [] }))).toHaveLength(1);
  });

  it('indicators without a target or a unit, at every level', () => {
    expect(indikatorTanpaTarget(data())).toEqual([]);
    const d = data({
      programRenja: [renja({ indikator: [{ uraian: 'A', satuan: '', target: null, arah: 'positif' }] })],
      programRenstra: [
        renstra({ indikator: [{ uraian: 'B', satuan: '%', target: null, targetAkhir: null, arah: 'positif' }] }),
      ],
      indikatorLain: [
        {
          opd: 'RPJMD',
          kode: 'Sasaran 1.1.1',
          letak: 'Indikator sasaran RPJMD',
          uraian: 'C',
          satuan: 'tahun',
          target: null,
          arah: 'positif',
        },
        {
          opd: 'Dinas Pertanian',
          kode: '3.27.02.2.01',
          letak: 'Kegiatan Renja',
          uraian: 'D',
          satuan: 'unit',
          target: 4,
          arah: 'positif',
        },
      ],
    });
    expect(indikatorTanpaTarget(d).map((t) => t.pesan)).toEqual([
      'Program Renja: "A" tanpa target dan tanpa satuan',
      'Program Renstra: "B" tanpa target tahun 2026',
      'Program Renstra: "B" tanpa target akhir periode',
      'Indikator sasaran RPJMD: "C" tanpa target tahun 2026',
    ]);
  });

  it('sub kegiatan with pagu but no output indicator', () => {
    expect(subTanpaIndikator(data())).toEqual([]);
    const d = data({
      subKegiatan: [
        { opd: 'Dinas Pertanian', kode: '3.27.02.2.01.0001', nama: 'Sub A', pagu: 1e8, jumlahIndikator: 0 },
        { opd: 'Dinas Pertanian', kode: '3.27.02.2.01.0002', nama: 'Sub B', pagu: 0, jumlahIndikator: 0 },
      ],
    });
    expect(subTanpaIndikator(d)).toEqual([
      {
        aturan: 'sub-tanpa-indikator',
        opd: 'Dinas Pertanian',
        kode: '3.27.02.2.01.0001',
        pesan: 'Sub A berpagu Rp100.000.000 tetapi tidak memiliki indikator keluaran',
      },
    ]);
  });

  it('Renja targets behind the Renstra path, in the direction of the indicator', () => {
    expect(targetDiBawahRenstra(data())).toEqual([]);
    const [t] = targetDiBawahRenstra(
      data({
        programRenja: [renja({ indikator: [{ uraian: 'Ditulis lain', satuan: '%', target: 70.5, arah: 'positif' }] })],
      }),
    );
    expect(t!.pesan).toBe('"Ditulis lain": target Renja 70,5% tertinggal dari target Renstra tahun 2026 75%');
    const negatif = (target: number) =>
      targetDiBawahRenstra(
        data({
          programRenja: [renja({ indikator: [{ uraian: 'Stunting', satuan: '%', target, arah: 'negatif' }] })],
          programRenstra: [
            renstra({ indikator: [{ uraian: 'Stunting', satuan: '%', target: 20, targetAkhir: 14, arah: 'negatif' }] }),
          ],
        }),
      );
    expect(negatif(22)).toHaveLength(1);
    expect(negatif(19)).toEqual([]);
  });

  it('pairs indicators by wording, or one with one', () => {
    const a = [{ uraian: 'X' }, { uraian: 'Y  z' }];
    expect(pasanganIndikator(a, [{ uraian: 'y Z' }, { uraian: 'Q' }])).toEqual([
      [{ uraian: 'Y  z' }, { uraian: 'y Z' }],
    ]);
    expect(pasanganIndikator([{ uraian: 'X' }], [{ uraian: 'Q' }])).toHaveLength(1);
  });

  it('Renstra programs serving no RPJMD sasaran', () => {
    expect(programTanpaSasaran(data())).toEqual([]);
    expect(programTanpaSasaran(data({ programRenstra: [renstra({ sasaranRpjmdId: null })] }))).toEqual([
      {
        aturan: 'program-tanpa-sasaran',
        opd: 'Dinas Pertanian',
        kode: '3.27.02',
        pesan: 'PROGRAM SARANA PERTANIAN belum mendukung sasaran RPJMD mana pun',
      },
    ]);
  });

  it('the same program budgeted by two OPD, naming both; not kecamatan programs, penunjang or a zero pagu', () => {
    expect(benturanKewenangan(data())).toEqual([]);
    const kedua = renja({ id: 2, opdId: 2, opd: 'Dinas Ketahanan Pangan', pagu: 5e8 });
    const temuan = benturanKewenangan(data({ programRenja: [renja(), kedua] }));
    expect(temuan.map((t) => [t.opd, t.kode])).toEqual([
      ['Dinas Pertanian', '3.27.02'],
      ['Dinas Ketahanan Pangan', '3.27.02'],
    ]);
    expect(temuan[0]!.pesan).toContain('juga dianggarkan oleh Dinas Ketahanan Pangan');
    expect(benturanKewenangan(data({ programRenja: [renja(), { ...kedua, pagu: 0 }] }))).toEqual([]);
    const kec = (id: number) => renja({ id, opdId: id, opd: `Kecamatan ${id}`, kode: '7.01.02' });
    expect(benturanKewenangan(data({ programRenja: [kec(3), kec(4)] }))).toEqual([]);
    const penunjang = (id: number) => renja({ id, opdId: id, kode: '5.02.01' });
    expect(benturanKewenangan(data({ programRenja: [penunjang(3), penunjang(4)] }))).toEqual([]);
  });

  it('orders findings rule by rule, then by OPD and code', () => {
    const d = data({
      programRenja: [
        renja({ renstraProgramId: null, opd: 'Dinas B' }),
        renja({ id: 2, renstraProgramId: null, opd: 'Dinas A' }),
      ],
      programRenstra: [renstra({ sasaranRpjmdId: null })],
    });
    expect(periksaKonsistensi(d).map((t) => `${t.aturan}:${t.opd}`)).toEqual([
      'renja-tanpa-renstra:Dinas A',
      'renja-tanpa-renstra:Dinas B',
      'renstra-tanpa-anggaran:Dinas Pertanian',
      'program-tanpa-sasaran:Dinas Pertanian',
    ]);
  });
});

describe('link suggestions', () => {
  const kandidat = [
    { id: 1, opdId: 1, kode: '3.27.02', nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN' },
    { id: 2, opdId: 2, kode: '3.27.02', nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN' },
    { id: 3, opdId: 1, kode: '3.27.09', nama: 'PROGRAM PENGEMBANGAN SARANA PERTANIAN DAERAH' },
    { id: 4, opdId: 1, kode: '3.27.03', nama: 'PROGRAM PENYULUHAN PERTANIAN' },
  ];

  it('ranks the same code in the same OPD first, then another OPD, then a similar name', () => {
    const saran = saranTautan(
      { opdId: 1, kode: '3.27.02', nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN' },
      kandidat,
    );
    expect(saran.map((s) => [s.renstraProgramId, s.alasan])).toEqual([
      [1, 'Kode sama'],
      [2, 'Kode sama, Renstra OPD lain'],
      [3, 'Nama mirip'],
    ]);
    expect(saran[0]!.skor).toBe(1);
  });

  it('suggests nothing for an unrelated program', () => {
    expect(
      saranTautan({ opdId: 1, kode: '3.27.05', nama: 'PROGRAM PENGELOLAAN SUMBER DAYA GENETIK HEWAN' }, kandidat),
    ).toEqual([]);
    expect(kemiripanNama('Program dan', 'yang serta')).toBe(0);
  });
});
