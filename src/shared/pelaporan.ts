// Reporting discipline (domain.md "Risks", last paragraph): the state of an OPD's quarterly report, its deadline, how
// late it is, the reporting weeks, and the reminder message. Pure rules, shared by main, renderer and tests.
import { formatHariTanggal, formatTriwulan, labelSampaiBulan, type Triwulan } from './format';
import type { StatusVerifikasi } from './renja';

export const STATUS_LAPORAN = ['belum_ada_data', 'sebagian', 'lengkap', 'diterima', 'diverifikasi'] as const;
export type StatusLaporan = (typeof STATUS_LAPORAN)[number];
export const LABEL_STATUS_LAPORAN: Record<StatusLaporan, string> = {
  belum_ada_data: 'Belum ada data',
  sebagian: 'Sebagian',
  lengkap: 'Lengkap',
  diterima: 'Diterima',
  diverifikasi: 'Diverifikasi',
};

export const CARA_PENGINGAT = ['surat', 'whatsapp', 'salin'] as const;
export type CaraPengingat = (typeof CARA_PENGINGAT)[number];
export const LABEL_CARA_PENGINGAT: Record<CaraPengingat, string> = {
  surat: 'Surat pengingat',
  whatsapp: 'Pesan WhatsApp',
  salin: 'Pesan disalin',
};

/** domain.md: OPD send the quarter's figures within about 10 days after the quarter ends. */
export const HARI_TENGGAT_BAKU = 10;
/** The reporting weeks: from a week before the quarter ends (Formulir go out) to two weeks past the deadline. */
export const MASA_PELAPORAN = { sebelumAkhir: 7, setelahTenggat: 14 } as const;

const MS_HARI = 86_400_000;
const keUtc = (tanggal: string) => Date.parse(`${tanggal}T00:00:00Z`);
const dariUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function tambahHari(tanggal: string, hari: number): string {
  return dariUtc(keUtc(tanggal) + hari * MS_HARI);
}

/** Calendar days from `dari` to `sampai` (negative when `sampai` is earlier). */
export function selisihHari(dari: string, sampai: string): number {
  return Math.round((keUtc(sampai) - keUtc(dari)) / MS_HARI);
}

/** The last day of the quarter, e.g. 2026-06-30 for triwulan II. */
export function akhirTriwulan(tahun: number, triwulan: number): string {
  const bulan = triwulan * 3;
  return dariUtc(Date.UTC(tahun, bulan, 0));
}

/** The default deadline: the 10th day after the quarter ends (10 April, 10 July, 10 October, 10 January). */
export function tenggatBaku(tahun: number, triwulan: number): string {
  return tambahHari(akhirTriwulan(tahun, triwulan), HARI_TENGGAT_BAKU);
}

/** A deadline before the period has ended cannot be met by cumulative figures "s.d. akhir triwulan". */
export function periksaTenggat(tahun: number, triwulan: number, tanggal: string): string | null {
  const akhir = akhirTriwulan(tahun, triwulan);
  return tanggal < akhir
    ? `Batas waktu tidak boleh sebelum akhir Triwulan ${formatTriwulan(triwulan)} ${tahun} (${formatHariTanggal(akhir)})`
    : null;
}

export function dalamMasaPelaporan(tahun: number, triwulan: number, tenggat: string, hariIni: string): boolean {
  const mulai = tambahHari(akhirTriwulan(tahun, triwulan), -MASA_PELAPORAN.sebelumAkhir);
  return hariIni >= mulai && hariIni <= tambahHari(tenggat, MASA_PELAPORAN.setelahTenggat);
}

/** The quarter whose reports are being chased around a day: the current one in its last week, else the one before. */
export function periodePelaporanDi(hariIni: string): { tahun: number; triwulan: Triwulan } {
  const tahun = Number(hariIni.slice(0, 4));
  const triwulan = Math.ceil(Number(hariIni.slice(5, 7)) / 3) as Triwulan;
  if (hariIni >= tambahHari(akhirTriwulan(tahun, triwulan), -MASA_PELAPORAN.sebelumAkhir)) return { tahun, triwulan };
  return triwulan === 1 ? { tahun: tahun - 1, triwulan: 4 } : { tahun, triwulan: (triwulan - 1) as Triwulan };
}

/**
 * The state of a report: the section's verification decides once it has moved past draft; before that the figures
 * do (a sub kegiatan counts as reported when both realisasi fisik and keuangan are filled in).
 */
export function statusLaporan(terisi: number, jumlah: number, verifikasi: StatusVerifikasi): StatusLaporan {
  if (verifikasi !== 'draft') return verifikasi;
  if (terisi === 0) return 'belum_ada_data';
  return terisi < jumlah ? 'sebagian' : 'lengkap';
}

/** Only a report that has not (completely) come in is chased. */
export function perluDiingatkan(status: StatusLaporan): boolean {
  return status === 'belum_ada_data' || status === 'sebagian';
}

/**
 * Days past the deadline: until the report came in (tanggalMasuk, a calendar day), or until `perTanggal` while it has
 * not. 0 when it came in on time or the deadline has not passed.
 */
export function hariTerlambat(tenggat: string, tanggalMasuk: string | null, perTanggal: string): number {
  const sampai = tanggalMasuk !== null && tanggalMasuk <= perTanggal ? tanggalMasuk : perTanggal;
  return Math.max(0, selisihHari(tenggat, sampai));
}

/** "Kamis, 10 Oktober 2026 (lewat 4 hari)": the deadline as the letter and the message print it. */
export function kalimatTenggat(tenggat: string, terlambat: number): string {
  return `${formatHariTanggal(tenggat)}${terlambat > 0 ? ` (lewat ${terlambat} hari)` : ''}`;
}

export interface IsiPesanPengingat {
  kontakNama: string;
  opdNama: string;
  tahun: number;
  triwulan: number;
  status: StatusLaporan;
  subKegiatanTerisi: number;
  subKegiatanJumlah: number;
  tenggat: string;
  hariTerlambat: number;
  /** The section sending it, e.g. "Bagian Perekonomian dan Sumber Daya Alam Setda Kabupaten Contoh". */
  pengirim: string;
}

/** "Realisasi Triwulan III Tahun 2026 (s.d. September)": the report a reminder is about. */
export function namaLaporan(tahun: number, triwulan: number): string {
  return `laporan realisasi fisik dan keuangan Triwulan ${formatTriwulan(triwulan)} Tahun ${tahun} (${labelSampaiBulan(triwulan * 3)} ${tahun})`;
}

/** The ready message a user copies or sends by WhatsApp: short, polite, with the figures that matter. */
export function teksPesanPengingat(p: IsiPesanPengingat): string {
  const sapaan = p.kontakNama
    ? `Yth. Bapak/Ibu ${p.kontakNama} (${p.opdNama})`
    : `Yth. Bapak/Ibu pengelola laporan ${p.opdNama}`;
  const keadaan =
    p.status === 'belum_ada_data'
      ? 'belum kami terima'
      : `belum lengkap (${p.subKegiatanTerisi} dari ${p.subKegiatanJumlah} sub kegiatan terisi)`;
  return [
    `${sapaan},`,
    '',
    `Dengan hormat, kami mengingatkan bahwa ${namaLaporan(p.tahun, p.triwulan)} ${keadaan}. ` +
      `Batas waktu penyampaian: ${kalimatTenggat(p.tenggat, p.hariTerlambat)}.`,
    '',
    'Mohon laporan segera disampaikan melalui Formulir Realisasi OPD. Terima kasih.',
    '',
    p.pengirim,
  ].join('\n');
}
