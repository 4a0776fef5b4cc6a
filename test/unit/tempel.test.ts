import { describe, expect, it } from 'vitest';
import { petakanTempelan, type PetaGrid } from '../../src/renderer/src/components/grid/tempel';
import { parseTsv } from '../../src/shared/tsv';

const PETA: PetaGrid = {
  baris: [null, 's1', 's2', null, 's3'],
  kolom: [
    null,
    { id: 'realisasiFisik', jenis: 'persen', label: 'Realisasi fisik (%)' },
    { id: 'realisasiKeuangan', jenis: 'uang', label: 'Realisasi keuangan (Rp)' },
    { id: 'permasalahan', jenis: 'teks', label: 'Permasalahan' },
  ],
};

describe('petakanTempelan', () => {
  it('fills from the focused cell down and right, skipping subtotal rows', () => {
    const blok = parseTsv('45,5\t1.234.567\n50\tRp 2.000.000,00\nx\ty\n60\t0\n');
    const hasil = petakanTempelan(blok, PETA, 1, 1);
    expect(hasil.galat).toEqual([]);
    expect(hasil.dilewati).toBe(2);
    expect(hasil.sel).toEqual([
      { barisId: 's1', kolom: 'realisasiFisik', nilai: 45.5 },
      { barisId: 's1', kolom: 'realisasiKeuangan', nilai: 1234567 },
      { barisId: 's2', kolom: 'realisasiFisik', nilai: 50 },
      { barisId: 's2', kolom: 'realisasiKeuangan', nilai: 2000000 },
      { barisId: 's3', kolom: 'realisasiFisik', nilai: 60 },
      { barisId: 's3', kolom: 'realisasiKeuangan', nilai: 0 },
    ]);
  });

  it('reports each unreadable number with its column and leaves text columns as typed', () => {
    const hasil = petakanTempelan(parseTsv('1.234\tabc\tLelang ulang\n'), PETA, 1, 1);
    expect(hasil.galat.map((g) => [g.barisId, g.kolom])).toEqual([
      ['s1', 'realisasiFisik'],
      ['s1', 'realisasiKeuangan'],
    ]);
    expect(hasil.galat[0]!.pesan).toMatch(/^Realisasi fisik \(%\): .*ambigu/);
    expect(hasil.sel).toEqual([{ barisId: 's1', kolom: 'permasalahan', nilai: 'Lelang ulang' }]);
  });

  it('counts cells beyond the last row or column as skipped', () => {
    const hasil = petakanTempelan([['1', '2', 'a', 'extra']], PETA, 4, 1);
    expect(hasil.sel).toHaveLength(3);
    expect(hasil.dilewati).toBe(1);
  });
});
