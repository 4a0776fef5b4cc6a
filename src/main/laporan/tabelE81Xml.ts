// The E.81 table written directly as WordprocessingML. A regency has thousands of rows of 29 cells; docx's object
// model needs over ten seconds for that, plain strings a fraction of a second (test/bench/regency.run.ts measures both).
import type { IParagraphStyleOptions } from 'docx';
import { formatAngka } from '../../shared/format';
import { jumlahBaris, kataTerlebar } from '../../shared/ukurTeks';
import { NAMA_PENILAIAN, type KategoriCapaian } from '../../shared/monev/rules';
import { bersihkanTeks } from '../../shared/teks';
import type { BarisE81, IndikatorE81, RenstraE81, TabelE81 } from './e81';
import { barisTeks, teksBernomor } from './kendala';
import {
  lebarKolom,
  MARGIN_SEL,
  panjangTegak,
  perluDiputar,
  TINGGI_BARIS,
  UKURAN_E81,
  UkurKolom,
  type JenisKolom,
  type KepalaUkur,
  type Ukuran,
} from './lebarKolomE81';

/** Paragraph styles the table's cells refer to; the document must declare them (see dokumenLaporan.ts). */
export const GAYA_E81: IParagraphStyleOptions[] = [
  { id: 'E81', name: 'Tabel E81', run: { size: UKURAN_E81 }, paragraph: { spacing: { before: 0, after: 0 } } },
  { id: 'E81Angka', name: 'Tabel E81 angka', basedOn: 'E81', paragraph: { alignment: 'right' } },
  { id: 'E81Tengah', name: 'Tabel E81 tengah', basedOn: 'E81', paragraph: { alignment: 'center' } },
  { id: 'E81Kepala', name: 'Tabel E81 kepala', basedOn: 'E81Tengah', run: { bold: true } },
];

const ENTITAS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// Most cells are numbers and plain words: one test spares them the cleaning and the escaping. Old rows may still carry
// a character XML 1.0 forbids (or a bidi control); one of them would make the whole report unopenable.
const PERLU_ESC =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/;
const esc = (s: string) => (PERLU_ESC.test(s) ? bersihkanTeks(s).replace(/[&<>]/g, (c) => ENTITAS[c]!) : s);

