import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/csp';

/** The built page carries the CSP as a meta tag; the dev server's inline HMR preamble would violate it. */
function cspMeta(): Plugin {
  return {
    name: 'sinergi-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    // Shown in Tentang; read by src/main/sistem/build.ts.
    define: { __SINERGI_BUILD__: JSON.stringify(new Date().toISOString()) },
    build: {
      // Only `dependencies` stay outside the bundle (better-sqlite3, whose native file must be a real file); every
      // pure-JS library is bundled, so the package carries one copy of each instead of their whole npm folders.
      sourcemap: false,
      rolldownOptions: {
        input: {
          index: resolve('src/main/electron/main.ts'),
          worker: resolve('src/main/worker/entry.ts'),
          web: resolve('src/main/web/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file.
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), cspMeta()],
    build: {
      minify: true,
      sourcemap: false,
      // The bench reads the import graph from it to weigh what the first screen loads.
      manifest: true,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
