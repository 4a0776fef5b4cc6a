// The pagu, the targets and the realisation stored in the order of their keys (WITHOUT ROWID). Every period read of
// the dashboard, the grids and the report looks each sub kegiatan up in these three by (sub kegiatan, versi, bulan);
// as rowid tables each look-up went down the key's index and then down the table for the row, and a regency's
// period read spent most of its time there (a quarter less without, at 1x and at 4x the bench). Their rows are small: the
// realisation's texts are a few sentences.
import { sql, type Kysely } from 'kysely';

/** Parents before children: created and filled in this order (the targets reference the pagu). */
const TABEL = ['anggaran', 'target_periode', 'realisasi'] as const;

/**
 * Builds the three tables again from their own CREATE statements, with or without WITHOUT ROWID, keeping every row,
 * trigger and index. The rows are copied to TEMP tables before any table is dropped: dropping the pagu deletes the
 * targets that reference it (ON DELETE CASCADE), and SQLite's foreign keys cannot be switched off inside the
 * migration's transaction. A dropped table's triggers go before its implicit delete, so no revision or lock trigger
 * fires; they are created again after the rows are back.
 */
async function bangunUlang(db: Kysely<unknown>, tanpaRowid: boolean): Promise<void> {
  const daftar = sql.join(TABEL.map((t) => sql.lit(t)));
  const { rows: tabel } = await sql<{ name: string; sql: string }>`
    SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN (${daftar})`.execute(db);
  const { rows: lain } = await sql<{ sql: string }>`
    SELECT sql FROM sqlite_master WHERE type IN ('trigger', 'index') AND sql IS NOT NULL AND tbl_name IN (${daftar})
    ORDER BY type, name`.execute(db);
  const buat = new Map(tabel.map((t) => [t.name, t.sql]));
  for (const t of TABEL) {
    const asli = buat.get(t);
    if (!asli) throw new Error(`Tabel ${t} tidak ada di database`);
    const baru = tanpaRowid
      ? asli.replace(/\)\s*STRICT\s*$/, ') STRICT, WITHOUT ROWID')
      : asli.replace(/,\s*WITHOUT ROWID\s*$/, '');
    if (baru === asli) throw new Error(`Definisi tabel ${t} tidak seperti yang diharapkan migrasi ini`);
    buat.set(t, baru);
    await sql`CREATE TEMP TABLE ${sql.id(`salinan_${t}`)} AS SELECT * FROM main.${sql.id(t)}`.execute(db);
  }
  for (const t of [...TABEL].reverse()) await sql`DROP TABLE main.${sql.id(t)}`.execute(db);
  for (const t of TABEL) {
    await sql.raw(buat.get(t)!).execute(db);
    await sql`INSERT INTO main.${sql.id(t)} SELECT * FROM temp.${sql.id(`salinan_${t}`)}`.execute(db);
    await sql`DROP TABLE temp.${sql.id(`salinan_${t}`)}`.execute(db);
  }
  for (const { sql: s } of lain) await sql.raw(s).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await bangunUlang(db, true);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await bangunUlang(db, false);
}
