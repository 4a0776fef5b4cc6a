// The grid of a Renja's levels (program, kegiatan, sub kegiatan) edited in place like a spreadsheet, for Perencanaan
// and Realisasi alike: it fills the page, colours each row by its level, keeps the Renja's order (no sort or filter),
// moves down on Enter and takes the spreadsheet hands of useOperasiSel.
import type { AgGridReact, AgGridReactProps } from 'ag-grid-react';
import type { HTMLAttributes, RefObject } from 'react';
import { Grid } from './Grid';
import type { Rentang } from './useRentang';

interface Operasi<T> {
  wadah: HTMLAttributes<HTMLDivElement>;
  onCellEditRequest: AgGridReactProps<T>['onCellEditRequest'];
}

export function GridBertingkat<T extends { rowId: string; tingkat: string }>({
  gridRef,
  sunting: { rentang, operasi },
  ...props
}: Omit<AgGridReactProps<T>, 'rowData'> & {
  gridRef: RefObject<AgGridReact<T> | null>;
  /** The range selection and the cell operations the page built on the same grid. */
  sunting: { rentang: Rentang; operasi: Operasi<T> };
  rowData: T[];
}) {
  return (
    <div className="wadah-grid" {...operasi.wadah}>
      <Grid
        ref={gridRef}
        isi
        rentang={rentang}
        getRowId={({ data }) => (data as T).rowId}
        getRowClass={({ data }) => (data ? `baris-${(data as T).tingkat}` : '')}
        defaultColDef={{ sortable: false, filter: false }}
        readOnlyEdit
        onCellEditRequest={operasi.onCellEditRequest}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        {...props}
      />
    </div>
  );
}
