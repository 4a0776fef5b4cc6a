// Workbooks shaped like what SIPD and the OPD actually send: title rows, a two-row merged header, the combined
// hierarchy name column, column numbers, urusan/bidang rows, indicator rows, "Rp" strings, numbers as text, codes
// with stray spaces, a JUMLAH row and notes and signatures under the table.
import ExcelJS from 'exceljs';

export type Isi = string | number | null;

export async function keBase64(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A sheet of plain rows (row 1 first). */
export function lembarBaris(wb: ExcelJS.Workbook, nama: string, rows: Isi[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(nama);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== null) row.getCell(j + 1).value = v;
    });
  });
  return ws;
}

export const KODE_OPD = '3.27.0.00.0.00.01.0000';

/** The data rows of the DPA of Dinas Pertanian, as SIPD writes them (columns A-L). */
export function barisDpa(opd = `${KODE_OPD} Dinas Pertanian`, jumlah = 'Rp 500.000.000,00'): Isi[][] {
  return [
    ['PEMERINTAH KABUPATEN CONTOH'],
    ['DOKUMEN PELAKSANAAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (DPA-SKPD)'],
    ['TAHUN ANGGARAN 2026'],
    ['SKPD', `: ${opd}`],
    // Rows 5-6: the header (merged by dpaSipd), row 7: column numbers.
    [
      'Kode',
      'Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan',
      'Indikator Kinerja',
      null,
      null,
      'Pagu Anggaran\n(Rp)',
      'Target Fisik (%)',
      null,
      null,
      null,
      'Sumber Dana',
      'Lokasi',
    ],
    [null, null, 'Tolok Ukur', 'Target', 'Satuan', null, 'TW I', 'TW II', 'TW III', 'TW IV', null, null],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    ['3', 'URUSAN PEMERINTAHAN PILIHAN'],
    ['3.27', 'URUSAN PEMERINTAHAN BIDANG PERTANIAN'],
    [
      ' 3.27.02',
      'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
      'Persentase kelompok tani yang memanfaatkan sarana pertanian',
      '85',
      '%',
      'Rp 500.000.000,00',
    ],
    [null, null, 'Jumlah kelompok tani mandiri', 12, 'Kelompok'],
    [
      '3.27.02.2.01',
      'Pengawasan Penggunaan Sarana Pertanian',
      'Jumlah dokumen hasil pengawasan',
      2,
      'Dokumen',
      500_000_000,
    ],
    [
      '3.27.02.2.01.0001',
      'Pengawasan Pupuk Bersubsidi',
      'Jumlah kios pupuk yang diawasi',
      '40',
      'Kios',
      'Rp 400.000.000',
      '25',
      '50,5',
      75,
      100,
      'DAU',
      'Kec. Labungkari',
    ],
    [null, null, 'Jumlah petani penerima yang didata', '1.200', 'Orang'],
    [
      '  3.27.02.2.01.0002 ',
      'Pengawasan Alat dan Mesin Pertanian',
      'Jumlah alsintan yang diawasi',
      12,
      'Unit',
      '100.000.000',
      '20',
      '40',
      '70',
      '100',
      'DAK Fisik',
      'Kab. Contoh',
    ],
    [null, 'JUMLAH', null, null, null, jumlah],
    [],
    [null, 'Keterangan: pagu dalam rupiah'],
    [null, null, null, null, null, null, null, null, 'Labungkari, 5 Januari 2026'],
    [null, null, null, null, null, null, null, null, 'Kepala Dinas Pertanian'],
    [null, null, null, null, null, null, null, null, 'Ir. Hasanuddin, M.P.'],
    [null, null, null, null, null, null, null, null, 'NIP. 19700101 199503 1 001'],
  ];
}

/** The header of rows 5-6 merged the way SIPD merges it. */
export function gabungHeaderDpa(ws: ExcelJS.Worksheet, baris = 5): void {
  for (const k of ['A', 'B', 'F', 'K', 'L']) ws.mergeCells(`${k}${baris}:${k}${baris + 1}`);
  ws.mergeCells(`C${baris}:E${baris}`);
  ws.mergeCells(`G${baris}:J${baris}`);
}

export async function dpaSipd(atur?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, rows = barisDpa()) {
  const wb = new ExcelJS.Workbook();
  const ws = lembarBaris(wb, 'DPA SKPD', rows);
  ws.mergeCells('A1:L1');
  ws.mergeCells('A2:L2');
  gabungHeaderDpa(ws);
  atur?.(ws, wb);
  return keBase64(wb);
}
