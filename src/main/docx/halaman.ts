// Page setup every Sinergi document shares: paper (A4/F4) and margins from Pengaturan, Arial 12, sections (portrait
// or landscape, with page numbers) and packing to a DOCX buffer.
import {
  AlignmentType,
  Document,
  NumberFormat,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type IBaseParagraphStyleOptions,
  type IParagraphStyleOptions,
} from 'docx';
import { KERTAS_MM, type PengaturanHalaman, type UkuranKertas } from '../../shared/api/pengaturan';

/** Margins in millimetres, as the regency set them in Pengaturan (in cm there). */
export interface MarginMm {
  atas: number;
  kanan: number;
  bawah: number;
  kiri: number;
}

/** The page every document is laid out on: the settings travel in it, never as a default. */
export interface Halaman {
  ukuran: UkuranKertas;
  margin: MarginMm;
}

export function halamanDari(p: PengaturanHalaman): Halaman {
  return {
    ukuran: p.ukuranKertas,
    margin: { atas: p.marginAtas * 10, kanan: p.marginKanan * 10, bawah: p.marginBawah * 10, kiri: p.marginKiri * 10 },
  };
}

export const HURUF = 'Arial';
/** Half-points, as docx counts font sizes: 24 = 12 pt. */
export const UKURAN_HURUF = 24;
import { mm, UKURAN_HURUF_TABEL } from '../../shared/tabelCetak';

export { mm, UKURAN_HURUF_TABEL };

/** Width between the margins, in twips: what tables and right-aligned blocks are laid out against. */
export function lebarTeks({ ukuran, margin }: Halaman): number {
  return mm(KERTAS_MM[ukuran].lebar - margin.kiri - margin.kanan);
}

export interface OpsiDokumen {
  halaman: Halaman;
  /** Title in the file's properties (File > Properties in Word). */
  judul: string;
  isi: FileChild[];
}

export interface Seksi {
  lanskap?: boolean;
  isi: FileChild[];
  /** Page numbers in the footer, centred. A cover page goes without. */
  nomorHalaman?: boolean;
  /** Restart numbering at 1 with this section. */
  mulaiNomor?: number;
  /** Front matter (kata pengantar, daftar isi) is numbered i, ii, iii. */
  nomorRomawi?: boolean;
}

export interface OpsiDokumenSeksi {
  halaman: Halaman;
  judul: string;
  seksi: Seksi[];
  gayaParagraf?: IParagraphStyleOptions[];
  /** Heading 1 and 2 as the document shows its chapters, so a daftar isi (TOC field) can list them. */
  gayaJudul?: { heading1: IBaseParagraphStyleOptions; heading2: IBaseParagraphStyleOptions };
}

/** Width between the margins of a landscape page, in twips. */
export function lebarTeksLanskap({ ukuran, margin }: Halaman): number {
  return mm(KERTAS_MM[ukuran].tinggi - margin.kiri - margin.kanan);
}

const kakiHalaman = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })],
      }),
    ],
  });

export function buatDokumenSeksi({ halaman, judul, seksi, gayaParagraf = [], gayaJudul }: OpsiDokumenSeksi): Document {
  const kertas = KERTAS_MM[halaman.ukuran];
  const margin = halaman.margin;
  return new Document({
    creator: 'Sinergi',
    title: judul,
    styles: {
      default: {
        document: {
          run: { font: HURUF, size: UKURAN_HURUF },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        ...gayaJudul,
      },
      paragraphStyles: gayaParagraf,
    },
    sections: seksi.map((s) => ({
      properties: {
        page: {
          size: {
            width: mm(kertas.lebar),
            height: mm(kertas.tinggi),
            orientation: s.lanskap ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: mm(margin.atas),
            right: mm(margin.kanan),
            bottom: mm(margin.bawah),
            left: mm(margin.kiri),
            header: mm(10),
            footer: mm(10),
          },
          pageNumbers: s.mulaiNomor
            ? { start: s.mulaiNomor, formatType: s.nomorRomawi ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL }
            : undefined,
        },
      },
      footers: s.nomorHalaman ? { default: kakiHalaman() } : undefined,
      children: s.isi,
    })),
  });
}

/** A document of one portrait section without page numbers: letters, attendance lists, minutes. */
export function buatDokumen({ halaman, judul, isi }: OpsiDokumen): Document {
  return buatDokumenSeksi({ halaman, judul, seksi: [{ isi }] });
}

export function keBuffer(dokumen: Document): Promise<Buffer> {
  return Packer.toBuffer(dokumen);
}
