import { describe, expect, it } from 'vitest';
import { bacaJam, bacaTanggal } from '../../src/renderer/src/components/InputWaktu';

describe('Indonesian date and time fields', () => {
  it.each([
    ['15/07/2026', '2026-07-15'],
    ['5-7-2026', '2026-07-05'],
    ['29.02.2028', '2028-02-29'],
    ['', ''],
    ['31/06/2026', null],
    ['29/02/2026', null],
    ['07/15/2026', null],
    ['2026-07-15', null],
  ])('%s -> %s', (teks, iso) => expect(bacaTanggal(teks)).toBe(iso));

  it.each([
    ['09.00', '09:00'],
    ['9.00', '09:00'],
    ['13:30', '13:30'],
    ['1330', '13:30'],
    ['', ''],
    ['24.00', null],
    ['1.30 PM', null],
  ])('%s -> %s', (teks, jam) => expect(bacaJam(teks)).toBe(jam));
});