function teksRun(baris: readonly string[], tebal = false): string {
  const rPr = tebal ? '<w:rPr><w:b/></w:rPr>' : '';
  let xml = '';
  for (let i = 0; i < baris.length; i++) {
    xml += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(baris[i]!)}</w:t></w:r>`;
  }
  return xml;
}

type Gaya = 'E81' | 'E81Angka' | 'E81Tengah' | 'E81Kepala';

/** One cell before it is written: its lines (one per indicator), style and merge. */
interface Sel {
  teks: readonly string[];
  gaya: Gaya;
  span?: number;
  vMerge?: 'restart' | 'continue';
  isi?: string | undefined;
  tebal?: boolean;
  indent?: number;
  /** The row's code, at the start of the name's paragraph: a code never wraps, and needs no column of its own. */
  kode?: string;
  /** Text turned on its side (bottom to top) in a column too narrow for its words. */
  putar?: boolean;
  /** Lines a turned data cell wraps into (the unit down a program's rows). */
  barisPutar?: number;
  /**
   * A header that may stand on its side: No, Unit, Keterangan, and the columns that can be empty (Sasaran, the Renstra
   * columns), which then need no more width than a "-". The header rows are as tall as a turned title needs (see
   * tinggiKepala): LibreOffice cut a turned title longer than its rows instead of growing them.
   */
  bolehTegak?: boolean;
  /**
   * The money line of a Permendagri column, a paragraph of its own below the kinerja lines and set off by a dotted
   * rule: each of columns 5-15 holds K above Rp, so the table needs 11 number columns instead of 22.
   */
  rp?: { teks: string; gaya: Gaya };
}

type OpsiSel = Partial<Omit<Sel, 'teks'>>;

const sel = (teks: string | readonly string[], o: OpsiSel = {}): Sel => ({
  teks: typeof teks === 'string' ? [teks] : teks,
  gaya: 'E81',
  ...o,
});

const GARIS_RP = '<w:pBdr><w:top w:val="dotted" w:sz="4" w:space="0" w:color="808080"/></w:pBdr>';

/** One Permendagri column: the kinerja lines above the money line. */
const kRp = (k: Sel, rp: Sel): Sel => ({ ...k, rp: { teks: rp.teks[0] ?? '', gaya: rp.gaya } });

/** A cell's XML; `tahan` keeps its row on the page of what follows the table (the summary and the signatures). */
function xmlSel(s: Sel, tahan = false): string {
  const tcPr =
    (s.span && s.span > 1 ? `<w:gridSpan w:val="${s.span}"/>` : '') +
    (s.vMerge ? (s.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '') +
    (s.isi ? `<w:shd w:val="clear" w:color="auto" w:fill="${s.isi}"/>` : '') +
    (s.putar ? '<w:textDirection w:val="btLr"/>' : '') +
    (s.gaya === 'E81Kepala' ? '<w:vAlign w:val="center"/>' : '');
  const ind = s.indent ? `<w:ind w:left="${s.indent}"/>` : '';
  const kn = tahan ? '<w:keepNext/>' : '';
  const pPr = `<w:pStyle w:val="${s.gaya}"/>${kn}${ind}`;
  // The code opens the name's paragraph as a run of its own: one word that never breaks, so it needs no line of its
  // own (a line on every row of the annex).
  // noProof: Word does not spell-check a code.
  const kode = s.kode
    ? `<w:r><w:rPr>${s.tebal ? '<w:b/>' : ''}<w:noProof/></w:rPr><w:t xml:space="preserve">${esc(s.kode)} </w:t></w:r>`
    : '';
  const rp =
    s.rp === undefined
      ? ''
      : `<w:p><w:pPr><w:pStyle w:val="${s.rp.gaya}"/>${kn}${GARIS_RP}</w:pPr>${teksRun([s.rp.teks], s.tebal)}</w:p>`;
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}<w:p><w:pPr>${pPr}</w:pPr>${kode}${teksRun(s.teks, s.tebal)}</w:p>${rp}</w:tc>`;
}

const kepala = (teks: string, o: OpsiSel = {}) => sel(teks, { gaya: 'E81Kepala', isi: 'E7E6E6', ...o });
const lanjut = (span = 1) => kepala('', { vMerge: 'continue', span });

/** How each of the 17 grid columns is sized (see lebarKolomE81.ts). */
const JENIS_KOLOM: JenisKolom[] = [
  'kaku', // 1 No
  'kata', // 2 Sasaran: merged down the program's rows, so its words need only fit
  'teks', // 3 Kode and Program/Kegiatan/Sub Kegiatan
  'teks', // 4 Indikator
  ...Array<JenisKolom>(11).fill('kaku'), // 5-15, K above Rp
  'kata', // 16 Unit
  'kata', // 17 Keterangan
];

/**
 * Height (twips) of the three title rows for the headers standing on their side (No, Unit, Keterangan); the first row
 * grows beyond it when a title of the number columns wraps into more lines (see tinggiKepala).
 */
const TINGGI_JUDUL = 1100;
/** Rows 2 (I to IV) and 3 (K above Rp) of the header. */
const TINGGI_BARIS_2 = TINGGI_BARIS + 40;
const TINGGI_BARIS_3 = 2 * TINGGI_BARIS + 40;

