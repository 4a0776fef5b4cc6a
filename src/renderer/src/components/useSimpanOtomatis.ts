// A draft that saves itself a moment after the user stops typing, and at once when asked (leaving a tab or the page).
// A refusal that typing again cannot fix (the row changed meanwhile, no right to write) stops it until a reload, so a
// newer version is never overwritten silently.
import { useCallback, useEffect, useRef, useState } from 'react';
import { GalatApi } from '../api/client';
import { useBerurutan } from './useBerurutan';

export type HasilSimpan = { ok: true } | { ok: false; galat: unknown };

export interface SimpanOtomatis {
  /** The draft differs from what was last saved. */
  berubah: boolean;
  tersimpanPada: Date | null;
  /** The last refusal, until a save succeeds. */
  galat: unknown;
  /** Stopped by a refusal that typing cannot fix (konflik, tidakBerwenang, ...). */
  berhenti: boolean;
  simpanSekarang: (paksa?: boolean) => Promise<HasilSimpan>;
}

interface Opsi<T> {
  draf: T;
  /** Writes the draft; throws the API's refusal. */
  simpan: (draf: T) => Promise<void>;
  /** false while the draft cannot be saved as it is (a required field still empty): it waits, quietly. */
  siap: boolean;
  jedaMs?: number;
}

const sama = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useSimpanOtomatis<T>({ draf, simpan, siap, jedaMs = 1500 }: Opsi<T>): SimpanOtomatis {
  const [tersimpan, setTersimpan] = useState(draf);
  const [tersimpanPada, setTersimpanPada] = useState<Date | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const [berhenti, setBerhenti] = useState(false);
  // The latest values for a save that runs after a pause or as the component goes away.
  const terkini = useRef({ draf, simpan, siap, tersimpan: draf, penghenti: null as unknown });
  useEffect(() => {
    terkini.current = { ...terkini.current, draf, simpan, siap };
  });
  const berurutan = useBerurutan();

  /** Saves what is not saved yet; `paksa` also sends a draft that is not ready, for the refusal to name the field. */
  const simpanSekarang = useCallback(
    (paksa = false): Promise<HasilSimpan> =>
      // One save at a time: a call during a save waits for it, then saves whatever is newer.
      berurutan(async (): Promise<HasilSimpan> => {
        const k = terkini.current;
        if (sama(k.draf, k.tersimpan)) return { ok: true };
        if (k.penghenti) return { ok: false, galat: k.penghenti };
        if (!k.siap && !paksa) return { ok: false, galat: null };
        const dikirim = k.draf;
        try {
          await k.simpan(dikirim);
          terkini.current.tersimpan = dikirim;
          setTersimpan(dikirim);
          setTersimpanPada(new Date());
          setGalat(null);
          return { ok: true };
        } catch (error) {
          setGalat(error);
          if (error instanceof GalatApi && error.galat.kode) {
            terkini.current.penghenti = error;
            setBerhenti(true);
          }
          return { ok: false, galat: error };
        }
      }),
    [berurutan],
  );

  const berubah = !sama(draf, tersimpan);
  useEffect(() => {
    if (!berubah || !siap || berhenti) return;
    const jeda = setTimeout(() => void simpanSekarang(), jedaMs);
    return () => clearTimeout(jeda);
  }, [draf, berubah, siap, berhenti, jedaMs, simpanSekarang]);
  // Leaving the editor saves what the pause had not saved yet.
  useEffect(() => () => void simpanSekarang(), [simpanSekarang]);

  return { berubah, tersimpanPada, galat, berhenti, simpanSekarang };
}
