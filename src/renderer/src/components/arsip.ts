// Opens or prints an archived document: inside Electron main writes it and opens it (word processor, presentation
// program); in the browser it is downloaded through a blob: link (allowed by the CSP).
import { api } from '../api/client';
import { unduh } from './berkas';
import { kabarTersimpan, type Kabar } from './simpanBerkas';

interface Dokumen {
  id: number;
  namaBerkas: string;
}

async function unduhDokumen(id: number): Promise<string> {
  const { namaBerkas, base64 } = await api('arsip.unduh', { id });
  unduh(namaBerkas, base64);
  return namaBerkas;
}

/** Asks where to save it, then opens it; null when the user cancelled. */
export async function bukaDokumen(d: Dokumen): Promise<Kabar | null> {
  if (!window.sinergi) return { teks: `${await unduhDokumen(d.id)} diunduh`, jenis: 'sukses' };
  return kabarTersimpan(d.namaBerkas, await api('arsip.buka', { id: d.id }));
}

/** Opens it in the word processor at once, ready for Ctrl+P; the browser can only download it. */
export async function cetakDokumen(d: Dokumen): Promise<Kabar> {
  if (!window.sinergi) {
    return { teks: `${await unduhDokumen(d.id)} diunduh: bukalah, lalu tekan Ctrl+P untuk mencetak`, jenis: 'info' };
  }
  await api('arsip.cetak', { id: d.id });
  return {
    teks: `${d.namaBerkas} dibuka di pengolah kata (Word). Tekan Ctrl+P di sana untuk mencetak.`,
    jenis: 'sukses',
  };
}
