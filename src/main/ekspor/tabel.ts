// Any grid as .xlsx: a title, the columns as shown, numbers as numbers with formats Excel shows the Indonesian way.
import ExcelJS from 'exceljs';
import type { JENIS_KOLOM_EKSPOR } from '../../shared/api/ekspor';
import type { PengaturanHalaman } from '../../shared/api/pengaturan';
import { halamanCetak } from './bukuKerja';
import { FORMAT_XLSX } from './formatAngka';

type JenisKolom = (typeof JENIS_KOLOM_EKSPOR)[number];

const FORMAT: Record<JenisKolom, string | undefined> = {
  teks: undefined,
  angka: FORMAT_XLSX.angka,
  uang: FORMAT_XLSX.uang,
  persen: FORMAT_XLSX.persen,
};

/** A grid's rows on the regency's paper between its margins, its header row repeated on every printed page. */
export async function tabelXlsx(
  t: {
    judul: string;
    subjudul: string;
    kolom: { judul: string; jenis: JenisKolom }[];
    baris: (string | number | null)[][];
  },
  halaman: PengaturanHalaman,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sinergi';
  const ws = wb.addWorksheet('Data', {
    views: [{ state: 'frozen', ySplit: 4 }],
    pageSetup: { ...halamanCetak(halaman), printTitlesRow: '4:4' },
  });
  ws.getCell('A1').value = t.judul;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = t.subjudul;
  const header = ws.getRow(4);
  t.kolom.forEach((k, i) => {
    const c = header.getCell(i + 1);
    c.value = k.jenis === 'persen' && !k.judul.includes('%') ? `${k.judul} (%)` : k.judul;
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'middle' };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
    ws.getColumn(i + 1).width =
      k.jenis === 'teks' ? Math.min(60, Math.max(12, k.judul.length + 4)) : k.jenis === 'uang' ? 20 : 16;
    const fmt = FORMAT[k.jenis];
    if (fmt) ws.getColumn(i + 1).numFmt = fmt;
  });
  t.baris.forEach((b, r) => {
    const row = ws.getRow(5 + r);
    b.forEach((v, i) => (row.getCell(i + 1).value = v));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
