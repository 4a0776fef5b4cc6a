import { describe, expect, it } from 'vitest';
import { ATURAN_MONEV_BAKU } from '../../src/shared/monev/aturan';
import {
  susunPohon as susun,
  type DataPohon,
  type IndikatorNilai,
  type ProgramRenjaData,
} from '../../src/shared/renstra/pohon';

const ind = (
  target: number | null,
  realisasi: number | null,
  arah: 'positif' | 'negatif' = 'positif',
): IndikatorNilai => ({
  uraian: 'Indikator',
  satuan: '%',
  target,
  realisasi,
  arah,
});

// domain.md's worked example: sub kegiatan A (pagu 400 juta) and B (100 juta) under one kegiatan, one program.
function programContoh(
  capaianA: IndikatorNilai[],
  capaianB: IndikatorNilai[],
  outcome: IndikatorNilai[] = [],
): ProgramRenjaData {
  return {
    id: 1,
    kode: '3.27.02',
    nama: 'PROGRAM SARANA PERTANIAN',
    opd: 'Dinas Pertanian',
    indikator: outcome,
    kegiatan: [
      {
        id: 10,
        kode: '3.27.02.2.01',
        nama: 'Pengawasan',
        indikator: [],
        sub: [
          {
            id: 100,
            kode: '3.27.02.2.01.0001',
            nama: 'A',
            indikator: capaianA,
            monev: { pagu: 400e6, targetFisik: 50, realisasiFisik: 35, targetKeuangan: null, realisasiKeuangan: 120e6 },
          },
          {
            id: 101,
            kode: '3.27.02.2.01.0002',
            nama: 'B',
            indikator: capaianB,
            monev: { pagu: 100e6, targetFisik: 40, realisasiFisik: 45, targetKeuangan: null, realisasiKeuangan: 50e6 },
          },
        ],
      },
    ],
  };
}

function data(
  program: ProgramRenjaData[],
  sasaranIndikator: IndikatorNilai[] = [],
  renstraIndikator: IndikatorNilai[] = [],
): DataPohon {
  return {
    visi: 'Visi',
    totalPagu: 1_000e6,
    misi: [
      {
        id: 1,
        nomor: '1',
        uraian: 'Misi satu',
        tujuan: [
          {
            id: 1,
            nomor: '1.1',
            uraian: 'Tujuan',
            sasaran: [
              {
                id: 1,
                nomor: '1.1.1',
                uraian: 'Sasaran',
                indikator: sasaranIndikator,
                prioritas: ['SEMARAK'],
                program: [
                  {
                    id: 7,
                    kode: '3.27.02',
                    nama: 'Renstra',
                    opd: 'Dinas Pertanian',
                    indikator: renstraIndikator,
                    renja: program,
                  },
                ],
              },
            ],
          },
        ],
      },
      { id: 2, nomor: '2', uraian: 'Misi tanpa program', tujuan: [] },
    ],
  };
}

const susunPohon = (data: DataPohon) => susun(data, ATURAN_MONEV_BAKU);
const cari = (baris: ReturnType<typeof susunPohon>, kunci: string) => baris.find((b) => b.kunci === kunci)!;

describe('capaian of the performance tree', () => {
  it('rolls sub kegiatan capaian up by pagu and fisik by the monev rollup (worked example)', () => {
    // A: 28 of 40 = 70%; B: 12 of 10 = 120%. Kegiatan = (70 x 400 + 120 x 100) / 500 = 80%.
    const baris = susunPohon(data([programContoh([ind(40, 28)], [ind(10, 12)])]));
    expect(cari(baris, 's:100').capaian).toBeCloseTo(70);
    expect(cari(baris, 's:101').capaian).toBeCloseTo(120);
    expect(cari(baris, 's:101').kategori).toBe('Sangat Tinggi');
    const kegiatan = cari(baris, 'k:10');
    expect(kegiatan.capaian).toBeCloseTo(80);
    expect(kegiatan.sumber).toBe('turunan');
    expect(kegiatan.kategori).toBe('Tinggi');
    expect(kegiatan.pagu).toBe(500e6);
    expect(kegiatan.realisasiFisik).toBeCloseTo(37);
    expect(kegiatan.realisasiKeuangan).toBe(170e6);
    expect(cari(baris, 'p:1').capaian).toBeCloseTo(80);
    expect(cari(baris, 'rp:7').capaian).toBeCloseTo(80);
  });

  it("prefers a level's own indicators: program outcome, Renstra program, sasaran", () => {
    // Outcome 45 of 60 = 75%; a negatif indicator 12 against 10 = (20 - 12) / 10 = 80%.
    const program = programContoh([ind(40, 28)], [ind(10, 12)], [ind(60, 45), ind(10, 12, 'negatif')]);
    let baris = susunPohon(data([program]));
    expect(cari(baris, 'p:1').capaian).toBeCloseTo(77.5);
    expect(cari(baris, 'p:1').sumber).toBe('indikator');
    expect(cari(baris, 'sa:1').capaian).toBeCloseTo(77.5);
    expect(cari(baris, 'sa:1').sumber).toBe('turunan');

    baris = susunPohon(data([program], [ind(10, 9), ind(14, 14.7, 'negatif')], [ind(100, 50)]));
    expect(cari(baris, 'rp:7').capaian).toBeCloseTo(50);
    // Sasaran: mean of 90% and (28 - 14.7) / 14 = 95% -> 92,5%, each indicator counting the same.
    expect(cari(baris, 'sa:1').capaian).toBeCloseTo(92.5);
    expect(cari(baris, 'sa:1').sumber).toBe('indikator');
  });

  it('gives misi, tujuan and visi the mean of their children, and each misi its share of the budget', () => {
    const baris = susunPohon(data([programContoh([ind(40, 28)], [ind(10, 12)])], [ind(10, 9)]));
    expect(cari(baris, 't:1').capaian).toBeCloseTo(90);
    expect(cari(baris, 'm:1').capaian).toBeCloseTo(90);
    expect(cari(baris, 'm:2').capaian).toBeNull();
    expect(cari(baris, 'm:2').kategori).toBeNull();
    // The visi is the mean of the misi that have a figure, not dragged to 45% by an empty misi.
    expect(cari(baris, 'visi').capaian).toBeCloseTo(90);
    expect(cari(baris, 'm:1').porsiAnggaran).toBeCloseTo(50);
    expect(cari(baris, 'm:2').porsiAnggaran).toBe(0);
    expect(baris.map((b) => b.tingkat).slice(0, 5)).toEqual(['visi', 'misi', 'tujuan', 'sasaran', 'renstraProgram']);
    expect(cari(baris, 'sa:1').prioritas).toEqual(['SEMARAK']);
  });

  it('shows no capaian where a target is 0 or nothing is reported, never a division error', () => {
    const baris = susunPohon(data([programContoh([ind(0, 5)], [ind(10, null)])]));
    expect(cari(baris, 's:100').capaian).toBeNull();
    expect(cari(baris, 'k:10').capaian).toBeNull();
    expect(cari(baris, 'visi').capaian).toBeNull();
    expect(susunPohon({ ...data([]), totalPagu: 0 })[0]!.porsiAnggaran).toBeNull();
  });
});
