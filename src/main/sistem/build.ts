// The build time, written into the bundle by electron.vite.config.ts (`define`); absent when running from source.
declare const __SINERGI_BUILD__: string | undefined;

export const TANGGAL_BUILD: string | null = typeof __SINERGI_BUILD__ === 'string' ? __SINERGI_BUILD__ : null;
