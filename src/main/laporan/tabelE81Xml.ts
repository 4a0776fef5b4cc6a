// The E.81 table written directly as WordprocessingML. A regency has thousands of rows of 29 cells; docx's object
// model needs over ten seconds for that, plain strings a fraction of a second (test/bench/regency.run.ts measures both).
import type { IParagraphStyleOptions } from 'docx';
import { formatAngka } from '../../shared/format';
import type { KategoriCapaian } from '../../shared/monev/rules';
import { bersihkanTeks } from '../../shared/teks';
import type { BarisE81, IndikatorE81, RenstraE81, TabelE81 } from './e81';
import {
  lebarKolom,
  MARGIN_SEL,
  perluDiputar,
  UKURAN_E81,
  type JenisKolom,
  type KepalaUkur,
  type SelUkur,
} from './lebarKolomE81';

/** Paragraph styles the table's cells refer to; the document must declare them (see dokumenLaporan.ts). */
export const GAYA_E81: IParagraphStyleOptions[] = [
  { id: 'E81', name: 'Tabel E81', run: { size: UKURAN_E81 }, paragraph: { spacing: { before: 0, after: 0 } } },
  { id: 'E81Kode', name: 'Tabel E81 kode', basedOn: 'E81' },
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
  /** The row's code, a paragraph of its own above the name: codes never wrap, and need no column of their own. */
  kode?: string;
  /** Header text turned on its side (bottom to top) in a column too narrow for its words. */
  putar?: boolean;
}

type OpsiSel = Partial<Omit<Sel, 'teks'>>;

const sel = (teks: string | readonly string[], o: OpsiSel = {}): Sel => ({
  teks: typeof teks === 'string' ? [teks] : teks,
  gaya: 'E81',
  ...o,
});

