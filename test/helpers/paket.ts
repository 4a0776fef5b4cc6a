// Runs `electron-builder --win --x64 --dir` with the project's configuration, offline: the Electron it packs is a
// stand-in executable (a valid Windows PE with a version resource, which electron-builder edits for the asar
// integrity, and Electron's fuse wire, which it flips), so everything else is electron-builder's real work: the
// file list, app.asar, the unpacked native module, the fuses. Only exe resource editing and signing are skipped.
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tempDir } from './backend';

const require = createRequire(import.meta.url);

/** Electron's fuse sentinel, followed by the wire version (1), its length, and one byte per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode, NodeOptions, NodeCliInspect and GrantFileProtocolExtraPrivileges on. */
const KABEL_BAWAAN = '10110001';

function electronPalsu(folder: string): void {
  const ResEdit = require('resedit') as typeof import('resedit');
  const exe = ResEdit.NtExecutable.createEmpty(false, false);
  const sumber = ResEdit.NtExecutableResource.from(exe);
  const versi = ResEdit.Resource.VersionInfo.createEmpty();
  versi.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', FileDescription: 'Electron' });
  versi.outputToResourceEntries(sumber.entries);
  sumber.outputResource(exe);
  const kabel = Buffer.concat([
    Buffer.from(SENTINEL),
    Buffer.from([1, KABEL_BAWAAN.length]),
    Buffer.from(KABEL_BAWAAN),
  ]);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'electron.exe'), Buffer.concat([Buffer.from(exe.generate()), kabel]));
}

export interface PaketWindows {
  /** dist/win-unpacked */
  folder: string;
  /** Paths inside app.asar and app.asar.unpacked, relative to resources/, '/' separated. */
  diAsar: string[];
  diLuarAsar: string[];
  /** Bytes of app.asar plus app.asar.unpacked: what the installer carries besides Electron itself. */
  ukuranMuatan: number;
  /** The fuse wire of the packed executable, one character per fuse: '0' off, '1' on. */
  sekering: string;
  /** package.json as packed. */
  paket: Record<string, unknown>;
}

function semuaBerkas(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Packs the built app (out/ must exist) as `npm run dist:win` would, without the installer. */
export async function kemasWindows(): Promise<PaketWindows> {
  const dir = tempDir('sinergi-paket-');
  const electronDist = join(dir, 'electron');
  electronPalsu(electronDist);
  const konfigurasi = require('../../electron-builder.cjs') as Record<string, Record<string, unknown>>;
  const { build, Platform, Arch } = require('electron-builder') as typeof import('electron-builder');
  await build({
    targets: Platform.WINDOWS.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      ...konfigurasi,
      electronDist,
      directories: { ...konfigurasi['directories'], output: join(dir, 'dist') },
      win: { ...konfigurasi['win'], signAndEditExecutable: false },
    },
  });
  const folder = join(dir, 'dist', 'win-unpacked');
  const resources = join(folder, 'resources');
  const asar = require('@electron/asar') as typeof import('@electron/asar');
  const asarPath = join(resources, 'app.asar');
  // Every file the app sees, unpacked ones included (the archive lists them and points outside).
  const diAsar = asar
    .listPackage(asarPath, { isPack: false })
    .map((p) => p.replace(/\\/g, '/').replace(/^\//, ''))
    .filter((p) => !adalahFolder(asar, asarPath, p));
  const luar = join(resources, 'app.asar.unpacked');
  const diLuarAsar = semuaBerkas(luar).map((p) => relative(luar, p).replace(/\\/g, '/'));
  const ukuranMuatan = statSync(asarPath).size + semuaBerkas(luar).reduce((n, p) => n + statSync(p).size, 0);
  const exe = readFileSync(join(folder, 'Sinergi.exe'));
  const i = exe.indexOf(SENTINEL) + SENTINEL.length;
  const sekering = exe.subarray(i + 2, i + 2 + exe[i + 1]!).toString('latin1');
  const paket = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8')) as Record<string, unknown>;
  return { folder, diAsar, diLuarAsar, ukuranMuatan, sekering, paket };
}

/** True for a directory entry of the archive (listed too, but not a file). */
function adalahFolder(asar: typeof import('@electron/asar'), arsip: string, path: string): boolean {
  const info = asar.statFile(arsip, path, false) as { files?: unknown };
  return info.files !== undefined;
}
