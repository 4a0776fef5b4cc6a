// A <select> over a list of records (the programs of a Renstra, the rows an indicator may belong to): each shown by
// `teks`, chosen by `kunci`; `ubah` gets the key chosen.
export function PilihDaftar<T>({
  nilai,
  daftar,
  kunci,
  teks,
  ubah,
  label,
}: {
  nilai: string;
  daftar: readonly T[];
  kunci: (item: T) => string;
  teks: (item: T) => string;
  ubah: (kunci: string) => void;
  /** Its accessible name (one-line forms have no visible labels). */
  label: string;
}) {
  return (
    <select value={nilai} onChange={(e) => ubah(e.target.value)} aria-label={label}>
      {daftar.map((item) => (
        <option key={kunci(item)} value={kunci(item)}>
          {teks(item)}
        </option>
      ))}
    </select>
  );
}
