// The search box above a list: `label` ("Cari OPD") names it and, with an ellipsis, is its placeholder.
export function KotakCari({ nilai, ubah, label }: { nilai: string; ubah: (teks: string) => void; label: string }) {
  return (
    <input
      type="search"
      placeholder={`${label}…`}
      value={nilai}
      onChange={(e) => ubah(e.target.value)}
      aria-label={label}
    />
  );
}
