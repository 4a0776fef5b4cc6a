// The emblem of Kabupaten Contoh: a shield with a star and rice-and-cotton colours, drawn as a PNG in code so the
// sample kop surat has a logo without shipping an image file.
import { deflateSync } from 'node:zlib';

const CRC_TABEL = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const byte of b) c = CRC_TABEL[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function potongan(jenis: string, data: Buffer): Buffer {
  const panjang = Buffer.alloc(4);
  panjang.writeUInt32BE(data.length);
  const isi = Buffer.concat([Buffer.from(jenis, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(isi));
  return Buffer.concat([panjang, isi, crc]);
}

/** An RGBA PNG from a function that colours each pixel. */
export function pngDari(lebar: number, tinggi: number, warna: (x: number, y: number) => number[]): Buffer {
  const baris = Buffer.alloc((lebar * 4 + 1) * tinggi);
  for (let y = 0; y < tinggi; y++) {
    const awal = y * (lebar * 4 + 1);
    for (let x = 0; x < lebar; x++) Buffer.from(warna(x, y)).copy(baris, awal + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(lebar, 0);
  ihdr.writeUInt32BE(tinggi, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    potongan('IHDR', ihdr),
    potongan('IDAT', deflateSync(baris)),
    potongan('IEND', Buffer.alloc(0)),
  ]);
}

function dalamBintang(x: number, y: number, cx: number, cy: number, r: number): boolean {
  const sudut = Math.atan2(y - cy, x - cx) + Math.PI / 2;
  const jarak = Math.hypot(x - cx, y - cy);
  const sektor = ((sudut % ((2 * Math.PI) / 5)) + (2 * Math.PI) / 5) % ((2 * Math.PI) / 5);
  const t = Math.abs(sektor - Math.PI / 5) / (Math.PI / 5);
  return jarak < r * (0.42 + 0.58 * t);
}

export function lambangContoh(): Buffer {
  const lebar = 200;
  const tinggi = 240;
  return pngDari(lebar, tinggi, (x, y) => {
    const nx = (x - lebar / 2) / (lebar / 2 - 6);
    const ny = (y - 8) / (tinggi - 16);
    // A shield: straight sides down to 55%, then a curve to the point at the bottom.
    const separuhLebar = ny < 0.55 ? 1 : Math.sqrt(Math.max(0, 1 - ((ny - 0.55) / 0.45) ** 2));
    const dalam = ny >= 0 && ny <= 1 && Math.abs(nx) <= separuhLebar;
    const tepi = dalam && (Math.abs(nx) > separuhLebar - 0.06 || ny < 0.03 || ny > 0.97);
    if (!dalam) return [255, 255, 255, 0];
    if (tepi) return [20, 20, 20, 255];
    if (dalamBintang(x, y, lebar / 2, tinggi * 0.3, 38)) return [245, 200, 30, 255];
    if (ny > 0.6) return [30, 90, 170, 255];
    return [25, 130, 70, 255];
  });
}
