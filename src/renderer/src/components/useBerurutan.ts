// Saves that must not overtake each other (each carries the revision the one before returned): `berurutan(kerja)`
// starts `kerja` when every earlier one has ended, whether it worked or not.
import { useCallback, useRef } from 'react';

export function useBerurutan() {
  const antrean = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<R>(kerja: () => Promise<R>): Promise<R> => {
    const hasil = antrean.current.catch(() => undefined).then(kerja);
    antrean.current = hasil;
    return hasil;
  }, []);
}
