// Kop surat: the regency's emblem at the left, the issuing office centred on the page, closed by a line across it.
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import type { Pengaturan } from '../../shared/api/pengaturan';
import { ukuranGambar } from './gambar';
import { mm } from './halaman';

export type Instansi = Pick<
  Pengaturan,
  'namaPemda' | 'namaSekretariat' | 'alamat' | 'telepon' | 'email' | 'laman' | 'kodePos'
>;

export interface GambarLogo {
  isi: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
}

/** The emblem's box: about 2.5 cm high, the usual size beside a three-to-four-line kop. */
const TINGGI_LOGO_MM = 25;
const LEBAR_KOLOM_LOGO_MM = 28;
const PIKSEL_PER_MM = 96 / 25.4;

function gambarLogo(logo: GambarLogo): ImageRun | null {
  const ukuran = ukuranGambar(logo.isi);
  if (!ukuran) return null;
  const skala = Math.min(
    (TINGGI_LOGO_MM * PIKSEL_PER_MM) / ukuran.tinggi,
    ((LEBAR_KOLOM_LOGO_MM - 3) * PIKSEL_PER_MM) / ukuran.lebar,
  );
  return new ImageRun({
    type: logo.mime === 'image/png' ? 'png' : 'jpg',
    data: Buffer.from(logo.isi),
    transformation: { width: Math.round(ukuran.lebar * skala), height: Math.round(ukuran.tinggi * skala) },
    altText: { name: 'Lambang daerah', title: 'Lambang daerah', description: 'Lambang daerah' },
  });
}

/** Address with postal code; telephone and email; website: short lines that fit beside the emblem. */
export function barisAlamat(i: Instansi): string[] {
  const gabung = (...bagian: string[]) => bagian.filter(Boolean).join(', ');
  return [
    gabung(i.alamat, i.kodePos && `Kode Pos ${i.kodePos}`),
    gabung(i.telepon && `Telepon ${i.telepon}`, i.email && `Pos-el ${i.email}`),
    gabung(i.laman && `Laman ${i.laman}`),
  ].filter(Boolean);
}

function barisKop(i: Instansi): Paragraph[] {
  const tengah = AlignmentType.CENTER;
  return [
    new Paragraph({
      alignment: tengah,
      children: [new TextRun({ text: i.namaPemda.toUpperCase(), bold: true, size: 28 })],
    }),
    new Paragraph({
      alignment: tengah,
      children: [new TextRun({ text: i.namaSekretariat.toUpperCase(), bold: true, size: 32 })],
    }),
    ...barisAlamat(i).map(
      (teks) => new Paragraph({ alignment: tengah, children: [new TextRun({ text: teks, size: 20 })] }),
    ),
  ];
}

/**
 * The kop as a table of three columns (emblem, text, an empty column as wide as the emblem's) so the text is
 * centred on the page, not in what remains beside the emblem. Without a logo the text spans the page.
 */
export function kopSurat(instansi: Instansi, logo: GambarLogo | null, lebar: number): FileChild[] {
  const gambar = logo ? gambarLogo(logo) : null;
  const sisi = mm(LEBAR_KOLOM_LOGO_MM);
  const tengah = lebar - 2 * sisi;
  const sel = (children: Paragraph[], w: number) =>
    new TableCell({
      children,
      width: { size: w, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    });
  const isi = gambar
    ? [
        sel([new Paragraph({ alignment: AlignmentType.LEFT, children: [gambar] })], sisi),
        sel(barisKop(instansi), tengah),
        sel([new Paragraph({})], sisi),
      ]
    : [sel(barisKop(instansi), lebar)];
  const tabel = new Table({
    width: { size: lebar, type: WidthType.DXA },
    columnWidths: gambar ? [sisi, tengah, sisi] : [lebar],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: isi, cantSplit: true })],
  });
  // The closing line: thick over thin, the classic kop rule.
  const garis = new Paragraph({
    spacing: { after: 240 },
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 8 })],
  });
  return [tabel, garis];
}
