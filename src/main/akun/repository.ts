// Accounts (table `pengguna`) and their sessions (table `sesi`), on the backend's live SQLite handle.
import { createHash, randomBytes } from 'node:crypto';
import type Sqlite from 'better-sqlite3';
import type { AkunSesi, Pengguna, Peran } from '../../shared/akun';
import { DitolakError } from '../errors';
import { hashSandi, periksaSandiBaru } from './sandi';

/** A session unused for this long is over; the next request goes to the login page. */
export const SESI_DIAM_MS = 8 * 60 * 60_000;
/** `terakhir_pada` is written at most this often, so reading a grid does not write the file each time. */
const SEGARKAN_MS = 60_000;

interface BarisPengguna {
  id: number;
  nama: string;
  nama_lengkap: string;
  peran: Peran;
  opd_id: number | null;
  aktif: number;
  sandi: string;
}

const KOLOM = 'id, nama, nama_lengkap, peran, opd_id, aktif';

function keluaran(b: Omit<BarisPengguna, 'sandi'>): Pengguna {
  return { id: b.id, nama: b.nama, namaLengkap: b.nama_lengkap, peran: b.peran, opdId: b.opd_id, aktif: b.aktif === 1 };
}

export function daftarPengguna(sqlite: Sqlite.Database): Pengguna[] {
  return (sqlite.prepare(`SELECT ${KOLOM} FROM pengguna ORDER BY nama`).all() as BarisPengguna[]).map(keluaran);
}

export function adaAdmin(sqlite: Sqlite.Database): boolean {
  return sqlite.prepare(`SELECT 1 FROM pengguna WHERE peran = 'admin' AND aktif = 1`).get() !== undefined;
}

/** The stored row with its hash, for the login check only. */
export function penggunaUntukMasuk(sqlite: Sqlite.Database, nama: string): BarisPengguna | undefined {
  return sqlite.prepare(`SELECT ${KOLOM}, sandi FROM pengguna WHERE nama = ? AND aktif = 1`).get(nama.trim()) as
    BarisPengguna | undefined;
}

export interface DataPengguna {
  id?: number | undefined;
  nama: string;
  namaLengkap: string;
  peran: Peran;
  opdId: number | null;
  aktif: boolean;
  /** Required for a new account; for an existing one a new password, which ends all its sessions. */
  sandi?: string | undefined;
}

function periksaOpd(sqlite: Sqlite.Database, d: DataPengguna): void {
  if (d.peran === 'operator_opd') {
    if (d.opdId === null)
      throw new DitolakError('OPD wajib dipilih untuk Operator OPD', [
        { kolom: 'opdId', pesan: 'OPD wajib dipilih untuk Operator OPD' },
      ]);
    if (!sqlite.prepare('SELECT 1 FROM opd WHERE id = ?').get(d.opdId)) {
      throw new DitolakError(`OPD dengan ID ${d.opdId} tidak ditemukan`, [
        { kolom: 'opdId', pesan: 'OPD tidak ditemukan' },
      ]);
    }
  }
}

function periksaNamaUnik(sqlite: Sqlite.Database, d: DataPengguna): void {
  const lain = sqlite.prepare('SELECT id FROM pengguna WHERE nama = ? AND id IS NOT ?').get(d.nama, d.id ?? null);
  if (lain) {
    throw new DitolakError(`Nama pengguna "${d.nama}" sudah dipakai`, [
      { kolom: 'nama', pesan: 'Nama pengguna sudah dipakai' },
    ]);
  }
}

/** The last active Admin cannot be demoted or switched off: nobody could then manage accounts over the network. */
function periksaAdminTersisa(sqlite: Sqlite.Database, id: number, d: Pick<DataPengguna, 'peran' | 'aktif'>): void {
  if (d.peran === 'admin' && d.aktif) return;
  const lain = sqlite.prepare(`SELECT 1 FROM pengguna WHERE peran = 'admin' AND aktif = 1 AND id <> ?`).get(id);
  const diaAdmin = sqlite.prepare(`SELECT 1 FROM pengguna WHERE peran = 'admin' AND aktif = 1 AND id = ?`).get(id);
  if (diaAdmin && !lain) throw new DitolakError('Harus tersisa sedikitnya satu Admin yang aktif');
}

