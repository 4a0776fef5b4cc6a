// Reads a generated DOCX the way the tests check it: unzip, take word/document.xml, list its paragraphs' text.
import JSZip from 'jszip';
import { expect } from 'vitest';

export interface IsiDocx {
  xml: string;
  /** Text of every paragraph in document order (table cells included), tabs as \t and line breaks as \n. */
  paragraf: string[];
  /** All text joined by newlines, for order checks across paragraphs. */
  teks: string;
}

const ENTITAS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const dekode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITAS[e]!);

export async function bacaDocx(isi: Uint8Array): Promise<IsiDocx> {
  const zip = await JSZip.loadAsync(isi);
  expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraf = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map(([m, t]) => (m === '<w:tab/>' ? '\t' : m === '<w:br/>' ? '\n' : dekode(t ?? '')))
      .join(''),
  );
  return { xml, paragraf, teks: paragraf.join('\n') };
}

/** Each piece must appear in the text after the one before it. */
export function harusBerurutan(teks: string, bagian: string[]): void {
  let dari = 0;
  for (const b of bagian) {
    const i = teks.indexOf(b, dari);
    expect(i, `"${b}" harus muncul setelah posisi ${dari}`).toBeGreaterThanOrEqual(0);
    dari = i + b.length;
  }
}

const teksSel = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => dekode(t ?? '')).join('');

const GARIS_RP = '<w:pBdr><w:top w:val="dotted"';

/** The E.81 code run opening a name's paragraph (not spell-checked, followed by a space), and the cell without it. */
export function pisahKode(tc: string): [string, string] | null {
  const m = /<w:r><w:rPr>(?:<w:b\/>)?<w:noProof\/><\/w:rPr><w:t xml:space="preserve">([^<]*) <\/w:t><\/w:r>/.exec(tc);
  return m ? [dekode(m[1]!), tc.slice(0, m.index) + tc.slice(m.index + m[0].length)] : null;
}

/**
 * Rows of the tables in the document: each row as the text of its cells. The E.81 table prints a row's code at the
 * start of its name; it is read as a cell of its own, as the .xlsx has it.
 */
export function barisTabel(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
    [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].flatMap(([tc]) => {
      const kode = pisahKode(tc);
      if (kode) return [kode[0], teksSel(kode[1])];
      // A stacked E.81 cell: K above the dotted rule, Rp below it, read as the two cells the .xlsx has.
      const garis = tc.indexOf(GARIS_RP);
      if (garis < 0) return [teksSel(tc)];
      const rp = tc.lastIndexOf('<w:p>', garis);
      return [teksSel(tc.slice(0, rp)), teksSel(tc.slice(rp))];
    }),
  );
}
