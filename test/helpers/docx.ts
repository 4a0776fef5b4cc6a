// Reads a generated DOCX the way the tests check it: unzip, take word/document.xml, list its paragraphs' text.
import JSZip from 'jszip';
import { expect } from 'vitest';
import { lebarTwip } from '../../src/shared/ukurTeks';

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

// Arial's advance widths (thousandths of an em) of the characters numbers, money and codes are made of; digits and
// punctuation are as wide in bold, the letters of "Rp" are not.
const LEBAR: Record<string, number> = { '.': 278, ',': 278, '-': 333, '%': 889, '+': 584, X: 667, R: 722 };
const lebarEm = (s: string, tebal: boolean) =>
  [...s].reduce((a, c) => a + (/\d/.test(c) ? 556 : c === 'p' ? (tebal ? 611 : 556) : LEBAR[c]!), 0);
const ANGKA_ATAU_KODE = /^(?:(?:Rp)?-?[\d.,]+%?|\+[\d.,]+|X(?:\.[\dX]+)+)$/;

/** A number attribute of the first match of `pola` (0 where there is none). */
export const atribut = (xml: string, pola: RegExp) => Number(pola.exec(xml)?.[1] ?? 0);

export interface Sempit {
  tabel: number;
  teks: string;
  perlu: number;
  ada: number;
}

/**
 * The cells of a table narrower than the number, sum of money or code they hold needs on one line (with `kata`, or
 * than one of their words). A run's size is
 * its own `w:sz` or else `sz` (the table style's); a cell's margins its own `w:tcMar` or else the table's.
 */
export function selSempit(tbl: string, n: number, sz: number, kata = false): { sempit: Sempit[]; diperiksa: number } {
  const kolom = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  const kiri = atribut(tbl, /<w:tblCellMar>[\s\S]*?<w:left w:w="(\d+)"/);
  const kanan = atribut(tbl, /<w:tblCellMar>[\s\S]*?<w:right w:w="(\d+)"/);
  const sempit: Sempit[] = [];
  let diperiksa = 0;
  for (const [tr] of tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)) {
    if (tr.includes('<w:tblHeader/>')) continue;
    let j = 0;
    for (const [tc] of tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)) {
      const span = atribut(tc, /<w:gridSpan w:val="(\d+)"/) || 1;
      const mar = /<w:tcMar>([\s\S]*?)<\/w:tcMar>/.exec(tc)?.[1];
      const margin = mar
        ? atribut(mar, /<w:left [^>]*w:w="(\d+)"/) + atribut(mar, /<w:right [^>]*w:w="(\d+)"/)
        : kiri + kanan;
      const lebarSel = kolom.slice(j, j + span).reduce((a, b) => a + b, 0) - margin;
      j += span;
      // Text on its side runs along the row's height, not the cell's width (the E.81's unit, merged down a program).
      if (tc.includes('<w:textDirection w:val="btLr"/>')) continue;
      for (const [p] of tc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)) {
        const indent = atribut(p, /<w:ind w:left="(\d+)"/);
        // Each run after a <w:br/> is a line of its own (one per indicator); the code before a name is a run of its
        // own, followed by a space.
        for (const [, rPr, isi] of p.matchAll(/<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?([\s\S]*?)<\/w:r>/g)) {
          const teks = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(isi!)?.[1]?.trimEnd();
          if (!teks) continue;
          const ukuran = atribut(rPr ?? '', /<w:sz w:val="(\d+)"/) || sz;
          const tebal = (rPr ?? '').includes('<w:b/>');
          if (ANGKA_ATAU_KODE.test(teks)) {
            diperiksa++;
            const perlu = Math.ceil((lebarEm(teks, tebal) * ukuran) / 100) + indent;
            if (perlu > lebarSel) sempit.push({ tabel: n, teks, perlu, ada: lebarSel });
          } else if (kata) {
            // A word of text may wrap to the next line but never break in two.
            for (const k of teks.split(' ')) {
              const perlu = lebarTwip(k, ukuran, tebal) + indent;
              if (perlu > lebarSel) sempit.push({ tabel: n, teks: k, perlu, ada: lebarSel });
            }
          }
        }
      }
    }
  }
  return { sempit, diperiksa };
}
