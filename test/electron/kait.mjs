// Resolve hook: `import ... from 'electron'` in the built main bundle gets the stand-in instead of the npm package
// (which only knows where to download the Electron binary).
const PENGGANTI = new URL('./pengganti.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: PENGGANTI, shortCircuit: true };
  return nextResolve(specifier, context);
}
