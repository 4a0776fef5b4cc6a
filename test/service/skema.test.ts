// The row types the code compiles against (src/main/db/schema.ts) and the tables the migrations build must not drift:
// the same tables and columns, NULL allowed exactly where the type allows null, and every CHECK (x IN (...)) list equal
// to the string literals of the column's type, which come from the same constants as the zod enums.
import { resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { penandatanganInput } from '../../src/shared/api/penandatangan';
import { KLASTER } from '../../src/shared/opd';
import { KEDUDUKAN } from '../../src/shared/tandaTangan';
import { tempBackend, type TempBackend } from '../helpers/backend';

interface KolomTipe {
  nullable: boolean;
  /** The string literals of the column's type; null when it is not a union of literals only. */
  pilihan: string[] | null;
}

/** Every table of the `Database` interface with its columns, read with the compiler from schema.ts. */
function tabelMenurutTipe(): Map<string, Map<string, KolomTipe>> {
  const berkas = resolve('src/main/db/schema.ts');
  const program = ts.createProgram([berkas], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  const modul = checker.getSymbolAtLocation(program.getSourceFile(berkas)!)!;
  const database = checker.getExportsOfModule(modul).find((s) => s.name === 'Database')!;
  const hasil = new Map<string, Map<string, KolomTipe>>();
  for (const tabel of checker.getDeclaredTypeOfSymbol(database).getProperties()) {
    const kolom = new Map<string, KolomTipe>();
    for (const k of checker.getTypeOfSymbol(tabel).getProperties()) {
      let tipe = checker.getTypeOfSymbol(k);
      // Generated<T> and ColumnType<S, I, U>: what a select returns is what the column holds.
      const pilih = tipe.getProperty('__select__');
      if (pilih) tipe = checker.getTypeOfSymbol(pilih);
      const bagian = tipe.isUnion() ? tipe.types : [tipe];
      const bukanNull = bagian.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
      const literal = bukanNull.filter((t) => t.isStringLiteral()).map((t) => (t as ts.StringLiteralType).value);
      kolom.set(k.name, {
        nullable: bukanNull.length < bagian.length,
        pilihan: literal.length > 0 && literal.length === bukanNull.length ? literal.sort() : null,
      });
    }
    hasil.set(tabel.name, kolom);
  }
  return hasil;
}

const keCamel = (nama: string) => nama.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `kolom TEXT ... CHECK (kolom IN ('a', 'b'))` in a table's SQL; a list joined with OR to another test is skipped. */
function daftarCheck(sqlTabel: string): Map<string, string[]> {
  const hasil = new Map<string, string[]>();
  for (const m of sqlTabel.matchAll(/CHECK\s*\(\s*(\w+)\s+IN\s*\(([^)]*)\)\s*(OR\b)?/g)) {
    if (m[3]) continue;
    const nilai = [...m[2]!.matchAll(/'([^']*)'/g)].map((x) => x[1]!);
    if (nilai.length > 0) hasil.set(keCamel(m[1]!), nilai.sort());
  }
  return hasil;
}

describe('the schema types and the migrated database agree', () => {
  let t: TempBackend;
  let sqlite: Sqlite.Database;
  let tipe: Map<string, Map<string, KolomTipe>>;
  beforeAll(async () => {
    t = await tempBackend();
    sqlite = new Sqlite(t.dataPath, { readonly: true });
    tipe = tabelMenurutTipe();
  }, 60_000);
  afterAll(async () => {
    sqlite.close();
    await t.dispose();
  });

  const tabelDb = () =>
    (
      sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
        name: string;
        sql: string;
      }[]
    ).filter((r) => !r.name.startsWith('kysely_migration'));

  it('has the same tables', () => {
    expect(
      tabelDb()
        .map((r) => keCamel(r.name))
        .sort(),
    ).toEqual([...tipe.keys()].sort());
  });

  it('has the same columns, NULL where the type allows null, and the same CHECK lists', () => {
    const beda: string[] = [];
    for (const { name, sql } of tabelDb()) {
      const kolomTipe = tipe.get(keCamel(name));
      if (!kolomTipe) continue;
      const info = sqlite.prepare(`PRAGMA table_info(${name})`).all() as {
        name: string;
        notnull: 0 | 1;
        pk: number;
      }[];
      const check = daftarCheck(sql);
      // A column that is a foreign key to a listed column is held to that list (target_periode.versi by anggaran).
      const asing = sqlite.prepare(`PRAGMA foreign_key_list(${name})`).all() as {
        table: string;
        from: string;
        to: string;
      }[];
      for (const fk of asing) {
        const induk = tabelDb().find((r) => r.name === fk.table);
        const daftar = induk && daftarCheck(induk.sql).get(keCamel(fk.to));
        if (daftar && !check.has(keCamel(fk.from))) check.set(keCamel(fk.from), daftar);
      }
      for (const c of info) {
        const nama = keCamel(c.name);
        const k = kolomTipe.get(nama);
        if (!k) {
          beda.push(`${name}.${c.name}: ada di basis data, tidak ada di schema.ts`);
          continue;
        }
        // An INTEGER PRIMARY KEY is never null although SQLite reports notnull 0.
        const bolehNull = c.notnull === 0 && c.pk === 0;
        if (bolehNull !== k.nullable)
          beda.push(`${name}.${c.name}: basis data ${bolehNull ? 'boleh' : 'tidak boleh'} NULL, tipe sebaliknya`);
        const daftar = check.get(nama);
        if (daftar && JSON.stringify(daftar) !== JSON.stringify(k.pilihan))
          beda.push(`${name}.${c.name}: CHECK ${daftar.join('|')} ≠ tipe ${k.pilihan?.join('|') ?? 'string'}`);
        if (!daftar && k.pilihan) beda.push(`${name}.${c.name}: tipe ${k.pilihan.join('|')} tanpa CHECK`);
      }
      for (const nama of kolomTipe.keys()) {
        if (!info.some((c) => keCamel(c.name) === nama))
          beda.push(`${name}.${nama}: ada di schema.ts, tidak ada di tabel`);
      }
    }
    expect(beda).toEqual([]);
  });

  it('reads the enums from the constants the zod schemas use', () => {
    expect(tipe.get('opd')!.get('klaster')).toEqual({ nullable: false, pilihan: [...KLASTER].sort() });
    const sqlOpd = tabelDb().find((r) => r.name === 'opd')!.sql;
    expect(daftarCheck(sqlOpd).get('klaster')).toEqual([...KLASTER].sort());
    // The signatory's kedudukan: the zod enum of penandatanganInput and the CHECK of 0010 from KEDUDUKAN.
    expect(tipe.get('penandatangan')!.get('kedudukan')).toEqual({ nullable: false, pilihan: [...KEDUDUKAN].sort() });
    const sqlTtd = tabelDb().find((r) => r.name === 'penandatangan')!.sql;
    expect(daftarCheck(sqlTtd).get('kedudukan')).toEqual([...KEDUDUKAN].sort());
    expect(penandatanganInput.shape.kedudukan.unwrap().options).toEqual([...KEDUDUKAN]);
  });
});
