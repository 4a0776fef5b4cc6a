// The messages between the process that shows the window (Electron main, or a test) and the worker that holds the
// database. Plain objects and Uint8Arrays only: they cross by structured clone.
import type { ApiJawaban } from '../../shared/api';
import type { Kemajuan } from '../../shared/kemajuan';

export interface OpsiPekerja {
  dataPath: string;
  folderCadangan: string;
  /** Where an earlier Sinergi kept backups; what is there moves to `folderCadangan` before the file opens. */
  folderCadanganLama: string | null;
}

/** Opening the data file: ready, damaged (with the backup that could replace it), or impossible for another reason. */
export type HasilBuka =
  | { ok: true }
  | { ok: false; rusak: true; pesan: string; cadanganTerakhir: string | null }
  | { ok: false; rusak: false; pesan: string };

export type HasilPulihkanAwal = { ok: true; rusak: string } | { ok: false; pesan: string };

/** What the worker may ask of the desktop on behalf of a request: OsEffects, method by method. */
export type OperasiOs = 'simpanBerkas' | 'bukaBerkas' | 'bukaUntukCetak' | 'pilihFolder' | 'pilihBerkas' | 'bukaTautan';

export type KePekerja =
  | { jenis: 'buka'; opsi: OpsiPekerja }
  | { jenis: 'pulihkanAwal'; cadangan: string }
  | { jenis: 'panggil'; id: number; method: string; input: unknown }
  | { jenis: 'jawabOs'; id: number; ok: true; nilai: unknown }
  | { jenis: 'jawabOs'; id: number; ok: false; pesan: string }
  /** Close the database (SQLite folds the -wal into the file), answer `tertutup`, then exit. */
  | { jenis: 'tutup' };

export type DariPekerja =
  | { jenis: 'hasilBuka'; hasil: HasilBuka }
  | { jenis: 'hasilPulihkanAwal'; hasil: HasilPulihkanAwal }
  | { jenis: 'jawab'; id: number; jawaban: ApiJawaban<unknown> }
  | { jenis: 'kemajuan'; id: number; kemajuan: Kemajuan }
  /** `panggilan` is the id of the request that needs it, so the dialog opens over that request's window. */
  | { jenis: 'os'; id: number; panggilan: number; operasi: OperasiOs; args: unknown[] }
  /** Something found outside any request (damage found by the background check): main shows it in a dialog. */
  | { jenis: 'peringatan'; judul: string; pesan: string }
  | { jenis: 'tertutup' };
