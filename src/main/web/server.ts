// Browser mode: the built renderer and the same API over HTTP, on 127.0.0.1 only.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { KEPALA_KEMAJUAN } from '../../shared/kemajuan';
import type { Backend } from '../backend';
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

async function layaniApi(backend: Backend, method: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST') return kirimJson(res, 405, { ok: false, galat: galatValidasi('Gunakan POST') });
  // JSON only: a cross-site form cannot send it without a CORS preflight, which this server never grants.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return kirimJson(res, 415, { ok: false, galat: galatValidasi('Permintaan harus berformat JSON') });
  }
  let input: unknown;
  try {
    const body = await bacaBody(req);
    input = body === '' ? {} : (JSON.parse(body) as unknown);
  } catch (error) {
    const pesan = error instanceof SyntaxError ? 'Data yang dikirim bukan JSON yang sah' : (error as Error).message;
    return kirimJson(res, 400, { ok: false, galat: galatValidasi(pesan) });
  }
  if (req.headers[KEPALA_KEMAJUAN.toLowerCase()] === '1') return layaniDenganKemajuan(backend, method, input, res);
  const jawaban = await backend.handle(method, input);
  const status = jawaban.ok ? 200 : jawaban.galat.jenis === 'internal' ? 500 : 400;
  kirimJson(res, status, jawaban);
}

/** One JSON object per line: {"kemajuan": ...} while the work runs, then {"jawaban": ...}. */
async function layaniDenganKemajuan(backend: Backend, method: string, input: unknown, res: ServerResponse) {
  res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' });
  const baris = (isi: unknown) => {
    res.write(`${JSON.stringify(isi)}\n`);
    // Node corks the socket until the next tick, and a sample load or an import reports from inside one synchronous
    // write transaction: uncorked, each line leaves at once instead of all of them at the end.
    res.socket?.uncork();
  };
  const jawaban = await backend.handle(method, input, { kemajuan: pelaporKemajuan((kemajuan) => baris({ kemajuan })) });
  baris({ jawaban });
  res.end();
}

function galatValidasi(pesan: string) {
  return { jenis: 'validasi', pesan, rincian: [] };
}

async function layaniBerkas(root: string, url: string, res: ServerResponse) {
  const pathname = decodeURIComponent(url.split('?')[0] ?? '/');
  const target = normalize(join(root, pathname));
  const aman = target === root || target.startsWith(root + sep);
  let file = aman ? target : join(root, 'index.html');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) file = join(root, 'index.html');
  res.writeHead(200, {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

/** Refuses requests whose Host is not this machine, so a web page cannot reach the API by DNS rebinding. */
function hostLokal(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  return host === '127.0.0.1' || host === 'localhost';
}

export function createWebServer(backend: Backend, rendererRoot: string): Server {
  const root = normalize(rendererRoot);
  return createServer((req, res) => {
    const url = req.url ?? '/';
    const respond = async () => {
      if (!hostLokal(req)) return kirimJson(res, 403, { ok: false, galat: galatValidasi('Hanya untuk komputer ini') });
      if (url.startsWith('/api/')) return layaniApi(backend, url.slice('/api/'.length).split('?')[0] ?? '', req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return kirimJson(res, 405, { ok: false });
      return layaniBerkas(root, url, res);
    };
    respond().catch((error: unknown) => {
      console.error('[sinergi-web]', error);
      if (!res.headersSent)
        kirimJson(res, 500, { ok: false, galat: { jenis: 'internal', pesan: 'Kesalahan server', rincian: [] } });
      else res.end();
    });
  });
}

export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
