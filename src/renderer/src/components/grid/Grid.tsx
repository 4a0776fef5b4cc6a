// AG Grid with Sinergi's defaults: Indonesian texts, sort and filter on every column, stable row ids.
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { forwardRef } from 'react';
import { AG_GRID_LOCALE_ID } from './localeId';

export const Grid = forwardRef<AgGridReact, AgGridReactProps & { tinggi?: string }>(function Grid(
  { tinggi = 'calc(100vh - 220px)', defaultColDef, ...props },
  ref,
) {
  return (
    <div className="grid-wadah" style={{ height: tinggi }}>
      <AgGridReact
        ref={ref}
        localeText={AG_GRID_LOCALE_ID}
        defaultColDef={{ sortable: true, filter: true, resizable: true, ...defaultColDef }}
        stopEditingWhenCellsLoseFocus
        {...props}
      />
    </div>
  );
});
