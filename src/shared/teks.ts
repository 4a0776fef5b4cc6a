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

export function bersihkanTeks(teks: string): string {
  return teks.replace(TIDAK_AMAN, '');
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
      const bersih = bersihkanSemua(v);
      if (bersih !== v) (salinan ??= [...data])[i] = bersih;
    }
    return (salinan ?? data) as T;
  }
  if (data !== null && typeof data === 'object' && !(data instanceof Uint8Array) && !(data instanceof Date)) {
    let salinan: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(data)) {
      const bersih = bersihkanSemua(v);
      if (bersih !== v) (salinan ??= { ...(data as Record<string, unknown>) })[k] = bersih;
    }
    return (salinan ?? data) as T;
  }
  return data;
}
