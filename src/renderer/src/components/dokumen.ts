// Opens an archived document: inside Electron main saves it and opens it in the word processor; in the browser it
// is downloaded through a blob: link (allowed by the CSP).
import { api } from '../api/client';

function unduhBlob(namaBerkas: string, base64: string): void {
  const biner = atob(base64);
  const isi = new Uint8Array(biner.length);
  for (let i = 0; i < biner.length; i++) isi[i] = biner.charCodeAt(i);
  const url = URL.createObjectURL(
    new Blob([isi], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = namaBerkas;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Returns a sentence for the notification area: where the file went, or that the user cancelled. */
export async function bukaDokumen(id: number): Promise<string> {
  if (window.sinergi) {
    const { path } = await api('dokumen.buka', { id });
    return path === null ? 'Penyimpanan dibatalkan' : `Disimpan di ${path} dan dibuka`;
  }
  const { namaBerkas, base64 } = await api('dokumen.unduh', { id });
  unduhBlob(namaBerkas, base64);
  return `${namaBerkas} diunduh`;
}
