// Row revisions (a save against an older revision is refused) and the verification lock, both enforced by SQLite
// itself, so no code path (grid, import, restore from Riwayat, a future feature) can forget them.
import { sql, type Kysely } from 'kysely';

/** Tables whose rows a user edits, keyed by `id` unless stated. */
export const TABEL_BEREVISI: Record<string, string[]> = {
  opd: ['id'],
  penandatangan: ['id'],
  program: ['id'],
  kegiatan: ['id'],
  sub_kegiatan: ['id'],
  indikator: ['id'],
  realisasi: ['sub_kegiatan_id', 'bulan'],
  rapat: ['id'],
  tindak_lanjut: ['id'],
  kendala: ['id'],
  rpjmd: ['id'],
  rpjmd_misi: ['id'],
  rpjmd_tujuan: ['id'],
  rpjmd_sasaran: ['id'],
  indikator_sasaran: ['id'],
  prioritas: ['id'],
  renstra_program: ['id'],
  renstra_kegiatan: ['id'],
  renstra_indikator: ['id'],
  pengaturan: ['kunci'],
};

/**
 * Parts of an edited row kept in another table: a change there is a change of the row. Inserts count too, except
 * for the Renja's budget and targets, which an import inserts by the thousand for rows it has just created.
 */
const BAGIAN_BARIS: { tabel: string; kolom: string; induk: string; sisip: boolean }[] = [
  { tabel: 'anggaran', kolom: 'sub_kegiatan_id', induk: 'sub_kegiatan', sisip: false },
  { tabel: 'target_periode', kolom: 'sub_kegiatan_id', induk: 'sub_kegiatan', sisip: false },
  { tabel: 'rapat_peserta', kolom: 'rapat_id', induk: 'rapat', sisip: true },
  { tabel: 'rapat_acara', kolom: 'rapat_id', induk: 'rapat', sisip: true },
  { tabel: 'rapat_pembahasan', kolom: 'rapat_id', induk: 'rapat', sisip: true },
  { tabel: 'tindak_lanjut_opd', kolom: 'tindak_lanjut_id', induk: 'tindak_lanjut', sisip: true },
  { tabel: 'renstra_target', kolom: 'indikator_id', induk: 'renstra_indikator', sisip: true },
  { tabel: 'nilai_indikator_sasaran', kolom: 'indikator_id', induk: 'indikator_sasaran', sisip: true },
  { tabel: 'prioritas_sasaran', kolom: 'prioritas_id', induk: 'prioritas', sisip: true },
];

/** The message every lock trigger raises; dispatch turns it into the period's own Indonesian message. */
export const PESAN_TERKUNCI = 'sinergi:terkunci';

const PERIODE_TERKUNCI = (opd: string, tahun: string, bulan: string) =>
  `EXISTS (SELECT 1 FROM verifikasi v WHERE v.opd_id = ${opd} AND v.tahun = ${tahun} AND v.bulan = ${bulan}
    AND v.status = 'diverifikasi')`;

/** OPD and year of a sub kegiatan, and of an indicator of any level, as SQL over the row alias X. */
const PROGRAM_DARI_SUB = `(SELECT k.program_id FROM sub_kegiatan s JOIN kegiatan k ON k.id = s.kegiatan_id
  WHERE s.id = X.sub_kegiatan_id)`;
const PROGRAM_DARI_INDIKATOR = `(SELECT COALESCE(i.program_id, k.program_id) FROM indikator i
  LEFT JOIN sub_kegiatan s ON s.id = i.sub_kegiatan_id
  LEFT JOIN kegiatan k ON k.id = COALESCE(i.kegiatan_id, s.kegiatan_id) WHERE i.id = X.indikator_id)`;

const DIKUNCI: { tabel: string; program: string }[] = [
  { tabel: 'realisasi', program: PROGRAM_DARI_SUB },
  { tabel: 'nilai_indikator', program: PROGRAM_DARI_INDIKATOR },
  { tabel: 'dokumentasi', program: PROGRAM_DARI_SUB },
];

