// How a handler reports progress: through ctx.kemajuan, which the transport (worker, browser mode) turns into messages.
import { performance } from 'node:perf_hooks';
import type { Kemajuan } from '../shared/kemajuan';

/**
 * Synchronous on purpose: it is called inside write transactions too (sample data, imports), where yielding to other
 * requests would let their statements run inside this transaction.
 */
export type LaporKemajuan = (k: Kemajuan) => void;

export const tanpaKemajuan: LaporKemajuan = () => undefined;

/** Often enough for a moving bar, rarely enough that a 6.000-row import does not flood the window with messages. */
const JEDA_MS = 100;

/** Passes on the first report of each step, its end, and otherwise at most one per JEDA_MS; never one twice. */
export function pelaporKemajuan(kirim: (k: Kemajuan) => void): LaporKemajuan {
  let waktu = Number.NEGATIVE_INFINITY;
  let terakhir: Kemajuan | null = null;
  return (k) => {
    const sekarang = performance.now();
    const langkahSama = terakhir !== null && k.langkah === terakhir.langkah;
    if (langkahSama && k.selesai === terakhir!.selesai && k.total === terakhir!.total) return;
    const akhir = k.total > 0 && k.selesai >= k.total;
    if (langkahSama && !akhir && sekarang - waktu < JEDA_MS) return;
    terakhir = k;
    waktu = sekarang;
    kirim(k);
  };
}

/** Lets other requests in between two pieces of long work that holds no transaction open. */
export function beriGiliran(): Promise<void> {
  return new Promise((selesai) => setImmediate(selesai));
}
