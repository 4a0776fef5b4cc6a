// Opens an archived document: inside Electron main saves it and opens it (word processor, presentation program); in
// the browser it is downloaded through a blob: link (allowed by the CSP).
import { api } from '../api/client';
import { unduh } from './berkas';

/** Returns a sentence for the notification area: where the file went, or that the user cancelled. */
export async function bukaDokumen(id: number): Promise<string> {
  if (window.sinergi) {
    const { path } = await api('dokumen.buka', { id });
    return path === null ? 'Penyimpanan dibatalkan' : `Disimpan di ${path} dan dibuka`;
  }
  const { namaBerkas, base64 } = await api('dokumen.unduh', { id });
  unduh(namaBerkas, base64);
  return `${namaBerkas} diunduh`;
}
