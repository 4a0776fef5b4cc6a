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
    expect(sunting.map(([id]) => id).join(' ')).toBe(
      'realisasiFisik realisasiKeuangan realisasiKinerja permasalahan tindakLanjut faktorPendorong faktorPenghambat',
    );
    expect(sunting.map(([, grup, judul]) => (grup ? `${grup} › ${judul}` : judul)).join(' | ')).toBe(
      'Realisasi (isian OPD) › Fisik (%) | Realisasi (isian OPD) › Keuangan (Rp) | Realisasi (isian OPD) › Kinerja | Realisasi (isian OPD) › Permasalahan/kendala | Realisasi (isian OPD) › Tindak lanjut | Faktor pendorong | Faktor penghambat',
    );
  });
});
