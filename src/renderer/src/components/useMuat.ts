// Loads data for a page through the API and reloads on demand; errors go to the notification area.
import { useCallback, useEffect, useState } from 'react';
import { pesanGalat } from '../api/client';
import { useNotifikasi } from './Notifikasi';

export interface OpsiMuat {
  /**
   * The page shows the refusal itself, in place of the data (the third value returned), as the thing to do next:
   * no notification then. A page that only waits for data must not wait forever on a refusal.
   */
  galatDiHalaman?: boolean;
}

/** The data (undefined until loaded), the call that reloads it, and why the last load failed (undefined if it did not). */
export function useMuat<T>(
  muat: () => Promise<T>,
  deps: readonly unknown[],
  opsi: OpsiMuat = {},
): [T | undefined, () => void, string | undefined] {
  const [data, setData] = useState<T>();
  const [galat, setGalat] = useState<string>();
  const [versi, setVersi] = useState(0);
  const { tampilkan } = useNotifikasi();
  const diHalaman = opsi.galatDiHalaman === true;
  useEffect(() => {
    let batal = false;
    muat().then(
      (d) => {
        if (batal) return;
        setData(d);
        setGalat(undefined);
      },
      (e: unknown) => {
        if (batal) return;
        setGalat(pesanGalat(e));
        if (!diHalaman) tampilkan(pesanGalat(e), 'galat');
      },
    );
    return () => {
      batal = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the loader depends on
  }, [...deps, versi, tampilkan, diHalaman]);
  const muatUlang = useCallback(() => setVersi((v) => v + 1), []);
  return [data, muatUlang, galat];
}
