// Unsaved work is not lost by a click elsewhere: leaving through the menu asks first (the app's own dialog), and
// closing the window asks through the browser's own prompt, the only one a closing window may show.
import { useEffect } from 'react';

export function useCegahPergi(berubah: boolean, tanya: () => Promise<boolean>): void {
  useEffect(() => {
    if (!berubah) return;
    const klik = (e: MouseEvent) => {
      const tautan = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null;
      if (!tautan || e.defaultPrevented || e.button !== 0) return;
      e.preventDefault();
      e.stopPropagation();
      const tujuan = tautan.getAttribute('href')!;
      void tanya().then((ya) => {
        if (ya) window.location.hash = tujuan;
      });
    };
    const tutup = (e: BeforeUnloadEvent) => e.preventDefault();
    document.addEventListener('click', klik, true);
    window.addEventListener('beforeunload', tutup);
    return () => {
      document.removeEventListener('click', klik, true);
      window.removeEventListener('beforeunload', tutup);
    };
  }, [berubah, tanya]);
}
