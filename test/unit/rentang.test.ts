import { describe, expect, it } from 'vitest';
import { kotakDari, selDikosongkan, selIsiKeBawah, teksSalin } from '../../src/renderer/src/components/grid/rentang';
import type { PetaGrid } from '../../src/renderer/src/components/grid/tempel';
import { keTsv, parseTsv } from '../../src/shared/tsv';

// Rows: a program subtotal, two sub kegiatan, a kegiatan subtotal, a third sub kegiatan.
const PETA: PetaGrid = {
  baris: [null, 's1', 's2', null, 's3'],
  kolom: [
    null,
    { id: 'realisasiFisik', jenis: 'persen', label: 'Fisik (%)' },
    { id: 'realisasiKeuangan', jenis: 'uang', label: 'Keuangan (Rp)' },
    null,
    { id: 'permasalahan', jenis: 'teks', label: 'Permasalahan' },
  ],
};

const NILAI: Record<string, Record<string, number | string | null>> = {
  s1: { realisasiFisik: 35.5, realisasiKeuangan: null, permasalahan: 'Hujan' },
};

describe('range operations', () => {
  it('normalises a rectangle dragged up and to the left', () => {
    expect(kotakDari({ baris: 4, kolom: 3 }, { baris: 1, kolom: 0 })).toEqual({
      baris0: 1,
      baris1: 4,
      kolom0: 0,
      kolom1: 3,
    });
  });

  it('clears only editable cells: numbers to null, text to an empty string', () => {
    const sel = selDikosongkan(PETA, kotakDari({ baris: 0, kolom: 0 }, { baris: 3, kolom: 4 }));
    expect(sel).toEqual([
      { barisId: 's1', kolom: 'realisasiFisik', nilai: null },
      { barisId: 's1', kolom: 'realisasiKeuangan', nilai: null },
      { barisId: 's1', kolom: 'permasalahan', nilai: '' },
      { barisId: 's2', kolom: 'realisasiFisik', nilai: null },
      { barisId: 's2', kolom: 'realisasiKeuangan', nilai: null },
      { barisId: 's2', kolom: 'permasalahan', nilai: '' },
    ]);
  });

  it('fills down from the first editable row over subtotal rows, an empty source emptying the targets', () => {
    const sel = selIsiKeBawah(
      PETA,
      kotakDari({ baris: 0, kolom: 1 }, { baris: 4, kolom: 4 }),
      (b, k) => NILAI[b]?.[k] ?? null,
    );
    expect(sel).toEqual([
      { barisId: 's2', kolom: 'realisasiFisik', nilai: 35.5 },
      { barisId: 's3', kolom: 'realisasiFisik', nilai: 35.5 },
      { barisId: 's2', kolom: 'realisasiKeuangan', nilai: null },
      { barisId: 's3', kolom: 'realisasiKeuangan', nilai: null },
      { barisId: 's2', kolom: 'permasalahan', nilai: 'Hujan' },
      { barisId: 's3', kolom: 'permasalahan', nilai: 'Hujan' },
    ]);
    expect(selIsiKeBawah(PETA, kotakDari({ baris: 3, kolom: 1 }, { baris: 3, kolom: 2 }), () => 1)).toEqual([]);
  });

  it('copies numbers the Indonesian way with only the decimals they have, and quotes what Excel quotes', () => {
    expect(teksSalin(120_000_000.5, '120.000.000,50', true)).toBe('120.000.000,5');
    expect(teksSalin(45, '45,00%', true)).toBe('45');
    expect(teksSalin(null, '', true)).toBe('');
    expect(teksSalin('3.27.02', '3.27.02', false)).toBe('3.27.02');
    const teks = keTsv([
      ['Hujan\tderas', 'kata "pasti"'],
      ['baris\nbaru', ''],
    ]);
    expect(teks).toBe('"Hujan\tderas"\t"kata ""pasti"""\r\n"baris\nbaru"\t\r\n');
    expect(parseTsv(teks)).toEqual([
      ['Hujan\tderas', 'kata "pasti"'],
      ['baris\nbaru', ''],
    ]);
  });
});
