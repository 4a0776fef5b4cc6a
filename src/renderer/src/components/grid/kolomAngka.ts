// A numeric grid column: right-aligned, formatted the Indonesian way, exported to .xlsx as a number of its kind.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { formatAngka, formatPersen, formatPoin } from '../../../../shared/format';

export type JenisAngkaKolom = 'uang' | 'persen' | 'poin' | 'angka';

const FORMAT: Record<JenisAngkaKolom, (n: number) => string> = {
  // Exactly what is stored: Rp1.250.000,50 must not show as 1.250.001; whole Rupiah without ",00".
  uang: (n) => formatAngka(n, Number.isInteger(n) ? 0 : 2),
  persen: (n) => formatPersen(n),
  poin: (n) => formatPoin(n),
  angka: (n) => formatAngka(n, 2),
};

export function formatSel(jenis: JenisAngkaKolom) {
  return ({ value }: ValueFormatterParams) => (value == null ? '' : FORMAT[jenis](value as number));
}

export function kolomAngka<T>(
  field: string,
  headerName: string,
  jenis: JenisAngkaKolom,
  width = 120,
  extra: ColDef<T> = {},
): ColDef<T> {
  return {
    colId: field,
    field: field as ColDef<T>['field'],
    headerName,
    width,
    type: 'rightAligned',
    valueFormatter: formatSel(jenis),
    ...extra,
    context: { ekspor: jenis === 'poin' ? 'angka' : jenis, ...(extra.context as object | undefined) },
  };
}
