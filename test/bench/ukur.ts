// Measuring for `npm run bench`: wall time (the best of a few runs where a step can repeat), peak RSS of each step,
// and the table of figures, floors, ratios and targets the bench prints and enforces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Scales to run, from `npm run bench -- --skala 1,4` (test/bench/jalankan.mjs) or SINERGI_BENCH_SKALA. */
export function skalaDiminta(): number[] {
  const teks = process.env.SINERGI_BENCH_SKALA ?? '1,4';
  const skala = teks.split(',').map((s) => Number(s.trim()));
  if (skala.some((s) => !Number.isInteger(s) || s < 1 || s > 8)) {
    throw new Error(`Skala bench tidak sah: "${teks}" (bilangan bulat 1-8, dipisah koma, misalnya 1,4)`);
  }
  return [...new Set(skala)].sort((a, b) => a - b);
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Linux keeps the peak RSS of a process (VmHWM) and resets it when "5" is written to clear_refs, which gives the peak
 * of one step exactly. Elsewhere the peak of the whole run is all there is, and the table says so.
 */
function resetPuncak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function puncakMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

export interface Ukuran<T> {
  /** The fastest run: its wall time, or the time `kerja` reports itself (see `ukurSendiri`). */
  ms: number;
  /** Peak resident memory of the process during the step, in MB (the data the bench holds included). */
  rssMb: number;
  /**
   * CPU time of the whole process in the least costly run (the zlib pool and worker threads included, so it can
   * exceed the wall time); wall time far above it says the machine was busy with something else.
   */
  cpuMs: number | null;
  hasil: T;
}

/** Runs `kerja` `ulang` times after a GC and keeps the fastest run: on a shared machine noise only ever adds. */
export async function ukur<T>(label: string, kerja: () => Promise<T> | T, ulang = 1): Promise<Ukuran<T>> {
  const u = await ukurDiam(kerja, ulang);
  cetak(label, u);
  return u;
}

function cetak(label: string, u: Ukuran<unknown>): void {
  console.log(
    `  ${label.padEnd(64)} ${u.ms.toFixed(0).padStart(6)} ms ${(u.cpuMs ?? 0).toFixed(0).padStart(6)} ms CPU ${u.rssMb.toFixed(0).padStart(5)} MB`,
  );
}

/** `ukur` without the printed line: the child process of `ukurTerpisah` hands its figures back instead. */
export async function ukurDiam<T>(kerja: () => Promise<T> | T, ulang = 1): Promise<Ukuran<T>> {
  let terbaik = Infinity;
  let cpuMs = Infinity;
  let rssMb = 0;
  let hasil!: T;
  for (let i = 0; i < ulang; i++) {
    gc?.();
    resetPuncak();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    hasil = await kerja();
    terbaik = Math.min(terbaik, performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuMs = Math.min(cpuMs, (cpu.user + cpu.system) / 1000);
    rssMb = Math.max(rssMb, puncakMb());
  }
  return { ms: terbaik, rssMb, cpuMs, hasil };
}

/** One API call measured in a process of its own (test/bench/langkah.anak.ts), given as a file to that process. */
export interface LangkahTerpisah {
  dataPath: string;
  operator: string;
  metode: string;
  input: unknown;
  ulang: number;
  /** Where the child writes its `Ukuran`. */
  keluaran: string;
}

/**
 * Like `ukur`, for one API call of a heavy step, run in a fresh process on the same database file: a process seldom
 * gives memory back, so in the bench's own process a step's peak RSS would carry whatever an earlier step left
 * (about 550 MB after the 4x import); a fresh process makes each step's peak its own. The child opens the file, waits
 * for its background work and names the operator before the clock starts; its CPU time is its own too.
 */
export async function ukurTerpisah<T>(label: string, langkah: Omit<LangkahTerpisah, 'keluaran'>): Promise<Ukuran<T>> {
  const dir = mkdtempSync(join(tmpdir(), 'sinergi-langkah-'));
  try {
    const berkas = join(dir, 'langkah.json');
    const keluaran = join(dir, 'hasil.json');
    writeFileSync(berkas, JSON.stringify({ ...langkah, keluaran } satisfies LangkahTerpisah));
    const vitest = join(process.cwd(), 'node_modules', 'vitest', 'vitest.mjs');
    const anak = spawnSync(process.execPath, [vitest, 'run', '--project', 'bench-langkah'], {
      env: { ...process.env, SINERGI_BENCH_LANGKAH: berkas },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (anak.status !== 0) {
      throw new Error(`Langkah "${label}" gagal di proses terpisah:\n${anak.stdout}\n${anak.stderr}`);
    }
    const u = JSON.parse(readFileSync(keluaran, 'utf8')) as Ukuran<T>;
    cetak(label, u);
    return u;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Like `ukur`, for work that times only its own part (a write inside a set-up it must not count). */
export async function ukurSendiri(label: string, kerja: () => Promise<number>, ulang = 1): Promise<Ukuran<number>> {
  let terbaik = Infinity;
  let rssMb = 0;
  for (let i = 0; i < ulang; i++) {
    gc?.();
    resetPuncak();
    terbaik = Math.min(terbaik, await kerja());
    rssMb = Math.max(rssMb, puncakMb());
  }
  console.log(`  ${label.padEnd(64)} ${terbaik.toFixed(0).padStart(6)} ms ${rssMb.toFixed(0).padStart(5)} MB`);
  return { ms: terbaik, rssMb, cpuMs: null, hasil: terbaik };
}

export const PUNCAK_PER_LANGKAH = resetPuncak();

export interface Baris {
  skala: number;
  langkah: string;
  ms: number;
  /** Peak RSS of an app step; null for the bench's own floors and for work measured from elsewhere. */
  rssMb: number | null;
  cpuMs?: number | null;
  /** The floor this figure is held against, measured in the same run. */
  lantai?: { nama: string; ms: number };
}

export interface Sasaran {
  /** What the line says, e.g. "4x: tulis impor <= 2 x lantai insert". */
  teks: string;
  nilai: string;
  lulus: boolean;
}

/** Figures and targets of one bench run; `cetak` prints both and says which targets failed. */
export class Catatan {
  readonly baris: Baris[] = [];
  readonly sasaran: Sasaran[] = [];

  catat(b: Baris): Baris {
    this.baris.push(b);
    return b;
  }

  ms(skala: number, langkah: string): number {
    const b = this.baris.find((x) => x.skala === skala && x.langkah === langkah);
    if (!b) throw new Error(`Tidak ada angka "${langkah}" pada skala ${skala}x`);
    return b.ms;
  }

  /** Records a target; `nilai` is the figure as printed (with its unit), `lulus` whether it holds. */
  periksa(teks: string, nilai: string, lulus: boolean): void {
    this.sasaran.push({ teks, nilai, lulus });
  }

  /** At most `batasMs`. */
  paling(skala: number, langkah: string, batasMs: number): void {
    const ms = this.ms(skala, langkah);
    this.periksa(`${skala}x: ${langkah} < ${angka(batasMs)} ms`, `${angka(ms)} ms`, ms < batasMs);
  }

  /** At most `kali` times its floor. */
  rasio(skala: number, langkah: string, kali: number): void {
    const b = this.baris.find((x) => x.skala === skala && x.langkah === langkah);
    if (!b?.lantai) throw new Error(`"${langkah}" pada skala ${skala}x tidak punya lantai`);
    const r = b.ms / b.lantai.ms;
    this.periksa(`${skala}x: ${langkah} <= ${kali} x ${b.lantai.nama}`, `${r.toFixed(2)} x`, r <= kali);
  }

  tabel(): string {
    const skala = [...new Set(this.baris.map((b) => b.skala))];
    const langkah = [...new Set(this.baris.map((b) => b.langkah))];
    const kepala = ['Langkah'.padEnd(48), ...skala.flatMap((s) => [`${s}x ms`, 'CPU ms', 'lantai', 'rasio', 'RSS MB'])];
    if (skala.length > 1) kepala.push(`${skala.at(-1)}x/${skala[0]}x`);
    const lebar = kepala.map((k, i) => (i === 0 ? k.length : Math.max(8, k.length)));
    const teks = (sel: string[]) =>
      sel.map((s, i) => (i === 0 ? s.padEnd(lebar[0]!) : s.padStart(lebar[i]!))).join(' ');
    const hasil = [teks(kepala)];
    for (const l of langkah) {
      const sel = [l.slice(0, lebar[0])];
      for (const s of skala) {
        const b = this.baris.find((x) => x.skala === s && x.langkah === l);
        sel.push(
          b ? angka(b.ms) : '',
          b?.cpuMs != null ? angka(b.cpuMs) : '',
          b?.lantai ? angka(b.lantai.ms) : '',
          b?.lantai ? (b.ms / b.lantai.ms).toFixed(2) : '',
          b?.rssMb ? angka(b.rssMb) : '',
        );
      }
      if (skala.length > 1) {
        const awal = this.baris.find((x) => x.skala === skala[0] && x.langkah === l);
        const akhir = this.baris.find((x) => x.skala === skala.at(-1) && x.langkah === l);
        sel.push(awal && akhir ? (akhir.ms / awal.ms).toFixed(2) : '');
      }
      hasil.push(teks(sel));
    }
    const lantai = [...new Set(this.baris.flatMap((b) => (b.lantai ? [`${b.langkah}: ${b.lantai.nama}`] : [])))];
    return [...hasil, '', 'Lantai:', ...lantai.map((l) => `  ${l}`)].join('\n');
  }

  laporan(): string {
    const lebar = Math.max(...this.sasaran.map((s) => s.teks.length));
    return this.sasaran.map((s) => `  ${s.lulus ? 'LULUS' : 'GAGAL'}  ${s.teks.padEnd(lebar)}  ${s.nilai}`).join('\n');
  }

  gagal(): Sasaran[] {
    return this.sasaran.filter((s) => !s.lulus);
  }
}

/** Figures in the bench table: whole numbers, no separators, so columns line up and copy into a spreadsheet. */
const angka = (n: number) => n.toFixed(0);
