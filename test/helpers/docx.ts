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

/**
 * Rows of the tables in the document: each row as the text of its cells. The E.81 table prints a row's code as a
 * paragraph above its name (style E81Kode); it is read as a cell of its own, as the .xlsx has it.
 */
export function barisTabel(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
    [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].flatMap(([tc]) => {
      const kode =
        /^<w:tc>(?:<w:tcPr>[\s\S]*?<\/w:tcPr>)?(<w:p><w:pPr><w:pStyle w:val="E81Kode"\/>[\s\S]*?<\/w:p>)/.exec(tc);
      return kode ? [teksSel(kode[1]!), teksSel(tc.slice(kode.index + kode[0].length))] : [teksSel(tc)];
    }),
  );
}
