// A grid edited in place with the spreadsheet hands of every editable grid (range, copy, paste, Delete, Ctrl+D,
// Ctrl+Z/Ctrl+Y), each row saved whole through the API (useSuntingBaris), "Tersimpan pukul ..." above it.
import type { ColDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useRef, type ComponentProps, type RefObject } from 'react';
import { Grid } from './Grid';
import { StatusSimpan } from './StatusSimpan';
import { useSuntingBaris, type AturBaris } from './useSuntingBaris';

export function GridIsian<T extends { id: number }>({
  gridRef,
  baris,
  kolom,
  simpan,
  muatUlang,
  atur = {},
  ...grid
}: {
  /** The page's own handle on the grid (export, say); the grid keeps one of its own without it. */
  gridRef?: RefObject<AgGridReact<T> | null>;
  baris: T[] | undefined;
  kolom: ColDef<T>[];
  /** Saves the edited row (given with the row as it was) and answers it as the grid should hold it. */
  simpan: (baris: T, lama: T) => Promise<T>;
  /** Shows what is stored again after a refusal. */
  muatUlang: () => void;
  atur?: AturBaris<T>;
} & Pick<ComponentProps<typeof Grid>, 'tinggi' | 'quickFilterText' | 'suppressColumnVirtualisation'>) {
  const sendiri = useRef<AgGridReact<T>>(null);
  const ref = gridRef ?? sendiri;
  const { rentang, operasi, tersimpanPada } = useSuntingBaris(ref, simpan, muatUlang, atur);
  const idBaris = atur.idBaris ?? ((b: T) => String(b.id));
  return (
    <>
      <StatusSimpan pada={tersimpanPada} />
      <div {...operasi.wadah}>
        <Grid
          ref={ref}
          rowData={baris}
          columnDefs={kolom}
          getRowId={({ data }) => idBaris(data as T)}
          readOnlyEdit
          rentang={rentang}
          onCellEditRequest={operasi.onCellEditRequest}
          {...grid}
        />
      </div>
    </>
  );
}
