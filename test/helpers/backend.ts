// A real backend on a real SQLite file in a fresh temp folder, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../src/main/backend';
import type { Pengaturan } from '../../src/shared/api/pengaturan';

export function tempDir(prefix = 'sinergi-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A TCP port free on loopback right now, for a server whose settings need a fixed port (office network mode). */
export function portBebas(): Promise<number> {
  return new Promise((selesai) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => selesai(port));
    });
  });
}

/**
 * A new database names no regency, and documents refuse until it does: the identity a test that prints gives itself,
 * with whatever else it changes, over the stored settings.
 */
export async function isiPengaturan(b: Backend, ubah: Partial<Pengaturan> = {}): Promise<Pengaturan> {
  return b.call('pengaturan.simpan', {
    ...(await b.call('pengaturan.ambil', {})),
    namaPemda: 'Pemerintah Kabupaten Contoh',
    kotaPenerbitan: 'Sukamakmur',
    ...ubah,
  });
}

export interface TempBackend {
  /** The backend currently open on the file; replaced by reopen(). */
  b: Backend;
  dataPath: string;
  /** Closes the database and opens the same file again, as a restart of the app would. */
  reopen(): Promise<Backend>;
  dispose(): Promise<void>;
}

/**
 * A backend on a copy of another's database in a fresh temp folder: data prepared once in a beforeAll (the sample data,
 * say) and each test changing its own copy, so no test depends on what another changed.
 */
export function salinBackend(sumber: Backend): Promise<TempBackend> {
  return tempBackend((dataPath) => sumber.ctx.sqlite.prepare('VACUUM INTO ?').run(dataPath));
}

/** A backend on Kabupaten Contoh, with `operator` as the one working (every change is recorded with a name). */
export async function tempBackendContoh(operator: string): Promise<TempBackend> {
  const t = await tempBackend();
  await t.b.call('sistem.muatDataContoh', {});
  await t.b.call('sistem.aturOperator', { nama: operator });
  return t;
}

export async function tempBackend(isiAwal?: (dataPath: string) => void): Promise<TempBackend> {
  const dir = tempDir();
  const dataPath = join(dir, 'sinergi.sqlite');
  isiAwal?.(dataPath);
  const t: TempBackend = {
    b: await createBackend({ dataPath }),
    dataPath,
    async reopen() {
      await t.b.close();
      t.b = await createBackend({ dataPath });
      return t.b;
    },
    async dispose() {
      await t.b.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** rowid, or for a WITHOUT ROWID table every column in order, so a dump is the same for the same content. */
function urutan(backend: Backend, table: string): string {
  const info = backend.ctx.sqlite.prepare('SELECT wr FROM pragma_table_list WHERE name = ?').get(table) as {
    wr: number;
  };
  if (!info.wr) return 'rowid';
  const n = (backend.ctx.sqlite.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(table) as number) || 1;
  return Array.from({ length: n }, (_, i) => i + 1).join(', ');
}

/** Every row of every user table, to prove that a refused call changed nothing. */
export function dumpDatabase(backend: Backend): string {
  const tables = backend.ctx.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables.map((t) => [t, backend.ctx.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY ${urutan(backend, t)}`).all()]),
    (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value),
  );
}
