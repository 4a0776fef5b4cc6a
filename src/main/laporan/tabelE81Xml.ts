// The E.81 table written directly as WordprocessingML. A regency has thousands of rows of 29 cells; docx's object
// model needs over ten seconds for that, plain strings a fraction of a second (test/bench/regency.run.ts measures both).
import type { IParagraphStyleOptions } from 'docx';
import { formatAngka } from '../../shared/format';
import type { KategoriCapaian } from '../../shared/monev/rules';
import { bersihkanTeks } from '../../shared/teks';
import type { BarisE81, IndikatorE81, TabelE81 } from './e81';

/** Paragraph styles the table's cells refer to; the document must declare them (see dokumenLaporan.ts). */
export const GAYA_E81: IParagraphStyleOptions[] = [
  { id: 'E81', name: 'Tabel E81', run: { size: 12 }, paragraph: { spacing: { before: 0, after: 0 } } },
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

interface OpsiSel {
  gaya?: 'E81' | 'E81Angka' | 'E81Tengah' | 'E81Kepala';
  span?: number;
  vMerge?: 'restart' | 'continue';
  isi?: string;
  tebal?: boolean;
  indent?: number;
}

function sel(teks: string | readonly string[], o: OpsiSel = {}): string {
  const tcPr =
    (o.span && o.span > 1 ? `<w:gridSpan w:val="${o.span}"/>` : '') +
    (o.vMerge ? (o.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '') +
    (o.isi ? `<w:shd w:val="clear" w:color="auto" w:fill="${o.isi}"/>` : '') +
    (o.gaya === 'E81Kepala' ? '<w:vAlign w:val="center"/>' : '');
  const pPr = `<w:pStyle w:val="${o.gaya ?? 'E81'}"/>${o.indent ? `<w:ind w:left="${o.indent}"/>` : ''}`;
  const baris = typeof teks === 'string' ? [teks] : teks;
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}<w:p><w:pPr>${pPr}</w:pPr>${teksRun(baris, o.tebal)}</w:p></w:tc>`;
}

const kepala = (teks: string, o: OpsiSel = {}) => sel(teks, { gaya: 'E81Kepala', isi: 'E7E6E6', ...o });
const lanjut = (span = 1) => kepala('', { vMerge: 'continue', span });

/** Column weights (about mm on A4), by grid column (29): narrow Renstra columns while there is no Renstra data. */
function bobotKolom(adaRenstra: boolean): number[] {
  // Renstra money is a five-year total, wider than a quarter's: 39.230,00 (juta) must not wrap.
  const renstra = adaRenstra ? [7, 14] : [4, 5];
  const renstraPersen = adaRenstra ? [7, 9] : [4, 5];
  return [
    5, // 1 No
    6, // 2 Sasaran
    19, // 3 Kode
    25, // 3 Program/Kegiatan/Sub Kegiatan
    20, // 4 Indikator
    ...renstra, // 5
    ...renstra, // 6
    ...[7, 11], // 7
    ...[7, 11, 7, 11, 7, 11, 7, 11], // 8-11
    ...[7, 11], // 12
    ...[8, 9], // 13
    ...renstra, // 14
    ...renstraPersen, // 15
    12, // 16 Unit
    12, // 17 Keterangan
  ];
}

function kepalaTabel(tahun: number): string {
  // Minimum heights (twips) so a renderer that repeats the header on later pages keeps room for the merged titles.
  const tr = (isi: string, tinggi = 0) =>
    `<w:tr><w:trPr><w:cantSplit/>${tinggi ? `<w:trHeight w:val="${tinggi}"/>` : ''}<w:tblHeader/></w:trPr>${isi}</w:tr>`;
  const restart = (teks: string, span = 1) => kepala(teks, { vMerge: 'restart', span });
  const baris1 =
    restart('No') +
    restart('Sasaran') +
    restart('Kode') +
    restart('Program/ Kegiatan/ Sub Kegiatan') +
    restart('Indikator Kinerja Program (outcome)/ Kegiatan (output)') +
    restart('Target Renstra PD akhir periode', 2) +
    restart(`Realisasi Renstra PD s.d. ${tahun - 1}`, 2) +
    restart(`Target Kinerja dan Anggaran Renja PD ${tahun}`, 2) +
    kepala('Realisasi Kinerja pada Triwulan', { span: 8 }) +
    restart(`Realisasi Capaian Kinerja dan Anggaran Renja PD ${tahun}`, 2) +
    restart(`Tingkat Capaian Renja PD ${tahun} (%)`, 2) +
    restart(`Realisasi Renstra PD s.d. ${tahun}`, 2) +
    restart('Tingkat Capaian Renstra PD (%)', 2) +
    restart('Unit PD Penanggung Jawab') +
    restart('Keterangan');
  const awal = lanjut().repeat(5);
  const akhir = lanjut().repeat(2);
  const tw = ['I', 'II', 'III', 'IV'].map((t) => kepala(t, { span: 2 })).join('');
  const baris2 = awal + lanjut(2).repeat(3) + tw + lanjut(2).repeat(4) + akhir;
  const baris3 = awal + (kepala('K') + kepala('Rp')).repeat(11) + akhir;
  const nomor = (t: string, span = 1) => kepala(t, { span, isi: 'F2F2F2' });
  const baris4 =
    nomor('1') +
    nomor('2') +
    nomor('3', 2) +
    nomor('4') +
    ['5', '6', '7', '8', '9', '10', '11', '12 = 8+9+10+11', '13 = 12/7 x 100', '14 = 6+12', '15 = 14/5 x 100']
      .map((n) => nomor(n, 2))
      .join('') +
    nomor('16') +
    nomor('17');
  return tr(baris1, 230) + tr(baris2, 800) + tr(baris3, 200) + tr(baris4);
}

// Indicator values keep the decimals they have (a count prints "12", a rate "87,50").
const nilaiK = (v: number | null) => (v == null ? '-' : formatAngka(v, Number.isInteger(v) ? 0 : 2));
/** Money in the E.81 table is in millions of rupiah: the table's width cannot hold twelve-digit figures. */
export const juta = (v: number | null | undefined) => (v == null ? '-' : formatAngka(v / 1e6, 2));
const persenAngka = (v: number | null | undefined) => formatAngka(v, 2);

function kolomK(ind: IndikatorE81[], ambil: (i: IndikatorE81, n: number) => string): string[] {
  return ind.length === 0 ? ['-'] : ind.map(ambil);
}

// Text only: before triwulan IV most rows are far from the year's target, and a page of red would say nothing.
const selKategori = (k: KategoriCapaian | null, o: OpsiSel) => sel(k ?? '-', { ...o, gaya: 'E81Tengah' });

function kolomRenstra(b: BarisE81): { c5: string; c6: string; c14: string; c15: string } {
  const r = b.renstra;
  const strip = sel('-', { gaya: 'E81Tengah' });
  if (!r) return { c5: strip + strip, c6: strip + strip, c14: strip + strip, c15: strip + strip };
  const angka = (v: string[]) => sel(v, { gaya: 'E81Angka' });
  const ind = r.indikator;
  return {
    c5: angka(ind.length ? ind.map((i) => nilaiK(i.targetAkhir)) : ['-']) + angka([juta(r.paguAkhir)]),
    c6:
      angka(ind.length ? ind.map((i) => nilaiK(i.realisasiSdTahunLalu)) : ['-']) +
      angka([juta(r.realisasiSdTahunLaluRp)]),
    c14:
      angka(ind.length ? ind.map((i) => nilaiK(i.realisasiSdTahunIni)) : ['-']) +
      angka([juta(r.realisasiSdTahunIniRp)]),
    c15: angka(ind.length ? ind.map((i) => persenAngka(i.capaian)) : ['-']) + angka([persenAngka(r.capaianRp)]),
  };
}

const ISI_TINGKAT = { program: 'DEEAF6', kegiatan: 'F2F2F2', subKegiatan: undefined } as const;
const INDENT_TINGKAT = { program: 0, kegiatan: 113, subKegiatan: 227 } as const;

function barisData(b: BarisE81, no: string, unit: string, triwulan: number): string {
  const tebal = b.tingkat !== 'subKegiatan';
  const isi = ISI_TINGKAT[b.tingkat];
  const o = { tebal, isi };
  const angka = (v: string[]) => sel(v, { gaya: 'E81Angka', ...o });
  const ind = b.indikator;
  const r = kolomRenstra(b);
  const tw = [0, 1, 2, 3]
    .map((j) =>
      j < triwulan
        ? angka(kolomK(ind, (i) => nilaiK(i.triwulan[j] ?? null))) + angka([juta(b.triwulanRp[j])])
        : sel('', o) + sel('', o),
    )
    .join('');
  const capaianK = ind.length > 0 ? ind.map((i) => persenAngka(i.capaian)) : [persenAngka(b.capaianK)];
  return (
    '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
    sel(no, { gaya: 'E81Tengah', ...o }) +
    sel(b.tingkat === 'program' ? '-' : '', { gaya: 'E81Tengah', ...o }) +
    sel(b.kode, o) +
    sel(b.nama, { ...o, indent: INDENT_TINGKAT[b.tingkat] }) +
    sel(ind.length ? ind.map((i) => (i.satuan ? `${i.uraian} (${i.satuan})` : i.uraian)) : ['-'], o) +
    r.c5 +
    r.c6 +
    angka(kolomK(ind, (i) => nilaiK(i.target))) +
    angka([juta(b.pagu)]) +
    tw +
    angka(kolomK(ind, (i) => nilaiK(i.realisasi))) +
    angka([juta(b.realisasiRp)]) +
    angka(capaianK) +
    angka([persenAngka(b.capaianRp)]) +
    r.c14 +
    r.c15 +
    sel(unit, { gaya: 'E81Tengah', isi }) +
    selKategori(b.kategori, o) +
    '</w:tr>'
  );
}

function barisJumlah(t: TabelE81, triwulan: number): string {
  const o = { tebal: true, isi: 'E7E6E6' };
  const angka = (v: string) => sel(v, { gaya: 'E81Angka', ...o });
  const strip = sel('-', { gaya: 'E81Tengah', ...o });
  const tw = [0, 1, 2, 3]
    .map((j) => sel('', o) + (j < triwulan ? angka(juta(t.jumlah.triwulanRp[j])) : sel('', o)))
    .join('');
  return (
    '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
    sel('Jumlah', { gaya: 'E81Tengah', span: 5, ...o }) +
    strip.repeat(4) +
    sel('', o) +
    angka(juta(t.jumlah.pagu)) +
    tw +
    sel('', o) +
    angka(juta(t.jumlah.realisasiRp)) +
    angka(persenAngka(t.rataCapaianK)) +
    angka(persenAngka(t.jumlah.capaianRp)) +
    strip.repeat(4) +
    sel('', o) +
    selKategori(t.predikat, o) +
    '</w:tr>'
  );
}

const GARIS = '<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
const BATAS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => GARIS.replace('{s}', s)).join('');

/** The whole table of one OPD as a `<w:tbl>` element, `lebar` twips wide. */
export function xmlTabelE81(t: TabelE81, tahun: number, triwulan: number, lebar: number): string {
  const bobot = bobotKolom(t.baris.some((b) => b.renstra));
  const total = bobot.reduce((a, b) => a + b, 0);
  const kolom = bobot.map((b) => Math.floor((lebar * b) / total));
  const unit = t.opd.singkatan || t.opd.nama;
  let program = 0;
  const isi = t.baris.map((b) => barisData(b, b.tingkat === 'program' ? String(++program) : '', unit, triwulan));
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${kolom.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
    `<w:tblBorders>${BATAS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="20" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="20" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000"/></w:tblPr>' +
    `<w:tblGrid>${kolom.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    kepalaTabel(tahun) +
    isi.join('') +
    barisJumlah(t, triwulan) +
    '</w:tbl>'
  );
}
