// The CRC-32 of two texts one after the other from the CRC of each and the second's length: zlib's crc32_combine,
// which Node does not expose. The report deflates a table's rows before the header that stands above them (see
// laporan/sisip.ts), so the CRCs of its zip entry's parts come out of order.

/** The reflected CRC-32 polynomial (zip, gzip, PNG). */
const POLI = 0xedb88320;

/** a(x) b(x) modulo p(x), in the reflected bit order of the CRC (zlib's multmodp). */
function kaliModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLI : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo p(x), k from 0 to 31 (zlib's x2n_table). */
const X_PANGKAT_2K = (() => {
  const tabel: number[] = [];
  let p = 0x40000000; // x^1
  tabel.push(p);
  for (let n = 1; n < 32; n++) tabel.push((p = kaliModP(p, p)));
  return tabel;
})();

/** x^(n 2^k) modulo p(x) (zlib's x2nmodp). */
function xPangkat(n: number, k: number): number {
  let p = 0x80000000; // x^0
  while (n > 0) {
    if (n % 2 === 1) p = kaliModP(X_PANGKAT_2K[k & 31]!, p);
    n = Math.floor(n / 2);
    k++;
  }
  return p;
}

/** CRC-32 of A followed by B, from CRC-32 of A, CRC-32 of B and B's length in bytes. */
export function gabungCrc(crcA: number, crcB: number, panjangB: number): number {
  return (kaliModP(xPangkat(panjangB, 3), crcA) ^ crcB) >>> 0;
}
