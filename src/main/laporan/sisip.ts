// Puts pre-written WordprocessingML (the E.81 tables) where a marker paragraph stands in a packed DOCX.
import JSZip from 'jszip';
import { Paragraph, TextRun } from 'docx';
import type { LaporKemajuan } from '../kemajuan';

const penanda = (kunci: string) => `@@SINERGI-SISIP-${kunci}@@`;

/** The paragraph that marks where the XML of `kunci` goes. */
export function paragrafPenanda(kunci: string): Paragraph {
  return new Paragraph({ children: [new TextRun(penanda(kunci))] });
}

/** Replaces each marker paragraph of the document by its XML; a marker left without XML is an error. */
export async function sisipkanXml(
  docx: Buffer,
  isi: ReadonlyMap<string, string>,
  kemajuan: LaporKemajuan,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const berkas = zip.file('word/document.xml');
  if (!berkas) throw new Error('word/document.xml tidak ada di DOCX');
  const xml = await berkas.async('string');
  const potongan: string[] = [];
  let dari = 0;
  for (const [kunci, sisip] of isi) {
    const i = xml.indexOf(penanda(kunci), dari);
    if (i < 0) throw new Error(`Penanda ${kunci} tidak ditemukan di dokumen`);
    const awal = Math.max(xml.lastIndexOf('<w:p>', i), xml.lastIndexOf('<w:p ', i));
    const akhir = xml.indexOf('</w:p>', i) + '</w:p>'.length;
    potongan.push(xml.slice(dari, awal), sisip);
    dari = akhir;
  }
  potongan.push(xml.slice(dari));
  zip.file('word/document.xml', potongan.join(''));
  return zip.generateAsync(
    { type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } },
    ({ percent }) => kemajuan({ langkah: 'Memadatkan berkas', selesai: percent, total: 100, satuan: '%' }),
  );
}
