// How a signatory signs (Permendagri 1/2023): Plt./Plh./Pj. before the jabatan, the superior signed for (a.n.) and
// the office between (u.b.). The CHECK list is the one of shared/tandaTangan.ts (KEDUDUKAN), as of this version.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE penandatangan ADD COLUMN kedudukan TEXT NOT NULL DEFAULT ''
    CHECK (kedudukan IN ('', 'Plt.', 'Plh.', 'Pj.'))`.execute(db);
  await sql`ALTER TABLE penandatangan ADD COLUMN atas_nama TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`ALTER TABLE penandatangan ADD COLUMN untuk_beliau TEXT NOT NULL DEFAULT ''
    CHECK (untuk_beliau = '' OR atas_nama <> '')`.execute(db);
  // Letters signed by the Sekretaris Daerah were printed "a.n. <KEPALA DAERAH>" by a guess from the jabatan; that
  // line now belongs to the signatory, so the Sekda's letters keep it. Other signatories start in their own name.
  await sql`UPDATE penandatangan SET atas_nama = (
      SELECT CASE
        WHEN nama_daerah LIKE 'Kota %' THEN 'Wali Kota ' || substr(nama_daerah, 6)
        WHEN nama_daerah LIKE 'Kabupaten %' THEN 'Bupati ' || substr(nama_daerah, 11)
        ELSE 'Bupati ' || nama_daerah END
      FROM (SELECT trim(CASE WHEN pemda LIKE 'Pemerintah %' THEN substr(pemda, 12) ELSE pemda END) AS nama_daerah
            FROM (SELECT COALESCE((SELECT json_extract(nilai, '$.namaPemda') FROM pengaturan WHERE kunci = 'instansi'),
                                  'Pemerintah Kabupaten Contoh') AS pemda)))
    WHERE lower(trim(jabatan)) = 'sekretaris daerah'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE penandatangan DROP COLUMN untuk_beliau`.execute(db);
  await sql`ALTER TABLE penandatangan DROP COLUMN atas_nama`.execute(db);
  await sql`ALTER TABLE penandatangan DROP COLUMN kedudukan`.execute(db);
}
