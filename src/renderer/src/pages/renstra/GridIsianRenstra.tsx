// A Renstra or RPJMD grid edited in place (GridIsian: the spreadsheet hands, each row saved whole through the API),
// its cells read by their column's kind, and the page's data loaded again after every save.
import type { ColDef } from 'ag-grid-community';
import { useCallback, useMemo } from 'react';
import { GridIsian } from '../../components/grid/GridIsian';
import type { AturBaris } from '../../components/grid/useSuntingBaris';
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
  const simpanLaluMuat = useCallback(
    async (baris: T, lama: T) => {
      const hasil = await simpan(baris, lama);
      muatUlang();
      return hasil;
    },
    [simpan, muatUlang],
  );
  const atur = useMemo(
    () => ({ idBaris, jenisKolom: jenisKolomRenstra, ubahSel, periksaBaris }),
    [idBaris, ubahSel, periksaBaris],
  );
  return (
    <GridIsian
      baris={baris}
      kolom={kolom}
      tinggi={tinggi}
      simpan={simpanLaluMuat}
      muatUlang={muatUlang}
      atur={atur}
      suppressColumnVirtualisation
    />
  );
}
