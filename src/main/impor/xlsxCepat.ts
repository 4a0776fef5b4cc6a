// The common .xlsx read without ExcelJS: a regency's DPA is some 30.000 rows, and ExcelJS builds an object per cell
// and per row (with a style model each) only for the import to turn them into plain cells, most of an import's time
// and memory. This reader gives the very cells ExcelJS gives (xlsx.ts), by ExcelJS's own rules, for the files it
// understands: plain values, shared and inline text, formulas with their result, merged cells, hidden rows and sheets.
// Anything else (a date, a hyperlink, a cell ExcelJS reads oddly, zip64, XML it does not expect) returns null and the
// file goes to ExcelJS, so an unusual file is read exactly as before.
import { inflateRawSync } from 'node:zlib';
import { DitolakError } from '../errors';
import { NAMA_LEMBAR_META, rapikan, type Buku, type LembarBaca, type Sel } from './baca';

/** Why the fast path steps aside; only for tests and debugging, the caller simply falls back. */
class Lewat extends Error {}
const lewat = (alasan: string): never => {
  throw new Lewat(alasan);
};

/** The zip's files by name, inflated on demand with Node's native zlib. */
function bukaZip(isi: Buffer): Map<string, () => Buffer> {
  // End of central directory: 22 bytes plus a comment of at most 65.535.
  let eocd = -1;
  for (let i = isi.length - 22; i >= Math.max(0, isi.length - 22 - 65_535); i--) {
    if (isi.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) lewat('tanpa EOCD');
  const jumlah = isi.readUInt16LE(eocd + 10);
  let p = isi.readUInt32LE(eocd + 16);
  if (jumlah === 0xffff || p === 0xffffffff) lewat('zip64');
  const berkas = new Map<string, () => Buffer>();
  for (let n = 0; n < jumlah; n++) {
    if (isi.readUInt32LE(p) !== 0x02014b50) lewat('central directory');
    const flag = isi.readUInt16LE(p + 8);
    const metode = isi.readUInt16LE(p + 10);
    const ukuran = isi.readUInt32LE(p + 20);
    const panjangNama = isi.readUInt16LE(p + 28);
    const panjangEkstra = isi.readUInt16LE(p + 30);
    const panjangKomentar = isi.readUInt16LE(p + 32);
    const lokal = isi.readUInt32LE(p + 42);
    const nama = isi.toString(flag & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + panjangNama);
    if (flag & 1) lewat('terenkripsi');
    if (metode !== 0 && metode !== 8) lewat('metode kompresi');
    if (isi.readUInt32LE(lokal) !== 0x04034b50) lewat('local header');
    const awal = lokal + 30 + isi.readUInt16LE(lokal + 26) + isi.readUInt16LE(lokal + 28);
    const data = isi.subarray(awal, awal + ukuran);
    berkas.set(nama.replace(/^\//, ''), () => (metode === 8 ? inflateRawSync(data) : Buffer.from(data)));
    p += 46 + panjangNama + panjangEkstra + panjangKomentar;
  }
  return berkas;
}

const ATRIBUT = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function atribut(teks: string): Record<string, string> {
  const hasil: Record<string, string> = {};
  for (const m of teks.matchAll(ATRIBUT)) hasil[m[1]!] = dekode(m[2] ?? m[3] ?? '');
  return hasil;
}

const ENTITAS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** XML text as a parser gives it: line ends normalised, entities and character references resolved. */
function dekode(teks: string): string {
  const t = teks.includes('\r') ? teks.replace(/\r\n?/g, '\n') : teks;
  if (!t.includes('&')) return t;
  return t.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (m, e: string | undefined) => {
    if (e === undefined) return lewat('& tanpa entitas');
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITAS[e] ?? lewat(`entitas ${m}`);
  });
}

/** What ExcelJS's text element does to its text (and only there): Excel's _xHHHH_ escapes decoded. */
const dekodeX = (t: string) => t.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/** ExcelJS's utils.xmlDecode, which it applies once more to "str" text. */
const xmlDecode = (t: string) => t.replace(/&([a-z]*);/g, (c) => ENTITAS[c.slice(1, -1)] ?? c);

const teksElemen = (xml: string, nama: string): string[] =>
  [...xml.matchAll(new RegExp(`<${nama}(?:\\s[^>]*)?(?:/>|>([^<]*)</${nama}>)`, 'g'))].map((m) => m[1] ?? '');

function xml(berkas: Map<string, () => Buffer>, nama: string): string | null {
  const buka = berkas.get(nama);
  if (!buka) return null;
  const teks = buka().toString('utf8');
  if (/<!--|<!\[CDATA\[|<!DOCTYPE|<\w+:(?:row|c|v|t|si|sheet|sheetData)\b/.test(teks))
    lewat(`XML tak biasa di ${nama}`);
  return teks;
}

/** Shared strings as ExcelJS gives them (rich text joined, as the import joins it; phonetic runs ignored). */
function teksBersama(isi: string | null): { teks: string; kaya: boolean }[] {
  if (isi === null) return [];
  return [...isi.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => {
    const si = (m[1] ?? '').replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
    const runs = [...si.matchAll(/<r>([\s\S]*?)<\/r>/g)];
    const lain = teksElemen(si.replace(/<r>[\s\S]*?<\/r>/g, ''), 't');
    if (runs.length > 0 ? lain.length > 0 : lain.length !== 1) lewat('teks bersama tak biasa');
    const t = runs.length > 0 ? runs.flatMap((r) => teksElemen(r[1]!, 't')) : lain;
    return { teks: t.map((x) => dekodeX(dekode(x))).join(''), kaya: runs.length > 0 };
  });
}

/** ExcelJS's built-in number formats that are not dates (a date goes to ExcelJS, which turns it into a Date). */
const FORMAT_BAWAAN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  48: '##0.0E+0',
  49: '@',
};

/** Each cell style's number format, as ExcelJS finds it: a file's own by id, else its built-in table. */
function formatGaya(isi: string | null): (string | undefined | null)[] {
  if (isi === null) return [];
  const sendiri = new Map<number, string>();
  for (const m of isi.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const a = atribut(m[1]!);
    sendiri.set(Number(a['numFmtId']), a['formatCode'] ?? '');
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(isi)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(atribut(m[1]!)['numFmtId'] ?? 0);
    if (!id) return undefined;
    // null: a built-in id this reader does not know (dates among them), decided only if a number uses it.
    return sendiri.get(id) ?? FORMAT_BAWAAN[id] ?? null;
  });
}

/** ExcelJS's utils.isDateFmt. */
const formatTanggal = (f: string) => /[ymdhMsb]+/.test(f.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

const SEL = /<row\b([^>]*?)\/?>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const POLA_ATRIBUT = new Map<string, RegExp>();
function teksAtribut(a: string, nama: string): string | undefined {
  let pola = POLA_ATRIBUT.get(nama);
  if (!pola) POLA_ATRIBUT.set(nama, (pola = new RegExp(`\\b${nama}="([^"]*)"`)));
  return pola.exec(a)?.[1];
}
const R_SEL = /\br="([A-Z]{1,3})(\d+)"/;
const S_SEL = /\bs="(\d+)"/;
const T_SEL = /\bt="(\w+)"/;
const V_SEL = /<v(?:\s[^>]*)?>([^<]*)<\/v>/;
const F_SEL = /<f\b([^>]*?)(?:\/>|>([^<]*)<\/f>)/;

function kolom(huruf: string): number {
  let c = 0;
  for (let i = 0; i < huruf.length; i++) c = c * 26 + huruf.charCodeAt(i) - 64;
  return c - 1;
}

/** A number cell or a formula's result: a percentage by its format; a date (or a format not known here) steps aside. */
function angka(teks: string, fmt: string | undefined | null): Sel {
  const n = parseFloat(teks);
  return fmt?.includes('%') ? { persen: n * 100 } : n;
}

function bacaLembar(
  isi: string,
  bersama: { teks: string; kaya: boolean }[],
  format: (string | undefined | null)[],
): Omit<LembarBaca, 'nama' | 'tersembunyi'> & { a1: string | null } {
  if (/<hyperlinks?\b/.test(isi) || isi.includes("='")) lewat('hyperlink atau atribut berkutip tunggal');
  const awal = isi.indexOf('<sheetData');
  const akhir = isi.indexOf('</sheetData>');
  const data = awal >= 0 && akhir > awal ? isi.slice(awal, akhir) : '';
  if (awal >= 0 && akhir < 0 && !/<sheetData\b[^>]*\/>/.test(isi)) lewat('sheetData');
  const baris: Sel[][] = [];
  const barisTersembunyi = new Set<number>();
  let a1: string | null = null;
  const rumusBersama = new Set<string>();
  let r = -1;
  let sel: Sel[] = [];
  for (const m of data.matchAll(SEL)) {
    if (m[1] !== undefined) {
      const nomor = teksAtribut(m[1], 'r');
      if (nomor === undefined) lewat('baris tanpa nomor');
      r = Number(nomor) - 1;
      if (!(r >= baris.length)) lewat('urutan baris');
      while (baris.length < r) baris.push([]);
      sel = [];
      baris.push(sel);
      const h = teksAtribut(m[1], 'hidden');
      if (h === '1' || h === 'true') barisTersembunyi.add(r);
      continue;
    }
    const a = m[2]!;
    const ref = R_SEL.exec(a);
    if (r < 0 || !ref || Number(ref[2]) !== r + 1) lewat('alamat sel');
    const c = kolom(ref![1]!);
    if (c < sel.length) lewat('urutan sel');
    const dalam = m[3] ?? '';
    const t = T_SEL.exec(a)?.[1];
    const gaya = parseInt(S_SEL.exec(a)?.[1] ?? '0', 10);
    // ExcelJS ignores style 0 (its id is falsy) and a style the table lacks.
    const fmt = gaya ? format[gaya] : undefined;
    const f = dalam.includes('<f') ? F_SEL.exec(dalam) : null;
    const v = dalam.includes('<v') ? V_SEL.exec(dalam)?.[1] : undefined;
    let nilai: Sel;
    let polos = false;
    const jenisRumus = f ? teksAtribut(f[1]!, 't') : undefined;
    if (f && !f[2] && jenisRumus !== undefined) {
      // A shared formula's master names its group; a cell of the group writes no text of its own. ExcelJS reads such
      // a cell only through a master it has seen; anything else is its to read.
      if (jenisRumus !== 'shared') lewat(`rumus ${jenisRumus} tanpa teks`);
      const si = teksAtribut(f[1]!, 'si');
      if (si === undefined || !rumusBersama.has(si)) lewat('rumus bersama tanpa induk');
    }
    if (f && jenisRumus === 'shared' && f[2] && teksAtribut(f[1]!, 'ref') !== undefined) {
      rumusBersama.add(teksAtribut(f[1]!, 'si') ?? lewat('rumus bersama tanpa si'));
    }
    if (f && (f[2] || jenisRumus !== undefined)) {
      // A formula: its saved result, typed by the cell (0 and FALSE are results too); ExcelJS turns any result under
      // a date format into a date.
      const hasil = v ? dekode(v) : '';
      if (hasil !== '' && (fmt === null || (fmt && formatTanggal(fmt)))) lewat('tanggal');
      const tanpaHasil = () => ({
        galat: 'berisi rumus yang tersimpan tanpa hasilnya (buka dan simpan ulang berkas di Excel)',
      });
      if (hasil === '') nilai = tanpaHasil();
      else if (t === 'str') nilai = xmlDecode(hasil);
      else if (t === 'b') nilai = parseInt(hasil, 10) !== 0 ? 'ya' : 'tidak';
      else if (t === 'e') nilai = { galat: `berisi rumus dengan hasil galat ${hasil}` };
      else if (t === undefined || t === 'n') {
        if (!Number.isFinite(parseFloat(hasil))) lewat('hasil rumus bukan angka');
        nilai = angka(hasil, fmt);
      } else return lewat(`rumus bertipe ${t}`);
    } else if (t === 'inlineStr' && dalam.includes('<is')) {
      if (dalam.includes('<r>')) lewat('teks kaya dalam sel');
      const teks = teksElemen(/<is>([\s\S]*?)<\/is>/.exec(dalam)?.[1] ?? '', 't').join('');
      if (teks !== '') {
        nilai = dekode(teks);
        polos = true;
      } else continue;
    } else if (v !== undefined && v !== '') {
      const teks = dekode(v);
      if (t === 's') {
        const b = bersama[parseInt(teks, 10)] ?? lewat('teks bersama hilang');
        nilai = b.teks;
        polos = !b.kaya;
      } else if (t === 'str') {
        nilai = xmlDecode(teks);
        polos = true;
      } else if (t === 'b') nilai = parseInt(teks, 10) !== 0 ? 'ya' : 'tidak';
      else if (t === 'e') nilai = { galat: `berisi galat ${teks}` };
      else if (t === undefined || t === 'n') {
        if (fmt === null || (fmt && formatTanggal(fmt))) lewat('tanggal');
        nilai = angka(teks, fmt);
      } else return lewat(`sel bertipe ${t}`);
    }
    // No value: a styled empty cell, or (no style) what ExcelJS takes for a merged cell and leaves out; either way none.
    else continue;
    while (sel.length < c) sel.push(null);
    sel.push(nilai);
    if (r === 0 && c === 0 && polos && typeof nilai === 'string') a1 = nilai;
  }
  const gabung = new Map<string, [number, number]>();
  const mergeCells = /<mergeCells\b[^>]*>([\s\S]*?)<\/mergeCells>/.exec(isi)?.[1] ?? '';
  for (const m of mergeCells.matchAll(/<mergeCell\b([^>]*?)\/?>/g)) {
    const ref = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/.exec(teksAtribut(m[1]!, 'ref') ?? '');
    if (!ref) return lewat('rentang gabungan');
    const r0 = Number(ref[2]) - 1;
    const r1 = Number(ref[4]) - 1;
    const c0 = kolom(ref[1]!);
    const c1 = kolom(ref[3]!);
    if (r1 < r0 || c1 < c0 || (r0 === r1 && c0 === c1) || gabung.has(`${r0},${c0}`)) lewat('rentang gabungan');
    for (let i = r0; i <= r1; i++) {
      while (baris.length <= i) baris.push([]);
      const b = baris[i]!;
      for (let j = c0; j <= c1; j++) {
        if (i === r0 && j === c0) continue;
        const kunci = `${i},${j}`;
        if (gabung.has(kunci)) lewat('gabungan bertumpuk');
        gabung.set(kunci, [r0, c0]);
        while (b.length <= j) b.push(null);
        b[j] = null;
      }
    }
  }
  return { baris, barisTersembunyi, gabung, a1 };
}

/** The workbook read the fast way, or null when ExcelJS should read it (see the top of this file). */
export function bacaXlsxCepat(isi: Buffer): Buku | null {
  try {
    return baca(isi);
  } catch (galat) {
    // A file too large is refused the same either way; anything else this reader did not expect is ExcelJS's to read.
    if (galat instanceof DitolakError) throw galat;
    return null;
  }
}

/** For tests: why the fast path steps aside for this file, or null when it reads it. */
export function alasanLewat(isi: Buffer): string | null {
  try {
    return baca(isi) === null ? 'tanpa lembar' : null;
  } catch (galat) {
    return galat instanceof Error ? galat.message : String(galat);
  }
}

function baca(isi: Buffer): Buku | null {
  const berkas = bukaZip(isi);
  const buku = xml(berkas, 'xl/workbook.xml');
  const relasi = xml(berkas, 'xl/_rels/workbook.xml.rels');
  if (buku === null || relasi === null) lewat('tanpa workbook.xml');
  // date1904 matters only to dates, which ExcelJS reads (see `angka`'s callers).
  const target = new Map(
    [...relasi!.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => {
      const a = atribut(m[1]!);
      return [a['Id'], a['Target'] ?? ''] as const;
    }),
  );
  const bersama = teksBersama(xml(berkas, 'xl/sharedStrings.xml'));
  const format = formatGaya(xml(berkas, 'xl/styles.xml'));
  const lembar: LembarBaca[] = [];
  const dilihat = new Set<string>();
  let meta: Record<string, unknown> | null = null;
  for (const m of buku!.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = atribut(m[1]!);
    const t = target.get(a['r:id']);
    if (t === undefined) continue;
    const path = `xl/${t.replace(/^(\s|\/xl\/)+/, '')}`;
    // ExcelJS reads only xl/worksheets/sheetN.xml: a chart sheet, say, is left out.
    if (!/^xl\/worksheets\/sheet\d+[.]xml$/.test(path)) {
      if (path.includes('worksheets/')) lewat('nama berkas lembar');
      continue;
    }
    const isiLembar = xml(berkas, path);
    if (isiLembar === null) continue;
    const nama = a['name'] ?? '';
    if (dilihat.has(nama) || dilihat.has(`#${a['sheetId']}`)) lewat('nama atau id lembar ganda');
    dilihat.add(nama).add(`#${a['sheetId']}`);
    const { a1, ...d } = bacaLembar(isiLembar, bersama, format);
    if (nama === NAMA_LEMBAR_META) {
      try {
        meta = a1 === null ? null : (JSON.parse(a1) as Record<string, unknown>);
      } catch {
        meta = null;
      }
    } else
      lembar.push({ nama, ...d, baris: rapikan(nama, d.baris), tersembunyi: (a['state'] ?? 'visible') !== 'visible' });
  }
  if (lembar.length === 0) lewat('tanpa lembar');
  return { lembar, meta, pengodean: null };
}
