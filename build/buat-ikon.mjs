// Draws build/icon.png (256 x 256): three rising bars, the monev chart, on a teal rounded square. Run with node once;
// the PNG is committed. electron-builder turns it into the Windows .ico.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 256;
const LATAR = [0x0f, 0x6e, 0x6b];
const BATANG = [0xff, 0xff, 0xff];
const AKSEN = [0xf2, 0xb1, 0x34];

function dalamPersegiTumpul(x, y, r = 48) {
  const cx = Math.min(Math.max(x, r), N - 1 - r);
  const cy = Math.min(Math.max(y, r), N - 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function warna(x, y) {
  if (!dalamPersegiTumpul(x, y)) return null;
  const batang = [
    [56, 150],
    [108, 110],
    [160, 70],
  ];
  for (const [kiri, atas] of batang) if (x >= kiri && x < kiri + 40 && y >= atas && y < 206) return BATANG;
  if (y >= 214 && y < 222 && x >= 48 && x < 208) return AKSEN;
  return LATAR;
}

const baris = [];
for (let y = 0; y < N; y++) {
  const b = Buffer.alloc(1 + N * 4);
  for (let x = 0; x < N; x++) {
    const c = warna(x, y);
    if (c) b.set([...c, 0xff], 1 + x * 4);
  }
  baris.push(b);
}

const crcTabel = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTabel[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function potongan(jenis, data) {
  const panjang = Buffer.alloc(4);
  panjang.writeUInt32BE(data.length);
  const isi = Buffer.concat([Buffer.from(jenis, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(isi));
  return Buffer.concat([panjang, isi, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  potongan('IHDR', ihdr),
  potongan('IDAT', deflateSync(Buffer.concat(baris), { level: 9 })),
  potongan('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.png: ${png.length} bytes`);
