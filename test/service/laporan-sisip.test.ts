// The report's packing (sisip.ts): each marker's XML, written in pieces of any size and script, lands in
// word/document.xml exactly where its marker stood, and the zip's sizes and CRC are right (JSZip checks them); a piece
// written after what follows it (a table's header) still stands in its place.
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

  it('writes a piece after what follows it, yet in its place, with the entry’s CRC whole', async () => {
    // The header of a table knows its rows only once they are written: it counts them here. Text of several scripts
    // and sizes on both sides, so both parts of the entry and their combined CRC are tried.
    const besar = `<w:p><w:r><w:t>${'≥ 91% é 😀 '.repeat(400_000)}</w:t></w:r></w:p>`;
    const sisipan = buatSisipan();
    let baris = 0;
    const barisTabel = (n: number) => () => {
      baris++;
      return `<w:p><w:r><w:t>baris ${n} ${'x'.repeat(700_000)}</w:t></w:r></w:p>`;
    };
    const kepala = () => `<w:p><w:r><w:t>kepala di atas ${baris} baris</w:t></w:r></w:p>`;
    const dokumen = new Document({
      sections: [
        {
          children: [
            teks('Awal ≥ dokumen'),
            sisipan.paragraf('depan', () => besar),
            sisipan.paragraf('kepala', { sesudah: kepala }),
            ...Array.from({ length: 12 }, (_, i) => sisipan.paragraf(`baris-${i}`, barisTabel(i))),
            sisipan.paragraf('belakang', () => besar),
            teks('Akhir'),
          ],
        },
      ],
    });
    const xml = badan(await dokumenXml(await sisipan.sisipkan(dokumen)));
    const paragrafDocx = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    baris = 0;
    const tabel = Array.from({ length: 12 }, (_, i) => barisTabel(i)()).join('');
    const harapan = paragrafDocx('Awal ≥ dokumen') + besar + kepala() + tabel + besar + paragrafDocx('Akhir');
    expect(xml.slice(0, 300)).toBe(harapan.slice(0, 300));
    expect(xml).toContain('kepala di atas 12 baris');
    expect(xml.length).toBe(harapan.length);
    expect(xml === harapan).toBe(true);
  });

  it('refuses a second piece to be written after what follows it', async () => {
    const sisipan = buatSisipan();
    const dokumen = new Document({
      sections: [
        {
          children: [sisipan.paragraf('satu', { sesudah: () => '' }), sisipan.paragraf('dua', { sesudah: () => '' })],
        },
      ],
    });
    await expect(sisipan.sisipkan(dokumen)).rejects.toThrow('Hanya satu penanda');
  });
});
