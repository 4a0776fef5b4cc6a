// Records every change to the audited tables in `riwayat`, whatever code path made it: connection-local (TEMP)
// triggers, so the file on disk carries no trigger that needs Sinergi's own SQL function to run.
import type Sqlite from 'better-sqlite3';
import { PENGATURAN_PENGGUNA } from '../pengaturan/repository';

/** The OPD a row belongs to, as SQL over the row alias X (NEW or OLD). */
const OPD_DARI_SUB = `(SELECT p.opd_id FROM sub_kegiatan s JOIN kegiatan k ON k.id = s.kegiatan_id
  JOIN program p ON p.id = k.program_id WHERE s.id = X.sub_kegiatan_id)`;
const OPD_DARI_INDIKATOR = (id: string) => `(SELECT p.opd_id FROM indikator i
  LEFT JOIN sub_kegiatan s ON s.id = i.sub_kegiatan_id
  LEFT JOIN kegiatan k ON k.id = COALESCE(i.kegiatan_id, s.kegiatan_id)
  LEFT JOIN program p ON p.id = COALESCE(i.program_id, k.program_id) WHERE i.id = ${id})`;

/** The OPD of a Renstra program, kegiatan or indicator row, from its owner columns over X. */
const OPD_RENSTRA_PROGRAM = (programId: string) => `(SELECT r.opd_id FROM renstra_program p
  JOIN renstra r ON r.id = p.renstra_id WHERE p.id = ${programId})`;
const OPD_RENSTRA_PEMILIK = OPD_RENSTRA_PROGRAM(
  'COALESCE(X.program_id, (SELECT program_id FROM renstra_kegiatan WHERE id = X.kegiatan_id))',
);
const OPD_RENSTRA = '(SELECT opd_id FROM renstra WHERE id = X.renstra_id)';

export interface TabelDiaudit {
  label: string;
  /** The row's OPD as SQL over X, NULL for regency-wide rows. */
  opd: string;
  /** Only rows matching this SQL over X are recorded. */
  saring?: string;
  /** The columns that find the row again, for a table without a primary key. */
  kunci?: string[];
  /** What the row is, for a person, when its own code, wording or name does not say it (see uraianBaris). */
  uraian?: (isi: Record<string, unknown>) => string;
}

/** `impor` is not a table: it marks the summary entry of a bulk import (see catatImpor). */
export const LABEL_IMPOR = 'Impor berkas';

