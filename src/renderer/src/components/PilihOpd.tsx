// The choices of an OPD list and of one OPD's sub kegiatan, as every form that picks them shows them, and the filter
// of a list by OPD.
import { api } from '../api/client';
import { useMuat } from './useMuat';

/** One option per OPD, by its full name. */
export function OpsiOpd({ opd }: { opd: { id: number; nama: string }[] }) {
  return (
    <>
      {opd.map((o) => (
        <option key={o.id} value={o.id}>
          {o.nama}
        </option>
      ))}
    </>
  );
}

/** A list's filter by OPD ("Saring menurut OPD"): every OPD, or one. */
export function SaringOpd({
  nilai,
  ubah,
  opd,
}: {
  nilai: number | null | undefined;
  ubah: (id: number | null) => void;
  opd: { id: number; nama: string }[] | undefined;
}) {
  return (
    <select value={nilai ?? ''} onChange={(e) => ubah(Number(e.target.value) || null)} aria-label="Saring menurut OPD">
      <option value="">Semua OPD</option>
      <OpsiOpd opd={opd ?? []} />
    </select>
  );
}

/**
 * The sub kegiatan of an OPD's Renja of a year (code and name), after an empty choice; disabled until an OPD with sub
 * kegiatan is chosen.
 */
export function PilihSubKegiatan({
  opdId,
  tahun,
  nilai,
  ubah,
  kosong,
}: {
  opdId: number | null;
  tahun: number | undefined;
  nilai: number | null;
  ubah: (id: number | null) => void;
  /** The label of the empty choice. */
  kosong: string;
}) {
  const [renja] = useMuat(
    () => (opdId && tahun ? api('renja.daftar', { opdId, tahun }) : Promise.resolve(undefined)),
    [opdId, tahun],
  );
  const sub = (renja?.baris ?? []).filter((b) => b.tingkat === 'subKegiatan');
  return (
    <select
      value={nilai ?? ''}
      disabled={sub.length === 0}
      onChange={(e) => ubah(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{kosong}</option>
      {sub.map((s) => (
        <option key={s.id} value={s.id}>
          {s.kode} {s.nama}
        </option>
      ))}
    </select>
  );
}
