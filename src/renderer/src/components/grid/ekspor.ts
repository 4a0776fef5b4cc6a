// Any grid to .xlsx exactly as shown: displayed columns, filtered and sorted rows, group headers in the titles.
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { JENIS_KOLOM_EKSPOR } from '../../../../shared/api/ekspor';
import { api } from '../../api/client';
import { simpanBerkas, type Kabar } from '../simpanBerkas';

type JenisKolom = (typeof JENIS_KOLOM_EKSPOR)[number];

/** A column says how to export it with `context: { ekspor: 'uang' | 'persen' | 'angka' }`; the rest are text. */
function jenis(c: Column): JenisKolom {
  const e = (c.getColDef().context as { ekspor?: JenisKolom } | undefined)?.ekspor;
  return e ?? 'teks';
}

/** A column may carry a longer title for the file than its header (`context: { judulEkspor }`), read by imports. */
function judul(c: Column): string {
  const grup = c.getParent()?.getColGroupDef()?.headerName;
  const panjang = (c.getColDef().context as { judulEkspor?: string } | undefined)?.judulEkspor;
  const nama = panjang ?? c.getColDef().headerName ?? c.getColId();
  return grup ? `${grup}: ${nama}` : nama;
}

export async function eksporGrid<T>(gridApi: GridApi<T>, judulBerkas: string, subjudul = ''): Promise<Kabar | null> {
  const kolom = gridApi.getAllDisplayedColumns().filter((c) => c.getColDef().headerName);
  const nilai = (node: IRowNode<T>) =>
    kolom.map((c) => {
      const v: unknown = gridApi.getCellValue({ rowNode: node, colKey: c, useFormatter: jenis(c) === 'teks' });
      if (v === null || v === undefined) return null;
      return typeof v === 'number' ? v : String(v);
    });
  const baris: (string | number | null)[][] = [];
  gridApi.forEachNodeAfterFilterAndSort((n) => baris.push(nilai(n)));
  for (let i = 0; i < gridApi.getPinnedBottomRowCount(); i++) {
    const n = gridApi.getPinnedBottomRow(i);
    if (n) baris.push(nilai(n));
  }
  const berkas = await api('ekspor.tabel', {
    judul: judulBerkas,
    subjudul,
    kolom: kolom.map((c) => ({ judul: judul(c), jenis: jenis(c) })),
    baris,
  });
  return simpanBerkas(berkas);
}
