// Lampiran II writes its titles and summary lines as XML strings; they must be the very bytes docx writes for
// blok.ts's paragraf and judul with the same options.
import { AlignmentType, Document, Packer, type Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { judul, paragraf } from '../../src/main/docx/blok';
import { xmlParagraf, type OpsiParagrafXml } from '../../src/main/laporan/paragrafXml';

/** docx's own XML of a document holding only the paragraph. */
function xmlDocx(p: Paragraph): string {
  const dokumen = new Document({ sections: [{ children: [p] }] });
  const berkas = (Packer as unknown as { compiler: { compile(d: Document): Map<string, string> } }).compiler.compile(
    dokumen,
  );
  const xml = berkas.get('word/document.xml')!;
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
}

const TEKS = [
  'EVALUASI TERHADAP HASIL RENJA',
  'Predikat: Sedang (Tinggi 76 ≤ x < 91%; "kutip" & \'apostrof\' <tag>)',
  'Faktor pendorong: 1. Koordinasi\n2. Perencanaan\n3. Dukungan',
  'kendali \u0001 karakter',
  '',
];

const OPSI: OpsiParagrafXml[] = [
  {},
  { ukuranHuruf: 16 },
  { ukuranHuruf: 16, keepNext: true, keepLines: true, spacing: { before: 40 } },
  { ukuranHuruf: 16, spacing: { before: 40 } },
  { ukuranHuruf: 16, keepNext: true, keepLines: true },
  { ukuranHuruf: 16, keepNext: true, keepLines: true, spacing: { before: 240 } },
  { ukuranHuruf: 16, keepNext: true, keepLines: true, spacing: { before: 60, after: 60 } },
  { ukuranHuruf: 14, spacing: { after: 120 } },
  { tebal: true, ukuranHuruf: 16, rataTengah: true, keepNext: true, keepLines: true, spacing: { before: 0 } },
  { tebal: false, rataTengah: true },
];

describe('Lampiran II paragraphs written as XML', () => {
  it('are byte for byte what docx writes for paragraf and judul', () => {
    for (const teks of TEKS) {
      for (const { rataTengah, ...o } of OPSI) {
        const docx = paragraf(teks, { ...o, ...(rataTengah ? { alignment: AlignmentType.CENTER } : {}) });
        expect(xmlParagraf(teks, { rataTengah, ...o }), `${teks} ${JSON.stringify(o)}`).toBe(xmlDocx(docx));
      }
      const kecil = { ukuranHuruf: 16, spacing: { before: 360 } };
      expect(xmlParagraf(teks, { tebal: true, rataTengah: true, keepNext: true, keepLines: true, ...kecil })).toBe(
        xmlDocx(judul(teks, kecil)),
      );
    }
  });
});
