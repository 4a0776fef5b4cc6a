// The Content-Security-Policy of every page Sinergi shows, in Electron and in browser mode alike.
// frame-ancestors is only honoured as a header, so browser mode adds it there.
// Styles stay 'unsafe-inline' because AG Grid and the chart library inject style elements at run time.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