export const TABEL_DIAUDIT: Record<string, TabelDiaudit> = {
  program: { label: 'Program', opd: 'X.opd_id' },
  kegiatan: { label: 'Kegiatan', opd: '(SELECT opd_id FROM program WHERE id = X.program_id)' },
  sub_kegiatan: {
    label: 'Sub kegiatan',
    opd: '(SELECT p.opd_id FROM kegiatan k JOIN program p ON p.id = k.program_id WHERE k.id = X.kegiatan_id)',
  },
  anggaran: { label: 'Pagu', opd: OPD_DARI_SUB },
  target_periode: { label: 'Target', opd: OPD_DARI_SUB },
  realisasi: { label: 'Realisasi', opd: OPD_DARI_SUB },
  indikator: { label: 'Indikator', opd: OPD_DARI_INDIKATOR('X.id') },
  nilai_indikator: { label: 'Nilai indikator', opd: OPD_DARI_INDIKATOR('X.indikator_id') },
  verifikasi: { label: 'Verifikasi', opd: 'X.opd_id' },
  rapat: { label: 'Rapat', opd: 'NULL' },
  tindak_lanjut: { label: 'Tindak lanjut', opd: 'NULL' },
  tindak_lanjut_opd: { label: 'OPD penanggung jawab tindak lanjut', opd: 'X.opd_id' },
  kendala: { label: 'Kendala', opd: 'X.opd_id' },
  kategori_kendala: { label: 'Kategori kendala', opd: 'NULL' },
  kontrak: { label: 'Kontrak', opd: OPD_DARI_SUB },
  tenggat_pelaporan: { label: 'Batas waktu pelaporan', opd: 'NULL' },
  notulen_sah: { label: 'Pengesahan notulen', opd: 'NULL' },
  // Named by name: the code of an OPD says little to the reader.
  opd: { label: 'Perangkat Daerah', opd: 'X.id', uraian: (isi) => String(isi['nama']) },
  penandatangan: { label: 'Penandatangan', opd: 'NULL', uraian: (isi) => String(isi['nama']) },
  // Only what a person sets on the Pengaturan page: the last operators, remembered column mappings and the like are
  // written by the app as it runs, and recording them would bury the regency's own settings.
  pengaturan: {
    label: 'Pengaturan',
    opd: 'NULL',
    saring: `X.kunci IN (${Object.keys(PENGATURAN_PENGGUNA)
      .map((k) => `'${k}'`)
      .join(', ')})`,
    uraian: (isi) => PENGATURAN_PENGGUNA[String(isi['kunci'])]?.uraian ?? String(isi['kunci']),
  },
  rpjmd: {
    label: 'RPJMD',
    opd: 'NULL',
    uraian: (isi) => `Periode ${String(isi['tahun_awal'])}-${String(isi['tahun_akhir'])}`,
  },
  rpjmd_misi: { label: 'Misi RPJMD', opd: 'NULL' },
  rpjmd_tujuan: { label: 'Tujuan RPJMD', opd: 'NULL' },
  rpjmd_sasaran: { label: 'Sasaran RPJMD', opd: 'NULL' },
  indikator_sasaran: { label: 'Indikator sasaran RPJMD', opd: 'NULL' },
  nilai_indikator_sasaran: { label: 'Target indikator sasaran RPJMD', opd: 'NULL' },
  prioritas: { label: 'Prioritas pembangunan', opd: 'NULL' },
  // A link has no wording of its own: the entry is named by the priority and the sasaran (see uraianBaris).
  prioritas_sasaran: { label: 'Sasaran prioritas pembangunan', opd: 'NULL' },
  renstra: { label: 'Renstra PD', opd: 'X.opd_id' },
  renstra_tujuan: { label: 'Tujuan Renstra', opd: OPD_RENSTRA },
  renstra_sasaran: {
    label: 'Sasaran Renstra',
    opd: '(SELECT r.opd_id FROM renstra_tujuan t JOIN renstra r ON r.id = t.renstra_id WHERE t.id = X.tujuan_id)',
  },
  renstra_program: { label: 'Program Renstra', opd: OPD_RENSTRA },
  renstra_kegiatan: { label: 'Kegiatan Renstra', opd: OPD_RENSTRA_PROGRAM('X.program_id') },
  renstra_indikator: { label: 'Indikator Renstra', opd: OPD_RENSTRA_PEMILIK },
  renstra_target: {
    label: 'Target indikator Renstra',
    opd: OPD_RENSTRA_PROGRAM(`(SELECT COALESCE(i.program_id, k.program_id) FROM renstra_indikator i
      LEFT JOIN renstra_kegiatan k ON k.id = i.kegiatan_id WHERE i.id = X.indikator_id)`),
  },
  // No primary key: a year's pagu is found by its owner and year (at most one, by the partial unique indexes).
  renstra_pagu: {
    label: 'Pagu indikatif Renstra',
    opd: OPD_RENSTRA_PEMILIK,
    kunci: ['program_id', 'kegiatan_id', 'tahun'],
  },
  program_renstra: {
    label: 'Tautan program Renja ke Renstra',
    opd: '(SELECT opd_id FROM program WHERE id = X.program_id)',
  },
};

/** Bookkeeping columns change on every save; a change of only these is no change to the user. */
export const KOLOM_DIABAIKAN = new Set(['diubah_oleh', 'diubah_pada', 'dibuat_pada', 'isi', 'revisi']);

export interface InfoTabel {
  kolom: string[];
  kunci: string[];
}

export function infoTabel(sqlite: Sqlite.Database, tabel: string): InfoTabel | null {
  const info = sqlite.prepare(`SELECT name, pk, type FROM pragma_table_info(?)`).all(tabel) as {
    name: string;
    pk: number;
    type: string;
  }[];
  if (info.length === 0) return null;
  const kunci = info
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);
  // A BLOB (an image, a scanned document) would copy megabytes into the history on every save.
  const kolom = info.filter((c) => !KOLOM_DIABAIKAN.has(c.name) && c.type.toUpperCase() !== 'BLOB');
  return { kolom: kolom.map((c) => c.name), kunci: kunci.length > 0 ? kunci : (TABEL_DIAUDIT[tabel]?.kunci ?? []) };
}

const json = (alias: string, kolom: string[]) =>
  `json_object(${kolom.map((c) => `'${c}', ${alias}."${c}"`).join(', ')})`;

type Aksi = 'tambah' | 'ubah' | 'hapus';
/** Per connection: the CREATE statement of each trigger by kind, and the kinds a bulk write has lifted for now. */
const pemicuTerpasang = new WeakMap<Sqlite.Database, { sql: Record<Aksi, string[]>; diangkat: Set<Aksi> }>();
const nama = (tabel: string, aksi: Aksi) => `riwayat_${tabel}_${aksi}`;

