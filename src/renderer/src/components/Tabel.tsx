// A list shown as a plain table (meeting items, archives, settings lists, risks): its header row, a row per item, and
// one line saying so when there is nothing to list.
import type { ReactNode } from 'react';

export function Tabel<T>({
  kolom,
  baris,
  children,
  label,
  kelas = 'rapat-tabel',
  judul,
  kosong,
  kosongDiTabel = false,
}: {
  /** The header cells in order: '' for a column of buttons, false for a column left out. */
  kolom: readonly (string | false)[];
  /** Nothing yet (still loading) shows an empty table. */
  baris: readonly T[] | undefined;
  /** One item's row (`<tr key=…>`). */
  children: (item: T, i: number) => ReactNode;
  /** The table's accessible name. */
  label?: string;
  kelas?: string;
  /** A caption above the header. */
  judul?: ReactNode;
  /** Said when the list is empty: instead of the table, or as its one row when `kosongDiTabel`. */
  kosong?: string;
  kosongDiTabel?: boolean;
}) {
  const daftar = baris ?? [];
  const kosongSekarang = kosong !== undefined && baris !== undefined && daftar.length === 0;
  if (kosongSekarang && !kosongDiTabel) return <p className="keterangan">{kosong}</p>;
  const tampil = kolom.filter((k) => k !== false);
  return (
    <table className={kelas} aria-label={label}>
      {judul && <caption>{judul}</caption>}
      <thead>
        <tr>{tampil.map((k, i) => (k ? <th key={i}>{k}</th> : <th key={i} />))}</tr>
      </thead>
      <tbody>
        {daftar.map(children)}
        {kosongSekarang && (
          <tr>
            <td colSpan={tampil.length} className="keterangan">
              {kosong}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
