// From a deck's plain data to a .pptx with pptxgenjs: 16:9, the regency's colours and logo, text >= 18 pt, charts as
// native PowerPoint charts (editable, data in an embedded workbook) with Indonesian number formats.
import PptxGenJS from 'pptxgenjs';
import { LABEL_STATUS, type Status } from '../../shared/monev/rules';
import { ukuranGambar } from '../docx/gambar';
import { WARNA_STATUS } from '../laporan/bagianDokumen';
import type { Butir, DataPaparan, Foto, JumlahStatus, Kartu, Seri, Slide, Tema } from './slide';

type Pres = InstanceType<typeof PptxGenJS>;
type SlidePptx = ReturnType<Pres['addSlide']>;
type TeksRun = Exclude<Parameters<SlidePptx['addText']>[0], string>;

// LAYOUT_WIDE: 13,333 x 7,5 in.
const LEBAR = 13.333;
const TINGGI = 7.5;
const KIRI = 0.6;
const ISI_LEBAR = LEBAR - 2 * KIRI;
const ISI_ATAS = 1.75;
const PITA = 0.5;
const ISI_BAWAH = TINGGI - PITA - 0.15;
const HURUF = 'Arial';
const BAHASA = 'id-ID';
const ABU = '595959';
const ABU_MUDA = 'A6A6A6';
/** The status column of a list with statuses: "Dalam penanganan", "Proses (terlambat)", "-26,7 poin". */
const LEBAR_TANDA = 3.1;
/**
 * Number formats are written in the file's own (en-US) syntax; the [$-421] locale tag makes LibreOffice print them the
 * Indonesian way ("68,9") on any PC, and PowerPoint follows the regional settings of an Indonesian Windows.
 */
const FORMAT_PERSEN = '[$-421]#,##0.0';
const FORMAT_SUMBU = '[$-421]0';
/** Every text on a slide is at least this large: legible from the back of a meeting room. */
export const UKURAN_MIN = 18;

const hex = (w: string) => w.replace('#', '').toUpperCase();

/** A lighter tint of a colour for tile backgrounds: mixed with white. */
function tint(warna: string, bagian: number): string {
  const n = parseInt(hex(warna), 16);
  const campur = (c: number) => Math.round(c + (255 - c) * bagian);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => campur(c).toString(16).padStart(2, '0')).join('');
}

const WARNA_TANDA: Record<Status, string> = {
  merah: WARNA_STATUS.merah.isi,
  kuning: 'B07800',
  hijau: '00803A',
};

function teks(s: SlidePptx, isi: string | TeksRun, opsi: Parameters<SlidePptx['addText']>[1]): void {
  s.addText(isi, { fontFace: HURUF, lang: BAHASA, margin: 0, ...opsi });
}

function logo(s: SlidePptx, tema: Tema, x: number, y: number, tinggi: number, tengah = false): void {
  if (!tema.logo) return;
  const ukuran = ukuranGambar(tema.logo.isi);
  if (!ukuran) return;
  const lebar = (tinggi * ukuran.lebar) / ukuran.tinggi;
  s.addImage({
    data: `${tema.logo.mime};base64,${Buffer.from(tema.logo.isi).toString('base64')}`,
    x: tengah ? (LEBAR - lebar) / 2 : x - lebar,
    y,
    w: lebar,
    h: tinggi,
    altText: `Lambang ${tema.daerah}`,
  });
}

/** Title, accent rule, logo top right, and the band at the foot with the region and the slide number. */
/**
 * Slide titles are one line where they can be: long OPD names ("Dinas Koperasi, Usaha Kecil dan Menengah,
 * Perindustrian dan Perdagangan") step down in size, never below 24 pt, and wrap to two lines only then.
 */
export function ukuranJudul(judul: string): number {
  if (judul.length <= 42) return 32;
  if (judul.length <= 50) return 28;
  return 24;
}

