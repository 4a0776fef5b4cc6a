// docs/glossary.md names every Indonesian word that src/main and src/shared use as a file or folder name or in an
// exported name, so a newcomer reads `sisip.ts` or `pangkasCadangan` without opening them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** English (technical) words the code uses, which STYLE.md keeps English: they need no glossary line. */
const INGGRIS = new Set(
  `admin api backend buffer build cli connection context create csp define desktop dialect dispatch electron em email
  entry errors folder format fsync handler handlers hash http id index info ipc listen main menu meta migration
  migrations mime min maks mm ms name open os parse png policy pptx pragma preset repository round schema security
  server slide sync tsv twip valid web whats worker xlsx cap cek label duplikat indonesia kerja buku effects parsed
  def excel js esc zlib disk`.split(/\s+/),
);

/** `pangkasCadangan` -> pangkas, cadangan; `KERTAS_MM` -> kertas, mm; `nomenklatur-contoh.ts` -> nomenklatur, contoh. */
function kata(nama: string): string[] {
  return nama
    .replace(/\.tsx?$/, '')
    .split(/[^A-Za-z]+/)
    .flatMap((bagian) => bagian.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [])
    .map((k) => k.toLowerCase())
    .filter((k) => k.length > 1);
}

/** Each word with one place it is used, from the names under src/main and src/shared (migrations are history). */
function kataDiKode(): Map<string, string> {
  const hasil = new Map<string, string>();
  const catat = (nama: string, tempat: string) => {
    for (const k of kata(nama)) if (!hasil.has(k)) hasil.set(k, tempat);
  };
  const jelajah = (folder: string) => {
    for (const isi of readdirSync(folder, { withFileTypes: true })) {
      const jalur = join(folder, isi.name);
      const rel = relative('.', jalur);
      if (isi.isDirectory()) {
        if (isi.name === 'migrations') continue;
        catat(isi.name, rel);
        jelajah(jalur);
      } else if (/\.tsx?$/.test(isi.name)) {
        catat(isi.name, rel);
        const teks = readFileSync(jalur, 'utf8');
        for (const m of teks.matchAll(/export (?:async )?(?:function\*?|const|class|interface|type) (\w+)/g)) {
          catat(m[1]!, `${rel}: ${m[1]}`);
        }
      }
    }
  };
  jelajah('src/main');
  jelajah('src/shared');
  return hasil;
}

describe('the glossary', () => {
  it('explains every Indonesian word of the module and exported names', () => {
    const glosarium = new Set(
      readFileSync('docs/glossary.md', 'utf8')
        .toLowerCase()
        .match(/[a-z]+/g),
    );
    const kurang = [...kataDiKode()]
      .filter(([k]) => !glosarium.has(k) && !INGGRIS.has(k))
      .map(([k, tempat]) => `${k} (${tempat})`);
    // A word listed here wants a line in docs/glossary.md; an English one goes in INGGRIS above.
    expect(kurang).toEqual([]);
  });
});
