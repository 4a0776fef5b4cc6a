import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { png } from '../helpers/png';
import { buatContohDomain } from '../helpers/renja';

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
    const foto = await b.call('foto.tambah', {
      subKegiatanId: ids.a.id,
      bulan: 6,
      keterangan: 'Kios "Tani Jaya" & gudang',
      mime: 'image/png',
      base64: png(),
    });
    expect(foto).toMatchObject({ keterangan: 'Kios "Tani Jaya" & gudang', diubahOleh: 'Penguji', bulan: 6 });
    expect(await b.call('foto.daftar', { subKegiatanId: ids.a.id, bulan: 6 })).toEqual([foto]);
    expect(await b.call('foto.daftar', { subKegiatanId: ids.a.id, bulan: 9 })).toEqual([]);
    await b.call('foto.hapus', { id: foto.id });
    expect(await b.call('foto.daftar', { subKegiatanId: ids.a.id, bulan: 6 })).toEqual([]);
  });

  it('refuses a file that is not the image it claims to be, and writes nothing', async () => {
    const sebelum = dumpDatabase(b);
    await expect(
      b.call('foto.tambah', {
        subKegiatanId: ids.a.id,
        bulan: 6,
        keterangan: '',
        mime: 'image/jpeg',
        base64: png(),
      }),
    ).rejects.toThrow('Berkas foto sebenarnya PNG, bukan image/jpeg');
    await expect(
      b.call('foto.tambah', {
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
