// Progress of long work (report, .xlsx, import, sample data, forms of every OPD), reported by main and shown by the
// renderer: what is being done and how far, in the units the work really counts.
import { formatAngka } from './format';

export interface Kemajuan {
  /** What is being done now, e.g. "Menyusun tabel E.81". */
  langkah: string;
  selesai: number;
  /** 0 when the step cannot be counted (packing a document): the renderer shows it without a fraction. */
  total: number;
  /** What `selesai` and `total` count: "OPD", "baris", "berkas", "%". */
  satuan: string;
}

/** "Menyusun tabel E.81: 12 dari 36 OPD", "Memadatkan berkas: 40%". */
export function formatKemajuan(k: Kemajuan): string {
  if (k.total <= 0) return k.langkah;
  if (k.satuan === '%') return `${k.langkah}: ${formatAngka((k.selesai / k.total) * 100)}%`;
  return `${k.langkah}: ${formatAngka(k.selesai)} dari ${formatAngka(k.total)} ${k.satuan}`;
}

/** Browser mode: a request with this header set to 1 gets progress lines before its answer (application/x-ndjson). */
export const KEPALA_KEMAJUAN = 'X-Sinergi-Kemajuan';
