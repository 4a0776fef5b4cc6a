// Many generated files handed over at once: written into a folder the user chose, or packed into one .zip.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { BerkasBanyak } from '../../shared/api/ekspor';
import type { Kemajuan } from '../../shared/kemajuan';
import { DitolakError } from '../errors';
import { galatTulisBerkas } from '../os';

export async function serahkanBanyak(
  berkas: { namaBerkas: string; isi: Buffer }[],
  dilewati: string[],
  folder: string | undefined,
  namaZip: string,
  kemajuan: (k: Kemajuan) => void,
): Promise<BerkasBanyak> {
  if (folder) {
    for (const b of berkas) {
      const path = join(folder, b.namaBerkas);
      try {
        await writeFile(path, b.isi);
      } catch (error) {
        const galat = galatTulisBerkas(error, path);
        throw galat instanceof DitolakError
          ? galat
          : new DitolakError(`Berkas tidak dapat ditulis ke ${folder}: ${(error as Error).message}`);
      }
    }
    return { jenis: 'folder', folder, jumlah: berkas.length, dilewati };
  }
  kemajuan({ langkah: 'Memadatkan berkas .zip', selesai: 0, total: 0, satuan: '' });
  const zip = new JSZip();
  for (const b of berkas) zip.file(b.namaBerkas, b.isi);
  // The files inside (xlsx, docx, pptx) are zips already: storing them is as small and many times faster.
  const isi = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  return { jenis: 'zip', namaBerkas: namaZip, base64: isi.toString('base64'), jumlah: berkas.length, dilewati };
}