function kerangka(s: SlidePptx, tema: Tema, judul: string, subjudul: string, nomor: number): void {
  teks(s, judul, {
    x: KIRI,
    y: 0.12,
    w: ISI_LEBAR - 1.2,
    h: 1.03,
    fontSize: ukuranJudul(judul),
    bold: true,
    color: hex(tema.warnaUtama),
    valign: 'bottom',
  });
  s.addShape('rect', {
    x: KIRI,
    y: 1.25,
    w: 2.2,
    h: 0.08,
    fill: { color: hex(tema.warnaAksen) },
    line: { type: 'none' },
  });
  if (subjudul) teks(s, subjudul, { x: KIRI, y: 1.35, w: ISI_LEBAR, h: 0.4, fontSize: 20, color: ABU });
  logo(s, tema, LEBAR - KIRI, 0.3, 0.9);
  s.addShape('rect', { x: 0, y: TINGGI - PITA, w: LEBAR, h: PITA, fill: { color: hex(tema.warnaUtama) } });
  const pita = { y: TINGGI - PITA, h: PITA, fontSize: UKURAN_MIN, color: 'FFFFFF', valign: 'middle' } as const;
  teks(s, tema.daerah, { ...pita, x: KIRI, w: 8 });
  teks(s, String(nomor), { ...pita, x: LEBAR - KIRI - 1, w: 1, align: 'right' });
}

function slideJudul(s: SlidePptx, tema: Tema, d: Extract<Slide, { jenis: 'judul' }>): void {
  s.background = { color: hex(tema.warnaUtama) };
  logo(s, tema, 0, 0.5, 1.5, true);
  s.addShape('rect', { x: 0, y: 5.05, w: LEBAR, h: 0.06, fill: { color: hex(tema.warnaAksen) } });
  teks(s, d.judul, {
    x: 0.8,
    y: 2.15,
    w: LEBAR - 1.6,
    h: 1.5,
    fontSize: 36,
    bold: true,
    color: 'FFFFFF',
    align: 'center',
    valign: 'middle',
    fit: 'shrink',
  });
  const bawah = [d.subjudul, ...d.rincian].filter(Boolean);
  teks(
    s,
    bawah.map((t, i) => ({ text: t, options: { breakLine: i < bawah.length - 1, fontSize: i === 0 ? 24 : 20 } })),
    { x: 0.8, y: 3.7, w: LEBAR - 1.6, h: 1.3, color: 'FFFFFF', align: 'center', valign: 'top', paraSpaceAfter: 4 },
  );
  if (d.penyaji)
    teks(
      s,
      [
        { text: d.penyaji.nama, options: { bold: true, fontSize: 22, breakLine: true } },
        { text: d.penyaji.jabatan, options: { fontSize: UKURAN_MIN } },
      ],
      { x: 0.8, y: 5.3, w: LEBAR - 1.6, h: 1.2, color: 'FFFFFF', align: 'center', valign: 'top', fit: 'shrink' },
    );
}

/** Headline figures two by two: a wide tile holds "Rp512,2 miliar" at 36 pt on one line. */
function kartu(s: SlidePptx, tema: Tema, daftar: Kartu[], y: number): number {
  const jarak = 0.2;
  const lebar = (ISI_LEBAR - jarak) / 2;
  const tinggi = 1.35;
  daftar.forEach((k, i) => {
    const x = KIRI + (i % 2) * (lebar + jarak);
    const yi = y + Math.floor(i / 2) * (tinggi + jarak);
    s.addShape('roundRect', {
      x,
      y: yi,
      w: lebar,
      h: tinggi,
      rectRadius: 0.08,
      fill: { color: tint(tema.warnaUtama, 0.9) },
      line: { color: tint(tema.warnaUtama, 0.6), width: 1 },
    });
    const warnaNilai = k.status ? WARNA_TANDA[k.status] : hex(tema.warnaUtama);
    teks(
      s,
      [
        { text: k.label, options: { fontSize: UKURAN_MIN, color: ABU, breakLine: true } },
        { text: k.nilai, options: { fontSize: 36, bold: true, color: warnaNilai, breakLine: true } },
        { text: k.keterangan, options: { fontSize: UKURAN_MIN, color: ABU } },
      ],
      { x: x + 0.25, y: yi + 0.05, w: lebar - 0.5, h: tinggi - 0.1, valign: 'middle', lineSpacingMultiple: 0.95 },
    );
  });
  return y + Math.ceil(daftar.length / 2) * (tinggi + jarak);
}

