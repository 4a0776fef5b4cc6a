// Typed but unsaved text that outlives its component: an editor with tabs holds one store above the tabs, so a form
// unmounted by switching tabs finds its draft again when it comes back. Without a store it is plain component state.
import { createContext, useContext, useEffect, useState, type Dispatch, type SetStateAction } from 'react';

const SimpananDraf = createContext<Map<string, unknown> | null>(null);

/** Wrap the tabs in `<PenyimpanDraf value={new Map()}>` (kept for the editor's life, e.g. in useState). */
export const PenyimpanDraf = SimpananDraf.Provider;

export function useDraf<T>(kunci: string, awal: T): [T, Dispatch<SetStateAction<T>>] {
  const simpanan = useContext(SimpananDraf);
  const [nilai, setNilai] = useState<T>(() => (simpanan?.has(kunci) ? (simpanan.get(kunci) as T) : awal));
  useEffect(() => {
    simpanan?.set(kunci, nilai);
  }, [simpanan, kunci, nilai]);
  return [nilai, setNilai];
}
