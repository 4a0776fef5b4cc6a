// `npm ci` on an office PC without Python or a C++ compiler: nothing is compiled. The project's .npmrc turns install
// scripts off; this proves no dependency needs one, so a new dependency that does fails here and gets reviewed.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/** Packages whose install would run something, and why Sinergi is right to skip it. */
const DITINJAU: Record<string, string> = {
  'better-sqlite3':
    'a binding.gyp makes npm run node-gyp, but the package ships Node-API binaries for every platform Sinergi uses',
  'electron-winstaller': 'picks a 7-Zip binary for Squirrel.Windows installers; Sinergi builds NSIS and portable',
};

interface Kunci {
  packages: Record<string, { hasInstallScript?: boolean; optional?: boolean }>;
}

function skripPasang(folder: string): string[] {
  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const skrip = ['preinstall', 'install', 'postinstall'].filter((s) => pkg.scripts?.[s]);
  // npm runs `node-gyp rebuild` for a package with a binding.gyp and no install script of its own.
  if (existsSync(join(folder, 'binding.gyp')) && !skrip.includes('install')) skrip.push('node-gyp');
  return skrip;
}

describe('Installing without compilers', () => {
  it('turns install scripts off for this project', () => {
    const npmrc = readFileSync('.npmrc', 'utf8');
    expect(npmrc.split('\n').filter((b) => !b.startsWith('#') && b.trim() !== '')).toEqual(['ignore-scripts=true']);
  });

  it('has no dependency that needs its install script, other than the reviewed ones', () => {
    const kunci = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Kunci;
    const dengan = new Set<string>();
    for (const [path, entri] of Object.entries(kunci.packages)) {
      if (!path.startsWith('node_modules/')) continue;
      const nama = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      if (entri.hasInstallScript) dengan.add(nama);
      // Optional platform packages for other systems are not on disk.
      if (existsSync(join(path, 'package.json')) && skripPasang(path).length > 0) dengan.add(nama);
    }
    expect([...dengan].sort()).toEqual(Object.keys(DITINJAU).sort());
  });

  it('runs better-sqlite3 on its shipped binary, and that binary exists for win32-x64', () => {
    const folder = join('node_modules', 'better-sqlite3');
    // The package exports only its entry points; its loader is read from where npm put it.
    const { getPrebuildPath } = require(resolve(folder, 'lib', 'binding.js')) as { getPrebuildPath(): string | null };
    // Nothing compiled: the loader falls through to the prebuild.
    expect(existsSync(join(folder, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
    expect(getPrebuildPath()).toMatch(/prebuilds[\\/](linux|linuxmusl|darwin|win32)-(x64|arm64)\.node$/);
    const db = new Sqlite(':memory:');
    expect(db.prepare('SELECT sqlite_version()').pluck().get()).toMatch(/^3\./);
    db.close();
    expect(existsSync(join(folder, 'prebuilds', 'win32-x64.node'))).toBe(true);
  });

  it('leaves Electron whole: it fetches its runtime on first use, not in an install script', () => {
    expect(skripPasang(join('node_modules', 'electron'))).toEqual([]);
    expect(readFileSync(join('node_modules', 'electron', 'index.js'), 'utf8')).toContain('downloadElectron');
  });
});
