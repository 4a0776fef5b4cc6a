// The worker that holds the database (out/main/worker.js): the whole backend, away from the process that draws the
// window, so a report that takes seconds never freezes it. Electron runs it as a utilityProcess; tests and any plain
// Node host run the same file as a worker thread.
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { layani, type Saluran } from './layani';
import type { KePekerja } from './protokol';

/** Electron's utilityProcess side: process.parentPort, whose 'message' event carries the message in `data`. */
interface PortElectron {
  postMessage(pesan: unknown): void;
  on(event: 'message', dengar: (e: { data: unknown }) => void): void;
}

function saluranInduk(): Saluran {
  const electron = (process as { parentPort?: PortElectron }).parentPort;
  if (electron) {
    return {
      kirim: (pesan) => electron.postMessage(pesan),
      terima: (dengar) => electron.on('message', (e) => dengar(e.data as KePekerja)),
    };
  }
  const port = parentPort;
  if (port) {
    return {
      kirim: (pesan) => port.postMessage(pesan),
      terima: (dengar) => port.on('message', (pesan: KePekerja) => dengar(pesan)),
    };
  }
  throw new Error('worker.js berjalan sebagai utilityProcess Electron atau worker thread Node, bukan sendiri');
}

// out/main/worker.js beside out/renderer, in the repository as in the packaged app.asar.
layani(saluranInduk(), fileURLToPath(new URL('../renderer', import.meta.url)));
