// The window and what guards it: no Node in the page, no other pages, no permissions, and an offer to reload when
// its renderer crashes or hangs (the data lives in the worker and is not lost with it).
import { app, BrowserWindow, dialog, shell, type Session } from 'electron';
import type { HalamanAplikasi } from './halaman';

/** The app needs no camera, microphone, location, notifications or clipboard reading: every request is refused. */
export function tolakSemuaIzin(sesi: Session): void {
  sesi.setPermissionRequestHandler((_webContents, _izin, jawab) => jawab(false));
  sesi.setPermissionCheckHandler(() => false);
}

async function tawarkanMuatUlangSetelahBerhenti(jendela: BrowserWindow, alasan: string): Promise<void> {
  const { response } = await dialog.showMessageBox(jendela, {
    type: 'error',
    title: 'Tampilan Sinergi berhenti',
    message: 'Tampilan Sinergi berhenti tiba-tiba.',
    detail: `Data yang sudah disimpan aman. Isian yang belum disimpan mungkin hilang. (Alasan: ${alasan})`,
    buttons: ['Muat ulang', 'Tutup Sinergi'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (jendela.isDestroyed()) return;
  if (response === 0) jendela.webContents.reload();
  else app.quit();
}

/** A crashed renderer: offer a reload. A hung one: offer to wait or reload. */
function jagaTampilan(jendela: BrowserWindow): void {
  let bertanya = false;
  // Set when the user chose to reload a hung renderer, whose end then needs no second question.
  let diakhiriSengaja = false;
  jendela.webContents.on('render-process-gone', (_event, rincian) => {
    if (rincian.reason === 'clean-exit' || diakhiriSengaja) {
      diakhiriSengaja = false;
      return;
    }
    void tawarkanMuatUlangSetelahBerhenti(jendela, rincian.reason);
  });
  jendela.on('unresponsive', () => {
    if (bertanya) return;
    bertanya = true;
    void dialog
      .showMessageBox(jendela, {
        type: 'warning',
        title: 'Sinergi tidak merespons',
        message: 'Tampilan Sinergi tidak merespons.',
        detail:
          'Data yang sudah disimpan aman. Tunggu sebentar, atau muat ulang tampilan (isian yang belum disimpan hilang).',
        buttons: ['Tunggu', 'Muat ulang'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      })
      .then(({ response }) => {
        bertanya = false;
        if (response !== 1 || jendela.isDestroyed()) return;
        // A hung renderer ignores reload(); ending it first makes the reload start a fresh one.
        diakhiriSengaja = true;
        jendela.webContents.forcefullyCrashRenderer();
        jendela.webContents.reload();
      });
  });
}

export function buatJendela(o: { halaman: HalamanAplikasi; preload: string; dikemas: boolean }): BrowserWindow {
  const jendela = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Sinergi',
    show: false,
    webPreferences: {
      preload: o.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // An installed app is for work, not inspection.
      devTools: !o.dikemas,
    },
  });
  jendela.once('ready-to-show', () => jendela.show());
  const konten = jendela.webContents;
  // The app never opens other pages: links to the web go to the user's browser.
  konten.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  konten.on('will-navigate', (event) => event.preventDefault());
  konten.on('will-attach-webview', (event) => event.preventDefault());
  jagaTampilan(jendela);

  if (o.halaman.devUrl) void jendela.loadURL(o.halaman.devUrl);
  else void jendela.loadFile(o.halaman.indexHtml);
  return jendela;
}