const CHIP: [keyof JumlahStatus, string, string][] = [
  ['hijau', `OPD ${LABEL_STATUS.hijau.toLowerCase()}`, WARNA_STATUS.hijau.isi],
  ['kuning', `OPD ${LABEL_STATUS.kuning.toLowerCase()}`, WARNA_STATUS.kuning.isi],
  ['merah', `OPD ${LABEL_STATUS.merah.toLowerCase()}`, WARNA_STATUS.merah.isi],
  ['belum', 'belum dinilai', ABU_MUDA],
];

/** Coloured chips "16 OPD hijau" under the headline figures. */
function chipStatus(s: SlidePptx, n: JumlahStatus, y: number): number {
  const jarak = 0.2;
  const lebar = (ISI_LEBAR - jarak * 3) / 4;
  CHIP.forEach(([kunci, label, warna], i) => {
    const x = KIRI + i * (lebar + jarak);
    s.addShape('roundRect', {
      x,
      y,
      w: lebar,
      h: 0.65,
      rectRadius: 0.08,
      fill: { color: warna },
      line: { type: 'none' },
    });
    teks(s, `${n[kunci]} ${label}`, {
      x,
      y,
      w: lebar,
      h: 0.65,
      color: kunci === 'kuning' || kunci === 'belum' ? '262626' : 'FFFFFF',
      bold: true,
      fontSize: 22,
      align: 'center',
      valign: 'middle',
    });
  });
  return y + 0.65 + 0.2;
}

/**
 * A list: bullets, or a two-column table when items carry a status (a kendala and how far it is solved), since a
 * paragraph of two differently coloured runs comes out of pptxgenjs with a second <a:pPr> that PowerPoint repairs.
 */
function daftarButir(s: SlidePptx, butir: Butir[], y: number, tinggi: number): void {
  if (butir.some((b) => b.tanda)) {
    const garis = { type: 'solid', pt: 1, color: 'D9D9D9' } as const;
    const tanpa = { type: 'none' } as const;
    s.addTable(
      butir.map((b) => [
        { text: b.teks, options: { color: '262626' } },
        { text: b.tanda?.teks ?? '', options: { bold: true, color: b.tanda ? WARNA_TANDA[b.tanda.status] : ABU } },
      ]),
      {
        x: KIRI,
        y,
        w: ISI_LEBAR,
        colW: [ISI_LEBAR - LEBAR_TANDA, LEBAR_TANDA],
        fontFace: HURUF,
        fontSize: 22,
        valign: 'middle',
        margin: [0.06, 0.1, 0.06, 0],
        border: [tanpa, tanpa, garis, tanpa],
      },
    );
    return;
  }
  teks(
    s,
    butir.map((b, i) => ({ text: b.teks, options: { bullet: { indent: 22 }, breakLine: i < butir.length - 1 } })),
    { x: KIRI, y, w: ISI_LEBAR, h: tinggi, fontSize: 24, color: '262626', valign: 'top', paraSpaceAfter: 10 },
  );
}

const WARNA_SERI = (tema: Tema, w: Seri['warna']) =>
  w === 'utama' ? hex(tema.warnaUtama) : w === 'aksen' ? hex(tema.warnaAksen) : ABU_MUDA;

