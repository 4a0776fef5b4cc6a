// End-to-end harness: the built renderer and the real API on 127.0.0.1, driven by Debian's Chromium.
import { existsSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createBackend, type Backend } from '../../src/main/backend';
import { createWebServer, listen } from '../../src/main/web/server';
import { tempDir } from '../helpers/backend';

const RENDERER = resolve('out/renderer');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface E2e {
  backend: Backend;
  url: string;
  page: Page;
  /** Opens a page of the app by its hash route and waits until the app has rendered. */
  buka(halaman: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpsiE2e {
  /** Loads Kabupaten Contoh before the page opens. */
  contoh?: boolean;
  /** The operator's name, so the "who is working" dialog does not cover the page. */
  operator?: string;
}

export async function startE2e(opsi: OpsiE2e = {}): Promise<E2e> {
  if (!existsSync(join(RENDERER, 'index.html'))) {
    throw new Error('out/renderer belum ada: jalankan `npm run build` sebelum uji e2e (npm test melakukannya).');
  }
  const dir = tempDir('sinergi-e2e-');
  const backend = await createBackend({ dataPath: join(dir, 'sinergi.sqlite') });
  if (opsi.contoh) await backend.call('sistem.muatDataContoh', {});
  if (opsi.operator) await backend.call('sistem.aturOperator', { nama: opsi.operator });
  const server: Server = createWebServer(backend, RENDERER);
  const port = await listen(server, 0);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // A refused call is an HTTP 400 by design; Chromium logs it, and that is not a page error.
    if (m.type() === 'error' && !m.text().includes('status of 400')) errors.push(m.text());
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    backend,
    url,
    page,
    async buka(halaman) {
      await page.goto(`${url}/#/${halaman}`);
      await page.locator('nav.sidebar').waitFor();
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`Galat di halaman: ${errors.join(' | ')}`);
    },
  };
}

/** Pastes text where the focus is, as Ctrl+V from Excel would. */
export async function tempel(e: E2e, teks: string) {
  await e.page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, teks);
}
