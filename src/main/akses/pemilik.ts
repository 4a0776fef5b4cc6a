// For each method that touches one OPD's rows: which OPD its raw input names, directly or through an entity. Read
// before validation, so an unreadable id yields null (refused for an Operator OPD) rather than a guess.
import type Sqlite from 'better-sqlite3';
import type { MetodeBerCakupan } from '../../shared/api/izin';

type Masukan = Record<string, unknown>;
/** The OPD ids the input touches; a null stands for one that could not be found. */
type Pemilik = (input: Masukan, sqlite: Sqlite.Database) => (number | null)[];

const angka = (nilai: unknown): number | null =>
  typeof nilai === 'number' && Number.isInteger(nilai) && nilai > 0 ? nilai : null;

function opdDari(sqlite: Sqlite.Database, sql: string, idEntitas: unknown): number | null {
  const n = angka(idEntitas);
  if (n === null) return null;
  return (sqlite.prepare(sql).pluck().get(n) as number | undefined) ?? null;
}

const OPD_SUB = `SELECT p.opd_id FROM sub_kegiatan s JOIN kegiatan k ON k.id = s.kegiatan_id
  JOIN program p ON p.id = k.program_id WHERE s.id = ?`;
const OPD_FOTO = `SELECT p.opd_id FROM dokumentasi d JOIN sub_kegiatan s ON s.id = d.sub_kegiatan_id
  JOIN kegiatan k ON k.id = s.kegiatan_id JOIN program p ON p.id = k.program_id WHERE d.id = ?`;

const opdId: Pemilik = (input) => [angka(input['opdId'])];

/** Complete by type: a method declared `opd` in IZIN without an entry here does not compile. */
export const PEMILIK: { [M in MetodeBerCakupan<'opd'>]: Pemilik } = {
  'renja.daftar': opdId,
  'realisasi.lembar': opdId,
  'kehadiran.lapor': opdId,
  // The rows of a paste name their sub kegiatan: each must be of the OPD the sheet is for.
  'realisasi.simpan': (input, sqlite) => [
    angka(input['opdId']),
    ...(Array.isArray(input['perubahan']) ? (input['perubahan'] as unknown[]) : []).map((b) =>
      opdDari(sqlite, OPD_SUB, (b as Masukan | null)?.['subKegiatanId']),
    ),
  ],
  'realisasi.verifikasi': opdId,
  'realisasi.bukaVerifikasi': opdId,
  'monev.kurvaS': opdId,
  'ekspor.formulir': opdId,
  'pelaporan.pesan': opdId,
  'renstra.daftar': opdId,
  'foto.daftar': (input, sqlite) => [opdDari(sqlite, OPD_SUB, input['subKegiatanId'])],
  'foto.tambah': (input, sqlite) => [opdDari(sqlite, OPD_SUB, input['subKegiatanId'])],
  'foto.hapus': (input, sqlite) => [opdDari(sqlite, OPD_FOTO, input['id'])],
};