/**
 * Runs `kerja` with some kinds of change not recorded row by row. For bulk writes: the sample data (nothing to
 * record) and imports, whose thousands of new rows get one summary entry instead, while an import that changes
 * existing rows still records every old value. The triggers of those kinds are dropped for the while and created
 * again after: a trigger that stayed and asked each row whether to record cost an import a third of its time.
 */
export async function tanpaRiwayat<T>(sqlite: Sqlite.Database, aksi: Aksi[], kerja: () => Promise<T>): Promise<T> {
  const terpasang = pemicuTerpasang.get(sqlite);
  // Kinds an enclosing call already lifted stay lifted until that call ends.
  const angkat = aksi.filter((a) => terpasang && !terpasang.diangkat.has(a));
  for (const a of angkat) {
    terpasang!.diangkat.add(a);
    for (const tabel of Object.keys(TABEL_DIAUDIT)) sqlite.exec(`DROP TRIGGER IF EXISTS temp.${nama(tabel, a)}`);
  }
  try {
    return await kerja();
  } finally {
    for (const a of angkat) {
      for (const buat of terpasang!.sql[a]) sqlite.exec(buat);
      terpasang!.diangkat.delete(a);
    }
  }
}

/** Installs the triggers on this connection; `operator` is read at each change. Tables not (yet) present are skipped. */
export function pasangRiwayat(sqlite: Sqlite.Database, operator: () => string): void {
  sqlite.function('sinergi_operator', { deterministic: false }, () => operator());
  const terpasang: Record<Aksi, string[]> = { tambah: [], ubah: [], hapus: [] };
  for (const [tabel, { opd, saring }] of Object.entries(TABEL_DIAUDIT)) {
    const info = infoTabel(sqlite, tabel);
    if (!info) continue;
    const untuk = (alias: 'NEW' | 'OLD') => (saring ? `(${saring.replaceAll('X.', `${alias}.`)})` : '1');
    const catat = (aksi: string, alias: 'NEW' | 'OLD', lama: string, baru: string) =>
      `INSERT INTO main.riwayat (tabel, kunci, aksi, lama, baru, opd_id, oleh)
       VALUES ('${tabel}', ${json(alias, info.kunci)}, '${aksi}', ${lama}, ${baru}, ${opd.replaceAll('X.', `${alias}.`)}, sinergi_operator());`;
    const lama = json('OLD', info.kolom);
    const baru = json('NEW', info.kolom);
    const buat: Record<Aksi, string> = {
      tambah: `CREATE TEMP TRIGGER ${nama(tabel, 'tambah')} AFTER INSERT ON main.${tabel}
        WHEN ${untuk('NEW')}
        BEGIN ${catat('tambah', 'NEW', 'NULL', baru)} END`,
      ubah: `CREATE TEMP TRIGGER ${nama(tabel, 'ubah')} AFTER UPDATE ON main.${tabel}
        WHEN ${lama} IS NOT ${baru} AND (${untuk('NEW')} OR ${untuk('OLD')})
        BEGIN ${catat('ubah', 'NEW', lama, baru)} END`,
      hapus: `CREATE TEMP TRIGGER ${nama(tabel, 'hapus')} AFTER DELETE ON main.${tabel}
        WHEN ${untuk('OLD')}
        BEGIN ${catat('hapus', 'OLD', lama, 'NULL')} END`,
    };
    for (const aksi of ['tambah', 'ubah', 'hapus'] as const) {
      sqlite.exec(`DROP TRIGGER IF EXISTS temp.${nama(tabel, aksi)}`);
      sqlite.exec(buat[aksi]);
      terpasang[aksi].push(buat[aksi]);
    }
  }
  pemicuTerpasang.set(sqlite, { sql: terpasang, diangkat: new Set() });
}

/** The one history entry of a bulk import; undone through the backup made just before it, not row by row. */
export function catatImpor(
  sqlite: Sqlite.Database,
  i: { berkas: string; ringkasan: string[]; opdId: number | null; operator: string },
): void {
  sqlite
    .prepare(
      `INSERT INTO riwayat (tabel, kunci, aksi, baru, opd_id, oleh) VALUES ('impor', json_object('berkas', ?), 'tambah', json_object('berkas', ?, 'ringkasan', ?), ?, ?)`,
    )
    .run(i.berkas, i.berkas, i.ringkasan.join('; '), i.opdId, i.operator);
}
