// Child rows (indicators, targets, pagu) grouped under the parent row that owns them, for the trees the grids show.

/** The rows by their owner column `kunci`, that column taken off each row, in the order given; ownerless rows drop. */
export function perPemilik<K extends string, R extends { [P in K]: number | null }>(
  rows: readonly R[],
  kunci: K,
): Map<number, Omit<R, K>[]> {
  const hasil = new Map<number, Omit<R, K>[]>();
  for (const { [kunci]: pemilik, ...isi } of rows) {
    if (pemilik === null) continue;
    const daftar = hasil.get(pemilik) ?? [];
    daftar.push(isi);
    hasil.set(pemilik, daftar);
  }
  return hasil;
}
