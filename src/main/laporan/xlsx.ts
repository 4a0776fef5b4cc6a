// The report's tables as a workbook: recap per OPD, OPD in merah, and the E.81 table with its merged header, money in
// full rupiah (the DOCX shows millions to fit the page). Written as a stream (ekspor/bukuKerja.ts): rows in order,
// each committed once written.
import { setImmediate } from 'node:timers/promises';
import type { LaporKemajuan } from '../kemajuan';
import ExcelJS from 'exceljs';
import { formatAngka, labelTriwulan } from '../../shared/format';
import { LABEL_VERSI } from '../../shared/renja';
import type { BarisE81 } from './e81';
import { barisFormB, barisRekapE81, KOLOM_FORM_B, KOLOM_REKAP_E81 } from './formB';
import { nilaiK as nilaiKTeks, pitaE81, ringkasanE81 } from './tabelE81Xml';
import { halamanCetak, judulCetak, tulisBukuKerja, type BukuKerjaAliran, type KomitBaris } from '../ekspor/bukuKerja';
import type { KonteksTabel } from './konteks';
import {
  barisMerah,
  barisRekap,
  barisRekapJumlah,
  predikatPerOpd,
  KOLOM_MERAH,
  KOLOM_REKAP,
  type JenisNilai,
  type KolomRekap,
  type Nilai,
} from './rekap';

const FORMAT: Record<JenisNilai, string | undefined> = {
  teks: undefined,
  uang: '#,##0.00',
  persen: '0.00',
  poin: '+0.00;-0.00;0.00',
  bilangan: '0',
};
/**
 * Rows written between two turns of the event loop. The writer's zip deflates a sheet's XML as it comes, on zlib's
 * thread, a write of 64 KB at a time, and starts the next only when the loop turns: a sheet written in one go sat
 * whole in memory first (tens of MB at 4x), and a turn every thousand rows, or every OPD, let zlib deflate a fraction
 * of the text while the rows were written, the rest after the last one (a third of a second at 4x the bench). Every
 * twenty rows (some 20 KB of XML) keeps it busy; more often gained nothing.
 */
const BARIS_PER_JEDA = 20;
/**
 * One font object for every bold cell: the streaming writer finds a cell's style by the identity of its parts
 * (ekspor/bukuKerja.ts), and a fresh `{ bold: true }` per row made each of a regency's program and kegiatan rows
 * serialise its style again.
 */
const TEBAL: Partial<ExcelJS.Font> = { bold: true };
/** Likewise one alignment object for the data cells of the plain sheets. */
const ATAS: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const ISI_KEPALA: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const GARIS: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** The level of a row shown by indentation, as the DOCX does, so the name itself stays the same text. */
const INDENT: Record<BarisE81['tingkat'], Partial<ExcelJS.Alignment>> = {
  program: { wrapText: true, vertical: 'top' },
  kegiatan: { wrapText: true, vertical: 'top', indent: 1 },
  subKegiatan: { wrapText: true, vertical: 'top', indent: 2 },
};

/** What a sheet's data rows need of the streaming writer's internals (exceljs 4.4's WorkbookWriter, WorksheetWriter). */
interface BukuDalam {
  styles: { addStyleModel(model: Partial<ExcelJS.Style>, jenis?: ExcelJS.ValueType): number };
  sharedStrings: { add(teks: string): number };
}
interface LembarDalam {
  _rows: unknown[] | null;
  _rowZero: number;
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  stream: { write(xml: string): unknown };
}

/** A row without a style of its own (ExcelJS's row.style starts as an empty object). */
const TANPA_GAYA: Partial<ExcelJS.Style> = {};

const HURUF_KOLOM = Array.from({ length: 64 }, (_, i) =>
  i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26), 65 + (i % 26)),
);

/**
 * Data rows written as XML straight into the sheet's stream, exactly as ExcelJS's own row writer writes them: the same
 * style and shared-string ids, asked of the workbook's own tables in the same order (the row's style, then each cell's
 * from the left), so the file is the same byte for byte. ExcelJS builds every row as cell objects, gives each cell a
 * style, and serialises both through its XML builder: most of the .xlsx's time, for a regency's tens of thousands of
 * rows. Each cell's style is given as the object ExcelJS would have built for it (the column's number format, the
 * row's font, the cell's alignment); one object per kind of cell, so its id is looked up once per cell type.
 */
