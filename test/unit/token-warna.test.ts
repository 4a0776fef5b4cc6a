// The renderer's colours come from the design tokens in styles.css's :root: a colour written anywhere else is a
// shade of its own that the next page would copy, and the statuses would drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src/renderer/src';
const WARNA = /#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\brgb\(\s*\d+\s*,/g;

function berkasCss(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? berkasCss(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

/** The CSS without its :root blocks, where the tokens are defined. */
const tanpaRoot = (css: string) => css.replace(/:root\s*\{[^}]*\}/g, '');

describe('design tokens', () => {
  it('define every colour of the stylesheets once, in :root', () => {
    const css = berkasCss(SRC);
    expect(css.length).toBeGreaterThan(0);
    const liar = css.flatMap((f) => (tanpaRoot(readFileSync(f, 'utf8')).match(WARNA) ?? []).map((w) => `${f}: ${w}`));
    expect(liar).toEqual([]);
  });

  it('use each token the stylesheets define', () => {
    const semua = berkasCss(SRC).map((f) => readFileSync(f, 'utf8'));
    const root = semua.map((c) => /:root\s*\{([^}]*)\}/.exec(c)?.[1] ?? '').join('\n');
    const token = [...root.matchAll(/(--[a-z0-9-]+):/g)].map((m) => m[1]!);
    expect(token.length).toBeGreaterThan(20);
    const dipakai = semua.join('\n') + berkasTsx(SRC).join('\n');
    expect(token.filter((t) => !dipakai.includes(`var(${t})`))).toEqual([]);
  });
});

function berkasTsx(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? berkasTsx(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [readFileSync(join(dir, e.name), 'utf8')]
        : [],
  );
}
