// A stand-in for the `electron` module, so the BUILT main bundle (out/main/index.js) runs under plain Node in tests:
// the Electron binary cannot be downloaded here. It implements what Sinergi's main process uses, records what the
// app does (dialogs and their parent windows, menus, messages to the page, permission answers), and takes commands
// from the test over the IPC channel of the process the test forked (see test/helpers/desktop.ts).
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const env = process.env;
/** What the test decides for the user: where the save dialog points, which message box button is pressed. */
const kendali = {
  simpanKe: null,
  bukaKe: null,
  jawabanPesan: [],
  galatOpenPath: '',
};
/** Everything the app did that a user would see, in order. */
const catatan = [];

function kirimKeUji(pesan) {
  if (process.connected) process.send(pesan);
}

function catat(entri) {
  catatan.push(entri);
  kirimKeUji({ jenis: 'catatan', entri });
}

// The test reads the full record from this file after the process has gone, whatever happened before exit.
process.on('exit', (kode) => {
  if (env.PENGGANTI_CATATAN) writeFileSync(env.PENGGANTI_CATATAN, JSON.stringify({ kode, catatan }));
});

let urutJendela = 0;
const semuaJendela = [];
let sedangKeluar = false;

class Frame {
  constructor(url) {
    this.url = url;
    this.parent = null;
  }
}

class WebContents extends EventEmitter {
  constructor(jendela) {
    super();
    this.jendela = jendela;
    this.mainFrame = new Frame('');
    this.terhapus = false;
  }
  setWindowOpenHandler(fungsi) {
    this.penanganJendelaBaru = fungsi;
  }
  isDestroyed() {
    return this.terhapus;
  }
  send(channel, ...args) {
    catat({ jenis: 'kirim', channel, args, jendela: this.jendela.id });
  }
  reload() {
    catat({ jenis: 'muatUlang', jendela: this.jendela.id });
  }
  forcefullyCrashRenderer() {
    catat({ jenis: 'hentikanRenderer', jendela: this.jendela.id });
  }
  executeJavaScript(kode) {
    catat({ jenis: 'jalankanJs', kode, jendela: this.jendela.id });
    return Promise.resolve();
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(opsi = {}) {
    super();
    this.id = ++urutJendela;
    this.opsi = opsi;
    this.terhapus = false;
    this.webContents = new WebContents(this);
    semuaJendela.push(this);
    catat({ jenis: 'jendela', id: this.id, webPreferences: opsi.webPreferences ?? {} });
  }
  static getAllWindows() {
    return semuaJendela.filter((j) => !j.terhapus);
  }
  static getFocusedWindow() {
    // The user has switched to another program: nothing of Sinergi has the focus.
    return null;
  }
  static fromWebContents(wc) {
    return semuaJendela.find((j) => j.webContents === wc) ?? null;
  }
  muat(url) {
    this.webContents.mainFrame.url = url;
    catat({ jenis: 'muat', url, jendela: this.id });
    setImmediate(() => {
      this.emit('ready-to-show');
      kirimKeUji({ jenis: 'siap', url });
    });
    return Promise.resolve();
  }
  loadFile(path) {
    return this.muat(pathToFileURL(path).href);
  }
  loadURL(url) {
    return this.muat(url);
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.terhapus;
  }
  close() {
    if (this.terhapus) return;
    this.emit('close', { preventDefault() {} });
    this.terhapus = true;
    this.webContents.terhapus = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0 && !sedangKeluar) app.emit('window-all-closed');
  }
}

