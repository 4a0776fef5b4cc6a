// Hash routing: the page is the part after '#/', so a reload stays on the same page.
import { useEffect, useState } from 'react';

/** The page now shown, from the address. */
export function bacaHalaman(): string {
  return window.location.hash.replace(/^#\/?/, '').replace(/\?.*$/, '') || 'beranda';
}

export function useHalaman(): string {
  const [halaman, setHalaman] = useState(bacaHalaman);
  useEffect(() => {
    const onChange = () => setHalaman(bacaHalaman());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return halaman;
}
