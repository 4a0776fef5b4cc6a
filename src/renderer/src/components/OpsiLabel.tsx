// The options of a <select> over a fixed list of values (KLASTER, PERAN, ...), each written with its label, and such a
// select bound to one value.
export function OpsiLabel<T extends string>({ nilai, label }: { nilai: readonly T[]; label: Record<T, string> }) {
  return (
    <>
      {nilai.map((v) => (
        <option key={v} value={v}>
          {label[v]}
        </option>
      ))}
    </>
  );
}

/** A <select> over such a list: it shows `nilai`, and `ubah` gets the value chosen. */
export function PilihLabel<T extends string>({
  nilai,
  pilihan,
  label,
  ubah,
  ...props
}: {
  nilai: T;
  pilihan: readonly T[];
  label: Record<T, string>;
  ubah: (nilai: T) => void;
  'aria-label'?: string;
  disabled?: boolean;
}) {
  return (
    <select value={nilai} onChange={(e) => ubah(e.target.value as T)} {...props}>
      <OpsiLabel nilai={pilihan} label={label} />
    </select>
  );
}
