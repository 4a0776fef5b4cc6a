// A generated file goes to the user: save dialog and open in Electron, a download in the browser.
import type { BerkasJadi, BerkasTersimpan } from '../../../shared/api/ekspor';
import { api } from '../api/client';
import { unduh } from './berkas';

/** What to tell the user about a saved file; 'info' when it was saved but could not be opened. */
export interface Kabar {
  teks: string;
  jenis: 'sukses' | 'info';
}

/** The sentence for a file saved on the desktop; null when the user cancelled. */
export function kabarTersimpan(namaBerkas: string, hasil: BerkasTersimpan): Kabar | null {
  if (hasil.path === null) return null;
  if (hasil.peringatan) return { teks: hasil.peringatan, jenis: 'info' };
  return { teks: `${namaBerkas} disimpan di ${hasil.path} dan dibuka`, jenis: 'sukses' };
}

/** Saves (desktop) or downloads (browser) the file; null when the user cancelled the save dialog. */
export async function simpanBerkas(berkas: BerkasJadi): Promise<Kabar | null> {
  if (window.sinergi) return kabarTersimpan(berkas.namaBerkas, await api('berkas.simpan', berkas));
  unduh(berkas.namaBerkas, berkas.base64);
  return { teks: `${berkas.namaBerkas} diunduh`, jenis: 'sukses' };
}