function xmlSel(s: Sel): string {
  const tcPr =
    (s.span && s.span > 1 ? `<w:gridSpan w:val="${s.span}"/>` : '') +
    (s.vMerge ? (s.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '') +
    (s.isi ? `<w:shd w:val="clear" w:color="auto" w:fill="${s.isi}"/>` : '') +
    (s.putar ? '<w:textDirection w:val="btLr"/>' : '') +
    (s.gaya === 'E81Kepala' ? '<w:vAlign w:val="center"/>' : '');
  const ind = s.indent ? `<w:ind w:left="${s.indent}"/>` : '';
  const kode = s.kode ? `<w:p><w:pPr><w:pStyle w:val="E81Kode"/>${ind}</w:pPr>${teksRun([s.kode], s.tebal)}</w:p>` : '';
  const pPr = `<w:pStyle w:val="${s.gaya}"/>${ind}`;
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${kode}<w:p><w:pPr>${pPr}</w:pPr>${teksRun(s.teks, s.tebal)}</w:p></w:tc>`;
}

const kepala = (teks: string, o: OpsiSel = {}) => sel(teks, { gaya: 'E81Kepala', isi: 'E7E6E6', ...o });
const lanjut = (span = 1) => kepala('', { vMerge: 'continue', span });

/** How each of the 28 grid columns is sized (see lebarKolomE81.ts). */
const JENIS_KOLOM: JenisKolom[] = [
  'kaku', // 1 No
  'kata', // 2 Sasaran: merged down the program's rows, so its words need only fit
  'teks', // 3 Kode and Program/Kegiatan/Sub Kegiatan
  'teks', // 4 Indikator
  ...Array<JenisKolom>(22).fill('kaku'), // 5-15, K and Rp
  'kata', // 16 Unit
  'kata', // 17 Keterangan
];

/** Minimum heights (twips) of the four header rows; the merged titles wrap, or stand on their side, within them. */
const TINGGI_KEPALA = [300, 700, 260, 0];
const TINGGI_JUDUL = TINGGI_KEPALA[0]! + TINGGI_KEPALA[1]! + TINGGI_KEPALA[2]!;

function kepalaTabel(tahun: number): Sel[][] {
  const restart = (teks: string, span = 1) => kepala(teks, { vMerge: 'restart', span });
  const baris1 = [
    restart('No'),
    restart('Sasaran'),
    restart('Kode dan Program/ Kegiatan/ Sub Kegiatan'),
    restart('Indikator Kinerja Program (outcome)/ Kegiatan (output)'),
    restart('Target Renstra PD akhir periode', 2),
    restart(`Realisasi Renstra PD s.d. ${tahun - 1}`, 2),
    restart(`Target Kinerja dan Anggaran Renja PD ${tahun}`, 2),
    kepala('Realisasi Kinerja pada Triwulan', { span: 8 }),
    restart(`Realisasi Capaian Kinerja dan Anggaran Renja PD ${tahun}`, 2),
    restart(`Tingkat Capaian Renja PD ${tahun} (%)`, 2),
    restart(`Realisasi Renstra PD s.d. ${tahun}`, 2),
    restart('Tingkat Capaian Renstra PD (%)', 2),
    restart('Unit PD Penanggung Jawab'),
    restart('Keterangan'),
  ];
  const awal = Array.from({ length: 4 }, () => lanjut());
  const akhir = [lanjut(), lanjut()];
  const baris2 = [
    ...awal,
    ...Array.from({ length: 3 }, () => lanjut(2)),
    ...['I', 'II', 'III', 'IV'].map((t) => kepala(t, { span: 2 })),
    ...Array.from({ length: 4 }, () => lanjut(2)),
    ...akhir,
  ];
  const baris3 = [...awal, ...Array.from({ length: 11 }, () => [kepala('K'), kepala('Rp')]).flat(), ...akhir];
  const nomor = (t: string, span = 1) => kepala(t, { span, isi: 'F2F2F2' });
  const baris4 = [
    nomor('1'),
    nomor('2'),
    nomor('3'),
    nomor('4'),
    ...['5', '6', '7', '8', '9', '10', '11', '12 = 8+9+10+11', '13 = 12/7 x 100', '14 = 6+12', '15 = 14/5 x 100'].map(
      (n) => nomor(n, 2),
    ),
    nomor('16'),
    nomor('17'),
  ];
  return [baris1, baris2, baris3, baris4];
}

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
  if (!r) return Array.from({ length: 8 }, () => sel('-', { ...o, gaya: 'E81Tengah' }));
  const angka = (v: string[]) => sel(v, { ...o, gaya: 'E81Angka' });
  const ind = r.indikator;
  const k = (ambil: (i: RenstraE81['indikator'][number]) => string) => angka(ind.length ? ind.map(ambil) : ['-']);
  return [
    k((i) => nilaiK(i.targetAkhir)),
    angka([juta(r.paguAkhir)]),
    k((i) => nilaiK(i.realisasiSdTahunLalu)),
    angka([juta(r.realisasiSdTahunLaluRp)]),
    k((i) => nilaiK(i.realisasiSdTahunIni)),
    angka([juta(r.realisasiSdTahunIniRp)]),
    k((i) => persenAngka(i.capaian)),
    angka([persenAngka(r.capaianRp)]),
  ];
}

const ISI_TINGKAT = { program: 'DEEAF6', kegiatan: 'F2F2F2', subKegiatan: undefined } as const;
const INDENT_TINGKAT = { program: 0, kegiatan: 113, subKegiatan: 227 } as const;

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
  const [c5a, c5b, c6a, c6b, c14a, c14b, c15a, c15b] = kolomRenstra(b, o);
  const tw = [0, 1, 2, 3].flatMap((j) =>
    j < triwulan
      ? [angka(kolomK(ind, (i) => nilaiK(i.triwulan[j] ?? null))), angka([juta(b.triwulanRp[j])])]
      : [sel('', o), sel('', o)],
  );
  const capaianK = ind.length > 0 ? ind.map((i) => persenAngka(i.capaian)) : [persenAngka(b.capaianK)];
  return [
    sel(no, { ...o, gaya: 'E81Tengah' }),
    selSasaran(b, dalamSasaran, o),
    sel(b.nama, { ...o, kode: b.kode, indent: INDENT_TINGKAT[b.tingkat] }),
    sel(ind.length ? ind.map((i) => (i.satuan ? `${i.uraian} (${i.satuan})` : i.uraian)) : ['-'], o),
    c5a!,
    c5b!,
    c6a!,
    c6b!,
    angka(kolomK(ind, (i) => nilaiK(i.target))),
    angka([juta(b.pagu)]),
    ...tw,
    angka(kolomK(ind, (i) => nilaiK(i.realisasi))),
    angka([juta(b.realisasiRp)]),
    angka(capaianK),
    angka([persenAngka(b.capaianRp)]),
    c14a!,
    c14b!,
    c15a!,
    c15b!,
    sel(unit, { gaya: 'E81Tengah', isi }),
    selKategori(b.kategori, o),
  ];
}

function barisJumlah(t: TabelE81, triwulan: number): Sel[] {
  const o = { tebal: true, isi: 'E7E6E6' };
  const angka = (v: string) => sel(v, { ...o, gaya: 'E81Angka' });
  const strip = () => sel('-', { ...o, gaya: 'E81Tengah' });
  const tw = [0, 1, 2, 3].flatMap((j) => [sel('', o), j < triwulan ? angka(juta(t.jumlah.triwulanRp[j])) : sel('', o)]);
  return [
    sel('Jumlah', { ...o, gaya: 'E81Tengah', span: 4 }),
    ...Array.from({ length: 4 }, strip),
    sel('', o),
    angka(juta(t.jumlah.pagu)),
    ...tw,
    sel('', o),
    angka(juta(t.jumlah.realisasiRp)),
    angka(persenAngka(t.rataCapaianK)),
    angka(persenAngka(t.jumlah.capaianRp)),
    ...Array.from({ length: 4 }, strip),
    sel('', o),
    selKategori(t.predikat, o),
  ];
}

const GARIS = '<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
const BATAS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => GARIS.replace('{s}', s)).join('');

/** The cells of each grid column that span one column, and the header cells with their first column. */
function kumpulkan(kepalaBaris: Sel[][], isi: Sel[][]): { kolom: SelUkur[][]; judul: KepalaUkur[] } {
  const kolom: SelUkur[][] = JENIS_KOLOM.map(() => []);
  for (const baris of isi) {
    let j = 0;
    for (const s of baris) {
      if ((s.span ?? 1) === 1) kolom[j]!.push(s);
      j += s.span ?? 1;
    }
  }
  const judul: KepalaUkur[] = [];
  for (const [i, baris] of kepalaBaris.entries()) {
    let j = 0;
    for (const s of baris) {
      const datar = i === kepalaBaris.length - 1;
      if (s.vMerge !== 'continue') judul.push({ teks: s.teks.join(' '), awal: j, span: s.span ?? 1, datar });
      j += s.span ?? 1;
    }
  }
  return { kolom, judul };
}

/** The whole table of one OPD as a `<w:tbl>` element, at most `lebar` twips wide. */
export function xmlTabelE81(t: TabelE81, tahun: number, triwulan: number, lebar: number): string {
  const unit = t.opd.singkatan || t.opd.nama;
  let program = 0;
  let sasaran = false;
  const isi = t.baris.map((b) => {
    if (b.tingkat === 'program') sasaran = Boolean(b.sasaran);
    return barisData(b, b.tingkat === 'program' ? String(++program) : '', unit, triwulan, sasaran);
  });
  isi.push(barisJumlah(t, triwulan));
  const kepalaBaris = kepalaTabel(tahun);
  const { kolom: selKolom, judul } = kumpulkan(kepalaBaris, isi);
  const kolom = lebarKolom(JENIS_KOLOM, selKolom, judul, TINGGI_JUDUL, lebar);
  // Titles whose longest word does not fit their columns stand on their side (an empty Renstra or triwulan column).
  for (const baris of kepalaBaris.slice(0, 3)) {
    let j = 0;
    for (const s of baris) {
      const span = s.span ?? 1;
      const w = kolom.slice(j, j + span).reduce((a, b) => a + b, 0);
      if (s.vMerge !== 'continue' && perluDiputar(s.teks.join(' '), w)) s.putar = true;
      j += span;
    }
  }
  // Repeated on every page; a minimum height keeps room for the merged titles in a renderer that repeats them.
  const kepalaXml = kepalaBaris
    .map(
      (b, i) =>
        `<w:tr><w:trPr><w:cantSplit/>${TINGGI_KEPALA[i] ? `<w:trHeight w:val="${TINGGI_KEPALA[i]}"/>` : ''}` +
        `<w:tblHeader/></w:trPr>${b.map(xmlSel).join('')}</w:tr>`,
    )
    .join('');
  let badan = '';
  for (const b of isi) badan += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${b.map(xmlSel).join('')}</w:tr>`;
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${kolom.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
    `<w:tblBorders>${BATAS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${MARGIN_SEL}" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="${MARGIN_SEL}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000"/></w:tblPr>' +
    `<w:tblGrid>${kolom.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    kepalaXml +
    badan +
    '</w:tbl>'
  );
}
