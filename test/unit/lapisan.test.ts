// The layers are enforced, not just described: a probe file that breaks a layer's rule fails the type check of that
// layer's tsconfig and ESLint, and a probe that keeps to the rules passes both.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const AKAR = resolve('.');
const jalankan = promisify(execFile);

interface Probe {
  nama: string;
  kode: string;
  /** Which checks must refuse it. */
  tsc: boolean;
  eslint: boolean;
}

const LAPISAN: Record<'shared' | 'renderer' | 'main', { folder: string; probe: Probe[] }> = {
  shared: {
    folder: 'src/shared',
    probe: [
      {
        nama: 'bare-fs',
        kode: "import { readFileSync } from 'fs';\nexport const f = readFileSync;",
        tsc: true,
        eslint: true,
      },
      { nama: 'node-path', kode: "import { join } from 'node:path';\nexport const j = join;", tsc: true, eslint: true },
      { nama: 'buffer', kode: "export const b = Buffer.from('a');", tsc: true, eslint: true },
      { nama: 'process', kode: "export const e = process.env['X'];", tsc: true, eslint: true },
      { nama: 'document', kode: 'export const d = document.title;', tsc: true, eslint: true },
      { nama: 'window', kode: 'export const w = window.innerWidth;', tsc: true, eslint: true },
      { nama: 'ok', kode: "export const ok = [1, 2].map((x) => x * 2).join(',');", tsc: false, eslint: false },
      // The API contract, the handlers and the loaders are joined with gabungTanpaGanda (a copy sits beside the probes).
      {
        nama: 'metode-ganda',
        kode: "import { gabungTanpaGanda } from './gabung';\nexport const k = gabungTanpaGanda({ 'a.satu': 1 }, { 'a.satu': 2 });",
        tsc: true,
        eslint: false,
      },
      {
        nama: 'metode-unik',
        kode: "import { gabungTanpaGanda } from './gabung';\nexport const k = gabungTanpaGanda({ 'a.satu': 1 }, { 'a.dua': 2 });",
        tsc: false,
        eslint: false,
      },
    ],
  },
  renderer: {
    folder: 'src/renderer/src',
    probe: [
      { nama: 'bare-path', kode: "import path from 'path';\nexport const p = path;", tsc: true, eslint: true },
      { nama: 'buffer', kode: 'export const b = Buffer.alloc(1);', tsc: true, eslint: true },
      { nama: 'process', kode: 'export const e = process.platform;', tsc: true, eslint: true },
      { nama: 'ok', kode: 'export const ok = document.title;', tsc: false, eslint: false },
    ],
  },
  main: {
    folder: 'src/main',
    probe: [
      { nama: 'document', kode: 'export const d = document.body;', tsc: true, eslint: true },
      { nama: 'window', kode: 'export const w = window.location;', tsc: true, eslint: true },
      {
        nama: 'ok',
        kode: "import { join } from 'node:path';\nexport const ok = join('a', Buffer.from('b').toString());",
        tsc: false,
        eslint: false,
      },
    ],
  },
};

describe('layers the compiler and the linter enforce', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-lapisan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const eslint = new ESLint({ cwd: AKAR });

  it.each(Object.entries(LAPISAN))(
    '%s: each probe breaking a rule fails, the clean one passes',
    { timeout: 120_000 },
    async (lapisan, { folder, probe }) => {
      // The type check: the layer's own tsconfig, over the probe files only.
      copyFileSync(join(AKAR, 'src/shared/gabung.ts'), join(dir, 'gabung.ts'));
      const berkas = probe.map((p) => {
        const path = join(dir, `${lapisan}-${p.nama}.ts`);
        writeFileSync(path, `${p.kode}\n`);
        return path;
      });
      const config = join(dir, `tsconfig.${lapisan}.json`);
      writeFileSync(
        config,
        JSON.stringify({
          extends: join(AKAR, `tsconfig.${lapisan}.json`),
          compilerOptions: {
            composite: false,
            noEmit: true,
            emitDeclarationOnly: false,
            rootDir: dir,
            typeRoots: [join(AKAR, 'node_modules/@types')],
          },
          include: [],
          files: berkas,
        }),
      );
      const keluaran = await jalankan(process.execPath, [join(AKAR, 'node_modules/typescript/bin/tsc'), '-p', config], {
        cwd: AKAR,
      }).then(
        () => '',
        (e: { stdout: string }) => e.stdout,
      );
      const salah: string[] = [];
      for (const [i, p] of probe.entries()) {
        const adaGalat = keluaran.includes(`${lapisan}-${p.nama}.ts(`);
        if (adaGalat !== p.tsc) salah.push(`tsc ${p.nama}: ${adaGalat ? 'menolak' : 'menerima'} (${berkas[i]})`);
        // ESLint by the path the file would have in the layer's folder, since its rules go by folder.
        const [hasil] = await eslint.lintText(`${p.kode}\n`, { filePath: join(AKAR, folder, `__probe_${p.nama}.ts`) });
        const galatLint = (hasil?.messages ?? []).filter(
          (m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals',
        );
        if (galatLint.length > 0 !== p.eslint)
          salah.push(`eslint ${p.nama}: ${galatLint.length > 0 ? 'menolak' : 'menerima'}`);
      }
      expect(salah, keluaran).toEqual([]);
    },
  );
});
