// Starts the worker that holds the database as an Electron utilityProcess: a Node process of its own, so its work
// never blocks the window's process, and no Node flags or inspector reach it from outside (see the fuses).
import { utilityProcess } from 'electron';
import type { SaluranKePekerja } from '../worker/klien';
import type { DariPekerja, KePekerja } from '../worker/protokol';

export function jalankanPekerja(script: string): SaluranKePekerja {
  const anak = utilityProcess.fork(script, [], { serviceName: 'Sinergi (data)', stdio: 'inherit' });
  // Messages wait until the process is up.
  let antre: KePekerja[] | null = [];
  anak.once('spawn', () => {
    for (const pesan of antre ?? []) anak.postMessage(pesan);
    antre = null;
  });
  return {
    kirim: (pesan) => (antre ? antre.push(pesan) : anak.postMessage(pesan)),
    terima: (dengar) => anak.on('message', (pesan: DariPekerja) => dengar(pesan)),
    saatBerhenti: (dengar) => anak.once('exit', (kode) => dengar(kode)),
    hentikan: () => void anak.kill(),
  };
}
