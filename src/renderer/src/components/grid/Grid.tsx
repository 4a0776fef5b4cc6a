// AG Grid with Sinergi's defaults: Indonesian texts, sort and filter on every column, stable row ids.
import {
  CellApiModule,
  CellStyleModule,
  CheckboxEditorModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  DateEditorModule,
  DateFilterModule,
  EventApiModule,
  ExternalFilterModule,
  HighlightChangesModule,
  LocaleModule,
  ModuleRegistry,
  NumberEditorModule,
  NumberFilterModule,
  PinnedRowModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  ValueCacheModule,
  themeQuartz,
} from 'ag-grid-community';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { forwardRef, useMemo } from 'react';
import { AG_GRID_LOCALE_ID } from './localeId';
import type { Rentang } from './useRentang';

// What Sinergi's grids use (editing, filters, pinned totals, row selection, tooltips, cell colours, flashing a saved
// cell), not all of AG Grid Community: a third less to load. Here rather than at start-up, so it loads with the first
// grid.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  TextEditorModule,
  NumberEditorModule,
  DateEditorModule,
  CheckboxEditorModule,
  SelectEditorModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  QuickFilterModule,
  ExternalFilterModule,
  ColumnApiModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  RenderApiModule,
  CellApiModule,
  EventApiModule,
  ColumnAutoSizeModule,
  PinnedRowModule,
  ValueCacheModule,
  CellStyleModule,
  RowStyleModule,
  HighlightChangesModule,
  TooltipModule,
  LocaleModule,
]);

// Dense like a spreadsheet: staff scan hundreds of sub kegiatan per OPD.
const TEMA = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  rowHeight: 26,
  headerHeight: 30,
  spacing: 5,
  wrapperBorderRadius: 4,
  headerBackgroundColor: '#e8f0f8',
});

/** Every leaf column also paints the selected rectangle, whatever cell classes it has of its own. */
function denganRentang<T>(defs: (ColDef<T> | ColGroupDef<T>)[], rentang: Rentang): (ColDef<T> | ColGroupDef<T>)[] {
  return defs.map((d) =>
    'children' in d
      ? { ...d, children: denganRentang(d.children, rentang) }
      : { ...d, cellClassRules: { ...(d as ColDef<T>).cellClassRules, 'sel-rentang': rentang.ditandai } },
  );
}

type Props = AgGridReactProps & {
  /** A CSS height. */
  tinggi?: string;
  /** Fills the height its page leaves (a `.halaman-grid` page), instead of `tinggi`. */
  isi?: boolean;
  /** Range selection (Shift+arrows, Shift+click, drag) for the grids that copy, clear and fill cells. */
  rentang?: Rentang;
};

export const Grid = forwardRef<AgGridReact, Props>(function Grid(
  { tinggi = 'calc(100vh - 220px)', isi = false, defaultColDef, rentang, columnDefs, ...props },
  ref,
) {
  const kolom = useMemo(
    () => (rentang && columnDefs ? denganRentang(columnDefs as (ColDef | ColGroupDef)[], rentang) : columnDefs),
    [columnDefs, rentang],
  );
  return (
    <div
      className={['grid-wadah', rentang && 'grid-rentang', isi && 'grid-isi'].filter(Boolean).join(' ')}
      style={isi ? undefined : { height: tinggi }}
    >
      <AgGridReact
        ref={ref}
        theme={TEMA}
        localeText={AG_GRID_LOCALE_ID}
        defaultColDef={{ sortable: true, filter: true, resizable: true, ...defaultColDef }}
        stopEditingWhenCellsLoseFocus
        columnDefs={kolom}
        {...rentang?.props}
        {...props}
      />
    </div>
  );
});
