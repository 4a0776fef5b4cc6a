// Puts pre-written WordprocessingML (the E.81 tables, the large recap tables) where a marker paragraph stands in a DOCX, and packs it.
// The document.xml that results is tens of MB of text; Node's zlib (native, on libuv's thread pool) compresses it
// several times faster than the pure-JS deflate of the zip libraries, so the package is zipped here, with fflate's
// streaming Zip around zlib's deflate, and document.xml is deflated while its next piece is still being encoded.
// docx's own packing (which deflates every file in JavaScript, for us to unzip it again) is skipped: its compiler gives
// the package's files as text, in the order docx zips them.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { setImmediate } from 'node:timers/promises';
import { constants, crc32, createGzip, deflateRawSync, type Gzip } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { Packer, Paragraph, TextRun, type Document } from 'docx';
import { gabungCrc } from '../ekspor/gabungCrc';
import { LEVEL_ZLIB, tambahUtuh, tulisZip } from '../ekspor/paketXml';

const DOKUMEN = 'word/document.xml';
/** Text waiting for zlib beyond this makes the writer wait, so a regency's 100 MB document is never all in memory. */
const ANTREAN_MAKS = 8 * 1024 * 1024;

/**
 * The markers of one document build. Each carries a random nonce, so no text of the document (a narrative that quotes
 * a marker, say) can be taken for one; and each must stand exactly once.
 */
export interface Sisipan {
  /** The paragraph that marks where `isi`'s XML goes; `kunci` names it in an error and must be unique. */
  paragraf(kunci: string, isi: IsiSisip): Paragraph;
  /** Packs the document with each marker paragraph replaced by its XML; a marker missing or doubled is an error. */
  sisipkan(dokumen: Document): Promise<Buffer>;
}

export function buatSisipan(): Sisipan {
  const nonce = randomBytes(12).toString('hex');
  const awalan = `@@SINERGI-${nonce}-`;
  const semua = new Map<string, IsiSisip>();
  return {
    paragraf: (kunci, isi) => {
      if (semua.has(kunci)) throw new Error(`Penanda ${kunci} dibuat dua kali`);
      semua.set(kunci, isi);
      return new Paragraph({ children: [new TextRun(`${awalan}${kunci}@@`)] });
    },
    sisipkan: (dokumen) => sisipkanXml(dokumen, semua, awalan),
  };
}

/**
 * What goes in place of a marker; written only when the zip reaches it, so no two tables are in memory as text. Pieces
 * in a list go to the zip one by one: a table's XML is plain ASCII, which V8 holds one byte a character, and joined to
 * a title with a "≥" it would be copied whole into two bytes a character before being encoded.
 */
export type IsiSisip = (() => string | readonly string[]) | IsiSesudah;

/**
 * XML that stands before what follows it in the document but is known only after it: a table's header, laid out from
 * the widths of all its rows (see tabelE81Xml.ts). Asked for when everything after it has been written, and deflated
 * with the text before it in front of that (see tambahDenganZlib). At most one in a document.
 */
export interface IsiSesudah {
  readonly sesudah: () => string;
}

type Potongan = string | IsiSisip;
const ditulisSesudah = (p: Potongan): p is IsiSesudah => typeof p === 'object';

/**
 * Where the paragraph holding position `i` opens (`<w:p>` or `<w:p ...>`), looked for only after the nearest `<w:p>`:
 * looking back for a `<w:p ` that a document may not have at all read the whole text before every marker.
 */
function awalParagraf(xml: string, i: number): number {
  const awal = Math.max(0, xml.lastIndexOf('<w:p>', i));
  const lain = xml.slice(awal, i).lastIndexOf('<w:p ');
  return lain >= 0 ? awal + lain : awal;
}

