// Column groups a user can show or hide (Target, Fisik, Keuangan, Kinerja, Catatan), remembered on this PC.
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { usePreferensi } from '../usePreferensi';

/** A column names its groups with `context: { grup: ['Target', 'Kinerja'] }`; it is hidden when any is hidden. */
function grupDari(def: ColDef<never>): string[] {
  return (def.context as { grup?: string[] } | undefined)?.grup ?? [];
}

export function sembunyikanGrup<T>(
  defs: (ColDef<T> | ColGroupDef<T>)[],
  tersembunyi: readonly string[],
): (ColDef<T> | ColGroupDef<T>)[] {
  return defs.map((d) => {
    if ('children' in d) return { ...d, children: sembunyikanGrup(d.children, tersembunyi) };
    const hide = grupDari(d as ColDef<never>).some((g) => tersembunyi.includes(g));
    return { ...d, hide };
  });
}

export function useGrupKolom(kunci: string): [string[], (g: string[]) => void] {
  return usePreferensi<string[]>(`grupKolom.${kunci}`, () => []);
}

export function PilihGrupKolom({
  grup,
  tersembunyi,
  ubah,
}: {
  grup: readonly string[];
  tersembunyi: string[];
  ubah: (g: string[]) => void;
}) {
  return (
    <fieldset className="pilih-grup" aria-label="Kolom yang ditampilkan">
      <legend>Kolom</legend>
      {grup.map((g) => (
        <label key={g}>
          <input
            type="checkbox"
            checked={!tersembunyi.includes(g)}
            onChange={(e) => ubah(e.target.checked ? tersembunyi.filter((x) => x !== g) : [...tersembunyi, g])}
          />
          {g}
        </label>
      ))}
    </fieldset>
  );
}
