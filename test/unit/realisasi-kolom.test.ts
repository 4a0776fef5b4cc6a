// The Realisasi grid names its editable columns with the labels the refusals and the import use (one home).
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { KOLOM_REALISASI } from '../../src/shared/api/realisasi';
import { buatKolom } from '../../src/renderer/src/pages/realisasi/kolom';
import type { BarisGrid } from '../../src/renderer/src/pages/realisasi/baris';

type Kolom = ColDef<BarisGrid> | ColGroupDef<BarisGrid>;
const rata = (kolom: Kolom[], grup = ''): [string, string, string][] =>
  kolom.flatMap((k) =>
    'children' in k ? rata(k.children, k.headerName ?? '') : [[k.colId ?? '', grup, k.headerName ?? '']],
  );

describe('Realisasi grid headers', () => {
  it('shows each editable column under its label, without "Realisasi" under the group that says it', () => {
    const sunting = rata(buatKolom(new Map(), false)).filter(([id]) =>
      (KOLOM_REALISASI as readonly string[]).includes(id),
    );
    expect(sunting).toEqual([
      ['realisasiFisik', 'Realisasi (isian OPD)', 'Fisik (%)'],
      ['realisasiKeuangan', 'Realisasi (isian OPD)', 'Keuangan (Rp)'],
      ['realisasiKinerja', 'Realisasi (isian OPD)', 'Kinerja'],
      ['permasalahan', 'Realisasi (isian OPD)', 'Permasalahan/kendala'],
      ['tindakLanjut', 'Realisasi (isian OPD)', 'Tindak lanjut'],
      ['faktorPendorong', '', 'Faktor pendorong'],
      ['faktorPenghambat', '', 'Faktor penghambat'],
    ]);
  });
});