/** The document's XML in pieces: the text between markers, and each marker's XML in its place. */
function potongDokumen(xml: string, isi: ReadonlyMap<string, IsiSisip>, awalan: string): Potongan[] {
  // One pass over the document finds every marker, in the document's order whatever the order they were made in.
  const tempat: { i: number; sisip: IsiSisip }[] = [];
  const dilihat = new Set<string>();
  for (let i = xml.indexOf(awalan); i >= 0; i = xml.indexOf(awalan, i + 1)) {
    const kunci = xml.slice(i + awalan.length, xml.indexOf('@@', i + awalan.length));
    const sisip = isi.get(kunci);
    if (!sisip) throw new Error(`Penanda ${kunci} tidak dikenal`);
    if (dilihat.has(kunci)) throw new Error(`Penanda ${kunci} muncul lebih dari sekali`);
    dilihat.add(kunci);
    tempat.push({ i, sisip });
  }
  for (const kunci of isi.keys())
    if (!dilihat.has(kunci)) throw new Error(`Penanda ${kunci} tidak ditemukan di dokumen`);
  if (tempat.filter((t) => ditulisSesudah(t.sisip)).length > 1)
    throw new Error('Hanya satu penanda boleh ditulis sesudah yang mengikutinya');
  const potongan: Potongan[] = [];
  let dari = 0;
  for (const { i, sisip } of tempat) {
    const awal = awalParagraf(xml, i);
    const akhir = xml.indexOf('</w:p>', i) + '</w:p>'.length;
    potongan.push(xml.slice(dari, awal), sisip);
    // A marker that ends a section carries the section's properties, as docx puts them in the last paragraph; they
    // stay, in the empty paragraph docx itself writes after a table that ends a section.
    const bagian = /^<w:p[^>]*><w:pPr>(<w:sectPr[ >].*?<\/w:sectPr>)<\/w:pPr>/s.exec(xml.slice(awal, akhir));
    if (bagian) potongan.push(`<w:p><w:pPr>${bagian[1]}</w:pPr></w:p>`);
    dari = akhir;
  }
  potongan.push(xml.slice(dari));
  return potongan;
}

/**
 * Bytes of encoded text one write to zlib carries at least (but the last, and one forced by a full buffer): each write
 * costs a turn of the event loop.
 */
const TULIS_MIN = 512 * 1024;
/** Room for encoded text, reused from piece to piece until it is full (a piece larger than it gets its own). */
const RUANG = 4 * 1024 * 1024;

/** A gzip member's fixed header as zlib writes it (no name, comment or extra field), and its trailer: CRC-32, size. */
const KEPALA_GZIP = 10;
const EKOR_GZIP = 8;

/**
 * zlib's gzip stream taken apart for a zip entry: the deflate data in between goes to `ondata` as it comes, and the
 * trailer gives the CRC at the end. A zip entry wants raw deflate and the CRC of the text; as a gzip member zlib
 * computes that CRC itself, on its thread, while the main thread builds the next table (on the main thread it was the
 * report's largest cost after its own text).
 */
function deflateDenganCrc(ondata: (data: Uint8Array<ArrayBuffer>) => void): { zlib: Gzip; crc: () => Promise<number> } {
  const zlib = createGzip({ level: LEVEL_ZLIB, chunkSize: 256 * 1024 });
  let kepala = KEPALA_GZIP;
  // The stream's last bytes, held back until more follow: at the end they are the trailer.
  let ekor: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  zlib.on('data', (chunk: Uint8Array<ArrayBuffer>) => {
    let data = chunk;
    if (kepala > 0) {
      const buang = Math.min(kepala, data.length);
      kepala -= buang;
      data = data.subarray(buang);
    }
    // The output is about a sixtieth of the text, so joining the few held-back bytes to it costs nothing.
    if (ekor.length > 0) data = Buffer.concat([ekor, data]);
    if (data.length > EKOR_GZIP) ondata(data.subarray(0, data.length - EKOR_GZIP));
    ekor = data.subarray(Math.max(0, data.length - EKOR_GZIP));
  });
  const selesai = once(zlib, 'end');
  return {
    zlib,
    crc: async () => {
      await selesai;
      if (ekor.length !== EKOR_GZIP) throw new Error('Aliran gzip dari zlib berakhir tanpa CRC');
      return Buffer.from(ekor).readUInt32LE(0);
    },
  };
}

