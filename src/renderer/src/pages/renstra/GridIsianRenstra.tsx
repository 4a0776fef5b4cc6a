// A Renstra or RPJMD grid edited in place with the spreadsheet hands of every editable grid (range, copy, paste,
// Delete, Ctrl+D, Ctrl+Z/Ctrl+Y), saved row by row through the API, and the delete button of its rows.
import type { ColDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useRef } from 'react';
import { Grid } from '../../components/grid/Grid';
import { StatusSimpan } from '../../components/grid/StatusSimpan';
import { useSuntingBaris, type AturBaris } from '../../components/grid/useSuntingBaris';
import { jenisKolomRenstra } from './selRenstra';

export function GridIsianRenstra<T extends { id: number }>({
  baris,
  kolom,
  tinggi,
  simpan,
  muatUlang,
  idBaris,
  ubahSel,
  periksaBaris,
}: {
  baris: T[];
  kolom: ColDef<T>[];
  tinggi: string;
  /** Saves the edited row (given with the row as it was) and answers it as the grid should hold it. */
  simpan: (baris: T, lama: T) => Promise<T>;
  /** Reloads the page's data after every save (the tree and Konsistensi follow) and after a refusal. */
  muatUlang: () => void;
  idBaris: (baris: T) => string;
  ubahSel: NonNullable<AturBaris<T>['ubahSel']>;
  periksaBaris?: AturBaris<T>['periksaBaris'];
}) {
  const gridRef = useRef<AgGridReact<T>>(null);
  const simpanLaluMuat = useCallback(
    async (baris: T, lama: T) => {
      const hasil = await simpan(baris, lama);
      muatUlang();
      return hasil;
    },
    [simpan, muatUlang],
  );
  const { rentang, operasi, tersimpanPada } = useSuntingBaris(gridRef, simpanLaluMuat, muatUlang, {
    idBaris,
    jenisKolom: jenisKolomRenstra,
    ubahSel,
    periksaBaris,
  });
  return (
    <>
      <StatusSimpan pada={tersimpanPada} />
      <div {...operasi.wadah}>
        <Grid
          ref={gridRef}
          tinggi={tinggi}
          rowData={baris}
          columnDefs={kolom}
          getRowId={({ data }) => idBaris(data)}
          readOnlyEdit
          rentang={rentang}
          onCellEditRequest={operasi.onCellEditRequest}
          suppressColumnVirtualisation
        />
      </div>
    </>
  );
}
