// The release configuration (electron-builder.cjs), checked by packing the built app for Windows x64 the way
// `npm run dist:win` does, offline (test/helpers/paket.ts): what goes into the package, the one native binary,
// the fuses, the identity of the installer.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { kemasWindows, type PaketWindows } from '../helpers/paket';

const require = createRequire(import.meta.url);
interface Target {
  target: string;
  arch: string[];
}
const config = require('../../electron-builder.cjs') as {
  appId: string;
  productName: string;
  npmRebuild: boolean;
  win: { target: Target[]; icon: string };
  nsis: Record<string, unknown>;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  author?: { name: string };
  main: string;
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

describe('Windows package (electron-builder --win --x64 --dir)', { timeout: 180_000 }, () => {
  let paket: PaketWindows;
  beforeAll(async () => {
    paket = await kemasWindows();
  }, 180_000);

  it('is valid for the installed electron-builder and names a publisher for the installer', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(c: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(pkg.author?.name).toBe('Bagian Perekonomian/Ekbang Sekretariat Daerah');
    expect(paket.paket['author']).toEqual(pkg.author);
    expect(paket.paket['main']).toBe('out/main/index.js');
  });

  it('builds a Windows x64 NSIS installer and a portable exe named Sinergi, keeping the data on uninstall', () => {
    expect(config.productName).toBe('Sinergi');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis['deleteAppDataOnUninstall']).toBe(false);
    expect(pkg.scripts['dist:win']).toBe('electron-vite build && electron-builder --win --x64');
  });

  it('carries exactly one better-sqlite3 binary, for win32-x64, as a real file outside app.asar', () => {
    const biner = 'node_modules/better-sqlite3/prebuilds/win32-x64.node';
    expect(paket.diAsar.filter((p) => p.endsWith('.node'))).toEqual([biner]);
    expect(paket.diLuarAsar.filter((p) => p.endsWith('.node'))).toEqual([biner]);
    // The same Node-API binary loads in Electron as it is: nothing is compiled or rebuilt.
    expect(config.npmRebuild).toBe(false);
    expect(pkg.dependencies).toEqual({ 'better-sqlite3': expect.any(String) });
  });

  it('packs the built app and better-sqlite3 loader only: no sources, maps, C code or other libraries', () => {
    for (const berkas of [
      'out/main/index.js',
      'out/main/worker.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'node_modules/better-sqlite3/lib/index.js',
      'package.json',
    ]) {
      expect(paket.diAsar, berkas).toContain(berkas);
    }
    const modul = new Set(paket.diAsar.filter((p) => p.startsWith('node_modules/')).map((p) => p.split('/')[1]));
    expect([...modul]).toEqual(['better-sqlite3']);
    const terlarang = /\.map$|^src\/|^test\/|^docs\/|better-sqlite3\/(deps|src|build)\/|binding\.gyp$|\.vite\//;
    expect(paket.diAsar.filter((p) => terlarang.test(p))).toEqual([]);
  });

  it('turns off ELECTRON_RUN_AS_NODE, NODE_OPTIONS and the inspector in the packed executable', () => {
    // Fuse order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadFromAsar, ...
    expect(paket.sekering[0]).toBe('0');
    expect(paket.sekering[2]).toBe('0');
    expect(paket.sekering[3]).toBe('0');
  });

  it('has a 256 x 256 PNG icon', () => {
    expect(config.win.icon).toBe('build/icon.png');
    expect(existsSync(config.win.icon)).toBe(true);
    const png = readFileSync(config.win.icon);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]);
  });
});
