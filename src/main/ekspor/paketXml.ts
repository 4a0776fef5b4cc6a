// A package of XML parts (an .xlsx written as text) zipped with Node's zlib, which is native and several times faster
// than the pure-JS deflate of the zip libraries, inside fflate's Zip (the same pairing as the report's docx).
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

/** zlib's default, what Word's and Excel's own files and ExcelJS's writer use. */
export const LEVEL_ZLIB = 6;

/** A zip written by `isi` through fflate's Zip (its files deflated by Node's zlib), as one buffer. */
export async function tulisZip(isi: (zip: Zip) => Promise<void> | void): Promise<Buffer> {
  const keluar: Uint8Array[] = [];
  let zip!: Zip;
  const jadi = new Promise<void>((selesai, gagal) => {
    zip = new Zip((galat, data, akhir) => {
      if (galat) return gagal(galat);
      keluar.push(data);
      if (akhir) selesai();
    });
  });
  await isi(zip);
  zip.end();
  await jadi;
  return Buffer.concat(keluar);
}

/** A small file of a package, deflated at once. */
export function tambahUtuh(zip: Zip, nama: string, data: Uint8Array): void {
  const berkas: ZipInputFile = { filename: nama, size: data.length, crc: crc32(data), compression: 8 };
  zip.add(berkas);
  berkas.ondata!(null, deflateRawSync(data, { level: LEVEL_ZLIB }), true);
}

export const paketXml = (bagian: readonly (readonly [nama: string, isi: string])[]): Promise<Buffer> =>
  tulisZip((zip) => {
    for (const [nama, isi] of bagian) tambahUtuh(zip, nama, Buffer.from(isi, 'utf8'));
  });

const ENTITAS: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text in an element or attribute; callers clean it first (bersihkanSemua), so no forbidden character is left. */
export const xmlTeks = (s: string) => s.replace(/[&"'<>]/g, (c) => ENTITAS[c]!);

/** Shared strings of a workbook: each distinct text once, cells point at its index. */
export class TeksBersama {
  private readonly indeks = new Map<string, number>();
  private jumlah = 0;

  ambil(teks: string): number {
    this.jumlah++;
    let i = this.indeks.get(teks);
    if (i === undefined) this.indeks.set(teks, (i = this.indeks.size));
    return i;
  }

  xml(): string {
    const si: string[] = [];
    for (const t of this.indeks.keys()) {
      // Excel drops leading and trailing spaces and line breaks of a <t> unless told to keep them.
      si.push(
        /^\s|\n|\s$/.test(t) ? `<si><t xml:space="preserve">${xmlTeks(t)}</t></si>` : `<si><t>${xmlTeks(t)}</t></si>`,
      );
    }
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.jumlah}" uniqueCount="${this.indeks.size}">${si.join('')}</sst>`
    );
  }
}
