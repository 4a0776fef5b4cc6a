// The legibility rules of a slide: cut at a word, long lists shortened, at most six lines of list.
import { describe, expect, it } from 'vitest';
import { HURUF_PER_BARIS, MAKS_BARIS, muatButir, ringkasDaftar, ringkasTeks } from '../../src/main/paparan/slide';

describe('slide text', () => {
  it('cuts a long text at a word boundary with an ellipsis, and leaves a short one alone', () => {
    expect(ringkasTeks('Proses tender ulang karena tidak ada penawaran', 30)).toBe('Proses tender ulang karena…');
    expect(ringkasTeks('  Pengadaan   bibit  ', 30)).toBe('Pengadaan bibit');
    expect(ringkasTeks('Pembangunan, jalan desa', 14)).toBe('Pembangunan…');
  });

  it('keeps the first three of a long list in parentheses and counts the rest', () => {
    expect(
      ringkasDaftar('Arahan kepada OPD merah (Distanak, DPMD, DLH, Dinsos dan Bappeda) untuk menyusun rencana'),
    ).toBe('Arahan kepada OPD merah (Distanak, DPMD, DLH dan 2 lainnya) untuk menyusun rencana');
    expect(ringkasDaftar('Kendala (DAK tahap II, juknis) tetap')).toBe('Kendala (DAK tahap II, juknis) tetap');
  });

  it('fits at most six lines, two per item unless asked otherwise, and always the first item', () => {
    const panjang = 'kata '.repeat(60).trim();
    const butir = Array.from({ length: 5 }, (_, i) => ({ teks: `${i + 1}. ${panjang}` }));
    const muat = muatButir(butir);
    expect(muat).toHaveLength(MAKS_BARIS / 2);
    for (const b of muat) expect(b.teks.length).toBeLessThanOrEqual(HURUF_PER_BARIS * 2);
    expect(muat[0]!.teks.endsWith('…')).toBe(true);
    expect(muatButir(butir, MAKS_BARIS, 3)).toHaveLength(2);
    expect(muatButir([{ teks: 'Tidak ada OPD berstatus merah.' }])).toEqual([
      { teks: 'Tidak ada OPD berstatus merah.' },
    ]);
  });
});