/**
 * One zip entry whose data zlib deflates as the pieces arrive; size and CRC go in the data descriptor after it. Done
 * when all the text is handed to zlib; `selesai` when zlib has deflated it and the entry is complete.
 *
 * The text is encoded into a large buffer, piece after piece, and handed to zlib in writes of at least `TULIS_MIN`
 * bytes, when zlib has finished the last one. zlib's stream deflates one write at a time and starts the next only
 * when the main thread takes its callback: a write for each piece (a title of a few hundred bytes, a table, its
 * summary) left zlib waiting between them, fell behind the text, and the main thread ended up waiting for it. Encoding
 * in place also spares `Buffer.from`'s count of the bytes before it encodes them, and an allocation per piece.
 *
 * A piece written after what follows it (`IsiSesudah`, the E.81 table's header) splits the entry in two: the text
 * after it goes to zlib's stream as it is built, its deflated bytes held back (a sixtieth of the text); then the
 * text before it, which is small (the chapters and the recap, about 2 MB of a regency's 140 MB), and the piece itself
 * are deflated at once, ending on a byte boundary without closing the deflate data, and written first. Two deflate
 * streams one after the other are one, and the entry's CRC is the two parts' CRCs combined (gabungCrc.ts). Built
 * before its rows, the header kept every row's cells in memory until the widths were known, and zlib had nothing to
 * deflate until the whole table was built.
 */
async function tambahDenganZlib(
  zip: Zip,
  nama: string,
  potongan: readonly Potongan[],
): Promise<{ selesai: Promise<void> }> {
  const berkas: ZipInputFile = { filename: nama, size: 0, crc: 0, compression: 8 };
  zip.add(berkas);
  const k = potongan.findIndex(ditulisSesudah);
  const sesudah = k >= 0 ? (potongan[k] as IsiSesudah) : null;
  const depan = k >= 0 ? potongan.slice(0, k) : [];
  // The deflated text after the piece written last, waiting for what stands before it.
  let tertahan: Uint8Array<ArrayBuffer>[] | null = sesudah ? [] : null;
  // A large output chunk lets one thread-pool job deflate a whole table (the text compresses about 60 to 1) while the
  // main thread writes the next.
  const { zlib: deflate, crc } = deflateDenganCrc((data) =>
    tertahan ? tertahan.push(data) : berkas.ondata!(null, data, false),
  );
  let ruang = Buffer.allocUnsafe(RUANG);
  // Encoded and handed to zlib up to `dari`; encoded and waiting from `dari` to `sampai`. zlib reads what it was handed
  // later, so those bytes are never written again: a full buffer is replaced, not reused.
  let dari = 0;
  let sampai = 0;
  let ukuranAliran = 0;
  const serahkan = async () => {
    if (sampai === dari) return;
    const data = ruang.subarray(dari, sampai);
    dari = sampai;
    ukuranAliran += data.length;
    if (!deflate.write(data) && deflate.writableLength > ANTREAN_MAKS) await once(deflate, 'drain');
  };
  // What stands before the piece written last, kept as text until it is written.
  const teksDepan = depan.flatMap((p) => teksPotongan(p));
  for (const p of k >= 0 ? potongan.slice(k + 1) : potongan) {
    for (const teks of teksPotongan(p)) {
      // UTF-8 takes at most three bytes per UTF-16 unit.
      const paling = teks.length * 3;
      if (ruang.length - sampai < paling) {
        await serahkan();
        ruang = Buffer.allocUnsafe(Math.max(RUANG, paling));
        dari = sampai = 0;
      }
      // One pass, straight into the buffer: the table's text is a rope of many small strings that every GC would have
      // to walk, and this leaves it to be collected.
      sampai += ruang.write(teks, sampai, 'utf8');
    }
    // zlib starts a write only when the main thread takes its callback, one at a turn: handed a write per table, it
    // fell a write or two behind for good and was still deflating megabytes when the last table was done. While it is
    // busy, what waits goes with the next write, so one job may deflate several tables and zlib keeps up.
    if (sampai - dari >= TULIS_MIN && deflate.writableLength === 0) await serahkan();
    // Lets zlib's callback start its next job before the next table is built.
    if (deflate.writableLength > ANTREAN_MAKS) await once(deflate, 'drain');
    else await setImmediate();
  }
  await serahkan();
  deflate.end();
  let crcDepan = 0;
  if (sesudah) {
    const teks = Buffer.concat([...teksDepan, sesudah.sesudah()].map((t) => Buffer.from(t, 'utf8')));
    crcDepan = crc32(teks);
    berkas.size += teks.length;
    berkas.ondata!(null, deflateRawSync(teks, { level: LEVEL_ZLIB, finishFlush: constants.Z_SYNC_FLUSH }), false);
    for (const data of tertahan!) berkas.ondata!(null, data, false);
    tertahan = null;
  }
  berkas.size += ukuranAliran;
  // Given back unawaited: the package's other files are deflated while zlib finishes this one (fflate's Zip keeps
  // them in order, after it).
  return {
    selesai: crc().then((nilai) => {
      berkas.crc = gabungCrc(crcDepan, nilai, ukuranAliran);
      berkas.ondata!(null, new Uint8Array(0), true);
    }),
  };
}

