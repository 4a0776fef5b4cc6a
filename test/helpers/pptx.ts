// Reads a generated .pptx the way the tests check it: unzip, take each slide's XML in order, its text, its notes,
// and the chart parts.
import JSZip from 'jszip';
import { expect } from 'vitest';

export interface SlideDibaca {
  xml: string;
  /** Every <a:t> of the slide in order (tables included), entities decoded. */
  teks: string[];
  catatan: string;
}

export interface IsiPptx {
  zip: JSZip;
  slide: SlideDibaca[];
  /** ppt/charts/chartN.xml by N. */
  grafik: Map<number, string>;
}

const ENTITAS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const dekode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITAS[e]!);
const teksDari = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => dekode(t ?? ''));
const nomor = (nama: string) => Number(/(\d+)\.xml$/.exec(nama)![1]);

export async function bacaPptx(isi: Uint8Array | string): Promise<IsiPptx> {
  const zip = await JSZip.loadAsync(typeof isi === 'string' ? Buffer.from(isi, 'base64') : isi);
  expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'ppt/presentation.xml']));
  const namaSlide = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => nomor(a) - nomor(b));
  const slide: SlideDibaca[] = [];
  for (const nama of namaSlide) {
    const xml = await zip.file(nama)!.async('string');
    const rels = (await zip.file(nama.replace('slides/', 'slides/_rels/') + '.rels')?.async('string')) ?? '';
    const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notes = target ? await zip.file(`ppt/notesSlides/${target}`)!.async('string') : '';
    slide.push({ xml, teks: teksDari(xml), catatan: teksDari(notes).join('\n') });
  }
  const grafik = new Map<number, string>();
  for (const nama of Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)))
    grafik.set(nomor(nama), await zip.file(nama)!.async('string'));
  return { zip, slide, grafik };
}

/** The chart parts a slide points to, in the order of its relationships. */
export async function grafikSlide(p: IsiPptx, indeks: number): Promise<string[]> {
  const rels = (await p.zip.file(`ppt/slides/_rels/slide${indeks + 1}.xml.rels`)!.async('string')) ?? '';
  return [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/chart(\d+)\.xml"/g)].map(([, n]) =>
    p.grafik.get(Number(n))!,
  );
}
