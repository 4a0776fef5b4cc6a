// Who signs a document: the list of Penandatangan (name and jabatan) after an empty choice that says what it means.
import { api } from '../api/client';
import { useMuat } from './useMuat';

export function PilihPenandatangan({
  nilai,
  ubah,
  kosong,
  label,
}: {
  nilai: number | null | undefined;
  ubah: (id: number | null) => void;
  /** What the empty choice means here ("Otomatis (Kepala Bagian)", "(diisi tangan)"). */
  kosong: string;
  /** Its accessible name where no visible label holds it. */
  label?: string;
}) {
  const [penandatangan] = useMuat(() => api('penandatangan.daftar', {}), []);
  return (
    <select value={nilai ?? ''} aria-label={label} onChange={(e) => ubah(Number(e.target.value) || null)}>
      <option value="">{kosong}</option>
      {(penandatangan ?? []).map((p) => (
        <option key={p.id} value={p.id}>
          {p.nama} ({p.jabatan})
        </option>
      ))}
    </select>
  );
}
