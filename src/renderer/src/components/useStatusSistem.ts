// The system status (first-start choice, operator, first steps) shared by every component that shows part of it:
// a change made in one (choosing how to start, naming the operator) reloads all of them at once.
import { useEffect } from 'react';
import type { StatusSistem } from '../../../shared/api/sistem';
import { api } from '../api/client';
import { useMuat } from './useMuat';

const PERISTIWA_STATUS = 'sinergi:status-berubah';

/** The status, and the call that reloads it everywhere after a change. */
export function useStatusSistem(): [StatusSistem | undefined, () => void] {
  const [status, muatUlang] = useMuat(() => api('sistem.status', {}), []);
  useEffect(() => {
    window.addEventListener(PERISTIWA_STATUS, muatUlang);
    return () => window.removeEventListener(PERISTIWA_STATUS, muatUlang);
  }, [muatUlang]);
  return [status, beritahuStatusBerubah];
}

function beritahuStatusBerubah(): void {
  window.dispatchEvent(new Event(PERISTIWA_STATUS));
}
