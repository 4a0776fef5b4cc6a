// "Unduh templat": for each kind of import, an .xlsx with the expected columns, an example, a sheet of instructions
// and data validation on the numeric and code columns. It imports as it is, so the example is checked by the tests.
import ExcelJS from 'exceljs';
import type { BerkasJadi } from '../../shared/api/ekspor';
import { LABEL_JENIS_IMPOR, type JenisImpor } from '../../shared/api/impor';
import type { Context } from '../api/context';
import { FORMAT_XLSX } from '../ekspor/formatAngka';
import type { JenisImporDef } from './jalur';
import { jenisAngka, labelMedan, type Medan } from './medan';

export interface KolomTemplat {
  judul: string;
  medan: Medan | null;
  lebar: number;
  petunjuk: string;
}

export interface Templat {
  kolom: KolomTemplat[];
  contoh: (string | number | null)[][];
  catatan: string[];
}

/** The header row; rows above it carry the title, as on the forms staff know. */
const BARIS_HEADER = 4;
/** Validation reaches far below the example: an OPD's DPA can run to several hundred rows. */
const BARIS_VALIDASI = 2000;
const BIRU = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFDCE6F1' } };

const CATATAN_UMUM = [
  'Judul kolom boleh ditulis seperti di SIPD (mis. "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Pagu Anggaran (Rp)"); Sinergi mengenalinya dan menampilkan kolom mana dibaca sebagai apa sebelum mengimpor.',
  'Angka boleh ditulis 1.234.567,89 atau Rp 1.234.567,- atau sebagai angka Excel; persentase 45,5 atau 45,5%.',
  'Baris jumlah (JUMLAH, TOTAL, Sub Total), baris kosong dan catatan di bawah tabel dilewati dan disebutkan di pratinjau.',
  'Beberapa OPD dalam satu berkas: tambahkan kolom Kode SKPD, atau satu lembar per OPD, atau baris judul "SKPD : <kode> <nama>" di atas blok setiap OPD.',
  'Tidak ada yang disimpan sebelum pratinjau bebas masalah dan tombol Impor sekarang ditekan; sebelum menyimpan Sinergi membuat cadangan data.',
];

function validasi(k: KolomTemplat): ExcelJS.DataValidation | null {
  if (k.medan === 'kode')
    return {
      type: 'textLength',
      operator: 'between',
      allowBlank: true,
      formulae: [1, 17],
      showErrorMessage: true,
      errorTitle: 'Kode',
      error:
        'Kode menurut Permendagri 90, mis. 1.02.02 (program), 1.02.02.2.01 (kegiatan), 1.02.02.2.01.0001 (sub kegiatan)',
      showInputMessage: true,
      promptTitle: 'Kode',
      prompt: 'Kode program, kegiatan atau sub kegiatan; kosong untuk indikator tambahan',
    };
  const jenis = k.medan ? jenisAngka(k.medan) : null;
  if (!jenis) return null;
  const persen = jenis === 'persen';
  return {
    type: 'decimal',
    operator: persen ? 'between' : 'greaterThanOrEqual',
    allowBlank: true,
    formulae: persen ? [0, 100] : [jenis === 'uang' ? 0 : -1e15],
    showErrorMessage: true,
    errorTitle: k.judul,
    error: persen
      ? `${k.judul}: angka 0 sampai 100`
      : `${k.judul}: angka${jenis === 'uang' ? ' rupiah, tidak negatif' : ''}`,
  };
}

function validasiLembar(ws: ExcelJS.Worksheet): { add(alamat: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(alamat: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

export const kolomTemplat = (judul: string, medan: Medan | null, lebar: number, petunjuk: string): KolomTemplat => ({
  judul,
  medan,
  lebar,
  petunjuk,
});

export async function templatXlsx(ctx: Context, jenis: JenisImpor, def: JenisImporDef<unknown>): Promise<BerkasJadi> {
  const t = await def.templat(ctx);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sinergi';
  const ws = wb.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: BARIS_HEADER }] });
  ws.getCell('A1').value = `TEMPLAT IMPOR ${LABEL_JENIS_IMPOR[jenis].toUpperCase()} - SINERGI`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = 'Isi mulai baris 5 (ganti baris contoh); petunjuk setiap kolom ada di lembar Petunjuk.';
  ws.getCell('A2').font = { italic: true };
  const header = ws.getRow(BARIS_HEADER);
  t.kolom.forEach((k, i) => {
    const c = header.getCell(i + 1);
    c.value = k.judul;
    c.font = { bold: true };
    c.fill = BIRU;
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    const kolom = ws.getColumn(i + 1);
    kolom.width = k.lebar;
    const jenisKolom = k.medan ? jenisAngka(k.medan) : null;
    if (jenisKolom)
      kolom.numFmt =
        jenisKolom === 'uang' ? FORMAT_XLSX.uang : jenisKolom === 'persen' ? FORMAT_XLSX.persen : FORMAT_XLSX.angka;
    if (k.medan === 'kode') kolom.numFmt = '@';
    const v = validasi(k);
    // One range per column (ExcelJS's typings omit the sheet-level list that writes it as one rule).
    const huruf = kolom.letter;
    if (v) validasiLembar(ws).add(`${huruf}${BARIS_HEADER + 1}:${huruf}${BARIS_VALIDASI}`, v);
  });
  header.height = 32;
  t.contoh.forEach((baris, r) => {
    const row = ws.getRow(BARIS_HEADER + 1 + r);
    baris.forEach((v, i) => (row.getCell(i + 1).value = v));
  });

  const p = wb.addWorksheet('Petunjuk');
  p.columns = [
    { header: 'Kolom', width: 32 },
    { header: 'Dibaca Sinergi sebagai', width: 30 },
    { header: 'Petunjuk', width: 90 },
  ];
  p.getRow(1).font = { bold: true };
  p.getRow(1).eachCell((c) => (c.fill = BIRU));
  for (const k of t.kolom) {
    const row = p.addRow([k.judul, k.medan ? labelMedan(k.medan) : '(hanya untuk dibaca)', k.petunjuk]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  p.addRow([]);
  for (const c of [...t.catatan, ...CATATAN_UMUM]) {
    const row = p.addRow([c]);
    p.mergeCells(row.number, 1, row.number, 3);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = Math.ceil(c.length / 150) * 15;
  }
  return {
    namaBerkas: `Templat impor ${LABEL_JENIS_IMPOR[jenis]}.xlsx`.replace(/\//g, '-'),
    base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
  };
}
