// `npm run bench`: what the installer carries and what the first screen loads. Fails above the goals of issue 14:
// an app payload under 40 MB (app.asar plus what is unpacked beside it, Electron itself excluded) and under 400 KB of
// gzipped JavaScript before the first screen (Beranda) can show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { kemasWindows } from '../helpers/paket';

const BATAS_MUATAN_MB = 40;
const BATAS_MUAT_AWAL_KB = 400;
const RENDERER = 'out/renderer';

interface BerkasManifest {
  file: string;
  name?: string;
  imports?: string[];
}

/** Chunks a chunk needs before it runs: itself and its static imports, transitively. */
function tutupan(manifest: Record<string, BerkasManifest>, kunci: string, hasil = new Set<string>()): Set<string> {
  const entri = manifest[kunci];
  if (!entri || hasil.has(entri.file)) return hasil;
  hasil.add(entri.file);
  for (const i of entri.imports ?? []) tutupan(manifest, i, hasil);
  return hasil;
}

const gzipKb = (berkas: Iterable<string>) =>
  [...berkas].reduce((n, f) => n + gzipSync(readFileSync(join(RENDERER, f))).length, 0) / 1024;

it('app payload and first-load JavaScript stay within their goals', { timeout: 300_000 }, async () => {
  const manifest = JSON.parse(readFileSync(join(RENDERER, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    BerkasManifest
  >;
  const awal = tutupan(manifest, 'index.html');
  const beranda = Object.keys(manifest).find((k) => manifest[k]!.name === 'Beranda');
  expect(beranda, 'chunk halaman Beranda').toBeDefined();
  // The app opens on Beranda: its page chunk and what it imports load before it shows; its charts come after.
  const layarPertama = tutupan(manifest, beranda!, new Set(awal));
  const semuaJs = Object.values(manifest).map((e) => e.file);

  const paket = await kemasWindows();
  const muatanMb = paket.ukuranMuatan / 1024 / 1024;
  const baris: [string, string, string][] = [
    ['Muatan aplikasi (app.asar + unpacked)', `${muatanMb.toFixed(1)} MB`, `< ${BATAS_MUATAN_MB} MB`],
    ['JS dimuat index.html (gzip)', `${gzipKb(awal).toFixed(0)} KB`, ''],
    ['JS sebelum Beranda tampil (gzip)', `${gzipKb(layarPertama).toFixed(0)} KB`, `< ${BATAS_MUAT_AWAL_KB} KB`],
    ['Seluruh JS renderer (gzip)', `${gzipKb(new Set(semuaJs)).toFixed(0)} KB`, ''],
  ];
  console.log(
    `\nPaket Windows x64\n${baris.map((b) => `  ${b[0].padEnd(40)} ${b[1].padStart(9)}  ${b[2]}`).join('\n')}`,
  );
  expect(muatanMb).toBeLessThan(BATAS_MUATAN_MB);
  expect(gzipKb(layarPertama)).toBeLessThan(BATAS_MUAT_AWAL_KB);
});
