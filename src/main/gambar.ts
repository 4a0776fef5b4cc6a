// What an uploaded image really is, from its first bytes: a renamed PDF is not a photo.
import type { MimeGambar } from '../shared/gambar';

export function jenisGambar(isi: Buffer): MimeGambar | null {
  if (isi.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (isi[0] === 0xff && isi[1] === 0xd8 && isi[2] === 0xff) return 'image/jpeg';
  return null;
}
