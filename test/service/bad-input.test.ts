// Every API method, generated from the contract (so methods added later are covered): wrong types, missing fields,
// huge strings, SQL metacharacters and Unicode each get a validation error and change nothing.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../src/shared/api';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';

interface Skema {
  type?: string | string[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  anyOf?: Skema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  maxLength?: number;
  properties?: Record<string, Skema>;
  required?: string[];
  items?: Skema;
}

interface Kasus {
  label: string;
  input: unknown;
  /** The field the validation error must name ('' for the whole input). */
  kolom: string;
}

const SQL = ["'; DROP TABLE opd; --", '1 OR 1=1', '" OR ""="', "x'); DELETE FROM pengaturan; --"];
const UNICODE = ['ｅｋｏｎｏｍｉ', '١٢٣٤', '\u202Eabc', 'Ω≈ç√∫', '😀🇮🇩', 'a\u0000b', '\uD800'];
const JENIS_SALAH: [string, unknown][] = [
  ['teks', 'teks'],
  ['angka', 42],
  ['ya/tidak', true],
  ['null', null],
  ['daftar', [1, 2]],
  ['objek', { a: 1 }],
];

function jenisDiizinkan(s: Skema): Set<string> {
  const jenis = new Set<string>();
  for (const bagian of s.anyOf ?? [s]) {
    for (const t of [bagian.type ?? []].flat()) jenis.add(t === 'integer' ? 'number' : t);
    if (bagian.enum) jenis.add('string');
  }
  return jenis;
}

function cocokJenis(nilai: unknown, jenis: Set<string>): boolean {
  if (nilai === null) return jenis.has('null');
  if (Array.isArray(nilai)) return jenis.has('array');
  return jenis.has(typeof nilai);
}

/** A string the schema restricts (a code, a choice, a format) must refuse SQL and look-alike Unicode. */
function terbatas(s: Skema): boolean {
  return (s.anyOf ?? [s]).some((b) => b.enum !== undefined || b.pattern !== undefined || b.format !== undefined);
}

function nilaiSalah(s: Skema): [string, unknown][] {
  const jenis = jenisDiizinkan(s);
  const hasil = JENIS_SALAH.filter(([, v]) => !cocokJenis(v, jenis));
  if (jenis.has('number')) {
    hasil.push(['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity]);
    const bulat = (s.anyOf ?? [s]).some((b) => b.type === 'integer');
    if (bulat) hasil.push(['pecahan', 1.5]);
    if (!jenis.has('string'))
      for (const v of [...SQL, '١٢', '１２', '12']) hasil.push([`teks ${JSON.stringify(v)}`, v]);
  }
  if (jenis.has('string')) {
    const maks = Math.max(...(s.anyOf ?? [s]).map((b) => b.maxLength ?? 2_000_000));
    hasil.push([`teks ${maks + 1} karakter`, 'x'.repeat(maks + 1)]);
    if (terbatas(s)) for (const v of [...SQL, ...UNICODE]) hasil.push([JSON.stringify(v), v]);
  }
  return hasil;
}

/** Cases for one node: bad values for it, then for each property (nested objects and array items too). */
function kasusUntuk(s: Skema, bungkus: (nilai: unknown) => unknown, kolom: string): Kasus[] {
  const kasus: Kasus[] = nilaiSalah(s).map(([label, nilai]) => ({
    label: `${kolom || '(input)'} = ${label}`,
    input: bungkus(nilai),
    kolom,
  }));
  for (const bagian of s.anyOf ?? [s]) {
    for (const [nama, anak] of Object.entries(bagian.properties ?? {})) {
      const jalur = kolom ? `${kolom}.${nama}` : nama;
      kasus.push(...kasusUntuk(anak, (nilai) => bungkus({ [nama]: nilai }), jalur));
    }
    if (bagian.items) {
      kasus.push(...kasusUntuk(bagian.items, (nilai) => bungkus([nilai]), kolom ? `${kolom}.0` : '0'));
    }
  }
  return kasus;
}

function semuaKasus(nama: string): Kasus[] {
  const skema = z.toJSONSchema(contract[nama as keyof typeof contract].input as z.ZodType, {
    io: 'input',
    unrepresentable: 'any',
  }) as Skema;
  const kasus: Kasus[] = [
    // The whole input of a wrong type; SQL and Unicode where an object is expected.
    ...[
      ...JENIS_SALAH.filter(([l]) => l !== 'objek' && l !== 'null'),
      ...SQL.map((v) => [v, v]),
      ...UNICODE.map((v) => [v, v]),
    ].map(([label, input]) => ({ label: `(input) = ${String(label)}`, input, kolom: '' })),
  ];
  // A settings form that sends nothing keeps every stored value (partial save): not bad input.
  if (skema.required?.length && !TERSIMPAN_SELALU.has(nama))
    kasus.push({ label: 'tanpa isian', input: {}, kolom: skema.required[0]! });
  for (const [properti, anak] of Object.entries(skema.properties ?? {})) {
    kasus.push(...kasusUntuk(anak, (nilai) => ({ [properti]: nilai }), properti));
  }
  return kasus;
}

/** Saves of a row that always exists (the settings): an empty input keeps it as it is. */
const TERSIMPAN_SELALU = new Set(['pengaturan.simpan', 'pengaturan.simpanMonev']);

function berkasDi(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
}

const NIP = '197001011995031001';

/**
 * An input of the method's shape that passes its schema where it can, with every id unknown (999999), every year
 * one without data (2099) and every free text carrying characters that break documents: what the handler does with
 * a well-formed request that names nothing that exists.
 */
function contohBentuk(s: Skema, nama: string): unknown {
  const bagian = (s.anyOf ?? [s]).find((b) => b.type !== 'null') ?? s;
  if (bagian.enum) return bagian.enum[0];
  const jenis = [bagian.type ?? []].flat()[0];
  if (jenis === 'integer' || jenis === 'number') {
    if (/id$|Id$/.test(nama)) return 999999;
    if (/^tahun/.test(nama)) return 2099;
    const bawah = bagian.minimum ?? 1;
    return Math.min(Math.max(bawah, nama === 'bulan' ? 6 : 1), bagian.maximum ?? Number.MAX_SAFE_INTEGER);
  }
  if (jenis === 'boolean') return true;
  if (jenis === 'array') {
    const n = Math.max(bagian.minItems ?? 0, 1);
    return bagian.items ? Array.from({ length: n }, () => contohBentuk(bagian.items!, nama)) : [];
  }
  if (jenis === 'object' || bagian.properties) {
    return Object.fromEntries(Object.entries(bagian.properties ?? {}).map(([k, v]) => [k, contohBentuk(v, k)]));
  }
  if (/nip/i.test(nama)) return NIP;
  if (/^tanggal|batasWaktu/.test(nama)) return '2099-01-01';
  if (/^waktu/.test(nama)) return '09:00';
  if (nama === 'namaBerkas') return 'berkas.xlsx';
  if (nama === 'base64') return 'UEsDBA==';
  if (nama === 'path' || nama === 'folder') return '/tidak/ada/folder';
  if (nama === 'email') return 'a@b.go.id';
  if (nama === 'polaNomorSurat') return '{urut}/Ekbang';
  if (nama === 'kodePos') return '93771';
  if (bagian.pattern) return '1.01';
  return 'Teks\uFFFF\u202E uji';
}

describe('Bad input to every API method', () => {
  let t: TempBackend;
  let b: Backend;
  beforeAll(async () => {
    t = await tempBackend();
    b = t.b;
    await b.call('sistem.muatDataContoh', {});
  });
  afterAll(() => t.dispose());

  it.each(Object.keys(contract))(
    '%s refuses each bad input with a validation error and writes nothing',
    async (nama) => {
      const sebelum = dumpDatabase(b);
      const berkasSebelum = berkasDi(dirname(t.dataPath));
      const salah: string[] = [];
      for (const k of semuaKasus(nama)) {
        const perubahan = b.ctx.sqlite.prepare('SELECT total_changes()').pluck().get();
        const jawaban = await b.handle(nama, k.input);
        if (jawaban.ok) {
          salah.push(`${k.label}: diterima`);
        } else if (jawaban.galat.jenis !== 'validasi') {
          salah.push(`${k.label}: ${jawaban.galat.jenis} (${jawaban.galat.pesan})`);
        } else if (
          k.kolom &&
          !jawaban.galat.rincian.some((r) => r.kolom === k.kolom || r.kolom.startsWith(`${k.kolom}.`))
        ) {
          salah.push(`${k.label}: galat tidak menyebut ${k.kolom} (${JSON.stringify(jawaban.galat.rincian)})`);
        } else if (!jawaban.galat.pesan.trim()) {
          salah.push(`${k.label}: pesan kosong`);
        }
        if (b.ctx.sqlite.prepare('SELECT total_changes()').pluck().get() !== perubahan) {
          salah.push(`${k.label}: basis data berubah`);
        }
      }
      expect(salah).toEqual([]);
      expect(dumpDatabase(b)).toBe(sebelum);
      expect(berkasDi(dirname(t.dataPath))).toEqual(berkasSebelum);
    },
  );

  it('generates the expected kinds of case from a schema', () => {
    const label = semuaKasus('opd.simpan').map((k) => k.label);
    expect(label).toEqual(
      expect.arrayContaining([
        '(input) = teks',
        "(input) = '; DROP TABLE opd; --",
        'tanpa isian',
        'nama = teks 201 karakter',
        'nama = angka',
        'kode = "\'; DROP TABLE opd; --"',
        'klaster = "ｅｋｏｎｏｍｉ"',
        'id = pecahan',
        'id = teks "1 OR 1=1"',
      ]),
    );
    expect(label).not.toContain('nama = "1 OR 1=1"');
  });

  it('every method names each required field when the input is empty', async () => {
    const salah: string[] = [];
    for (const nama of Object.keys(contract).filter((n) => !TERSIMPAN_SELALU.has(n))) {
      const skema = z.toJSONSchema(contract[nama as keyof typeof contract].input as z.ZodType, {
        io: 'input',
        unrepresentable: 'any',
      }) as Skema;
      const jawaban = await b.handle(nama, {});
      for (const kolom of skema.required ?? []) {
        if (jawaban.ok || !jawaban.galat.rincian.some((r) => r.kolom === kolom)) salah.push(`${nama}: ${kolom}`);
      }
    }
    expect(salah).toEqual([]);
  });

  it('answers unknown ids, years without data and dangerous characters without an internal error', async () => {
    const internal: string[] = [];
    for (const nama of Object.keys(contract)) {
      const skema = z.toJSONSchema(contract[nama as keyof typeof contract].input as z.ZodType, {
        io: 'input',
        unrepresentable: 'any',
      }) as Skema;
      const input = contohBentuk(skema, '');
      const jawaban = await b.handle(nama, input);
      if (!jawaban.ok && jawaban.galat.jenis === 'internal') internal.push(`${nama}: ${jawaban.galat.pesan}`);
      // The same shape with no ids at all: a create, a list, a year without data.
      const tanpaId = Object.fromEntries(
        Object.entries(input as Record<string, unknown>).filter(([k]) => !/^id$/.test(k)),
      );
      const lagi = await b.handle(nama, tanpaId);
      if (!lagi.ok && lagi.galat.jenis === 'internal') internal.push(`${nama} (tanpa id): ${lagi.galat.pesan}`);
    }
    expect(internal).toEqual([]);
  });

  it('refuses method names carrying SQL or Unicode', async () => {
    for (const akhiran of [...SQL, ...UNICODE, '', ' ']) {
      const jawaban = await b.handle(`opd.daftar${akhiran}`.replace(/^opd\.daftar$/, 'opd.daftar '), {});
      expect(jawaban).toMatchObject({ ok: false, galat: { jenis: 'validasi' } });
    }
    expect(await b.handle('__proto__', {})).toMatchObject({ ok: false, galat: { jenis: 'validasi' } });
    expect(await b.handle('constructor', {})).toMatchObject({ ok: false, galat: { jenis: 'validasi' } });
  });
});
