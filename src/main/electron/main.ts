// The Electron main process: one instance, start-up (where the data is, the worker that holds it, a restore when it
// is damaged), the window and its menu, and a quit that closes the data cleanly. Requests go to the worker
// (src/main/worker); this process only draws and forwards, so it never freezes while a report is built.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { tentukanLokasi } from '../lokasi';
import { BackendPekerja, PESAN_PEKERJA_BERHENTI } from '../worker/klien';
import type { HasilBuka, OpsiPekerja } from '../worker/protokol';
import type { HalamanAplikasi } from './halaman';
import { pasangIpc } from './ipc';
import { desktopUntuk } from './desktop';
import { buatJendela, tolakSemuaIzin } from './jendela';
import { pasangMenu } from './menu';
import { jalankanPekerja } from './pekerja';

const here = dirname(fileURLToPath(import.meta.url));
let backend: BackendPekerja | null = null;
/** Set once the data is closed (or was never opened), so the next quit really quits. */
let bolehKeluar = false;

function pesanDari(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A damaged or foreign data file: offer the latest good backup (the damaged file is kept aside, never deleted).
 * Returns true when a backup was put in place and the file may be opened again.
 */
async function tawarkanPemulihan(pekerja: BackendPekerja, rusak: Extract<HasilBuka, { rusak: true }>) {
  const cadangan = rusak.cadanganTerakhir;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Sinergi tidak dapat membuka data',
    message: rusak.pesan,
    buttons: cadangan ? ['Pulihkan cadangan terakhir', 'Keluar'] : ['Keluar'],
    defaultId: 0,
    cancelId: cadangan ? 1 : 0,
    noLink: true,
  });
  if (!cadangan || response !== 0) return false;
  const hasil = await pekerja.pulihkanAwal(cadangan);
  if (!hasil.ok) {
    dialog.showErrorBox('Pemulihan gagal', hasil.pesan);
    return false;
  }
  await dialog.showMessageBox({
    type: 'info',
    title: 'Data dipulihkan',
    message: `Data dipulihkan dari ${cadangan}. Berkas yang rusak disimpan sebagai ${hasil.rusak}.`,
  });
  return true;
}

/** The worker with the data file open, or null when it cannot be opened (the user has been told why). */
async function bukaData(opsi: OpsiPekerja): Promise<BackendPekerja | null> {
  const pekerja = new BackendPekerja(jalankanPekerja(join(here, 'worker.js')));
  // Damage found by the background check after opening: said over the app's window, or alone before it exists.
  pekerja.peringatan = (judul, pesan) =>
    desktopUntuk(BrowserWindow.getAllWindows()[0] ?? null).peringatan(judul, pesan);
  for (;;) {
    const hasil = await pekerja.buka(opsi);
    if (hasil.ok) return pekerja;
    if (!(hasil.rusak && (await tawarkanPemulihan(pekerja, hasil)))) {
      if (!hasil.rusak) dialog.showErrorBox('Sinergi tidak dapat membuka data', hasil.pesan);
      await pekerja.tutup();
      return null;
    }
  }
}

function keluarSekarang(): void {
  bolehKeluar = true;
  app.quit();
}

async function mulai(): Promise<void> {
  await app.whenReady();
  tolakSemuaIzin(session.defaultSession);
  const lokasi = tentukanLokasi({
    env: process.env,
    platform: process.platform,
    folderAplikasi: app.getPath('userData'),
  });
  backend = await bukaData(lokasi);
  if (!backend) return keluarSekarang();
  backend.saatBerhentiTakTerduga(() => {
    backend = null;
    dialog.showErrorBox('Sinergi berhenti', PESAN_PEKERJA_BERHENTI);
    keluarSekarang();
  });

  const dikemas = app.isPackaged;
  const halaman: HalamanAplikasi = {
    indexHtml: join(here, '../renderer/index.html'),
    devUrl: dikemas ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null),
  };
  pasangIpc(backend, halaman);
  const jendela = buatJendela({ halaman, preload: join(here, '../preload/index.cjs'), dikemas });
  pasangMenu({
    dikemas,
    dataPath: lokasi.dataPath,
    jendela: () => (jendela.isDestroyed() ? null : jendela),
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [jendela] = BrowserWindow.getAllWindows();
    if (jendela) {
      if (jendela.isMinimized()) jendela.restore();
      jendela.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  // Every quit (window closed, menu, Windows shutting down) first closes the data: SQLite then folds the -wal into
  // the file, so a copy of sinergi.sqlite alone is complete.
  app.on('before-quit', (event) => {
    if (bolehKeluar) return;
    event.preventDefault();
    const menutup = backend;
    backend = null;
    void (menutup?.tutup() ?? Promise.resolve()).catch(console.error).finally(keluarSekarang);
  });
  // A failure before the window exists (a data folder on a disconnected drive, a wrong SINERGI_DATA) must not leave
  // an invisible process holding the single-instance lock: say why, then quit.
  mulai().catch((error: unknown) => {
    dialog.showErrorBox('Sinergi tidak dapat dimulai', pesanDari(error));
    keluarSekarang();
  });
}
