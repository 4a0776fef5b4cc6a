// Coordination meetings: invitees, agenda, minutes, the outgoing-letter register, the document archive,
// follow-ups (tindak lanjut) and obstacles (kendala) with the meetings that reviewed them.
import { sql, type Kysely } from 'kysely';

const SEKARANG = sql.raw(`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export async function up(db: Kysely<unknown>): Promise<void> {
  // Signatories may leave office: the meeting keeps its data and asks for a new signatory (SET NULL).
  await sql`CREATE TABLE rapat (
    id INTEGER PRIMARY KEY,
    jenis TEXT NOT NULL
      CHECK (jenis IN ('rakor_triwulan', 'pra_rakorev', 'rakorev', 'rakerda', 'bimtek', 'lainnya')),
    judul TEXT NOT NULL,
    tahun INTEGER CHECK (tahun IS NULL OR tahun BETWEEN 2000 AND 2100),
    triwulan INTEGER CHECK (triwulan IS NULL OR triwulan BETWEEN 1 AND 4),
    tanggal TEXT NOT NULL CHECK (tanggal GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    waktu_mulai TEXT NOT NULL CHECK (waktu_mulai GLOB '[0-2][0-9]:[0-5][0-9]'),
    waktu_selesai TEXT NOT NULL DEFAULT ''
      CHECK (waktu_selesai IN ('', 'selesai') OR waktu_selesai GLOB '[0-2][0-9]:[0-5][0-9]'),
    tempat TEXT NOT NULL,
    pimpinan_id INTEGER REFERENCES penandatangan(id) ON DELETE SET NULL,
    penandatangan_id INTEGER REFERENCES penandatangan(id) ON DELETE SET NULL,
    atas_nama TEXT NOT NULL DEFAULT '',
    tujuan TEXT NOT NULL DEFAULT 'kepala' CHECK (tujuan IN ('kepala', 'sekretaris')),
    nomor_surat TEXT NOT NULL DEFAULT '',
    tanggal_surat TEXT NOT NULL DEFAULT '',
    sifat TEXT NOT NULL DEFAULT 'Biasa' CHECK (sifat IN ('Biasa', 'Segera', 'Penting')),
    lampiran INTEGER CHECK (lampiran IS NULL OR lampiran BETWEEN 0 AND 99),
    hal TEXT NOT NULL,
    pembuka TEXT NOT NULL DEFAULT '',
    penutup TEXT NOT NULL DEFAULT '',
    narasumber TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(narasumber)),
    tembusan TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tembusan)),
    notulis_nama TEXT NOT NULL DEFAULT '',
    notulis_nip TEXT NOT NULL DEFAULT '' CHECK (notulis_nip = '' OR length(notulis_nip) = 18),
    pembukaan TEXT NOT NULL DEFAULT '',
    kesimpulan TEXT NOT NULL DEFAULT '',
    dibuat_pada TEXT NOT NULL DEFAULT ${SEKARANG},
    diubah_pada TEXT NOT NULL DEFAULT ${SEKARANG}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX rapat_tanggal ON rapat (tanggal)`.execute(db);
  await sql`CREATE INDEX rapat_pimpinan ON rapat (pimpinan_id)`.execute(db);
  await sql`CREATE INDEX rapat_penandatangan ON rapat (penandatangan_id)`.execute(db);

  // An OPD invited to a meeting cannot be deleted: the invitation and its minutes must stay readable. The default
  // action (NO ACTION), not RESTRICT: SQLite reports RESTRICT as SQLITE_CONSTRAINT_TRIGGER, which the OPD
  // repository would not recognise as "still in use".
  await sql`CREATE TABLE rapat_peserta (
    id INTEGER PRIMARY KEY,
    rapat_id INTEGER NOT NULL REFERENCES rapat(id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    opd_id INTEGER REFERENCES opd(id),
    nama TEXT NOT NULL DEFAULT '',
    jabatan TEXT NOT NULL DEFAULT '',
    instansi TEXT NOT NULL DEFAULT '',
    diundang INTEGER NOT NULL DEFAULT 1 CHECK (diundang IN (0, 1)),
    kehadiran TEXT NOT NULL DEFAULT '' CHECK (kehadiran IN ('', 'hadir', 'diwakili', 'tidak_hadir')),
    diwakili_oleh TEXT NOT NULL DEFAULT '',
    CHECK (opd_id IS NOT NULL OR nama <> ''),
    UNIQUE (rapat_id, opd_id)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX rapat_peserta_opd ON rapat_peserta (opd_id)`.execute(db);

  await sql`CREATE TABLE rapat_acara (
    id INTEGER PRIMARY KEY,
    rapat_id INTEGER NOT NULL REFERENCES rapat(id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    uraian TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX rapat_acara_rapat ON rapat_acara (rapat_id)`.execute(db);

  // Minutes per agenda item and speaker; removing an agenda item keeps what was said (under "lain-lain").
  await sql`CREATE TABLE rapat_pembahasan (
    id INTEGER PRIMARY KEY,
    rapat_id INTEGER NOT NULL REFERENCES rapat(id) ON DELETE CASCADE,
    acara_id INTEGER REFERENCES rapat_acara(id) ON DELETE SET NULL,
    urutan INTEGER NOT NULL,
    pembicara TEXT NOT NULL DEFAULT '',
    uraian TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX rapat_pembahasan_rapat ON rapat_pembahasan (rapat_id)`.execute(db);
  await sql`CREATE INDEX rapat_pembahasan_acara ON rapat_pembahasan (acara_id)`.execute(db);

  // Buku agenda surat keluar: a number once issued stays taken even if its meeting is deleted.
  await sql`CREATE TABLE surat_keluar (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    nomor_urut INTEGER NOT NULL CHECK (nomor_urut > 0),
    nomor TEXT NOT NULL,
    hal TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    tujuan TEXT NOT NULL DEFAULT '',
    rapat_id INTEGER UNIQUE REFERENCES rapat(id) ON DELETE SET NULL,
    dibuat_pada TEXT NOT NULL DEFAULT ${SEKARANG},
    UNIQUE (tahun, nomor_urut)
  ) STRICT`.execute(db);

  // Generated documents; jenis is checked in code so later reports can archive here without a migration.
  await sql`CREATE TABLE dokumen (
    id INTEGER PRIMARY KEY,
    rapat_id INTEGER REFERENCES rapat(id) ON DELETE CASCADE,
    jenis TEXT NOT NULL,
    nama_berkas TEXT NOT NULL,
    isi BLOB NOT NULL,
    dibuat_pada TEXT NOT NULL DEFAULT ${SEKARANG}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX dokumen_rapat ON dokumen (rapat_id)`.execute(db);

  // A meeting that decided follow-ups or raised obstacles cannot be deleted while they exist.
  await sql`CREATE TABLE tindak_lanjut (
    id INTEGER PRIMARY KEY,
    rapat_id INTEGER NOT NULL REFERENCES rapat(id),
    uraian TEXT NOT NULL,
    batas_waktu TEXT,
    status TEXT NOT NULL DEFAULT 'belum' CHECK (status IN ('belum', 'proses', 'selesai')),
    bukti TEXT NOT NULL DEFAULT '',
    dibuat_pada TEXT NOT NULL DEFAULT ${SEKARANG},
    diubah_pada TEXT NOT NULL DEFAULT ${SEKARANG}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX tindak_lanjut_rapat ON tindak_lanjut (rapat_id)`.execute(db);

  await sql`CREATE TABLE tindak_lanjut_opd (
    tindak_lanjut_id INTEGER NOT NULL REFERENCES tindak_lanjut(id) ON DELETE CASCADE,
    opd_id INTEGER NOT NULL REFERENCES opd(id),
    PRIMARY KEY (tindak_lanjut_id, opd_id)
  ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX tindak_lanjut_opd_opd ON tindak_lanjut_opd (opd_id)`.execute(db);

  await sql`CREATE TABLE tindak_lanjut_tinjauan (
    tindak_lanjut_id INTEGER NOT NULL REFERENCES tindak_lanjut(id) ON DELETE CASCADE,
    rapat_id INTEGER NOT NULL REFERENCES rapat(id) ON DELETE CASCADE,
    catatan TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tindak_lanjut_id, rapat_id)
  ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX tindak_lanjut_tinjauan_rapat ON tindak_lanjut_tinjauan (rapat_id)`.execute(db);

  await sql`CREATE TABLE kendala (
    id INTEGER PRIMARY KEY,
    rapat_id INTEGER NOT NULL REFERENCES rapat(id),
    uraian TEXT NOT NULL,
    opd_id INTEGER REFERENCES opd(id),
    tingkat TEXT NOT NULL DEFAULT 'opd' CHECK (tingkat IN ('opd', 'forum_rakor', 'dprd', 'provinsi', 'pusat')),
    status TEXT NOT NULL DEFAULT 'belum' CHECK (status IN ('belum', 'proses', 'selesai')),
    solusi TEXT NOT NULL DEFAULT '',
    dibuat_pada TEXT NOT NULL DEFAULT ${SEKARANG},
    diubah_pada TEXT NOT NULL DEFAULT ${SEKARANG}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX kendala_rapat ON kendala (rapat_id)`.execute(db);
  await sql`CREATE INDEX kendala_opd ON kendala (opd_id)`.execute(db);

  await sql`CREATE TABLE kendala_tinjauan (
    kendala_id INTEGER NOT NULL REFERENCES kendala(id) ON DELETE CASCADE,
    rapat_id INTEGER NOT NULL REFERENCES rapat(id) ON DELETE CASCADE,
    catatan TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kendala_id, rapat_id)
  ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX kendala_tinjauan_rapat ON kendala_tinjauan (rapat_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'kendala_tinjauan',
    'kendala',
    'tindak_lanjut_tinjauan',
    'tindak_lanjut_opd',
    'tindak_lanjut',
    'dokumen',
    'surat_keluar',
    'rapat_pembahasan',
    'rapat_acara',
    'rapat_peserta',
    'rapat',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