export class BarisLangsung {
  private readonly id = new Map<Partial<ExcelJS.Style>, number[]>();
  private readonly buku: BukuDalam;
  private readonly lembar: LembarDalam;

  constructor(wb: BukuKerjaAliran, ws: ExcelJS.Worksheet) {
    this.buku = wb as unknown as BukuDalam;
    this.lembar = ws as unknown as LembarDalam;
    if (typeof this.buku.styles?.addStyleModel !== 'function' || typeof this.lembar._writeColumns !== 'function')
      throw new Error('exceljs tidak lagi menyediakan penulis baris yang dipakai laporan .xlsx');
  }

  private idGaya(gaya: Partial<ExcelJS.Style>, jenis: ExcelJS.ValueType): number {
    let per = this.id.get(gaya);
    if (!per) this.id.set(gaya, (per = []));
    return (per[jenis] ??= this.buku.styles.addStyleModel(gaya, jenis));
  }

  /**
   * Row `nomor`, its cells from column A; `gaya[i]` is cell i's style, `gayaBaris` the row's own (a bold row's font).
   * Every row before it must be committed, and the sheet goes on at the next row.
   */
  tulis(
    nomor: number,
    nilai: readonly Nilai[],
    gaya: readonly Partial<ExcelJS.Style>[],
    gayaBaris: Partial<ExcelJS.Style> = TANPA_GAYA,
  ): void {
    const ws = this.lembar;
    if (ws._rows === null || ws._rows.length > 0 || ws._rowZero > nomor)
      throw new Error(`Baris ${nomor} ditulis sebelum baris sebelumnya selesai`);
    if (!ws.startedData) {
      ws._writeColumns();
      ws._writeOpenSheetData();
      ws.startedData = true;
    }
    const idBaris = this.idGaya(gayaBaris, ExcelJS.ValueType.Number);
    let xml = `<row r="${nomor}" spans="1:${nilai.length}"${idBaris ? ` s="${idBaris}" customFormat="1"` : ''} x14ac:dyDescent="0.25">`;
    for (let i = 0; i < nilai.length; i++) {
      const v = nilai[i]!;
      const jenis =
        v === null
          ? ExcelJS.ValueType.Null
          : typeof v === 'number'
            ? ExcelJS.ValueType.Number
            : ExcelJS.ValueType.String;
      const s = this.idGaya(gaya[i]!, jenis);
      if (v === null && !s) continue;
      xml += `<c r="${HURUF_KOLOM[i]}${nomor}"${s ? ` s="${s}"` : ''}`;
      if (v === null) xml += '/>';
      else if (typeof v === 'number') xml += `><v>${String(v)}</v></c>`;
      else xml += ` t="s"><v>${this.buku.sharedStrings.add(v)}</v></c>`;
    }
    ws.stream.write(`${xml}</row>`);
    ws._rowZero = nomor + 1;
  }
}

function gayaKepala(c: ExcelJS.Cell): void {
  c.font = TEBAL;
  c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  c.fill = ISI_KEPALA;
  c.border = GARIS;
}

function judulLembar(ws: ExcelJS.Worksheet, judul: string, sub: string): void {
  ws.getCell('A1').value = judul;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = sub;
}

