import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohDomain } from '../helpers/renja';

/** A real 1x1 PNG. */
function png(): string {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const td = Buffer.concat([Buffer.from(type), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 200, 30, 30]))),
    chunk('IEND', Buffer.alloc(0)),
  ]).toString('base64');
}

describe('dokumentasi (photos of physical progress)', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
  });
  afterEach(() => t.dispose());

  it('keeps a photo with its caption, author and period, and deletes it', async () => {
    const foto = await b.call('dokumentasi.tambah', {
      subKegiatanId: ids.a.id,
      bulan: 6,
      keterangan: 'Kios "Tani Jaya" & gudang',
      mime: 'image/png',
      base64: png(),
    });
    expect(foto).toMatchObject({ keterangan: 'Kios "Tani Jaya" & gudang', diubahOleh: 'Penguji', bulan: 6 });
    expect(await b.call('dokumentasi.daftar', { subKegiatanId: ids.a.id, bulan: 6 })).toEqual([foto]);
    expect(await b.call('dokumentasi.daftar', { subKegiatanId: ids.a.id, bulan: 9 })).toEqual([]);
    await b.call('dokumentasi.hapus', { id: foto.id });
    expect(await b.call('dokumentasi.daftar', { subKegiatanId: ids.a.id, bulan: 6 })).toEqual([]);
  });

  it('refuses a file that is not the image it claims to be, and writes nothing', async () => {
    const sebelum = dumpDatabase(b);
    await expect(
      b.call('dokumentasi.tambah', {
        subKegiatanId: ids.a.id,
        bulan: 6,
        keterangan: '',
        mime: 'image/jpeg',
        base64: png(),
      }),
    ).rejects.toThrow('Berkas foto sebenarnya PNG, bukan image/jpeg');
    await expect(
      b.call('dokumentasi.tambah', {
        subKegiatanId: ids.a.id,
        bulan: 6,
        keterangan: '',
        mime: 'image/png',
        base64: Buffer.from('%PDF-1.4').toString('base64'),
      }),
    ).rejects.toThrow('Berkas foto harus gambar PNG atau JPG yang utuh');
    expect(dumpDatabase(b)).toBe(sebelum);
  });
});
