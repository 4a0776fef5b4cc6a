// The desktop side effects of one request, over the window that made it: dialogs parented to it (so they stay in
// front of Sinergi even when the user has switched to another program) and titled for what is being done.
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, shell, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { DitolakError } from '../errors';
import { galatTulisBerkas, judulSimpan, tulisUntukCetak, type OsEffects } from '../os';

const FILTER: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Dokumen Word', extensions: ['docx'] },
  '.xlsx': { name: 'Buku kerja Excel', extensions: ['xlsx'] },
  '.zip': { name: 'Berkas .zip', extensions: ['zip'] },
};

export function desktopUntuk(jendela: BrowserWindow | null): Required<OsEffects> {
  const induk = () => (jendela && !jendela.isDestroyed() ? jendela : null);
  const simpan = (opsi: SaveDialogOptions) => {
    const w = induk();
    return w ? dialog.showSaveDialog(w, opsi) : dialog.showSaveDialog(opsi);
  };
  const buka = (opsi: OpenDialogOptions) => {
    const w = induk();
    return w ? dialog.showOpenDialog(w, opsi) : dialog.showOpenDialog(opsi);
  };
  const bukaBerkas = async (path: string) => {
    const galat = await shell.openPath(path);
    if (galat) throw new Error(galat);
  };
  return {
    async simpanBerkas(namaSaran, isi) {
      const filter = FILTER[extname(namaSaran).toLowerCase()];
      const { canceled, filePath } = await simpan({
        title: judulSimpan(namaSaran),
        defaultPath: join(app.getPath('documents'), namaSaran),
        filters: filter ? [filter] : [],
      });
      if (canceled || !filePath) return null;
      try {
        await writeFile(filePath, isi);
      } catch (error) {
        throw galatTulisBerkas(error, filePath);
      }
      return filePath;
    },
    bukaBerkas,
    async bukaUntukCetak(namaBerkas, isi) {
      const path = await tulisUntukCetak(join(app.getPath('temp'), 'Sinergi', 'cetak'), namaBerkas, isi);
      try {
        await bukaBerkas(path);
      } catch (error) {
        throw new DitolakError(
          `Dokumen tidak dapat dibuka untuk dicetak (${(error as Error).message}). Berkasnya ada di ${path}.`,
        );
      }
      return path;
    },
    async pilihFolder(judul) {
      const { canceled, filePaths } = await buka({ title: judul, properties: ['openDirectory', 'createDirectory'] });
      return canceled ? null : (filePaths[0] ?? null);
    },
    async pilihBerkas(judul, ekstensi) {
      const { canceled, filePaths } = await buka({
        title: judul,
        properties: ['openFile'],
        filters: [{ name: 'Berkas cadangan Sinergi', extensions: ekstensi }],
      });
      return canceled ? null : (filePaths[0] ?? null);
    },
    async bukaTautan(url) {
      // Only web links: a crafted URL must not start a local program.
      if (!url.startsWith('https://')) return false;
      await shell.openExternal(url);
      return true;
    },
    peringatan(judul, pesan) {
      const w = induk();
      const opsi = { type: 'error' as const, title: judul, message: pesan, noLink: true };
      void (w ? dialog.showMessageBox(w, opsi) : dialog.showMessageBox(opsi));
    },
  };
}
