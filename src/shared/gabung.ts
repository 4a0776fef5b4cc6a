// Joining the domains' maps (API methods, handlers, loaders) into one. Object spread would let a name declared in two
// domains silently replace the first; here it is a compile error naming the method, and an error at start-up too.

/** The keys two or more of the parts declare. */
export type KunciGanda<T extends readonly object[], Sudah = never> = T extends readonly [
  infer Kepala,
  ...infer Sisa extends readonly object[],
]
  ? (keyof Kepala & Sudah) | KunciGanda<Sisa, Sudah | keyof Kepala>
  : never;

type Satukan<T extends readonly object[]> = T extends readonly [infer Kepala, ...infer Sisa extends readonly object[]]
  ? Kepala & Satukan<Sisa>
  : unknown;

/** One flat object type instead of an intersection of twenty, for readable hovers and errors. */
type Rata<T> = { [K in keyof T]: T[K] };

/**
 * The parts joined. A name in two parts does not compile: the arguments must then also carry `{ ganda: <names> }`,
 * which the error message shows.
 */
export function gabungTanpaGanda<const T extends readonly object[]>(
  ...bagian: T & ([KunciGanda<T>] extends [never] ? unknown : { ganda: KunciGanda<T> })
): Rata<Satukan<T>> {
  const hasil: Record<string, unknown> = {};
  for (const b of bagian) {
    for (const [kunci, nilai] of Object.entries(b)) {
      if (Object.hasOwn(hasil, kunci)) throw new Error(`Nama ganda saat menggabungkan: ${kunci}`);
      hasil[kunci] = nilai;
    }
  }
  return hasil as Rata<Satukan<T>>;
}
