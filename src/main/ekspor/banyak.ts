// Many generated files handed over at once: written into a folder the user chose, or packed into one .zip.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { BerkasBanyak } from '../../shared/api/ekspor';
import { DitolakError } from '../errors';

export async function serahkanBanyak(
  berkas: { namaBerkas: string; isi: Buffer }[],
  dilewati: string[],
  folder: string | undefined,
  namaZip: string,
): Promise<BerkasBanyak> {
  if (folder) {
    try {
      for (const b of berkas) await writeFile(join(folder, b.namaBerkas), b.isi);
    } catch (error) {
      throw new DitolakError(`Berkas tidak dapat ditulis ke ${folder}: ${(error as Error).message}`);
    }
    return { jenis: 'folder', folder, jumlah: berkas.length, dilewati };
  }
  const zip = new JSZip();
  for (const b of berkas) zip.file(b.namaBerkas, b.isi);
  const isi = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { jenis: 'zip', namaBerkas: namaZip, base64: isi.toString('base64'), jumlah: berkas.length, dilewati };
}
