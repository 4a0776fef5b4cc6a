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
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { forwardRef } from 'react';
import { AG_GRID_LOCALE_ID } from './localeId';

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
  rowHeight: 30,
  headerHeight: 34,
  spacing: 5,
  wrapperBorderRadius: 4,
  headerBackgroundColor: '#e8f0f8',
});

export const Grid = forwardRef<AgGridReact, AgGridReactProps & { tinggi?: string }>(function Grid(
  { tinggi = 'calc(100vh - 220px)', defaultColDef, ...props },
  ref,
) {
  return (
    <div className="grid-wadah" style={{ height: tinggi }}>
      <AgGridReact
        ref={ref}
        theme={TEMA}
        localeText={AG_GRID_LOCALE_ID}
        defaultColDef={{ sortable: true, filter: true, resizable: true, ...defaultColDef }}
        stopEditingWhenCellsLoseFocus
        {...props}
      />
    </div>
  );
});
