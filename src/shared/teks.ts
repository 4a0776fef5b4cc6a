// Text that is safe to store, print in a document and use in a file name: no character XML 1.0 forbids, no control
// character, no bidirectional override.

/**
 * C0 controls except tab, line feed and carriage return; C1 controls (left by a wrong encoding, never typed);
 * U+FFFE and U+FFFF; lone surrogates (all four make a document invalid XML that Word refuses to open); and the bidi
 * embedding, override and isolate controls, which reverse the rest of a line in a letter or a file name.
 */
const TIDAK_AMAN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The same characters, without the global flag: a test that finds nothing leaves the text as it is. */
const ADA_TIDAK_AMAN = new RegExp(TIDAK_AMAN.source);

export function bersihkanTeks(teks: string): string {
  return ADA_TIDAK_AMAN.test(teks) ? teks.replace(TIDAK_AMAN, '') : teks;
}

/**
 * Every string inside plain data (objects, arrays) cleaned; for old rows read back before a document is built.
 * An object or array with nothing to clean is returned as it is, and one with something is copied: a regency's report
 * context holds a few hundred thousand values, nearly always clean, and copying every object of it cost a tenth of
 * the report.
 */
export function bersihkanSemua<T>(data: T): T {
  if (typeof data === 'string') return bersihkanTeks(data) as T;
  if (Array.isArray(data)) {
    let salinan: unknown[] | null = null;
    for (let i = 0; i < data.length; i++) {
      const v: unknown = data[i];
      if (v === null || (typeof v !== 'string' && typeof v !== 'object')) continue;
      const bersih = bersihkanSemua(v);
      if (bersih !== v) (salinan ??= [...data])[i] = bersih;
    }
    return (salinan ?? data) as T;
  }
  if (data !== null && typeof data === 'object' && !(data instanceof Uint8Array) && !(data instanceof Date)) {
    let salinan: Record<string, unknown> | null = null;
    const obj = data as Record<string, unknown>;
    // for...in, not Object.entries: no array of pairs per object (plain data has no inherited enumerable keys).
    for (const k in obj) {
      if (!Object.hasOwn(obj, k)) continue;
      const v = obj[k];
      // Numbers, booleans and null, most of a report's values, have nothing to clean.
      if (v === null || (typeof v !== 'string' && typeof v !== 'object')) continue;
      const bersih = bersihkanSemua(v);
      if (bersih !== v) (salinan ??= { ...obj })[k] = bersih;
    }
    return (salinan ?? data) as T;
  }
  return data;
}