class App extends EventEmitter {
  constructor() {
    super();
    this.isPackaged = env.PENGGANTI_DIKEMAS === '1';
    this.siap = new Promise((r) => setImmediate(r)).then(() => this.emit('ready'));
  }
  whenReady() {
    return this.siap;
  }
  requestSingleInstanceLock() {
    return env.PENGGANTI_KUNCI_DIPAKAI !== '1';
  }
  getPath(nama) {
    const jalur = { userData: env.PENGGANTI_USERDATA, documents: env.PENGGANTI_DOKUMEN, temp: env.PENGGANTI_TEMP };
    if (!jalur[nama]) throw new Error(`getPath(${nama}) tidak disiapkan pengganti`);
    return jalur[nama];
  }
  quit() {
    let dicegah = false;
    this.emit('before-quit', { preventDefault: () => (dicegah = true) });
    if (dicegah) return;
    catat({ jenis: 'keluar' });
    sedangKeluar = true;
    for (const j of BrowserWindow.getAllWindows()) j.close();
    this.emit('will-quit', { preventDefault() {} });
    this.emit('quit');
    setImmediate(() => process.exit(0));
  }
  exit(kode = 0) {
    process.exit(kode);
  }
  relaunch() {
    catat({ jenis: 'mulaiUlang' });
  }
}

export const app = new App();

const penangan = new Map();
export const ipcMain = {
  handle(channel, fungsi) {
    penangan.set(channel, fungsi);
  },
};

const indukDan = (a, b) => (a instanceof BrowserWindow ? [a, b] : [null, a]);

export const dialog = {
  async showSaveDialog(a, b) {
    const [induk, opsi] = indukDan(a, b);
    catat({ jenis: 'dialog', fungsi: 'showSaveDialog', induk: induk?.id ?? null, title: opsi.title, opsi });
    return kendali.simpanKe ? { canceled: false, filePath: kendali.simpanKe } : { canceled: true, filePath: '' };
  },
  async showOpenDialog(a, b) {
    const [induk, opsi] = indukDan(a, b);
    catat({ jenis: 'dialog', fungsi: 'showOpenDialog', induk: induk?.id ?? null, title: opsi.title, opsi });
    return kendali.bukaKe ? { canceled: false, filePaths: [kendali.bukaKe] } : { canceled: true, filePaths: [] };
  },
  async showMessageBox(a, b) {
    const [induk, opsi] = indukDan(a, b);
    const response = kendali.jawabanPesan.length > 0 ? kendali.jawabanPesan.shift() : (opsi.defaultId ?? 0);
    catat({ jenis: 'dialog', fungsi: 'showMessageBox', induk: induk?.id ?? null, title: opsi.title, opsi, response });
    return { response, checkboxChecked: false };
  },
  showErrorBox(title, content) {
    catat({ jenis: 'dialog', fungsi: 'showErrorBox', induk: null, title, content });
  },
};

export const shell = {
  async openPath(path) {
    catat({ jenis: 'openPath', path });
    return kendali.galatOpenPath;
  },
  async openExternal(url) {
    catat({ jenis: 'openExternal', url });
  },
  showItemInFolder(path) {
    catat({ jenis: 'showItemInFolder', path });
  },
};

/** Menu items without their click functions, which cannot cross to the test. */
function polosMenu(items) {
  return items.map(({ click, submenu, ...sisa }) => ({
    ...sisa,
    ...(click ? { klik: true } : {}),
    ...(submenu ? { submenu: polosMenu(submenu) } : {}),
  }));
}
let menuAplikasi = null;
export const Menu = {
  buildFromTemplate(template) {
    return { template };
  },
  setApplicationMenu(menu) {
    menuAplikasi = menu;
    catat({ jenis: 'menu', template: polosMenu(menu.template) });
  },
};

const penangan_izin = { minta: null, periksa: null };
export const session = {
  defaultSession: {
    setPermissionRequestHandler(fungsi) {
      penangan_izin.minta = fungsi;
    },
    setPermissionCheckHandler(fungsi) {
      penangan_izin.periksa = fungsi;
    },
  },
};

const PORT_INDUK = fileURLToPath(new URL('./port-induk.mjs', import.meta.url));