async function lembarTabel(
  wb: BukuKerjaAliran,
  komit: KomitBaris,
  nama: string,
  judul: string,
  sub: string,
  kolom: KolomRekap[],
  baris: Nilai[][],
  pageSetup: Partial<ExcelJS.PageSetup>,
) {
  const ws = wb.addWorksheet(nama, { views: [{ state: 'frozen', ySplit: 4 }], pageSetup });
  judulLembar(ws, judul, sub);
  kolom.forEach((k, i) => {
    const c = ws.getRow(4).getCell(i + 1);
    c.value = k.judul;
    gayaKepala(c);
    ws.getColumn(i + 1).width = k.jenis === 'teks' ? Math.max(14, k.bobot * 1.4) : 16;
    const fmt = FORMAT[k.jenis];
    if (fmt) ws.getColumn(i + 1).numFmt = fmt;
  });
  komit(ws.getRow(4));
  // A data cell's style as ExcelJS gives it: the column's number format, then the cell's alignment (a cell beyond
  // the headed columns has no format).
  const lebar = baris.reduce((n, b) => Math.max(n, b.length), kolom.length);
  const gaya = Array.from({ length: lebar }, (_, i): Partial<ExcelJS.Style> => {
    const numFmt = kolom[i] && FORMAT[kolom[i].jenis];
    return numFmt ? { numFmt, alignment: ATAS } : { alignment: ATAS };
  });
  const langsung = new BarisLangsung(wb, ws);
  for (const [r, b] of baris.entries()) {
    langsung.tulis(5 + r, b, gaya);
    if (r % BARIS_PER_JEDA === BARIS_PER_JEDA - 1) await setImmediate();
  }
  ws.commit();
}

/** Grid columns of the E.81 sheet: the DOCX's 29, with money in full rupiah. */
function kepalaE81(ws: ExcelJS.Worksheet, tahun: number, baris0: number): void {
  const tulis = (r: number, c: number, teks: string, r2 = r, c2 = c) => {
    if (r2 !== r || c2 !== c) ws.mergeCells(baris0 + r, c, baris0 + r2, c2);
    const cell = ws.getCell(baris0 + r, c);
    cell.value = teks;
    for (let i = r; i <= r2; i++) for (let j = c; j <= c2; j++) gayaKepala(ws.getCell(baris0 + i, j));
  };
  ['No', 'Sasaran', 'Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja'].forEach((t, i) =>
    tulis(0, i + 1, t, 2, i + 1),
  );
  const pasangan = [
    'Target Renstra PD pada Akhir Periode Renstra',
    `Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (${tahun - 1})`,
    `Target Kinerja dan Anggaran Renja PD Tahun ${tahun} yang Dievaluasi`,
  ];
  pasangan.forEach((t, i) => tulis(0, 6 + 2 * i, t, 1, 7 + 2 * i));
  tulis(0, 12, 'Realisasi Kinerja pada Triwulan', 0, 19);
  ['I', 'II', 'III', 'IV'].forEach((t, i) => tulis(1, 12 + 2 * i, t, 1, 13 + 2 * i));
  [
    'Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi',
    'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)',
    `Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun ${tahun}`,
    `Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun ${tahun} (%)`,
  ].forEach((t, i) => tulis(0, 20 + 2 * i, t, 1, 21 + 2 * i));
  tulis(0, 28, 'Unit PD Penanggung Jawab', 2, 28);
  tulis(0, 29, 'Keterangan', 2, 29);
  for (let i = 0; i < 11; i++) {
    tulis(2, 6 + 2 * i, 'K');
    tulis(2, 7 + 2 * i, 'Rp');
  }
  tulis(3, 1, '1');
  tulis(3, 2, '2');
  tulis(3, 3, '3', 3, 4);
  tulis(3, 5, '4');
  for (let i = 0; i < 11; i++) tulis(3, 6 + 2 * i, String(5 + i), 3, 7 + 2 * i);
  tulis(3, 28, '16');
  tulis(3, 29, '17');
}

/**
 * A K cell: a number for one indicator; for several, their values one per line as the DOCX prints them (a cell holds
 * one number); "-" without an indicator.
 */
function nilaiK<T>(ind: T[], ambil: (i: T) => number | null, format = nilaiKTeks): Nilai {
  if (ind.length === 0) return '-';
  if (ind.length === 1) return ambil(ind[0]!) ?? '-';
  return ind.map((i) => format(ambil(i))).join('\n');
}

