// Hash routing: the page is the part after '#/', so a reload stays on the same page.
import { useEffect, useState } from 'react';

function bacaHash(): string {
  return window.location.hash.replace(/^#\/?/, '').replace(/\?.*$/, '') || 'beranda';
}

export function useHalaman(): string {
  const [halaman, setHalaman] = useState(bacaHash);
  useEffect(() => {
    const onChange = () => setHalaman(bacaHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return halaman;
}
