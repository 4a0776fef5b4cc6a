// Pixel size of a PNG or JPEG, so a logo keeps its proportions in the kop surat.

export interface UkuranGambar {
  lebar: number;
  tinggi: number;
}

function ukuranPng(b: Buffer): UkuranGambar | null {
  if (b.length < 24 || b.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { lebar: b.readUInt32BE(16), tinggi: b.readUInt32BE(20) };
}

// JPEG keeps its size in the first start-of-frame segment (SOF0..SOF15 except DHT, JPG and DAC).
function ukuranJpeg(b: Buffer): UkuranGambar | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const penanda = b[i + 1]!;
    const panjang = b.readUInt16BE(i + 2);
    if (penanda >= 0xc0 && penanda <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(penanda)) {
      return { tinggi: b.readUInt16BE(i + 5), lebar: b.readUInt16BE(i + 7) };
    }
    i += 2 + panjang;
  }
  return null;
}

export function ukuranGambar(isi: Uint8Array): UkuranGambar | null {
  const b = Buffer.from(isi.buffer, isi.byteOffset, isi.byteLength);
  const hasil = b[0] === 0x89 ? ukuranPng(b) : b[0] === 0xff ? ukuranJpeg(b) : null;
  return hasil && hasil.lebar > 0 && hasil.tinggi > 0 ? hasil : null;
}
