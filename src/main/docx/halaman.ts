// Page setup every Sinergi document shares: paper (A4/F4), margins, Arial 12, sections (portrait or landscape,
// with page numbers) and packing to a DOCX buffer.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type IParagraphStyleOptions,
} from 'docx';

export type UkuranKertas = 'A4' | 'F4';

export const KERTAS_MM: Record<UkuranKertas, { lebar: number; tinggi: number }> = {
  A4: { lebar: 210, tinggi: 297 },
  F4: { lebar: 215, tinggi: 330 },
};

/** Tata Naskah Dinas asks for 2-3 cm; the binding edge (left) gets the wider margin. */
export const MARGIN_MM = { atas: 20, kanan: 20, bawah: 20, kiri: 25 } as const;

export const HURUF = 'Arial';
/** Half-points, as docx counts font sizes: 24 = 12 pt. */
export const UKURAN_HURUF = 24;
export const UKURAN_HURUF_TABEL = 22;

/** Millimetres to twips (1/1440 inch), rounded: A4 is then exactly Word's 11906 x 16838. */
export const mm = (n: number): number => Math.round((n * 1440) / 25.4);

/** Width between the margins, in twips: what tables and right-aligned blocks are laid out against. */
export function lebarTeks(ukuran: UkuranKertas): number {
  return mm(KERTAS_MM[ukuran].lebar - MARGIN_MM.kiri - MARGIN_MM.kanan);
}

export interface OpsiDokumen {
  ukuran: UkuranKertas;
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
}

export interface OpsiDokumenSeksi {
  ukuran: UkuranKertas;
  judul: string;
  seksi: Seksi[];
  gayaParagraf?: IParagraphStyleOptions[];
}

/** Width between the margins of a landscape page, in twips. */
export function lebarTeksLanskap(ukuran: UkuranKertas): number {
  return mm(KERTAS_MM[ukuran].tinggi - MARGIN_MM.kiri - MARGIN_MM.kanan);
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

export function buatDokumenSeksi({ ukuran, judul, seksi, gayaParagraf = [] }: OpsiDokumenSeksi): Document {
  const kertas = KERTAS_MM[ukuran];
  return new Document({
    creator: 'Sinergi',
    title: judul,
    styles: {
      default: {
        document: {
          run: { font: HURUF, size: UKURAN_HURUF },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
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
            top: mm(MARGIN_MM.atas),
            right: mm(MARGIN_MM.kanan),
            bottom: mm(MARGIN_MM.bawah),
            left: mm(MARGIN_MM.kiri),
            header: mm(10),
            footer: mm(10),
          },
          pageNumbers: s.mulaiNomor ? { start: s.mulaiNomor } : undefined,
        },
      },
      footers: s.nomorHalaman ? { default: kakiHalaman() } : undefined,
      children: s.isi,
    })),
  });
}

/** A document of one portrait section without page numbers: letters, attendance lists, minutes. */
export function buatDokumen({ ukuran, judul, isi }: OpsiDokumen): Document {
  return buatDokumenSeksi({ ukuran, judul, seksi: [{ isi }] });
}

export function keBuffer(dokumen: Document): Promise<Buffer> {
  return Packer.toBuffer(dokumen);
}
