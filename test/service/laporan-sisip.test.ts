// The report's packing (sisip.ts): each marker's XML, written in pieces of any size and script, lands in
// word/document.xml exactly where its marker stood, and the zip's sizes and CRC are right (JSZip checks them).
import { Document, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buatSisipan } from '../../src/main/laporan/sisip';

const teks = (t: string) => new Paragraph({ children: [new TextRun(t)] });
const badan = (xml: string) => xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));

async function dokumenXml(isi: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(isi, { checkCRC32: true });
  return zip.file('word/document.xml')!.async('string');
}

describe('packing the report with its markers', () => {
  it('puts every piece in its marker’s place, in order, whatever its size and script', async () => {
    // Large pieces (one beyond the writer's 4 MB buffer even at one byte a character), many tiny ones, and text of
    // two, three and four UTF-8 bytes a character right before and after them.
    const besar = `<w:p><w:r><w:t>${'A'.repeat(5_000_000)}</w:t></w:r></w:p>`;
    const sedang = `<w:p><w:r><w:t>${'0123456789'.repeat(90_000)}</w:t></w:r></w:p>`;
    const aneka = '<w:p><w:r><w:t>≥ 91% · é ü · 𝔼.81 😀</w:t></w:r></w:p>';
    // Three UTF-8 bytes a character: beyond the buffer's size in bytes, a third of it in characters.
    const lebar = `<w:p><w:r><w:t>${'≥'.repeat(1_450_000)}</w:t></w:r></w:p>`;
    const kecil = Array.from({ length: 500 }, (_, i) => `<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`);
    const sisipan = buatSisipan();
    const dokumen = new Document({
      sections: [
        {
          children: [
            teks('Awal ≥ dokumen'),
            sisipan.paragraf('besar', () => [aneka, besar, aneka]),
            teks('Antara'),
            sisipan.paragraf('kecil', () => kecil),
            sisipan.paragraf('lebar', () => [aneka, lebar, lebar]),
            sisipan.paragraf('sedang', () => sedang),
            ...Array.from({ length: 30 }, (_, i) => sisipan.paragraf(`ulang-${i}`, () => [aneka, sedang])),
            sisipan.paragraf('satu', () => aneka),
            teks('Akhir'),
          ],
        },
      ],
    });
    const xml = badan(await dokumenXml(await sisipan.sisipkan(dokumen)));
    const paragrafDocx = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const harapan =
      paragrafDocx('Awal ≥ dokumen') +
      aneka +
      besar +
      aneka +
      paragrafDocx('Antara') +
      kecil.join('') +
      aneka +
      lebar +
      lebar +
      sedang +
      Array.from({ length: 30 }, () => aneka + sedang).join('') +
      aneka +
      paragrafDocx('Akhir');
    expect(xml.length).toBe(harapan.length);
    expect(xml === harapan).toBe(true);
  });
});