function pemicuKunci(tabel: string, program: string, aksi: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  const alias = aksi === 'DELETE' ? 'OLD' : 'NEW';
  const prog = program.replaceAll('X.', `${alias}.`);
  const syarat = PERIODE_TERKUNCI(
    `(SELECT opd_id FROM program WHERE id = ${prog})`,
    `(SELECT tahun FROM program WHERE id = ${prog})`,
    `${alias}.bulan`,
  );
  // An update that moves a row out of a locked period is caught by the OLD side.
  const lama =
    aksi === 'UPDATE'
      ? ` OR ${PERIODE_TERKUNCI(
          `(SELECT opd_id FROM program WHERE id = ${program.replaceAll('X.', 'OLD.')})`,
          `(SELECT tahun FROM program WHERE id = ${program.replaceAll('X.', 'OLD.')})`,
          'OLD.bulan',
        )}`
      : '';
  return `CREATE TRIGGER kunci_${tabel}_${aksi.toLowerCase()} BEFORE ${aksi} ON ${tabel}
    WHEN ${syarat}${lama} BEGIN SELECT RAISE(ABORT, '${PESAN_TERKUNCI}'); END`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [tabel, kunci] of Object.entries(TABEL_BEREVISI)) {
    await sql.raw(`ALTER TABLE ${tabel} ADD COLUMN revisi INTEGER NOT NULL DEFAULT 1`).execute(db);
    const cocok = kunci.map((k) => `${k} = NEW.${k}`).join(' AND ');
    // Fires once per saved row; the nested update changes revisi, so the WHEN stops it from firing again.
    await sql
      .raw(
        `CREATE TRIGGER revisi_${tabel} AFTER UPDATE ON ${tabel} WHEN NEW.revisi = OLD.revisi
         BEGIN UPDATE ${tabel} SET revisi = OLD.revisi + 1 WHERE ${cocok}; END`,
      )
      .execute(db);
  }
  for (const { tabel, kolom, induk, sisip } of BAGIAN_BARIS) {
    const aksi: [string, string][] = [
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ];
    if (sisip) aksi.push(['INSERT', 'NEW']);
    for (const [a, alias] of aksi) {
      await sql
        .raw(
          `CREATE TRIGGER revisi_${tabel}_${a.toLowerCase()} AFTER ${a} ON ${tabel}
           BEGIN UPDATE ${induk} SET revisi = revisi + 1 WHERE id = ${alias}.${kolom}; END`,
        )
        .execute(db);
    }
  }
  // Why the period was reopened, kept on the row so Riwayat records it with the change of status.
  await sql`ALTER TABLE verifikasi ADD COLUMN alasan_buka TEXT NOT NULL DEFAULT ''`.execute(db);
  for (const { tabel, program } of DIKUNCI) {
    for (const aksi of ['INSERT', 'UPDATE', 'DELETE'] as const) {
      await sql.raw(pemicuKunci(tabel, program, aksi)).execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { tabel } of DIKUNCI) {
    for (const aksi of ['insert', 'update', 'delete']) await sql.raw(`DROP TRIGGER kunci_${tabel}_${aksi}`).execute(db);
  }
  await sql`ALTER TABLE verifikasi DROP COLUMN alasan_buka`.execute(db);
  for (const { tabel, sisip } of BAGIAN_BARIS) {
    for (const a of sisip ? ['update', 'delete', 'insert'] : ['update', 'delete']) {
      await sql.raw(`DROP TRIGGER revisi_${tabel}_${a}`).execute(db);
    }
  }
  for (const tabel of Object.keys(TABEL_BEREVISI)) {
    await sql.raw(`DROP TRIGGER revisi_${tabel}`).execute(db);
    await sql.raw(`ALTER TABLE ${tabel} DROP COLUMN revisi`).execute(db);
  }
}
