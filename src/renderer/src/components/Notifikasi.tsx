// Messages to the user (saved, refused, why), shown in one place at the bottom right, and only on the page that
// raised them: an error carried to the next page would be read as that page's.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { bacaHalaman, useHalaman } from './useHalaman';

type Jenis = 'sukses' | 'galat' | 'info';
interface Pesan {
  id: number;
  jenis: Jenis;
  teks: string;
  /** The page that raised it. */
  halaman: string;
}

interface NotifikasiApi {
  tampilkan(teks: string, jenis?: Jenis): void;
}

const Ctx = createContext<NotifikasiApi>({ tampilkan: () => undefined });

export function useNotifikasi(): NotifikasiApi {
  return useContext(Ctx);
}

let urut = 0;

export function NotifikasiProvider({ children }: { children: ReactNode }) {
  const [daftar, setDaftar] = useState<Pesan[]>([]);
  const halaman = useHalaman();
  const tutup = useCallback((id: number) => setDaftar((d) => d.filter((p) => p.id !== id)), []);
  const tampilkan = useCallback(
    (teks: string, jenis: Jenis = 'info') => {
      const id = ++urut;
      setDaftar((d) => [...d.slice(-3), { id, jenis, teks, halaman: bacaHalaman() }]);
      // Errors stay long enough to read which field was wrong (the cell keeps its mark), then clear the grid's edge.
      setTimeout(() => tutup(id), jenis === 'galat' ? 15_000 : 4000);
    },
    [tutup],
  );
  const api = useMemo(() => ({ tampilkan }), [tampilkan]);
  return (
    <Ctx.Provider value={api}>
      {children}
      <div className="notifikasi" aria-live="polite">
        {daftar
          .filter((p) => p.halaman === halaman)
          .map((p) => (
            <div key={p.id} className={`notifikasi-item ${p.jenis}`} role={p.jenis === 'galat' ? 'alert' : 'status'}>
              <span>{p.teks}</span>
              <button type="button" aria-label="Tutup" onClick={() => tutup(p.id)}>
                ×
              </button>
            </div>
          ))}
      </div>
    </Ctx.Provider>
  );
}