function kepalaTabel(tahun: number): Sel[][] {
  const restart = (teks: string, span = 1, bolehTegak = false) => kepala(teks, { vMerge: 'restart', span, bolehTegak });
  const baris1 = [
    restart('No', 1, true),
    restart('Sasaran', 1, true),
    restart('Kode dan Program/ Kegiatan/ Sub Kegiatan'),
    restart('Indikator Kinerja Program (outcome)/ Kegiatan (output)'),
    restart('Target Renstra PD akhir periode', 1, true),
    restart(`Realisasi Renstra PD s.d. ${tahun - 1}`, 1, true),
    restart(`Target Kinerja dan Anggaran Renja PD ${tahun}`),
    kepala('Realisasi Kinerja pada Triwulan', { span: 4 }),
    restart(`Realisasi Capaian Kinerja dan Anggaran Renja PD ${tahun}`),
    restart(`Tingkat Capaian Renja PD ${tahun} (%)`),
    restart(`Realisasi Renstra PD s.d. ${tahun}`, 1, true),
    restart('Tingkat Capaian Renstra PD (%)', 1, true),
    restart('Unit PD Penanggung Jawab', 1, true),
    restart('Keterangan', 1, true),
  ];
  const awal = Array.from({ length: 4 }, () => lanjut());
  const akhir = [lanjut(), lanjut()];
  const baris2 = [
    ...awal,
    ...Array.from({ length: 3 }, () => lanjut()),
    ...['I', 'II', 'III', 'IV'].map((t) => kepala(t)),
    ...Array.from({ length: 4 }, () => lanjut()),
    ...akhir,
  ];
  const baris3 = [...awal, ...Array.from({ length: 11 }, () => kRp(kepala('K'), kepala('Rp'))), ...akhir];
  const nomor = (t: string, span = 1) => kepala(t, { span, isi: 'F2F2F2' });
  const baris4 = [
    nomor('1'),
    nomor('2'),
    nomor('3'),
    nomor('4'),
    // Their formulas (12 = 8+9+10+11, ...) are in the annex's note (RUMUS_KOLOM_E81): written here they took two
    // more lines in the header of every page.
    ...Array.from({ length: 11 }, (_, n) => nomor(String(n + 5))),
    nomor('16'),
    nomor('17'),
  ];
  return [baris1, baris2, baris3, baris4];
}

/** How columns 12 to 15 follow from the others, as Permendagri 86's form writes them under its headers. */
export const RUMUS_KOLOM_E81 = '12 = 8+9+10+11; 13 = 12/7 x 100; 14 = 6+12; 15 = 14/5 x 100';

// Indicator values keep the decimals they have (a count prints "12", a rate "87,50").
export const nilaiK = (v: number | null) => (v == null ? '-' : formatAngka(v, Number.isInteger(v) ? 0 : 2));
/** Money in the E.81 table is in millions of rupiah: the table's width cannot hold twelve-digit figures. */
export const juta = (v: number | null | undefined) => (v == null ? '-' : formatAngka(v / 1e6, 2));
const persenAngka = (v: number | null | undefined) => formatAngka(v, 2);

function kolomK(ind: IndikatorE81[], ambil: (i: IndikatorE81, n: number) => string): string[] {
  return ind.length === 0 ? ['-'] : ind.map(ambil);
}

// Text only: before triwulan IV most rows are far from the year's target, and a page of red would say nothing.
const selKategori = (k: KategoriCapaian | null, o: OpsiSel) => sel(k ?? '-', { ...o, gaya: 'E81Tengah' });

function kolomRenstra(b: BarisE81, o: OpsiSel): Sel[] {
  const r = b.renstra;
  if (!r) return Array.from({ length: 4 }, () => kRp(sel('-', { ...o, gaya: 'E81Tengah' }), sel('-', o)));
  const angka = (v: string[]) => sel(v, { ...o, gaya: 'E81Angka' });
  const ind = r.indikator;
  const k = (ambil: (i: RenstraE81['indikator'][number]) => string) => angka(ind.length ? ind.map(ambil) : ['-']);
  return [
    kRp(
      k((i) => nilaiK(i.targetAkhir)),
      angka([juta(r.paguAkhir)]),
    ),
    kRp(
      k((i) => nilaiK(i.realisasiSdTahunLalu)),
      angka([juta(r.realisasiSdTahunLaluRp)]),
    ),
    kRp(
      k((i) => nilaiK(i.realisasiSdTahunIni)),
      angka([juta(r.realisasiSdTahunIniRp)]),
    ),
    kRp(
      k((i) => persenAngka(i.capaian)),
      angka([persenAngka(r.capaianRp)]),
    ),
  ];
}

const ISI_TINGKAT = { program: 'DEEAF6', kegiatan: 'F2F2F2', subKegiatan: undefined } as const;
const INDENT_TINGKAT = { program: 0, kegiatan: 57, subKegiatan: 113 } as const;

