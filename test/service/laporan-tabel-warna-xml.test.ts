// The report writes its large recap tables as XML strings; they must be the very bytes docx writes for tabelWarna.
import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { tabelWarna, type IsiSel, type KolomWarna } from '../../src/main/docx/tabelWarna';
import { xmlTabelWarna } from '../../src/main/laporan/tabelWarnaXml';

/** docx's own XML of a document holding only the table. */
function xmlDocx(opsi: Parameters<typeof tabelWarna>[0]): string {
  const dokumen = new Document({ sections: [{ children: [tabelWarna(opsi)] }] });
  const berkas = (Packer as unknown as { compiler: { compile(d: Document): Map<string, string> } }).compiler.compile(
    dokumen,
  );
  const xml = berkas.get('word/document.xml')!;
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
}

const KOLOM: KolomWarna[] = [
  { judul: 'No', bobot: 1, rata: 'tengah' },
  { judul: 'Perangkat Daerah & "Unit" <PD>', bobot: 7 },
  { judul: 'Pagu (Rp)\nmurni', bobot: 3, rata: 'kanan' },
  { judul: 'Status', bobot: 2, rata: 'kiri' },
];

const BARIS: IsiSel[][] = [
  ['1', 'Dinas Pertanian', '1.250.000.000,00', { teks: 'Merah', isi: 'C00000', putih: true }],
  [
    '2',
    { teks: "Dinas Koperasi & UKM's <baru>\nbaris kedua", tebal: false },
    '0,00',
    { teks: 'Kuning', isi: 'FFC000', putih: false },
  ],
  ['3', { teks: 'kendali \u0001 karakter', tebal: true }, { teks: '', span: 1 }, ''],
  [
    { teks: 'Jumlah', span: 2, tebal: true, isi: 'E7E6E6' },
    { teks: '9,50', tebal: true, isi: 'E7E6E6' },
    { teks: '-' },
  ],
  [{ teks: 'Satu baris lebar', span: 4 }],
];

describe('the recap tables written as XML', () => {
  it('are byte for byte what docx writes for tabelWarna', () => {
    for (const opsi of [
      { lebar: 13_000, kolom: KOLOM, baris: BARIS, ukuranHuruf: 14 },
      { lebar: 9_071, kolom: KOLOM, baris: BARIS },
      { lebar: 5_000, kolom: KOLOM.slice(0, 2), baris: [['a', 'b'], [], [{ teks: 'x', span: 3 }]] },
    ]) {
      expect(xmlTabelWarna(opsi)).toBe(xmlDocx(opsi));
    }
  });
});
