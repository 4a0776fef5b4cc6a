// Kills a child process at a chosen moment, as a power cut or the task manager would: SIGKILL, so no cleanup runs.
// The child is a script under test/crash/ (.ts importing the app's code, or .mjs); it prints a marker line on
// stdout when it has reached the moment to be killed in. Reusable for any long write (import, paste, restore).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface HasilAnak {
  kode: number | null;
  sinyal: NodeJS.Signals | null;
  keluaran: string;
  galat: string;
}

const KAIT = resolve('test/crash/daftar-kait.mjs');

function jalankan(skrip: string, args: string[], penanda: string | null, batasMs: number): Promise<HasilAnak> {
  const anak = spawn(
    process.execPath,
    ['--no-warnings', '--experimental-transform-types', '--import', KAIT, resolve(skrip), ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let keluaran = '';
  let galat = '';
  const batas = setTimeout(() => anak.kill('SIGKILL'), batasMs);
  anak.stdout.setEncoding('utf8').on('data', (teks: string) => {
    keluaran += teks;
    if (penanda !== null && keluaran.split('\n').includes(penanda)) anak.kill('SIGKILL');
  });
  anak.stderr.setEncoding('utf8').on('data', (teks: string) => (galat += teks));
  return new Promise((selesai, gagal) => {
    anak.on('error', gagal);
    anak.on('close', (kode, sinyal) => {
      clearTimeout(batas);
      selesai({ kode, sinyal, keluaran, galat });
    });
  });
}

/** Runs the script until it prints `penanda` on a line of its own, then kills it with SIGKILL. */
export async function bunuhSaat(skrip: string, args: string[], penanda: string, batasMs = 60_000): Promise<HasilAnak> {
  const hasil = await jalankan(skrip, args, penanda, batasMs);
  if (!hasil.keluaran.split('\n').includes(penanda)) {
    throw new Error(`${skrip} berhenti sebelum mencetak "${penanda}": ${hasil.galat || hasil.keluaran}`);
  }
  return hasil;
}

/** Runs the script to its end (the control case: the same work, not interrupted). */
export async function jalankanSampaiSelesai(skrip: string, args: string[], batasMs = 60_000): Promise<HasilAnak> {
  const hasil = await jalankan(skrip, args, null, batasMs);
  if (hasil.kode !== 0) throw new Error(`${skrip} gagal (${hasil.kode ?? hasil.sinyal}): ${hasil.galat}`);
  return hasil;
}