/** Column 2: the program's sasaran, merged down over its kegiatan and sub kegiatan so it never makes a row taller. */
function selSasaran(b: BarisE81, dalamSasaran: boolean, o: OpsiSel): Sel {
  if (b.tingkat !== 'program') return dalamSasaran ? sel('', { vMerge: 'continue' }) : sel('', o);
  return b.sasaran ? sel(b.sasaran, { vMerge: 'restart', isi: o.isi }) : sel('-', { ...o, gaya: 'E81Tengah' });
}

function barisData(b: BarisE81, no: string, unit: string, triwulan: number, dalamSasaran: boolean): Sel[] {
  const tebal = b.tingkat !== 'subKegiatan';
  const isi = ISI_TINGKAT[b.tingkat];
  const o = { tebal, isi };
  const angka = (v: string[]) => sel(v, { ...o, gaya: 'E81Angka' });
  const ind = b.indikator;
  const [c5, c6, c14, c15] = kolomRenstra(b, o);
  const tw = [0, 1, 2, 3].map((j) =>
    j < triwulan
      ? kRp(angka(kolomK(ind, (i) => nilaiK(i.triwulan[j] ?? null))), angka([juta(b.triwulanRp[j])]))
      : kRp(sel('', o), sel('', o)),
  );
  const capaianK = ind.length > 0 ? ind.map((i) => persenAngka(i.capaian)) : [persenAngka(b.capaianK)];
  return [
    sel(no, { ...o, gaya: 'E81Tengah' }),
    selSasaran(b, dalamSasaran, o),
    sel(b.nama, { ...o, kode: b.kode, indent: INDENT_TINGKAT[b.tingkat] }),
    sel(ind.length ? ind.map((i) => (i.satuan ? `${i.uraian} (${i.satuan})` : i.uraian)) : ['-'], o),
    c5!,
    c6!,
    kRp(angka(kolomK(ind, (i) => nilaiK(i.target))), angka([juta(b.pagu)])),
    ...tw,
    kRp(angka(kolomK(ind, (i) => nilaiK(i.realisasi))), angka([juta(b.realisasiRp)])),
    kRp(angka(capaianK), angka([persenAngka(b.capaianRp)])),
    c14!,
    c15!,
    sel(unit, { gaya: 'E81Tengah', isi }),
    selKategori(b.kategori, o),
  ];
}

function barisJumlah(t: TabelE81, triwulan: number): Sel[] {
  const o = { tebal: true, isi: 'E7E6E6' };
  const angka = (v: string) => sel(v, { ...o, gaya: 'E81Angka' });
  const strip = () => kRp(sel('-', { ...o, gaya: 'E81Tengah' }), sel('-', o));
  const rp = (v: string) => kRp(sel('', o), angka(v));
  const tw = [0, 1, 2, 3].map((j) => (j < triwulan ? rp(juta(t.jumlah.triwulanRp[j])) : kRp(sel('', o), sel('', o))));
  return [
    sel('Jumlah', { ...o, gaya: 'E81Tengah', span: 4 }),
    strip(),
    strip(),
    rp(juta(t.jumlah.pagu)),
    ...tw,
    rp(juta(t.jumlah.realisasiRp)),
    kRp(angka(persenAngka(t.rataCapaianK)), angka(persenAngka(t.jumlah.capaianRp))),
    strip(),
    strip(),
    sel('', o),
    selKategori(t.predikat, o),
  ];
}

const GARIS = '<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
const BATAS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => GARIS.replace('{s}', s)).join('');

/** A header title as the width rules see it, its cell, and the header rows it spans (from `baris`, `turun` of them). */
type Judul = Omit<KepalaUkur, 'panjang'> & { sel: Sel; baris: number; turun: number };

/** Width of the grid columns a cell spans. */
const lebarDi = (kolom: readonly number[], k: { awal: number; span: number }) =>
  kolom.slice(k.awal, k.awal + k.span).reduce((a, b) => a + b, 0);

/** Measures a row's cells that span one grid column, each in its column's `UkurKolom`. */
function ukurBaris(ukur: readonly UkurKolom[], baris: readonly Sel[]): void {
  let j = 0;
  for (const s of baris) {
    if ((s.span ?? 1) === 1) ukur[j]!.tambah(s, s.rp?.teks);
    j += s.span ?? 1;
  }
}

