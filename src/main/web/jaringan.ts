// Starts, moves and stops the office network server of this host as the settings say (Pengaturan > Jaringan kantor
// or `npm run web -- --jaringan`). Runs where the backend runs: the worker of the desktop app, or browser mode.
import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { SetelanJaringan, StatusJaringan } from '../../shared/api/akun';
import type { PengendaliJaringan } from '../api/context';
import type { Backend } from '../backend';
import { ambilSetelanJaringan, pilihanAntarmuka } from '../akun/jaringan';
import { PenjagaMasuk } from '../akun/penjaga';
import { GerbangJaringan } from './gerbangJaringan';
import { listen, penanganWeb } from './server';

interface Sertifikat {
  key: string;
  cert: string;
}

/** Made once on first use and kept beside the data, so colleagues check its fingerprint once. */
async function sertifikat(folder: string): Promise<Sertifikat> {
  const kunci = join(folder, 'jaringan-kunci.pem');
  const cert = join(folder, 'jaringan-sertifikat.pem');
  if (existsSync(kunci) && existsSync(cert))
    return { key: readFileSync(kunci, 'utf8'), cert: readFileSync(cert, 'utf8') };
  const { generate } = await import('selfsigned');
  const alamat = pilihanAntarmuka().map((a) => ({ type: 7 as const, ip: a.alamat }));
  const dibuat = await generate([{ name: 'commonName', value: 'Sinergi' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 10 * 365 * 86_400_000),
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [{ type: 2, value: 'localhost' }, { type: 2, value: hostname() }, ...alamat],
      },
    ],
  });
  mkdirSync(folder, { recursive: true });
  writeFileSync(kunci, dibuat.private, { mode: 0o600 });
  writeFileSync(cert, dibuat.cert);
  return { key: dibuat.private, cert: dibuat.cert };
}

export class PengendaliJaringanHttp implements PengendaliJaringan {
  private server: Server | null = null;
  private alamat: string | null = null;
  private sidikJari: string | null = null;
  private galat: string | null = null;
  // One per host process: restarting the server on a new port must not forgive the failures counted so far.
  private readonly penjaga = new PenjagaMasuk();

  constructor(
    private readonly backend: Backend,
    private readonly rendererRoot: string,
  ) {}

  keadaan(): Pick<StatusJaringan, 'berjalan' | 'alamat' | 'sidikJari' | 'galat'> {
    return { berjalan: this.server !== null, alamat: this.alamat, sidikJari: this.sidikJari, galat: this.galat };
  }

  async terapkan(setelan: SetelanJaringan): Promise<void> {
    await this.tutup();
    this.galat = null;
    if (!setelan.aktif) return;
    const semua = setelan.antarmuka === '0.0.0.0';
    const alamatKartu = pilihanAntarmuka().map((a) => a.alamat);
    const host = new Set([
      '127.0.0.1',
      'localhost',
      hostname().toLowerCase(),
      ...(semua ? alamatKartu : [setelan.antarmuka]),
    ]);
    const gerbang = new GerbangJaringan(this.backend, { host, https: setelan.https, penjaga: this.penjaga });
    const penangan = penanganWeb(this.backend, this.rendererRoot, gerbang);
    let server: Server;
    if (setelan.https) {
      const s = await sertifikat(dirname(this.backend.ctx.dataPath));
      this.sidikJari = new X509Certificate(s.cert).fingerprint256;
      server = createHttpsServer({ key: s.key, cert: s.cert }, penangan);
    } else {
      this.sidikJari = null;
      server = createHttpServer(penangan);
    }
    try {
      const port = await listen(server, setelan.port, setelan.antarmuka);
      const tampil = semua ? (alamatKartu.find((a) => !a.startsWith('127.')) ?? '127.0.0.1') : setelan.antarmuka;
      this.server = server;
      this.alamat = `${setelan.https ? 'https' : 'http'}://${tampil}:${port}/`;
    } catch (error) {
      const kode = (error as { code?: string }).code;
      this.galat =
        kode === 'EADDRINUSE'
          ? `Port ${setelan.port} sudah dipakai program lain; pilih port lain.`
          : kode === 'EADDRNOTAVAIL'
            ? `Alamat ${setelan.antarmuka} tidak ada di komputer ini; pilih antarmuka lain.`
            : `Server jaringan tidak dapat dimulai (${kode ?? String(error)}).`;
    }
  }

  /** Stops listening and drops every open connection, so no remote page keeps working after sharing is off. */
  async tutup(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.alamat = null;
    if (!server) return;
    await new Promise<void>((selesai) => {
      server.close(() => selesai());
      server.closeAllConnections();
    });
  }
}

/** Gives the backend its network switch and, when sharing was left on, starts sharing again as the host opens. */
export async function pasangJaringan(backend: Backend, rendererRoot: string): Promise<PengendaliJaringanHttp> {
  const pengendali = new PengendaliJaringanHttp(backend, rendererRoot);
  backend.ctx.jaringan = pengendali;
  const setelan = await ambilSetelanJaringan(backend.ctx.db);
  if (setelan.aktif) await pengendali.terapkan(setelan);
  return pengendali;
}
