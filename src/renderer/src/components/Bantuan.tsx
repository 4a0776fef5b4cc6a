// Help text behind a "?" button, so the explanation is one click away without taking rows from the grid.
import { useState, type ReactNode } from 'react';

export function Bantuan({ children, judul = 'Bantuan' }: { children: ReactNode; judul?: string }) {
  const [buka, setBuka] = useState(false);
  return (
    <span className="bantuan">
      <button
        type="button"
        className="tombol-bantuan"
        aria-label={judul}
        title={judul}
        aria-expanded={buka}
        onClick={() => setBuka(!buka)}
      >
        ?
      </button>
      {buka && (
        <div className="isi-bantuan" role="note" onKeyDown={(e) => e.key === 'Escape' && setBuka(false)}>
          {children}
          <button type="button" className="tautan" onClick={() => setBuka(false)}>
            Tutup
          </button>
        </div>
      )}
    </span>
  );
}
