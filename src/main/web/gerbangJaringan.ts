// The door of the office network server: the Host allowlist, the login and logout routes that set and clear the
// session cookie, and the rule that nothing but the login page and its assets is served without a live session.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AkunSesi } from '../../shared/akun';
import type { Pelaku } from '../api/context';
import type { Backend } from '../backend';
import { masuk } from '../akun/masuk';
import type { PenjagaMasuk } from '../akun/penjaga';
import { cekSesi, hapusSesi } from '../akun/repository';
import { DitolakError } from '../errors';
import { PESAN_BELUM_MASUK } from '../akses/periksa';

export interface OpsiGerbang {
  /** Host names and addresses (without port) this server answers to. */
  host: Set<string>;
  https: boolean;
  penjaga: PenjagaMasuk;
}

/** With HTTPS the `__Host-` prefix makes the browser refuse the cookie unless it is Secure, host-only and Path=/. */
const namaCookie = (https: boolean) => (https ? '__Host-sinergi_sesi' : 'sinergi_sesi');

function bacaCookie(req: IncomingMessage, nama: string): string | null {
  for (const bagian of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = bagian.trim().split('=');
    if (k === nama) return v.join('=') || null;
  }
  return null;
}

/** Without a session: the page (which shows the login form) and the built scripts and styles it loads. */
const bebasSesi = (path: string) => path === '/' || path === '/index.html' || path.startsWith('/assets/');

export type HasilGerbang = { jenis: 'lanjut'; pelaku: Pelaku } | { jenis: 'selesai' };

export class GerbangJaringan {
  constructor(
    private readonly backend: Backend,
    readonly opsi: OpsiGerbang,
  ) {}

  hostDiizinkan(req: IncomingMessage): boolean {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    return this.opsi.host.has(host);
  }

  private get sqlite() {
    return this.backend.ctx.sqlite;
  }

  private kirim(res: ServerResponse, status: number, body: unknown, kepala: Record<string, string> = {}): void {
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...kepala,
    });
    res.end(JSON.stringify(body));
  }

  private cookie(nilai: string, umur?: number): string {
    const bagian = [`${namaCookie(this.opsi.https)}=${nilai}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
    if (this.opsi.https) bagian.push('Secure');
    if (umur !== undefined) bagian.push(`Max-Age=${umur}`);
    return bagian.join('; ');
  }

  akunDari(req: IncomingMessage): AkunSesi | null {
    const token = bacaCookie(req, namaCookie(this.opsi.https));
    return token ? cekSesi(this.sqlite, token) : null;
  }

  /** Answers /masuk and /keluar itself; otherwise says who asks, or answers 401 where a session is required. */
  async saring(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    body: () => Promise<unknown>,
  ): Promise<HasilGerbang> {
    if (path === '/masuk' && req.method === 'POST') {
      await this.masuk(req, res, await body());
      return { jenis: 'selesai' };
    }
    if (path === '/keluar' && req.method === 'POST') {
      const token = bacaCookie(req, namaCookie(this.opsi.https));
      if (token) hapusSesi(this.sqlite, token);
      this.kirim(res, 200, { ok: true, nilai: {} }, { 'Set-Cookie': this.cookie('', 0) });
      return { jenis: 'selesai' };
    }
    const akun = this.akunDari(req);
    if (!akun && !(bebasSesi(path) && (req.method === 'GET' || req.method === 'HEAD'))) {
      const galat = { jenis: 'ditolak', kode: 'belumMasuk', pesan: PESAN_BELUM_MASUK, rincian: [] };
      this.kirim(res, 401, { ok: false, galat });
      return { jenis: 'selesai' };
    }
    return { jenis: 'lanjut', pelaku: { jenis: 'jaringan', akun } };
  }

  private async masuk(req: IncomingMessage, res: ServerResponse, input: unknown): Promise<void> {
    const { nama, sandi } = (typeof input === 'object' && input ? input : {}) as Record<string, unknown>;
    if (typeof nama !== 'string' || typeof sandi !== 'string' || nama.length > 100 || sandi.length > 200) {
      return this.kirim(res, 400, {
        ok: false,
        galat: { jenis: 'validasi', pesan: 'Isi nama pengguna dan kata sandi', rincian: [] },
      });
    }
    // A session the browser already carries is ended: the login always hands out a new id (no fixation).
    const lama = bacaCookie(req, namaCookie(this.opsi.https));
    if (lama) hapusSesi(this.sqlite, lama);
    try {
      const hasil = await masuk(() => this.sqlite, this.opsi.penjaga, nama, sandi, req.socket.remoteAddress ?? '');
      this.kirim(res, 200, { ok: true, nilai: { akun: hasil.akun } }, { 'Set-Cookie': this.cookie(hasil.token) });
    } catch (error) {
      if (!(error instanceof DitolakError)) throw error;
      this.kirim(res, 401, { ok: false, galat: { jenis: 'ditolak', pesan: error.message, rincian: [] } });
    }
  }
}