export async function simpanPengguna(sqlite: Sqlite.Database, d: DataPengguna): Promise<Pengguna> {
  periksaOpd(sqlite, d);
  periksaNamaUnik(sqlite, d);
  if (d.sandi !== undefined) periksaSandiBaru(d.sandi);
  const hash = d.sandi === undefined ? null : await hashSandi(d.sandi);
  const opdId = d.peran === 'operator_opd' ? d.opdId : null;
  const id = sqlite.transaction(() => {
    if (d.id === undefined) {
      if (hash === null)
        throw new DitolakError('Kata sandi wajib diisi untuk akun baru', [
          { kolom: 'sandi', pesan: 'Kata sandi wajib diisi' },
        ]);
      return Number(
        sqlite
          .prepare('INSERT INTO pengguna (nama, nama_lengkap, peran, opd_id, aktif, sandi) VALUES (?, ?, ?, ?, ?, ?)')
          .run(d.nama.trim(), d.namaLengkap, d.peran, opdId, d.aktif ? 1 : 0, hash).lastInsertRowid,
      );
    }
    if (!sqlite.prepare('SELECT 1 FROM pengguna WHERE id = ?').get(d.id)) {
      throw new DitolakError(`Pengguna dengan ID ${d.id} tidak ditemukan`);
    }
    periksaAdminTersisa(sqlite, d.id, d);
    sqlite
      .prepare('UPDATE pengguna SET nama = ?, nama_lengkap = ?, peran = ?, opd_id = ?, aktif = ? WHERE id = ?')
      .run(d.nama.trim(), d.namaLengkap, d.peran, opdId, d.aktif ? 1 : 0, d.id);
    // A new password, a new role or a switched-off account: whoever holds an old session must log in again.
    if (hash !== null) sqlite.prepare('UPDATE pengguna SET sandi = ? WHERE id = ?').run(hash, d.id);
    sqlite.prepare('DELETE FROM sesi WHERE pengguna_id = ?').run(d.id);
    return d.id;
  })();
  return keluaran(sqlite.prepare(`SELECT ${KOLOM} FROM pengguna WHERE id = ?`).get(id) as BarisPengguna);
}

export function hapusPengguna(sqlite: Sqlite.Database, id: number): void {
  sqlite.transaction(() => {
    if (!sqlite.prepare('SELECT 1 FROM pengguna WHERE id = ?').get(id)) {
      throw new DitolakError(`Pengguna dengan ID ${id} tidak ditemukan`);
    }
    periksaAdminTersisa(sqlite, id, { peran: 'staf', aktif: false });
    sqlite.prepare('DELETE FROM pengguna WHERE id = ?').run(id);
  })();
}

/** Sets a new password and ends every session of the account (logout everywhere). */
export async function gantiSandi(sqlite: Sqlite.Database, id: number, sandiBaru: string): Promise<void> {
  periksaSandiBaru(sandiBaru, 'Kata sandi baru');
  const hash = await hashSandi(sandiBaru);
  sqlite.transaction(() => {
    sqlite.prepare('UPDATE pengguna SET sandi = ? WHERE id = ?').run(hash, id);
    sqlite.prepare('DELETE FROM sesi WHERE pengguna_id = ?').run(id);
  })();
}

const sidik = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fresh random 256-bit token for the cookie; only its hash is stored. Always new, so a planted id is useless. */
export function buatSesi(sqlite: Sqlite.Database, penggunaId: number, alamat: string, kini = Date.now()): string {
  const token = randomBytes(32).toString('base64url');
  sqlite
    .prepare('INSERT INTO sesi (id, pengguna_id, dibuat_pada, terakhir_pada, alamat) VALUES (?, ?, ?, ?, ?)')
    .run(sidik(token), penggunaId, kini, kini, alamat);
  return token;
}

/** The account of a live session, or null (unknown, expired or of a switched-off account). */
export function cekSesi(sqlite: Sqlite.Database, token: string, kini = Date.now()): AkunSesi | null {
  const id = sidik(token);
  const b = sqlite
    .prepare(
      `SELECT s.terakhir_pada, p.id, p.nama, p.nama_lengkap, p.peran, p.opd_id, p.aktif
       FROM sesi s JOIN pengguna p ON p.id = s.pengguna_id WHERE s.id = ?`,
    )
    .get(id) as (BarisPengguna & { terakhir_pada: number }) | undefined;
  if (!b) return null;
  if (kini - b.terakhir_pada > SESI_DIAM_MS || b.aktif !== 1) {
    sqlite.prepare('DELETE FROM sesi WHERE id = ?').run(id);
    return null;
  }
  if (kini - b.terakhir_pada > SEGARKAN_MS)
    sqlite.prepare('UPDATE sesi SET terakhir_pada = ? WHERE id = ?').run(kini, id);
  return { id: b.id, nama: b.nama, namaLengkap: b.nama_lengkap, peran: b.peran, opdId: b.opd_id };
}

export function hapusSesi(sqlite: Sqlite.Database, token: string): void {
  sqlite.prepare('DELETE FROM sesi WHERE id = ?').run(sidik(token));
}

/** Turning sharing off: every remote session ends at once. */
export function hapusSemuaSesi(sqlite: Sqlite.Database): number {
  return sqlite.prepare('DELETE FROM sesi').run().changes;
}