function barisE81(b: BarisE81, no: string, unit: string, triwulan: number): Nilai[] {
  const ind = b.indikator;
  const r = b.renstra;
  const ri = r?.indikator ?? [];
  const persen = (v: number | null) => formatAngka(v, 2);
  return [
    no,
    b.tingkat === 'program' ? (b.sasaran ?? '-') : '',
    b.kode,
    b.nama,
    ind.map((i) => (i.satuan ? `${i.uraian} (${i.satuan})` : i.uraian)).join('\n') || '-',
    r ? nilaiK(ri, (i) => i.targetAkhir) : '-',
    r ? (r.paguAkhir ?? '-') : '-',
    r ? nilaiK(ri, (i) => i.realisasiSdTahunLalu) : '-',
    r ? (r.realisasiSdTahunLaluRp ?? '-') : '-',
    nilaiK(ind, (i) => i.target),
    b.pagu,
    ...[0, 1, 2, 3].flatMap((j) =>
      j < triwulan ? [nilaiK(ind, (i) => i.triwulan[j] ?? null), b.triwulanRp[j] ?? '-'] : [null, null],
    ),
    nilaiK(ind, (i) => i.realisasi),
    b.realisasiRp ?? '-',
    ind.length > 0 ? nilaiK(ind, (i) => i.capaian, persen) : (b.capaianK ?? '-'),
    b.capaianRp ?? '-',
    r ? nilaiK(ri, (i) => i.realisasiSdTahunIni) : '-',
    r ? (r.realisasiSdTahunIniRp ?? '-') : '-',
    r ? nilaiK(ri, (i) => i.capaian, persen) : '-',
    r ? (r.capaianRp ?? '-') : '-',
    // Once per program, as the DOCX merges it down the program's rows.
    b.tingkat === 'program' ? unit : '',
    b.kategori ?? '-',
  ];
}

export function laporanXlsx(k: KonteksTabel, kemajuan: LaporKemajuan): Promise<Buffer> {
  const { data } = k;
  const cetak = halamanCetak(k.pengaturan);
  const predikat = predikatPerOpd(k.tabel);
  const sub = `${data.nama}, s.d. ${labelTriwulan(data.triwulan)} tahun ${data.tahun}, dibandingkan dengan ${LABEL_VERSI[data.ringkasan.versi]}`;
  return tulisBukuKerja(async (wb, komit) => {
    await lembarTabel(
      wb,
      komit,
      'Rekap OPD',
      'Rekapitulasi Capaian per Perangkat Daerah',
      sub,
      KOLOM_REKAP,
      [
        ...data.opd.map((o) => barisRekap(o, k.aturan, predikat.get(o.opdId) ?? null)),
        barisRekapJumlah(data, k.tabel, k.aturan),
      ],
      cetak,
    );
    await lembarTabel(
      wb,
      komit,
      'OPD Merah',
      'Perangkat Daerah Berstatus Merah, Kendala dan Tindak Lanjut',
      sub,
      KOLOM_MERAH,
      k.merah.map(barisMerah),
      cetak,
    );
    await lembarE81(wb, komit, k, sub, kemajuan, cetak);
    await lembarTabel(
      wb,
      komit,
      'Rekap E.81',
      'Rekapitulasi Evaluasi Hasil Renja Perangkat Daerah',
      sub,
      KOLOM_REKAP_E81,
      barisRekapE81(k.tabel, k.aturan),
      cetak,
    );
    const angkaSub = new Map(data.sub.map((s) => [s.subKegiatanId, s]));
    await lembarTabel(
      wb,
      komit,
      'Form B',
      'Form B Realisasi Fisik dan Keuangan per Perangkat Daerah',
      sub,
      KOLOM_FORM_B,
      // Each OPD's rows under a line with its name.
      k.tabel.flatMap((t) => [[t.opd.nama], ...barisFormB(t, angkaSub)]),
      cetak,
    );
    // What is left after the last row: closing the sheets and the package around them.
    kemajuan({ langkah: 'Mengemas berkas .xlsx', selesai: 0, total: 0, satuan: '' });
    judulCetak(wb, [
      { lembar: 0, baris: [4, 4] },
      { lembar: 1, baris: [4, 4] },
      { lembar: 2, baris: [4, 7] },
      { lembar: 3, baris: [4, 4] },
      { lembar: 4, baris: [4, 4] },
    ]);
  });
}

/** Number format of E.81 grid columns 6-27: Rp columns (odd) in full rupiah, their capaian in percent; K beside. */
const formatKolomE81 = (c: number) => (c % 2 === 1 ? (c === 23 || c === 27 ? '0.00' : '#,##0.00') : '#,##0.##');

