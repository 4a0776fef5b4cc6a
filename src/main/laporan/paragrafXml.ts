// docx/blok.ts's `paragraf` (and `judul`) written straight as WordprocessingML, the same bytes docx writes for them
// (test/service/laporan-paragraf-xml.test.ts compares the two). Lampiran II has ten short paragraphs per OPD around
// its E.81 table; for a regency's hundreds of OPD, building and serialising them in docx's object model cost more
// than the rest of the document, so they go with the table's XML where its marker stands (sisip.ts).
import { esc } from './tabelWarnaXml';

/** The options of `paragraf` the report's annex uses; the rest stay with docx. */
export interface OpsiParagrafXml {
  tebal?: boolean;
  ukuranHuruf?: number;
  rataTengah?: boolean;
  keepNext?: boolean;
  keepLines?: boolean;
  spacing?: { before?: number; after?: number };
}

/** One paragraph of plain text, its line breaks kept, as `paragraf(teks, opsi)` writes it. */
export function xmlParagraf(teks: string, o: OpsiParagrafXml = {}): string {
  const ukuran = o.ukuranHuruf ? `<w:sz w:val="${o.ukuranHuruf}"/><w:szCs w:val="${o.ukuranHuruf}"/>` : '';
  const sp = o.spacing;
  const spasi =
    sp && (sp.after !== undefined || sp.before !== undefined)
      ? `<w:spacing${sp.after !== undefined ? ` w:after="${sp.after}"` : ''}${sp.before !== undefined ? ` w:before="${sp.before}"` : ''}/>`
      : '';
  const pPr =
    (o.keepNext ? '<w:keepNext/>' : '') +
    (o.keepLines ? '<w:keepLines/>' : '') +
    spasi +
    (o.rataTengah ? '<w:jc w:val="center"/>' : '') +
    (ukuran ? `<w:rPr>${ukuran}</w:rPr>` : '');
  const tebal = o.tebal === undefined ? '' : o.tebal ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  const rPr = tebal || ukuran ? `<w:rPr>${tebal}${ukuran}</w:rPr>` : '';
  let runs = '';
  const baris = teks.split('\n');
  for (let i = 0; i < baris.length; i++) {
    runs += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(baris[i]!)}</w:t></w:r>`;
  }
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}
