import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../src/shared/tsv';

describe('parseTsv', () => {
  it('reads rows and cells as Excel puts them on the clipboard, with the trailing line break', () => {
    expect(parseTsv('45,5\t1.234.567\r\n50\t2.000.000\r\n')).toEqual([
      ['45,5', '1.234.567'],
      ['50', '2.000.000'],
    ]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(parseTsv('1\t\t3\n\t2\t\n')).toEqual([
      ['1', '', '3'],
      ['', '2', ''],
    ]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"Lelang ""ulang""\nbulan Juni"\tx\n')).toEqual([['Lelang "ulang"\nbulan Juni', 'x']]);
  });

  it('reads a single value without a line break', () => {
    expect(parseTsv('12,5')).toEqual([['12,5']]);
  });
});
