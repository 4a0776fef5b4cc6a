// The release configuration, checked without running electron-builder (it downloads Electron): targets, identity,
// what goes into the package, and that better-sqlite3's native file stays outside app.asar.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
interface Target {
  target: string;
  arch: string[];
}
const config = require('../../electron-builder.cjs') as {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  directories: { output: string; buildResources: string };
  win: { target: Target[]; icon: string };
  nsis: Record<string, unknown>;
};

/** electron-builder's reading of `files`: the last pattern that matches a path decides, "!" excludes. */
function dikemas(path: string): boolean {
  let masuk = false;
  for (const pola of config.files) {
    const negasi = pola.startsWith('!');
    if (matchesGlob(path, negasi ? pola.slice(1) : pola)) masuk = !negasi;
  }
  return masuk;
}

describe('electron-builder configuration', () => {
  // Loads electron-builder's schema validation: several seconds on a busy two-core machine.
  it('is valid for the installed electron-builder', { timeout: 30_000 }, async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(c: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds a Windows x64 NSIS installer and a portable exe named Sinergi', () => {
    expect(config.productName).toBe('Sinergi');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis['deleteAppDataOnUninstall']).toBe(false);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['dist:win']).toBe('electron-vite build && electron-builder --win --x64');
  });

  it('packs the built app and leaves sources and tests out', () => {
    expect(config.files).toContain('out/**');
    for (const path of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']) {
      expect(dikemas(path), path).toBe(true);
    }
    for (const path of [
      'src/main/backend.ts',
      'test/service/opd.test.ts',
      'docs/architecture.md',
      'out/main/index.js.map',
    ]) {
      expect(dikemas(path), path).toBe(false);
    }
  });

  it('keeps better-sqlite3 native file out of app.asar, without rebuilding it', () => {
    const native = 'node_modules/better-sqlite3/prebuilds/win32-x64.node';
    expect(existsSync(native)).toBe(true);
    expect(config.asarUnpack.some((pola) => matchesGlob(native, pola))).toBe(true);
    // Node-API: the prebuilt binary loads in Electron as it is.
    expect(config.npmRebuild).toBe(false);
  });

  it('has a 256 x 256 PNG icon', () => {
    expect(config.win.icon).toBe('build/icon.png');
    const png = readFileSync(config.win.icon);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]);
  });
});
