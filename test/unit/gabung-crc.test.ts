// gabungCrc: the CRC-32 of two texts one after the other from each one's CRC, as zlib's crc32_combine gives it.
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gabungCrc } from '../../src/main/ekspor/gabungCrc';

describe('gabungCrc', () => {
  it('gives the CRC of A followed by B, for lengths from nothing to megabytes', () => {
    for (const [a, b] of [
      [0, 0],
      [0, 17],
      [17, 0],
      [1, 1],
      [3, 1000],
      [65_537, 3],
      [1_000_000, 4_194_305],
    ] as const) {
      const A = randomBytes(a);
      const B = randomBytes(b);
      expect(gabungCrc(crc32(A), crc32(B), b), `${a} + ${b}`).toBe(crc32(Buffer.concat([A, B])));
    }
  });

  it('chains over several parts', () => {
    const bagian = [randomBytes(10), randomBytes(300_000), randomBytes(1), randomBytes(77_777)];
    const crc = bagian.reduce((c, b) => gabungCrc(c, crc32(b), b.length), 0);
    expect(crc).toBe(crc32(Buffer.concat(bagian)));
  });
});
