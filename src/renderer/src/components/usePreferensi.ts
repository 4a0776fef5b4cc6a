// A UI preference of this PC (sidebar width, shown column groups), kept in localStorage: not data, so not in the file.
import { useCallback, useState } from 'react';

const AWALAN = 'sinergi.';

function baca<T>(kunci: string, bawaan: T): T {
  try {
    const teks = window.localStorage.getItem(AWALAN + kunci);
    return teks === null ? bawaan : (JSON.parse(teks) as T);
  } catch {
    // A value written by an older version, or storage refused: the default is a safe answer.
    return bawaan;
  }
}

export function usePreferensi<T>(kunci: string, bawaan: () => T): [T, (nilai: T) => void] {
  const [nilai, setNilai] = useState<T>(() => baca(kunci, bawaan()));
  const ubah = useCallback(
    (baru: T) => {
      setNilai(baru);
      try {
        window.localStorage.setItem(AWALAN + kunci, JSON.stringify(baru));
      } catch {
        // Storage full or refused: the choice still holds until the window closes.
      }
    },
    [kunci],
  );
  return [nilai, ubah];
}
