// The Electron main process: the only file that imports electron. Window, security, IPC; the rest is the backend.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { createBackend, type Backend } from '../backend';
import { pulihkanSaatMulai } from '../backup';
import { BasisDataRusakError } from '../db/integritas';
import type { OsEffects } from '../os';

const here = dirname(fileURLToPath(import.meta.url));
let backend: Backend | null = null;

const osElectron: OsEffects = {
  async simpanBerkas(namaSaran, isi) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: join(app.getPath('documents'), namaSaran) };
    const { canceled, filePath } = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    writeFileSync(filePath, isi);
    return filePath;
  },
  async bukaBerkas(path) {
    const error = await shell.openPath(path);
    if (error) throw new Error(error);
  },
  async pilihFolder(judul) {
    const { canceled, filePaths } = await bukaDialog({
      title: judul,
      properties: ['openDirectory', 'createDirectory'],
    });
    return canceled ? null : (filePaths[0] ?? null);
  },
  async bukaTautan(url) {
    // Only web links: a crafted URL must not start a local program.
    if (!url.startsWith('https://')) return false;
    await shell.openExternal(url);
    return true;
  },
  async pilihBerkas(judul, ekstensi) {
    const { canceled, filePaths } = await bukaDialog({
      title: judul,
      properties: ['openFile'],
      filters: [{ name: 'Berkas cadangan Sinergi', extensions: ekstensi }],
    });
    return canceled ? null : (filePaths[0] ?? null);
  },
};

function bukaDialog(options: Electron.OpenDialogOptions): Promise<Electron.OpenDialogReturnValue> {
  const window = BrowserWindow.getFocusedWindow();
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

/**
 * A damaged or foreign data file: offer the latest good backup (the damaged file is kept aside, never deleted).
 * Returns true when a backup was put in place and the backend may be opened again.
 */
async function tawarkanPemulihan(error: BasisDataRusakError, dataPath: string): Promise<boolean> {
  const cadangan = error.cadanganTerakhir;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Sinergi tidak dapat membuka data',
    message: error.message,
    buttons: cadangan ? ['Pulihkan cadangan terakhir', 'Keluar'] : ['Keluar'],
    defaultId: 0,
    cancelId: cadangan ? 1 : 0,
    noLink: true,
  });
  if (!cadangan || response !== 0) return false;
  try {
    const rusak = await pulihkanSaatMulai(dataPath, cadangan);
    await dialog.showMessageBox({
      type: 'info',
      title: 'Data dipulihkan',
      message: `Data dipulihkan dari ${cadangan}. Berkas yang rusak disimpan sebagai ${rusak}.`,
    });
    return true;
  } catch (e) {
    dialog.showErrorBox('Pemulihan gagal', e instanceof Error ? e.message : String(e));
    return false;
  }
}

async function bukaBackend(dataPath: string): Promise<Backend | null> {
  for (;;) {
    try {
      return await createBackend({ dataPath, os: osElectron });
    } catch (error) {
      if (error instanceof BasisDataRusakError && (await tawarkanPemulihan(error, dataPath))) continue;
      if (!(error instanceof BasisDataRusakError)) {
        dialog.showErrorBox('Sinergi tidak dapat membuka data', error instanceof Error ? error.message : String(error));
      }
      return null;
    }
  }
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Sinergi',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The app never opens other pages: links to the web go to the user's browser.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());

  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devUrl) void window.loadURL(devUrl);
  else void window.loadFile(join(here, '../renderer/index.html'));
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataPath = process.env['SINERGI_DATA'] ?? join(app.getPath('userData'), 'sinergi.sqlite');
  mkdirSync(dirname(dataPath), { recursive: true });
  backend = await bukaBackend(dataPath);
  if (!backend) {
    app.quit();
    return;
  }
  const opened = backend;
  // Only our own page may call the backend; the input is validated again in dispatch.
  ipcMain.handle('sinergi:invoke', (event, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    const trusted = frameUrl.startsWith('file://') || (!app.isPackaged && frameUrl.startsWith('http://localhost'));
    if (!trusted || typeof method !== 'string') {
      return { ok: false, galat: { jenis: 'validasi', pesan: 'Permintaan ditolak', rincian: [] } };
    }
    return opened.handle(method, input);
  });
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => {
    void backend?.close().finally(() => app.quit());
  });
  void start();
}
