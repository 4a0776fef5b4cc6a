// Lets a plain Node child process import the app's TypeScript as the bundler does: extensionless relative imports
// resolve to .ts or /index.ts, and a JSON file offers its top-level keys as named exports.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function resolve(specifier, context, nextResolve) {
  const relatif = specifier.startsWith('.') || specifier.startsWith('/');
  if (relatif && context.parentURL?.endsWith('.ts') && !/\.(ts|json|m?js)$/.test(specifier)) {
    for (const akhiran of ['.ts', '/index.ts']) {
      const url = new URL(specifier + akhiran, context.parentURL);
      if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.json')) return nextLoad(url, context);
  const data = JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
  const kunci = Object.keys(data);
  const source =
    `const data = ${JSON.stringify(data)};\nexport default data;\n` +
    kunci
      .map((k, i) => `const k${i} = data[${JSON.stringify(k)}];\nexport { k${i} as ${JSON.stringify(k)} };`)
      .join('\n');
  return { format: 'module', source, shortCircuit: true };
}