/** Electron's utilityProcess as a forked Node process, with process.parentPort provided by port-induk.mjs. */
export const utilityProcess = {
  fork(modulePath, args = [], opsi = {}) {
    catat({ jenis: 'utilityProcess', modulePath, serviceName: opsi.serviceName });
    const anak = fork(modulePath, args, {
      execArgv: ['--import', PORT_INDUK],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const proses = new EventEmitter();
    proses.pid = anak.pid;
    proses.postMessage = (pesan) => anak.send(pesan);
    proses.kill = () => anak.kill();
    anak.on('spawn', () => proses.emit('spawn'));
    anak.on('message', (pesan) => proses.emit('message', pesan));
    anak.on('exit', (kode) => proses.emit('exit', kode ?? 0));
    kirimKeUji({ jenis: 'pekerja', pid: anak.pid });
    return proses;
  },
};

/** The page of the first window, or another page when the test names one. */
function acaraDari(url) {
  const jendela = BrowserWindow.getAllWindows()[0];
  if (!jendela) throw new Error('Belum ada jendela');
  const frame = new Frame(url ?? jendela.webContents.mainFrame.url);
  return { sender: jendela.webContents, senderFrame: frame };
}

let pengukur = null;

/**
 * The longest stall of this process's event loop, two ways. `dindingMs` is wall-clock delay (what monitorEventLoopDelay
 * reports), which on a shared CI machine also counts the time the OS gave the CPU to other processes. `cpuMs` is the
 * CPU time this process burnt between two ticks of a 5 ms timer: what the main process itself blocked the loop with.
 */
function mulaiUkur() {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let cpu = process.cpuUsage();
  let maksCpuUs = 0;
  const detak = setInterval(() => {
    const selisih = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    maksCpuUs = Math.max(maksCpuUs, selisih.user + selisih.system);
  }, 5);
  return {
    selesai() {
      clearInterval(detak);
      histogram.disable();
      return { cpuMs: maksCpuUs / 1000, dindingMs: histogram.max / 1e6 };
    },
  };
}

async function jalankan(perintah) {
  switch (perintah.perintah) {
    case 'atur':
      Object.assign(kendali, perintah.kendali);
      return null;
    case 'panggil': {
      const fungsi = penangan.get('sinergi:invoke');
      if (!fungsi) throw new Error('sinergi:invoke belum dipasang');
      const args = [perintah.method, perintah.input];
      if (perintah.tugas !== undefined) args.push(perintah.tugas);
      const mulai = performance.now();
      const hasil = await fungsi(acaraDari(perintah.url), ...args);
      return { hasil, ms: performance.now() - mulai };
    }
    case 'izin':
      return {
        minta: await new Promise((jawab) => penangan_izin.minta(null, perintah.izin, jawab, {})),
        periksa: penangan_izin.periksa(null, perintah.izin, 'file://', {}),
      };
    case 'ukurMulai':
      pengukur = mulaiUkur();
      return null;
    case 'ukurSelesai': {
      const hasil = pengukur.selesai();
      pengukur = null;
      return hasil;
    }
    case 'klikMenu': {
      const [atas, bawah] = perintah.jalur;
      const item = menuAplikasi.template.find((m) => m.label === atas)?.submenu?.find((m) => m.label === bawah);
      item.click();
      return null;
    }
    case 'acara': {
      // An event of the window or its page: 'unresponsive', 'render-process-gone'.
      const jendela = BrowserWindow.getAllWindows()[0];
      const sasaran = perintah.diHalaman ? jendela.webContents : jendela;
      sasaran.emit(perintah.nama, { preventDefault() {} }, ...(perintah.args ?? []));
      return null;
    }
    case 'tutupJendela':
      for (const j of BrowserWindow.getAllWindows()) j.close();
      return null;
    case 'jendelaBaru': {
      const jendela = BrowserWindow.getAllWindows()[0];
      return jendela.webContents.penanganJendelaBaru({ url: perintah.url });
    }
    case 'navigasi': {
      const jendela = BrowserWindow.getAllWindows()[0];
      let dicegah = false;
      jendela.webContents.emit('will-navigate', { preventDefault: () => (dicegah = true) }, perintah.url);
      return { dicegah };
    }
    default:
      throw new Error(`Perintah tidak dikenal: ${perintah.perintah}`);
  }
}

process.on('message', (perintah) => {
  jalankan(perintah).then(
    (nilai) => kirimKeUji({ jenis: 'jawab', id: perintah.id, nilai }),
    (error) => kirimKeUji({ jenis: 'jawab', id: perintah.id, galat: String(error?.stack ?? error) }),
  );
});

export default { app, BrowserWindow, ipcMain, dialog, shell, Menu, session, utilityProcess };
