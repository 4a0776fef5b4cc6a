// The backend without any transport: one open database plus the handler map. Electron, browser mode and tests share it.
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { version } from '../../package.json';
import { contract, isMethodName, type MethodName, type Input, type Result, type ApiJawaban } from '../shared/api';
import type { AkunSesi } from '../shared/akun';
import type { Context, Pelaku } from './api/context';
import { dispatch } from './api/dispatch';
import { AntreanTulis } from './api/antrean';
import { handlers, pemuatSuntingan } from './api/handlers';
import { bukaDenganPengaman, folderCadangan } from './backup';
import { mulaiKerjaLatar, type HasilLatar } from './backup/latar';
import { Gerbang } from './db/gerbang';
import { tanpaKemajuan, type LaporKemajuan } from './kemajuan';
import { osTanpaDesktop, type OsEffects } from './os';
import { pasangRiwayat } from './riwayat/pemicu';
import { Kehadiran } from './akun/kehadiran';

/** What belongs to one request rather than to the backend: the window that asked, and where its progress goes. */
export interface Panggilan {
  os?: OsEffects;
  kemajuan?: LaporKemajuan;
  /** Absent: the host's own window. */
  pelaku?: Pelaku;
}

export interface OpsiBackend {
  /** An absolute path: a relative or empty one would open a file nobody looks for, or SQLite's in-memory database. */
  dataPath: string;
  /** Defaults to `cadangan` next to the data file. */
  folderCadangan?: string;
  /** The desktop for requests that bring none of their own (browser mode and tests have none). */
  os?: OsEffects;
}

export interface Backend {
  ctx: Context;
  /** Untyped entry for transports: the input is validated here, whatever arrives. */
  handle(method: string, input: unknown, panggilan?: Panggilan): Promise<ApiJawaban<unknown>>;
  /** Typed entry for tests and scripts; throws the Indonesian message on failure. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>>;
  /** The work after opening (full check when due, the day's backup), which runs while requests are answered. */
  latar: Promise<HasilLatar>;
  close(): Promise<void>;
}

/** How a network account is named in Riwayat and in "diubah oleh": its full name and its login name. */
export const namaPelaku = (akun: AkunSesi): string => `${akun.namaLengkap} (${akun.nama})`;

export class ApiCallError extends Error {
  constructor(readonly jawaban: Extract<ApiJawaban<unknown>, { ok: false }>) {
    super(jawaban.galat.pesan);
    this.name = 'ApiCallError';
  }
}

/**
 * Opens the data file (refusing a damaged, foreign or newer one with BasisDataRusakError or DitolakError) and serves
 * requests at once; the full check and the day's backup follow in the background (backup/latar.ts). A restore swaps the open file under the running backend via ctx.gantiBerkas.
 */
export async function createBackend(options: OpsiBackend): Promise<Backend> {
  if (!isAbsolute(options.dataPath)) {
    throw new Error(`Lokasi berkas data harus lokasi lengkap, bukan "${options.dataPath}"`);
  }
  const folder = options.folderCadangan ?? folderCadangan(options.dataPath);
  const adaSebelumnya = existsSync(options.dataPath);
  const sesi = { operator: '' };
  // The account of the network write now running (writes run one at a time), recorded in Riwayat instead of the
  // name typed at the host's window.
  let akunMenulis: string | null = null;
  const buka = async () => {
    const o = await bukaDenganPengaman(options.dataPath, folder);
    pasangRiwayat(o.sqlite, () => akunMenulis ?? sesi.operator);
    return o;
  };
  let opened = await buka();
  const gerbang = new Gerbang();
  const ctx: Context = {
    db: opened.db,
    sqlite: opened.sqlite,
    dataPath: options.dataPath,
    folderCadangan: folder,
    versiAplikasi: version,
    os: options.os ?? osTanpaDesktop,
    kemajuan: tanpaKemajuan,
    sesi,
    pelaku: { jenis: 'tuanRumah' },
    jaringan: null,
    kehadiran: new Kehadiran(),
    gantiBerkas: (tulis) =>
      gerbang.sendiri(async () => {
        await opened.close();
        try {
          await tulis();
        } finally {
          opened = await buka();
          ctx.db = opened.db;
          ctx.sqlite = opened.sqlite;
        }
      }),
  };
  const latar = mulaiKerjaLatar(ctx, opened, adaSebelumnya, (kerja) => gerbang.lewat(kerja));
  const antrean = new AntreanTulis();
  // The write queue is entered before the gate, so a restore that holds the queue only waits for reads to finish.
  const handle = (method: string, input: unknown, panggilan: Panggilan = {}) => {
    const menulis = isMethodName(method) && contract[method].akses === 'tulis';
    const jalan = () =>
      gerbang.lewat(async () => {
        // Inherits from ctx instead of copying it, so `db` and `sqlite` read the live handles after a restore.
        const milikPanggilan: Context = Object.create(ctx) as Context;
        if (panggilan.os) milikPanggilan.os = panggilan.os;
        if (panggilan.kemajuan) milikPanggilan.kemajuan = panggilan.kemajuan;
        const akun = panggilan.pelaku?.jenis === 'jaringan' ? panggilan.pelaku.akun : null;
        if (panggilan.pelaku) milikPanggilan.pelaku = panggilan.pelaku;
        if (akun) milikPanggilan.sesi = { operator: namaPelaku(akun) };
        if (!menulis || !akun) return dispatch(handlers, pemuatSuntingan, milikPanggilan, method, input);
        akunMenulis = namaPelaku(akun);
        try {
          return await dispatch(handlers, pemuatSuntingan, milikPanggilan, method, input);
        } finally {
          akunMenulis = null;
        }
      });
    return menulis ? antrean.giliran(jalan) : jalan();
  };
  return {
    ctx,
    handle,
    async call(method, input) {
      const jawaban = await handle(method, input);
      if (!jawaban.ok) throw new ApiCallError(jawaban);
      return jawaban.nilai as Result<typeof method>;
    },
    latar,
    async close() {
      // The day's backup must not be lost to a quick close; the check before it takes seconds at most.
      await latar.catch(() => undefined);
      await opened.close();
    },
  };
}
