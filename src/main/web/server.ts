// Browser mode: the built renderer and the same API over HTTP, on 127.0.0.1 only; with a GerbangJaringan the same
// server is the office network server, where every request needs a session (src/main/web/gerbangJaringan.ts).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, posix, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { KEPALA_KEMAJUAN } from '../../shared/kemajuan';
import type { Pelaku } from '../api/context';
import type { Backend } from '../backend';
import type { GerbangJaringan } from './gerbangJaringan';
import { pelaporKemajuan } from '../kemajuan';

const BATAS_BODY = 20 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function kirimJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function bacaBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BATAS_BODY) {
        reject(new Error('Data yang dikirim terlalu besar (lebih dari 20 MB)'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The body as JSON; a form or any other type is refused, since a cross-site form cannot send JSON without a CORS
 * preflight, which this server never grants. */
async function bacaJson(
  req: IncomingMessage,
): Promise<{ ok: true; input: unknown } | { ok: false; status: number; pesan: string }> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return { ok: false, status: 415, pesan: 'Permintaan harus berformat JSON' };
  }
  try {
    const body = await bacaBody(req);
    return { ok: true, input: body === '' ? {} : (JSON.parse(body) as unknown) };
  } catch (error) {
    const pesan = error instanceof SyntaxError ? 'Data yang dikirim bukan JSON yang sah' : (error as Error).message;
    return { ok: false, status: 400, pesan };
  }
}

async function layaniApi(
  backend: Backend,
  method: string,
  req: IncomingMessage,
  res: ServerResponse,
  pelaku: Pelaku | undefined,
) {
  if (req.method !== 'POST') return kirimJson(res, 405, { ok: false, galat: galatValidasi('Gunakan POST') });
  const body = await bacaJson(req);
  if (!body.ok) return kirimJson(res, body.status, { ok: false, galat: galatValidasi(body.pesan) });
  const input = body.input;
  const panggilan = pelaku ? { pelaku } : {};
  if (req.headers[KEPALA_KEMAJUAN.toLowerCase()] === '1')
    return layaniDenganKemajuan(backend, method, input, res, panggilan);
  const jawaban = await backend.handle(method, input, panggilan);
  const status = jawaban.ok
    ? 200
    : jawaban.galat.jenis === 'internal'
      ? 500
      : jawaban.galat.kode === 'belumMasuk'
        ? 401
        : jawaban.galat.kode === 'tidakBerwenang'
          ? 403
          : 400;
  kirimJson(res, status, jawaban);
}

/** One JSON object per line: {"kemajuan": ...} while the work runs, then {"jawaban": ...}. */
async function layaniDenganKemajuan(
  backend: Backend,
  method: string,
  input: unknown,
  res: ServerResponse,
  panggilan: { pelaku?: Pelaku },
) {
  res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' });
  const baris = (isi: unknown) => {
    res.write(`${JSON.stringify(isi)}\n`);
    // Node corks the socket until the next tick, and a sample load or an import reports from inside one synchronous
    // write transaction: uncorked, each line leaves at once instead of all of them at the end.
    res.socket?.uncork();
  };
  const jawaban = await backend.handle(method, input, {
    ...panggilan,
    kemajuan: pelaporKemajuan((kemajuan) => baris({ kemajuan })),
  });
  baris({ jawaban });
  res.end();
}

function galatValidasi(pesan: string) {
  return { jenis: 'validasi', pesan, rincian: [] };
}

async function layaniBerkas(root: string, pathname: string, res: ServerResponse) {
  const target = normalize(join(root, pathname));
  const aman = target === root || target.startsWith(root + sep);
  let file = aman ? target : join(root, 'index.html');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) file = join(root, 'index.html');
  res.writeHead(200, {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

/** Refuses requests whose Host is not this machine, so a web page cannot reach the API by DNS rebinding. */
function hostLokal(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  return host === '127.0.0.1' || host === 'localhost';
}

/**
 * A request a page of another site makes (a form, a fetch, an image) carries its own Origin or Sec-Fetch-Site; the
 * app's own page sends its origin, equal to the Host it asked. Anything else that would act is refused.
 */
function asalSendiri(req: IncomingMessage, https: boolean): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  const situs = req.headers['sec-fetch-site'];
  if (situs !== undefined && situs !== 'same-origin' && situs !== 'none') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `${https ? 'https' : 'http'}://${req.headers.host ?? ''}`;
}

export function penanganWeb(backend: Backend, rendererRoot: string, gerbang?: GerbangJaringan): RequestListener {
  const root = normalize(rendererRoot);
  const https = gerbang?.opsi.https ?? false;
  return (req, res) => {
    const url = req.url ?? '/';
    const respond = async () => {
      if (!(gerbang ? gerbang.hostDiizinkan(req) : hostLokal(req))) {
        return kirimJson(res, 403, { ok: false, galat: galatValidasi('Alamat server tidak dikenal') });
      }
      if (!asalSendiri(req, https)) {
        return kirimJson(res, 403, { ok: false, galat: galatValidasi('Permintaan dari situs lain ditolak') });
      }
      let path: string;
      try {
        // Normalised before any rule reads it: `/assets/../x` is `/x`, not an asset.
        path = posix.normalize(decodeURIComponent(url.split('?')[0] ?? '/'));
      } catch {
        return kirimJson(res, 400, { ok: false, galat: galatValidasi('Alamat tidak sah') });
      }
      let pelaku: Pelaku | undefined;
      if (gerbang) {
        const bodyLogin = async () => {
          const b = await bacaJson(req);
          return b.ok ? b.input : null;
        };
        const hasil = await gerbang.saring(req, res, path, bodyLogin);
        if (hasil.jenis === 'selesai') return;
        pelaku = hasil.pelaku;
      }
      if (path.startsWith('/api/')) return layaniApi(backend, path.slice('/api/'.length), req, res, pelaku);
      if (req.method !== 'GET' && req.method !== 'HEAD') return kirimJson(res, 405, { ok: false });
      return layaniBerkas(root, path, res);
    };
    respond().catch((error: unknown) => {
      console.error('[sinergi-web]', error);
      if (!res.headersSent)
        kirimJson(res, 500, { ok: false, galat: { jenis: 'internal', pesan: 'Kesalahan server', rincian: [] } });
      else res.end();
    });
  };
}

export function createWebServer(backend: Backend, rendererRoot: string): Server {
  return createServer(penanganWeb(backend, rendererRoot));
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
