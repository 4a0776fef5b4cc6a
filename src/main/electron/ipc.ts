// The one IPC channel: the page's invoke(method, input), answered only for the app's own page, forwarded to the
// worker with the desktop of the sender's window and a way back for progress.
import { BrowserWindow, ipcMain } from 'electron';
import type { Kemajuan } from '../../shared/kemajuan';
import type { BackendPekerja } from '../worker/klien';
import { desktopUntuk } from './desktop';
import { halamanDipercaya, type HalamanAplikasi } from './halaman';

const DITOLAK = { ok: false, galat: { jenis: 'validasi', pesan: 'Permintaan ditolak', rincian: [] } } as const;

export function pasangIpc(backend: BackendPekerja, halaman: HalamanAplikasi): void {
  ipcMain.handle('sinergi:invoke', (event, method: unknown, input: unknown, tugas: unknown) => {
    // Only our own page, in the window's top frame; the input is validated again in the worker.
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !halamanDipercaya(frame.url, halaman) || typeof method !== 'string') {
      return DITOLAK;
    }
    const pengirim = event.sender;
    const kemajuan =
      typeof tugas === 'number'
        ? (k: Kemajuan) => {
            if (!pengirim.isDestroyed()) pengirim.send('sinergi:kemajuan', tugas, k);
          }
        : undefined;
    return backend.handle(method, input, { os: desktopUntuk(BrowserWindow.fromWebContents(pengirim)), kemajuan });
  });
}