/** The header cells with their first grid column and the header rows they span. */
function judulKepala(kepalaBaris: Sel[][]): Judul[] {
  const judul: Judul[] = [];
  for (const [i, baris] of kepalaBaris.entries()) {
    let j = 0;
    for (const s of baris) {
      const datar = !s.bolehTegak || i === kepalaBaris.length - 1;
      const teks = [...s.teks, ...(s.rp ? [s.rp.teks] : [])].join(' ');
      if (s.vMerge !== 'continue')
        judul.push({ teks, awal: j, span: s.span ?? 1, datar, sel: s, baris: i, turun: turun(i, j) });
      j += s.span ?? 1;
    }
  }
  return judul;

  /** How many header rows the title at row `i`, grid column `j` spans: itself and the merged cells below it. */
  function turun(i: number, j: number): number {
    let n = 1;
    while (i + n < kepalaBaris.length && selDi(kepalaBaris[i + n]!, j)?.vMerge === 'continue') n++;
    return n;
  }
}

/** The cell of a row standing at grid column `j`. */
function selDi(baris: readonly Sel[], j: number): Sel | undefined {
  let awal = 0;
  for (const s of baris) {
    if (awal === j) return s;
    awal += s.span ?? 1;
  }
  return undefined;
}

/**
 * Heights of the four header rows: rows 1 and 2 hold the tallest flat title and every turned one (a turned title over
 * rows 1 to 3 has row 3 too).
 */
function tinggiKepala(judul: readonly Judul[], kolom: readonly number[]): number[] {
  let perlu = TINGGI_JUDUL - TINGGI_BARIS_3;
  for (const k of judul) {
    if (k.baris > 0) continue;
    const w = lebarDi(kolom, k);
    // A title over the quarters has its row to itself; the others span rows 1 and 2, or 1 to 3.
    const bawah = k.turun === 1 ? TINGGI_BARIS_2 : k.turun === 3 ? -TINGGI_BARIS_3 : 0;
    const panjang = k.sel.putar
      ? panjangTegak(k.teks, w)
      : jumlahBaris(k.teks, w - 2 * MARGIN_SEL - 20, UKURAN_E81, true) * TINGGI_BARIS + 40;
    perlu = Math.max(perlu, panjang + bawah);
  }
  return [perlu - TINGGI_BARIS_2, TINGGI_BARIS_2, TINGGI_BARIS_3, 0];
}

/**
 * Widths of the grid columns and heights of the header rows. A turned title's width follows the header's height,
 * which follows the flat titles' widths: laid out twice, the second time along the height the first one needed.
 */
function tataLetak(kepalaBaris: Sel[][], ukuran: Ukuran[], lebar: number): { kolom: number[]; tinggi: number[] } {
  const judul = judulKepala(kepalaBaris);
  let tinggi = [TINGGI_JUDUL - TINGGI_BARIS_2 - TINGGI_BARIS_3, TINGGI_BARIS_2, TINGGI_BARIS_3, 0];
  let kolom: number[] = [];
  for (let putaran = 0; putaran < 2; putaran++) {
    const kepala = judul.map((k) => ({
      ...k,
      panjang: tinggi.slice(k.baris, k.baris + k.turun).reduce((a, b) => a + b),
    }));
    kolom = lebarKolom(JENIS_KOLOM, ukuran, kepala, lebar);
    // Titles whose longest word does not fit their columns stand on their side (an empty Renstra column).
    for (const k of judul) k.sel.putar = Boolean(k.sel.bolehTegak) && perluDiputar(k.teks, lebarDi(kolom, k));
    tinggi = tinggiKepala(judul, kolom);
  }
  return { kolom, tinggi };
}

/** The band above an OPD's rows: its Renja, then the sasaran RKPD its indicators serve (the .xlsx's title row too). */
export function pitaE81(t: TabelE81): [renja: string, sasaran: string] {
  const s = t.sasaranRkpd;
  return [
    `RENJA ${t.opd.nama.toUpperCase()}`,
    'Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: ' +
      (s.length === 1 ? s[0]! : teksBernomor(s, '-')),
  ];
}

