// A generated file goes to the user: save dialog and open in Electron, a download in the browser.
import type { BerkasJadi } from '../../../shared/api/ekspor';
import { api } from '../api/client';
import { unduh } from './berkas';

/** Returns where it went: a path on the desktop, 'unduhan' in the browser, null when the user cancelled. */
export async function simpanBerkas(berkas: BerkasJadi): Promise<string | null> {
  if (window.sinergi) return (await api('berkas.simpan', berkas)).path;
  unduh(berkas.namaBerkas, berkas.base64);
  return 'unduhan';
}
