// The report's tables as a workbook: recap per OPD, OPD in merah, and the E.81 table with its merged header, money in
// full rupiah (the DOCX shows millions to fit the page). Written as a stream (ekspor/bukuKerja.ts): rows in order,
// each committed once written.
import { setImmediate } from 'node:timers/promises';
import type { LaporKemajuan } from '../kemajuan';
import type ExcelJS from 'exceljs';
import { formatAngka, labelTriwulan } from '../../shared/format';
import { LABEL_VERSI } from '../../shared/renja';
import type { BarisE81 } from './e81';
import { barisFormB, barisRekapE81, KOLOM_FORM_B, KOLOM_REKAP_E81 } from './formB';
import { nilaiK as nilaiKTeks } from './tabelE81Xml';
import { halamanCetak, judulCetak, tulisBukuKerja, type BukuKerjaAliran, type KomitBaris } from '../ekspor/bukuKerja';
import type { KonteksLaporan } from './konteks';
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
 * threads, only when the loop turns; a sheet written in one go sat whole in memory first (tens of MB at 4x).
 */
const BARIS_PER_JEDA = 1000;
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
  for (const [r, b] of baris.entries()) {
    const row = ws.getRow(5 + r);
    b.forEach((v, i) => {
      row.getCell(i + 1).value = v;
      row.getCell(i + 1).alignment = ATAS;
    });
    komit(row);
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
    unit,
    b.kategori ?? '-',
  ];
}

export function laporanXlsx(k: KonteksLaporan, kemajuan: LaporKemajuan): Promise<Buffer> {
  const { data } = k;
  const cetak = halamanCetak(k.pengaturan.ukuranKertas);
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

async function lembarE81(
  wb: BukuKerjaAliran,
  komit: KomitBaris,
  k: KonteksLaporan,
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
    const rp = c % 2 === 1;
    ws.getColumn(c).width = rp ? 18 : 10;
    ws.getColumn(c).numFmt = rp ? (c === 23 || c === 27 ? '0.00' : '#,##0.00') : '#,##0.##';
  }
  ws.getColumn(28).width = 14;
  ws.getColumn(29).width = 14;
  let r = 8;
  const jumlahBaris = k.tabel.reduce((n, t) => n + t.baris.length + 2, 0);
  for (const t of k.tabel) {
    kemajuan({ langkah: 'Menulis baris E.81', selesai: r - 8, total: jumlahBaris, satuan: 'baris' });
    ws.mergeCells(r, 1, r, 29);
    ws.getCell(r, 1).value = t.opd.nama;
    ws.getCell(r, 1).font = TEBAL;
    komit(ws.getRow(r++));
    let program = 0;
    for (const b of t.baris) {
      const row = ws.getRow(r++);
      row.values = barisE81(
        b,
        b.tingkat === 'program' ? String(++program) : '',
        t.opd.singkatan || t.opd.nama,
        data.triwulan,
      );
      if (b.tingkat !== 'subKegiatan') row.font = TEBAL;
      row.getCell(4).alignment = INDENT[b.tingkat];
      komit(row);
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
    await setImmediate();
  }
  ws.commit();
}
