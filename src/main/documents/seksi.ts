// A document of several sections, each portrait or landscape (a report's chapters, then its wide tables), sharing
// the page setup of halaman.ts, with page numbers in the footer and optional paragraph styles of its own.
import {
  AlignmentType,
  Document,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type IParagraphStyleOptions,
} from 'docx';
import { HURUF, KERTAS_MM, MARGIN_MM, mm, UKURAN_HURUF, type UkuranKertas } from './halaman';

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
