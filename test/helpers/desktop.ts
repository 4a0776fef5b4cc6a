// Runs the BUILT Electron main process (out/main/index.js) under plain Node with the stand-in electron module
// (test/electron/pengganti.mjs), in a child process of its own, and drives it the way its page and its user would.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApiJawaban } from '../../src/shared/api';

const MAIN = resolve('out/main/index.js');
const DAFTAR = resolve('test/electron/daftar.mjs');

/** One thing the app did, as the stand-in recorded it (see `catat` in pengganti.mjs). */
export interface Entri {
  jenis: string;
  [kunci: string]: unknown;
}

export interface Desktop {
  dir: string;
  /** userData of the stand-in: where the data file goes without SINERGI_DATA. */
  userData: string;
  catatan: Entri[];
  /** Resolves when the window has loaded its page (the IPC handler is in place by then). */
  siap: Promise<void>;
  /** Resolves when the main process has exited, with its exit code and the full record. */
  selesai: Promise<{ kode: number | null; catatan: Entri[] }>;
  perintah<T = unknown>(perintah: Record<string, unknown>): Promise<T>;
  /** An invoke from the window's page (or from `url` when given), as the preload sends it. */
  panggil(
    method: string,
    input: unknown,
    opsi?: { url?: string; tugas?: number },
  ): Promise<{ hasil: ApiJawaban<unknown>; ms: number }>;
  pidPekerja(): number | null;
  /** Ends the main process and its worker if they are still running. */
  hentikan(): void;
}

export function jalankanDesktop(o: { dir: string; env?: Record<string, string>; dikemas?: boolean }): Desktop {
  const userData = join(o.dir, 'userData');
  for (const sub of ['userData', 'Dokumen', 'temp']) mkdirSync(join(o.dir, sub), { recursive: true });
  const berkasCatatan = join(o.dir, 'catatan.json');
  const { SINERGI_DATA: _abaikan, ...envUji } = process.env;
  if (!existsSync(MAIN)) throw new Error('out/main belum ada: jalankan `npm run build` dulu (npm test melakukannya).');
  const anak: ChildProcess = fork(MAIN, [], {
    execArgv: ['--no-warnings', '--import', DAFTAR],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...envUji,
      PENGGANTI_USERDATA: userData,
      PENGGANTI_DOKUMEN: join(o.dir, 'Dokumen'),
      PENGGANTI_TEMP: join(o.dir, 'temp'),
      PENGGANTI_CATATAN: berkasCatatan,
      PENGGANTI_DIKEMAS: o.dikemas === false ? '0' : '1',
      ...o.env,
    },
  });
  let keluaran = '';
  anak.stdout?.setEncoding('utf8').on('data', (t: string) => (keluaran += t));
  anak.stderr?.setEncoding('utf8').on('data', (t: string) => (keluaran += t));

  const catatan: Entri[] = [];
  const tunggu = new Map<number, { selesai(n: unknown): void; gagal(e: Error): void }>();
  let urut = 0;
  let pid: number | null = null;
  let tandaiSiap = () => {};
  const siap = new Promise<void>((r) => (tandaiSiap = r));

  anak.on(
    'message',
    (pesan: { jenis: string; id?: number; nilai?: unknown; galat?: string; entri?: Entri; pid?: number }) => {
      if (pesan.jenis === 'catatan' && pesan.entri) catatan.push(pesan.entri);
      if (pesan.jenis === 'siap') tandaiSiap();
      if (pesan.jenis === 'pekerja') pid = pesan.pid ?? null;
      if (pesan.jenis === 'jawab' && pesan.id !== undefined) {
        const t = tunggu.get(pesan.id);
        tunggu.delete(pesan.id);
        if (pesan.galat) t?.gagal(new Error(pesan.galat));
        else t?.selesai(pesan.nilai);
      }
    },
  );

  const selesai = new Promise<{ kode: number | null; catatan: Entri[] }>((r) => {
    anak.on('exit', (kode) => {
      for (const t of tunggu.values()) t.gagal(new Error(`Proses utama berhenti (kode ${kode}): ${keluaran}`));
      const semua = existsSync(berkasCatatan)
        ? (JSON.parse(readFileSync(berkasCatatan, 'utf8')) as { catatan: Entri[] }).catatan
        : catatan;
      r({ kode, catatan: semua });
    });
  });

  const perintah = <T>(p: Record<string, unknown>) =>
    new Promise<T>((selesai, gagal) => {
      const id = ++urut;
      tunggu.set(id, { selesai: (n) => selesai(n as T), gagal });
      anak.send({ ...p, id });
    });

  return {
    dir: o.dir,
    userData,
    catatan,
    siap,
    selesai,
    perintah,
    panggil: (method, input, opsi = {}) => perintah({ perintah: 'panggil', method, input, ...opsi }),
    pidPekerja: () => pid,
    hentikan() {
      if (anak.exitCode === null) anak.kill('SIGKILL');
      if (pid !== null) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    },
  };
}

/** The recorded dialogs, in order. */
export function dialogDari(catatan: Entri[]): Entri[] {
  return catatan.filter((e) => e.jenis === 'dialog');
}