/** The lines below an OPD's Jumlah: its average and predikat, the factors behind them, and what follows. */
export function ringkasanE81(t: TabelE81): string[] {
  return [
    `Rata-rata capaian kinerja (%): ${formatAngka(t.rataCapaianK, 2)}; ${NAMA_PENILAIAN.kinerja}: ${t.predikat ?? '-'}`,
    `Faktor pendorong keberhasilan pencapaian: ${teksBernomor(barisTeks(t.pendorong, 3), '-')}`,
    `Faktor penghambat pencapaian kinerja: ${teksBernomor(barisTeks(t.penghambat, 3), '-')}`,
    `Tindak lanjut yang diperlukan dalam triwulan berikutnya: ${teksBernomor(barisTeks(t.tindakLanjut, 3), '-')}`,
    'Tindak lanjut yang diperlukan dalam Renja PD berikutnya: -',
  ];
}

/** What the annex writes around each OPD's rows in a table of several OPD: paragraphs' XML (see dokumenLaporan.ts). */
export interface BingkaiE81 {
  /** Above the OPD's rows, across the table: its Renja and the sasaran RKPD it serves. */
  pembuka(t: TabelE81, i: number): string;
  /** Below its Jumlah, two cells side by side: below columns 1 to 4, and below the rest. */
  penutup(t: TabelE81, i: number): [kiri: string, kanan: string];
}

const KOLOM_E81 = JENIS_KOLOM.length;
const KOLOM_UNIT = 15;

/**
 * Column 16 names the same unit on every row of an OPD: written once per program, merged down its rows like the
 * sasaran beside it (the .xlsx too prints it on program rows), and turned on its side, so the column is a line or two
 * wide instead of its longest word. Each row is two lines at least (K above Rp); a program too short for the unit's
 * name on one line gets as many lines as its rows' height needs, or lies flat when that is no narrower.
 */
function satuUnitPerProgram(isi: Sel[][], data: readonly BarisE81[], unit: string): void {
  const datar = kataTerlebar(unit, UKURAN_E81, false);
  let awal = 0;
  while (awal < isi.length) {
    let akhir = awal + 1;
    while (akhir < isi.length && data[akhir]!.tingkat !== 'program') akhir++;
    const panjang = (akhir - awal) * 2 * TINGGI_BARIS;
    let baris = 1;
    while (baris * TINGGI_BARIS < datar && panjangTegak(unit, baris * TINGGI_BARIS + 2 * MARGIN_SEL) > panjang) baris++;
    const putar = baris * TINGGI_BARIS < datar ? { putar: true, barisPutar: baris } : {};
    isi[awal]![KOLOM_UNIT] = { ...isi[awal]![KOLOM_UNIT]!, vMerge: 'restart', ...putar };
    for (let n = awal + 1; n < akhir; n++) isi[n]![KOLOM_UNIT] = sel('', { vMerge: 'continue' });
    awal = akhir;
  }
}

/** The rows of one OPD: a row per program, kegiatan and sub kegiatan, then its Jumlah. */
function barisOpd(t: TabelE81, triwulan: number): Sel[][] {
  const unit = t.opd.singkatan || t.opd.nama;
  let program = 0;
  let sasaran = false;
  const isi = t.baris.map((b) => {
    if (b.tingkat === 'program') sasaran = Boolean(b.sasaran);
    return barisData(b, b.tingkat === 'program' ? String(++program) : '', unit, triwulan, sasaran);
  });
  satuUnitPerProgram(isi, t.baris, unit);
  isi.push(barisJumlah(t, triwulan));
  return isi;
}

/** Room between a band's or summary's text and the cell's borders (the number cells have almost none). */
const MARGIN_BINGKAI = '<w:tcMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tcMar>';
const selBingkai = (span: number, isi: string) =>
  `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/>${MARGIN_BINGKAI}</w:tcPr>${isi}</w:tc>`;
