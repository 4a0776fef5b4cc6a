// Loads data for a page through the API and reloads on demand; errors go to the notification area.
import { useCallback, useEffect, useState } from 'react';
import { pesanGalat } from '../api/client';
import { useNotifikasi } from './Notifikasi';

export function useMuat<T>(muat: () => Promise<T>, deps: readonly unknown[]): [T | undefined, () => void] {
  const [data, setData] = useState<T>();
  const [versi, setVersi] = useState(0);
  const { tampilkan } = useNotifikasi();
  useEffect(() => {
    let batal = false;
    muat().then(
      (d) => !batal && setData(d),
      (e: unknown) => !batal && tampilkan(pesanGalat(e), 'galat'),
    );
    return () => {
      batal = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the loader depends on
  }, [...deps, versi, tampilkan]);
  const muatUlang = useCallback(() => setVersi((v) => v + 1), []);
  return [data, muatUlang];
}
