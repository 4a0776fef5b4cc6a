// Critical contracts: a sub kegiatan's realisasi fisik against its contract's schedule, judged by the kontrak-kritis
// rule (domain.md "Status warnings": the same thresholds, from the regency's settings, by progress band).
import { NAMA_BULAN } from '../format';
import { selisihHari } from '../pelaporan';
import { statusDeviasi, type AturanStatus } from './rules';

export const STATUS_KONTRAK = ['wajar', 'terlambat', 'kritis'] as const;
export type StatusKontrak = (typeof STATUS_KONTRAK)[number];
export const LABEL_STATUS_KONTRAK: Record<StatusKontrak, string> = {
  wajar: 'Wajar',
  terlambat: 'Terlambat',
  kritis: 'Kritis',
};

/** The contract's own plan: cumulative physical progress (%) at the end of a month ('YYYY-MM'). */
export interface TitikJadwal {
  bulan: string;
  rencanaFisik: number;
}

export interface JangkaKontrak {
  tanggalMulai: string;
  tanggalSelesai: string;
  jadwal: readonly TitikJadwal[];
}

export function akhirBulan(bulan: string): string {
  const [t, b] = bulan.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(t, b, 0)).toISOString().slice(0, 10);
}

/** 'YYYY-MM' of every month the contract runs in, for the schedule form. */
export function bulanKontrak(tanggalMulai: string, tanggalSelesai: string): string[] {
  const hasil: string[] = [];
  let [t, b] = tanggalMulai.split('-').map(Number) as [number, number];
  const akhir = tanggalSelesai.slice(0, 7);
  for (let n = 0; n < 120; n++) {
    const bulan = `${t}-${String(b).padStart(2, '0')}`;
    if (bulan > akhir) break;
    hasil.push(bulan);
    [t, b] = b === 12 ? [t + 1, 1] : [t, b + 1];
  }
  return hasil;
}

export function labelBulanTahun(bulan: string): string {
  return `${NAMA_BULAN[Number(bulan.slice(5, 7)) - 1]} ${bulan.slice(0, 4)}`;
}

/** Why a schedule cannot be used, or null: months inside the contract, no month twice, progress 0-100 never falling. */
export function periksaJadwal(k: JangkaKontrak): string | null {
  const bulan = bulanKontrak(k.tanggalMulai, k.tanggalSelesai);
  const urut = [...k.jadwal].sort((a, b) => a.bulan.localeCompare(b.bulan));
  for (const [i, t] of urut.entries()) {
    if (!bulan.includes(t.bulan)) return `Jadwal ${t.bulan} di luar masa kontrak`;
    if (i > 0 && urut[i - 1]!.bulan === t.bulan) return `Jadwal ${labelBulanTahun(t.bulan)} diisi dua kali`;
    if (i > 0 && t.rencanaFisik < urut[i - 1]!.rencanaFisik)
      return `Rencana fisik ${labelBulanTahun(t.bulan)} lebih kecil dari bulan sebelumnya (rencana bersifat kumulatif)`;
  }
  return null;
}

/**
 * Planned progress at a date (see docs/glossary.md, "jadwal kontrak"): 0% until the start date and 100% from the end
 * date; in between, linear by calendar days through the points (start, 0%), each month end of the contract's own
 * schedule with its planned %, and (end, 100%). Without a schedule that is a straight line from start to end.
 */
export function rencanaFisikPada(k: JangkaKontrak, tanggal: string): number {
  if (tanggal < k.tanggalMulai) return 0;
  if (tanggal >= k.tanggalSelesai) return 100;
  const titik: [string, number][] = [
    [k.tanggalMulai, 0],
    ...[...k.jadwal]
      .sort((a, b) => a.bulan.localeCompare(b.bulan))
      .map((j): [string, number] => [akhirBulan(j.bulan), j.rencanaFisik])
      .filter(([t]) => t > k.tanggalMulai && t < k.tanggalSelesai),
    [k.tanggalSelesai, 100],
  ];
  const i = titik.findIndex(([t]) => t > tanggal);
  const [t0, r0] = titik[i - 1]!;
  const [t1, r1] = titik[i]!;
  return r0 + ((r1 - r0) * selisihHari(t0, tanggal)) / selisihHari(t0, t1);
}

/**
 * Kritis where the status rule says merah (by default: more than 10 points behind while the plan is at most 70%,
 * more than 5 points behind above it), terlambat where it says kuning (behind, less than that), wajar on or ahead of
 * plan; null while the sub kegiatan has no realisasi fisik for the period.
 */
export function statusKontrak(
  realisasiFisik: number | null,
  rencanaFisik: number,
  aturan: AturanStatus,
): StatusKontrak | null {
  const status = statusDeviasi(realisasiFisik, rencanaFisik, aturan);
  if (status === null) return null;
  return status === 'merah' ? 'kritis' : status === 'kuning' ? 'terlambat' : 'wajar';
}