/** A piece's text, in the parts it comes in. */
function teksPotongan(p: Potongan): readonly string[] {
  if (typeof p === 'string') return [p];
  if (ditulisSesudah(p)) throw new Error('Potongan yang ditulis sesudahnya tidak bisa ditulis di tempatnya');
  const isi = p();
  return typeof isi === 'string' ? [isi] : isi;
}

type IsiBerkas = string | Uint8Array | ArrayBuffer;

/**
 * docx's compiler (`Packer.compiler`, which `Packer.toBuffer` zips the result of): the package's files by path, in
 * the order docx zips them ([Content_Types].xml among them, as docx writes it). Not in docx's typings; the report
 * tests unzip what it gives, so a docx without it fails them loudly rather than printing a broken file.
 */
function berkasPaket(dokumen: Document): Map<string, IsiBerkas> {
  const penyusun = (Packer as unknown as { compiler?: { compile(d: Document): Map<string, IsiBerkas> } }).compiler;
  if (typeof penyusun?.compile !== 'function') throw new Error('docx tidak lagi menyediakan Packer.compiler.compile');
  return penyusun.compile(dokumen);
}

const bita = (data: IsiBerkas): Uint8Array =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : data instanceof Uint8Array ? data : new Uint8Array(data);

async function sisipkanXml(dokumen: Document, isi: ReadonlyMap<string, IsiSisip>, awalan: string): Promise<Buffer> {
  const berkas = berkasPaket(dokumen);
  const xml = berkas.get(DOKUMEN);
  if (xml === undefined) throw new Error(`${DOKUMEN} tidak ada di DOCX`);
  const potongan = potongDokumen(typeof xml === 'string' ? xml : Buffer.from(bita(xml)).toString('utf8'), isi, awalan);

  return tulisZip(async (zip) => {
    let dokumenSelesai = Promise.resolve();
    for (const [nama, data] of berkas) {
      if (nama === DOKUMEN) ({ selesai: dokumenSelesai } = await tambahDenganZlib(zip, nama, potongan));
      else tambahUtuh(zip, nama, bita(data));
    }
    await dokumenSelesai;
  });
}
