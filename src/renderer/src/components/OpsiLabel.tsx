// The options of a <select> over a fixed list of values (KLASTER, PERAN, ...), each written with its label.
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