const barisUtuh = (sel: string) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${sel}</w:tr>`;

/** The E.81 table in pieces: each OPD's rows, in order, then the header they make. */
export interface PotonganE81 {
  /**
   * OPD `i`'s rows (with its band and summary when the table has a `bingkai`), the last OPD's closing the table. Asked
   * in order, each once: its cells are measured for the widths as they are written, and nothing of them is kept.
   */
  opd(i: number): string;
  /**
   * The table's opening and its header rows, which stand before every OPD's rows but follow from their widths: asked
   * after the last OPD's rows. The report's packing deflates the rows as they come and this before them (see sisip.ts).
   */
  kepala(): string;
}

/**
 * The E.81 tables of several OPD as one `<w:tbl>` at most `lebar` twips wide, laid out once for all of them: its header
 * repeats at the top of every page, where one table per OPD printed it again under every OPD (36 headers took seven
 * pages of a regency's annex). With `bingkai`, each OPD opens with its band and closes with its summary below its
 * Jumlah.
 *
 * A data cell's XML does not depend on the widths, only the header does: each OPD's rows are written and measured in
 * one go, and the header is laid out from the measures at the end. Holding every row's cells until the widths were
 * known made most of a regency report's memory and garbage, and kept zlib waiting for the first row until the last was
 * built.
 */
export function tabelE81(
  tabel: readonly TabelE81[],
  tahun: number,
  triwulan: number,
  lebar: number,
  bingkai?: BingkaiE81,
): PotonganE81 {
  const ukur = JENIS_KOLOM.map((j) => new UkurKolom(j));
  let berikut = 0;
  return {
    opd: (i) => {
      if (i !== berikut) throw new Error(`Baris OPD ke-${i + 1} tabel E.81 diminta tidak berurutan`);
      berikut++;
      const t = tabel[i]!;
      const bagian: string[] = [];
      if (bingkai) bagian.push(barisUtuh(selBingkai(KOLOM_E81, bingkai.pembuka(t, i))));
      const baris = barisOpd(t, triwulan);
      for (const [n, b] of baris.entries()) {
        ukurBaris(ukur, b);
        // The last two rows (the last sub kegiatan and Jumlah) go with the summary, never leaving it alone on a page.
        const tahan = n >= baris.length - 2;
        bagian.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${b.map((s) => xmlSel(s, tahan)).join('')}</w:tr>`);
      }
      if (bingkai) {
        const [kiri, kanan] = bingkai.penutup(t, i);
        bagian.push(barisUtuh(selBingkai(4, kiri) + selBingkai(KOLOM_E81 - 4, kanan)));
      }
      if (i === tabel.length - 1) bagian.push('</w:tbl>');
      return bagian.join('');
    },
    kepala: () => {
      if (berikut !== tabel.length) throw new Error('Kepala tabel E.81 diminta sebelum semua barisnya ditulis');
      const kepalaBaris = kepalaTabel(tahun);
      // Repeated on every page. Each row's height is set from its titles: LibreOffice cut a merged title taller than
      // its rows instead of growing them.
      const { kolom, tinggi } = tataLetak(
        kepalaBaris,
        ukur.map((u) => u.ukuran()),
        lebar,
      );
      return (
        '<w:tbl><w:tblPr>' +
        `<w:tblW w:w="${kolom.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
        `<w:tblBorders>${BATAS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
        `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${MARGIN_SEL}" w:type="dxa"/>` +
        `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="${MARGIN_SEL}" w:type="dxa"/></w:tblCellMar>` +
        '<w:tblLook w:val="0000"/></w:tblPr>' +
        `<w:tblGrid>${kolom.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
        kepalaBaris
          .map(
            (b, i) =>
              `<w:tr><w:trPr><w:cantSplit/>${tinggi[i] ? `<w:trHeight w:val="${tinggi[i]}"/>` : ''}` +
              `<w:tblHeader/></w:trPr>${b.map((s) => xmlSel(s)).join('')}</w:tr>`,
          )
          .join('')
      );
    },
  };
}

/** The table of one OPD alone, without band or summary. */
export function xmlTabelE81(t: TabelE81, tahun: number, triwulan: number, lebar: number): string {
  const potongan = tabelE81([t], tahun, triwulan, lebar);
  const baris = potongan.opd(0);
  return potongan.kepala() + baris;
}