async function lembarE81(
  wb: BukuKerjaAliran,
  komit: KomitBaris,
  k: KonteksTabel,
  sub: string,
  kemajuan: LaporKemajuan,
  pageSetup: Partial<ExcelJS.PageSetup>,
): Promise<void> {
  const { data } = k;
  const ws = wb.addWorksheet('Evaluasi Renja (E.81)', {
    views: [{ state: 'frozen', ySplit: 7, xSplit: 4 }],
    pageSetup,
  });
  judulLembar(ws, `Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup ${data.daerah}`, sub);
  kepalaE81(ws, data.tahun, 4);
  [5, 10, 16, 40, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let c = 6; c <= 27; c++) {
    ws.getColumn(c).width = c % 2 === 1 ? 18 : 10;
    ws.getColumn(c).numFmt = formatKolomE81(c);
  }
  ws.getColumn(28).width = 14;
  ws.getColumn(29).width = 14;
  let r = 8;
  const jumlahBaris = k.tabel.reduce((n, t) => n + t.baris.length + 3, 0);
  // A data cell's style as ExcelJS gives it: the column's number format, the row's font on a program's or a
  // kegiatan's row, the level's indent on the name.
  const gaya = (['program', 'kegiatan', 'subKegiatan'] as const).map((tingkat) =>
    Array.from({ length: 29 }, (_, i): Partial<ExcelJS.Style> => {
      const c = i + 1;
      return {
        ...(c >= 6 && c <= 27 ? { numFmt: formatKolomE81(c) } : {}),
        ...(tingkat !== 'subKegiatan' ? { font: TEBAL } : {}),
        ...(c === 4 ? { alignment: INDENT[tingkat] } : {}),
      };
    }),
  );
  const BARIS_TEBAL: Partial<ExcelJS.Style> = { font: TEBAL };
  /** Lines in one cell merged across the sheet, as tall as they are (Excel does not fit a merged cell's height). */
  const barisLebar = (n: number, baris: string[], font?: Partial<ExcelJS.Font>) => {
    ws.mergeCells(n, 1, n, 29);
    const c = ws.getCell(n, 1);
    const teks = baris.join('\n');
    c.value = teks;
    c.alignment = ATAS;
    if (font) c.font = font;
    const row = ws.getRow(n);
    // A line of the summary may itself be a numbered list of several.
    row.height = 15 * teks.split('\n').length;
    komit(row);
  };
  const langsung = new BarisLangsung(wb, ws);
  for (const t of k.tabel) {
    kemajuan({ langkah: 'Menulis baris E.81', selesai: r - 8, total: jumlahBaris, satuan: 'baris' });
    // The OPD's band and, below its Jumlah, its summary: the DOCX's texts, each in a row across the sheet.
    barisLebar(r++, pitaE81(t), TEBAL);
    let program = 0;
    for (const b of t.baris) {
      const nilai = barisE81(
        b,
        b.tingkat === 'program' ? String(++program) : '',
        t.opd.singkatan || t.opd.nama,
        data.triwulan,
      );
      const tebal = b.tingkat !== 'subKegiatan';
      langsung.tulis(r++, nilai, gaya[b.tingkat === 'program' ? 0 : tebal ? 1 : 2]!, tebal ? BARIS_TEBAL : undefined);
      if (r % BARIS_PER_JEDA === 0) await setImmediate();
    }
    const jumlah = ws.getRow(r++);
    jumlah.values = [
      'Jumlah',
      '',
      '',
      '',
      '',
      '-',
      '-',
      '-',
      '-',
      null,
      t.jumlah.pagu,
      ...[0, 1, 2, 3].flatMap((j) => [null, j < data.triwulan ? (t.jumlah.triwulanRp[j] ?? '-') : null]),
      null,
      t.jumlah.realisasiRp ?? '-',
      t.rataCapaianK ?? '-',
      t.jumlah.capaianRp ?? '-',
      '-',
      '-',
      '-',
      '-',
      '',
      t.predikat ?? '-',
    ];
    jumlah.font = TEBAL;
    komit(jumlah);
    barisLebar(r++, ringkasanE81(t));
  }
  ws.commit();
}