function grafik(s: SlidePptx, pres: Pres, tema: Tema, d: Extract<Slide, { jenis: 'grafik' }>): void {
  // A series is cut after its last value, so a quarter not yet reported draws nothing rather than an empty point.
  const data = d.seri.map((seri) => {
    const akhir = seri.nilai.findLastIndex((v) => v !== null);
    return { name: seri.nama, labels: d.kategori, values: seri.nilai.slice(0, akhir + 1) as number[] };
  });
  const umum = {
    x: KIRI,
    y: ISI_ATAS + 0.05,
    w: ISI_LEBAR,
    h: ISI_BAWAH - ISI_ATAS - 0.05,
    chartColors: d.seri.map((seri) => WARNA_SERI(tema, seri.warna)),
    lang: BAHASA,
    showValue: true,
    dataLabelFormatCode: FORMAT_PERSEN,
    dataLabelFontSize: UKURAN_MIN,
    dataLabelFontFace: HURUF,
    catAxisLabelFontSize: UKURAN_MIN,
    catAxisLabelFontFace: HURUF,
    valAxisLabelFontSize: UKURAN_MIN,
    valAxisLabelFontFace: HURUF,
    valAxisLabelFormatCode: FORMAT_SUMBU,
    valAxisMinVal: 0,
    showLegend: true,
    legendPos: 'b',
    legendFontSize: UKURAN_MIN,
    legendFontFace: HURUF,
    valGridLine: { color: 'E0E0E0', size: 0.75 },
  } as const;
  if (d.bentuk === 'garis') {
    // One line chart per series so each has its own label position: the target's above its line, the realisation's
    // to the right of its point (below the rising line), where the two would otherwise print on top of each other.
    const posisi = ['t', 'r'] as const;
    s.addChart(
      data.map((seri, i) => ({
        type: pres.ChartType.line,
        data: [seri],
        options: {
          chartColors: [WARNA_SERI(tema, d.seri[i]!.warna)],
          dataLabelPosition: posisi[i % 2],
          dataLabelColor: i === 0 ? ABU : WARNA_SERI(tema, d.seri[i]!.warna),
          dataLabelFontBold: i > 0,
        },
      })),
      // A multi-type chart has its data in the types; with none given here, pptxgenjs takes the next argument.
      undefined as unknown as [],
      { ...umum, valAxisMaxVal: 100, valAxisMajorUnit: 20, lineSize: 3, lineDataSymbolSize: 9 },
    );
    return;
  }
  s.addChart(pres.ChartType.bar, data, {
    ...umum,
    barDir: 'bar',
    // Rank 1 at the top. The typings know only 'minMax'; PowerPoint's own value for top-down is 'maxMin'.
    catAxisOrientation: 'maxMin' as 'minMax',
    // Every OPD named, on one line: the names get the left third of the chart.
    layout: { x: 0.3, y: 0.02, w: 0.66, h: 0.84 },
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    valAxisMaxVal: Math.max(100, ...d.seri.flatMap((x) => x.nilai.map((v) => v ?? 0))) * 1.12,
    barGapWidthPct: 45,
    dataLabelPosition: 'outEnd',
  });
}

function foto(s: SlidePptx, daftar: Foto[]): void {
  const lebarKotak = (ISI_LEBAR - 0.4) / 2;
  const tinggiKotak = 4.1;
  daftar.slice(0, 2).forEach((f, i) => {
    const ukuran = ukuranGambar(f.isi);
    if (!ukuran) return;
    const skala = Math.min(lebarKotak / ukuran.lebar, tinggiKotak / ukuran.tinggi);
    const [w, h] = [ukuran.lebar * skala, ukuran.tinggi * skala];
    const x0 = KIRI + i * (lebarKotak + 0.4);
    s.addImage({
      data: `${f.mime};base64,${f.isi.toString('base64')}`,
      x: x0 + (lebarKotak - w) / 2,
      y: ISI_ATAS + (tinggiKotak - h) / 2,
      w,
      h,
      altText: f.keterangan,
    });
    teks(s, f.keterangan, {
      x: x0,
      y: ISI_ATAS + tinggiKotak + 0.1,
      w: lebarKotak,
      h: 0.85,
      fontSize: UKURAN_MIN,
      color: ABU,
      align: 'center',
      valign: 'top',
      fit: 'shrink',
    });
  });
}

export async function buatPaparan(data: DataPaparan): Promise<Buffer> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = data.judul;
  pres.company = data.tema.daerah;
  pres.author = data.tema.daerah;
  data.slide.forEach((d, i) => {
    const s = pres.addSlide();
    if (d.catatan.length > 0) s.addNotes(d.catatan.join('\n'));
    if (d.jenis === 'judul') return slideJudul(s, data.tema, d);
    kerangka(s, data.tema, d.judul, 'subjudul' in d ? d.subjudul : '', i + 1);
    if (d.jenis === 'angka') {
      let y = kartu(s, data.tema, d.kartu, ISI_ATAS + 0.15);
      if (d.status) y = chipStatus(s, d.status, y);
      if (d.butir.length > 0) daftarButir(s, d.butir, y, ISI_BAWAH - y);
    } else if (d.jenis === 'grafik') grafik(s, pres, data.tema, d);
    else if (d.jenis === 'butir') daftarButir(s, d.butir, ISI_ATAS + 0.15, ISI_BAWAH - ISI_ATAS - 0.15);
    else foto(s, d.foto);
  });
  return (await pres.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
}
