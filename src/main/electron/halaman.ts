// Which page may call the backend: the app's own index.html, and in development the dev server. No electron import,
// so the rule is tested under plain Node.
import { pathToFileURL } from 'node:url';

export interface HalamanAplikasi {
  /** out/renderer/index.html of this build. */
  indexHtml: string;
  /** electron-vite's dev server, only when not packaged. */
  devUrl: string | null;
}

/** The URL without #/route or ?query, which change as the user moves between screens. */
function tanpaRute(url: string): string | null {
  try {
    const u = new URL(url);
    u.hash = '';
    u.search = '';
    return u.href;
  } catch {
    return null;
  }
}

export function halamanDipercaya(url: string | undefined, h: HalamanAplikasi): boolean {
  if (!url) return false;
  const dasar = tanpaRute(url);
  if (dasar === null) return false;
  if (dasar === pathToFileURL(h.indexHtml).href) return true;
  if (h.devUrl === null) return false;
  try {
    return new URL(dasar).origin === new URL(h.devUrl).origin;
  } catch {
    return false;
  }
}
