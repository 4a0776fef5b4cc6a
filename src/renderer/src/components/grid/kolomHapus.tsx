// The last column of a grid whose rows can be deleted: a Hapus button named after its row, for screen readers too.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';

/** The last column of a grid: a Hapus button for the row, named by `nama`. */
export function kolomHapus<T>(nama: (baris: T) => string, hapus: (baris: T) => void): ColDef<T> {
  return {
    colId: 'aksi',
    headerName: '',
    width: 80,
    sortable: false,
    filter: false,
    cellRenderer: ({ data }: ICellRendererParams<T>) =>
      data ? (
        <button type="button" className="tautan-bahaya" aria-label={`Hapus ${nama(data)}`} onClick={() => hapus(data)}>
          Hapus
        </button>
      ) : null,
  };
}
