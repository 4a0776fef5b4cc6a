// "Ekspor (.xlsx)": the grid exactly as shown, saved on the desktop or downloaded in the browser.
import type { AgGridReact } from 'ag-grid-react';
import type { RefObject } from 'react';
import { pesanGalat } from '../../api/client';
import { useNotifikasi } from '../Notifikasi';
import { eksporGrid } from './ekspor';

export function TombolEkspor<T>({
  grid,
  judul,
  subjudul = '',
}: {
  grid: RefObject<AgGridReact<T> | null>;
  judul: string;
  subjudul?: string;
}) {
  const { tampilkan } = useNotifikasi();
  const ekspor = async () => {
    const api = grid.current?.api;
    if (!api) return;
    try {
      const kabar = await eksporGrid(api, judul, subjudul);
      if (kabar) tampilkan(kabar.teks, kabar.jenis);
    } catch (error) {
      tampilkan(pesanGalat(error), 'galat');
    }
  };
  return (
    <button type="button" onClick={() => void ekspor()}>
      Ekspor tabel (.xlsx)
    </button>
  );
}
