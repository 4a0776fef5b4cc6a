// Rules of coordination meetings that main, renderer and documents share: kinds, statuses, letter numbers, quarters.
import type { PengaturanHalaman } from './api/pengaturan';
import { formatTriwulan, type Triwulan } from './format';
import { lembarLampiranTabel } from './tabelCetak';

export const JENIS_RAPAT = ['rakor_triwulan', 'pra_rakorev', 'rakorev', 'rakerda', 'bimtek', 'lainnya'] as const;
export type JenisRapat = (typeof JENIS_RAPAT)[number];
export const LABEL_JENIS_RAPAT: Record<JenisRapat, string> = {
  rakor_triwulan: 'Rakor Triwulan',
  pra_rakorev: 'Pra-Rakorev',
  rakorev: 'Rakorev Pembangunan',
  rakerda: 'Rakerda',
  bimtek: 'Bimtek',
  lainnya: 'Lainnya',
};
/** Meetings that evaluate one quarter: they need the year and the triwulan. */
export const JENIS_EVALUASI_TRIWULAN: readonly JenisRapat[] = ['rakor_triwulan', 'pra_rakorev', 'rakorev'];

export const SIFAT_SURAT = ['Biasa', 'Segera', 'Penting'] as const;
export type SifatSurat = (typeof SIFAT_SURAT)[number];

/** Whom an OPD invitation is addressed to: its head, or its secretary (Pra-Rakorev). */
export const TUJUAN_UNDANGAN = ['kepala', 'sekretaris'] as const;
export type TujuanUndangan = (typeof TUJUAN_UNDANGAN)[number];
export const LABEL_TUJUAN: Record<TujuanUndangan, string> = { kepala: 'Kepala OPD', sekretaris: 'Sekretaris OPD' };

export function tujuanBaku(jenis: JenisRapat): TujuanUndangan {
  return jenis === 'pra_rakorev' ? 'sekretaris' : 'kepala';
}

/** '' means not recorded yet: before the meeting every invitee is ''. */
export const KEHADIRAN = ['', 'hadir', 'diwakili', 'tidak_hadir'] as const;
export type Kehadiran = (typeof KEHADIRAN)[number];
export const LABEL_KEHADIRAN: Record<Kehadiran, string> = {
  '': 'Belum dicatat',
  hadir: 'Hadir',
  diwakili: 'Diwakili',
  tidak_hadir: 'Tidak hadir',
};

export const STATUS_TINDAK_LANJUT = ['belum', 'proses', 'selesai'] as const;
export type StatusTindakLanjut = (typeof STATUS_TINDAK_LANJUT)[number];
export const LABEL_STATUS_TINDAK_LANJUT: Record<StatusTindakLanjut, string> = {
  belum: 'Belum',
  proses: 'Proses',
  selesai: 'Selesai',
};
export const LABEL_STATUS_KENDALA: Record<StatusTindakLanjut, string> = {
  belum: 'Belum teratasi',
  proses: 'Dalam penanganan',
  selesai: 'Teratasi',
};

/** Where a kendala is being solved: the ladder of seed 000 (OPD, forum Rakor, DPRD, province, centre). */
export const TINGKAT_KENDALA = ['opd', 'forum_rakor', 'dprd', 'provinsi', 'pusat'] as const;
export type TingkatKendala = (typeof TINGKAT_KENDALA)[number];
export const LABEL_TINGKAT_KENDALA: Record<TingkatKendala, string> = {
  opd: 'OPD',
  forum_rakor: 'Forum Rakor',
  dprd: 'DPRD',
  provinsi: 'Pemerintah Provinsi',
  pusat: 'Pemerintah Pusat',
};

export const JENIS_DOKUMEN_RAPAT = ['undangan', 'daftar_hadir', 'notulen'] as const;
export type JenisDokumenRapat = (typeof JENIS_DOKUMEN_RAPAT)[number];
export const LABEL_DOKUMEN_RAPAT: Record<JenisDokumenRapat, string> = {
  undangan: 'Surat Undangan',
  daftar_hadir: 'Daftar Hadir',
  notulen: 'Notulen',
};

/** The slides of a meeting (paparan) are archived beside its documents under this kind. */
export const JENIS_PAPARAN = 'paparan';
/** Every kind a meeting's archive holds, as the archive list names it. */
export const LABEL_ARSIP_RAPAT: Record<string, string> = { ...LABEL_DOKUMEN_RAPAT, [JENIS_PAPARAN]: 'Paparan (slide)' };

/** Up to this many addressees are written after "Yth."; more go to a lampiran ("daftar terlampir"). */
export const BATAS_YTH = 3;

/** The invitation's lampiran: one row per invitee under these columns (after "No."). */
export const KOLOM_LAMPIRAN_UNDANGAN = [
  { judul: 'Nama', bobot: 30 },
  { judul: 'Jabatan', bobot: 32 },
  { judul: 'Instansi', bobot: 32 },
] as const;

type Diundang = { nama: string; jabatan: string; instansi: string };

export const barisLampiranUndangan = (penerima: readonly Diundang[]): string[][] =>
  penerima.map((p) => [p.nama || '-', p.jabatan || '-', p.instansi || '-']);

/**
 * Sheets the invitee list fills, for "Lampiran: 2 (dua) lembar" (0 when the addressees fit after "Yth."): laid out
 * as the lampiran prints it, on the regency's paper between its margins.
 */
export function lembarLampiran(penerima: readonly Diundang[], halaman: PengaturanHalaman): number {
  if (penerima.length <= BATAS_YTH) return 0;
  return lembarLampiranTabel(halaman, KOLOM_LAMPIRAN_UNDANGAN, barisLampiranUndangan(penerima));
}

/**
 * The quarter evaluated by default on a date: the last one ended by then, so from January to March triwulan IV of the
 * year before. A new meeting, a meeting's slides when it recorded no quarter, and the Laporan page all start from it.
 */
export function triwulanDievaluasi(tanggal: string): { tahun: number; triwulan: Triwulan } {
  const [tahun, bulan] = tanggal.split('-').map(Number) as [number, number];
  const selesai = Math.ceil(bulan / 3) - 1;
  return selesai === 0 ? { tahun: tahun - 1, triwulan: 4 } : { tahun, triwulan: selesai as Triwulan };
}

/** The next quarter, over the year's end. */
export function triwulanBerikut(tahun: number, triwulan: Triwulan): { tahun: number; triwulan: Triwulan } {
  return triwulan === 4 ? { tahun: tahun + 1, triwulan: 1 } : { tahun, triwulan: (triwulan + 1) as Triwulan };
}

/** "Rakor Triwulan III Tahun 2025" -> "Rakor Triwulan IV Tahun 2025" when a meeting is copied to the next quarter. */
export function gantiTriwulan(
  teks: string,
  lama: { tahun: number; triwulan: number },
  baru: { tahun: number; triwulan: number },
): string {
  const romawiLama = formatTriwulan(lama.triwulan);
  const romawiBaru = formatTriwulan(baru.triwulan);
  let hasil = teks.replace(
    new RegExp(`\\b(Triwulan|TW)(\\s+)${romawiLama}(?![IVX])`, 'g'),
    (_m, kata: string, spasi: string) => `${kata}${spasi}${romawiBaru}`,
  );
  if (lama.tahun !== baru.tahun) hasil = hasil.replace(new RegExp(`\\b${lama.tahun}\\b`, 'g'), String(baru.tahun));
  return hasil;
}

/** The letter number from the section's pattern; without a running number the place is left blank to write by hand. */
export function formatNomorSurat(pola: string, urut: number | null, tahun: number): string {
  return pola
    .replaceAll('{urut}', urut === null ? '\u00a0'.repeat(8) : String(urut))
    .replaceAll('{tahun}', String(tahun));
}

/** Today as YYYY-MM-DD on the office PC's calendar. */
export function hariIni(sekarang = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${sekarang.getFullYear()}-${p(sekarang.getMonth() + 1)}-${p(sekarang.getDate())}`;
}

/** A follow-up is late when it is not done and its due date has passed (the due day itself is not late). */
export function terlambat(batasWaktu: string | null, status: StatusTindakLanjut, tanggalHariIni: string): boolean {
  return status !== 'selesai' && batasWaktu !== null && batasWaktu < tanggalHariIni;
}

/** "Pemerintah Kabupaten Contoh" -> "Bupati Contoh"; a city has a Wali Kota. */
export function kepalaDaerah(namaPemda: string): string {
  const nama = namaPemda.replace(/^Pemerintah\s+/i, '').trim();
  const kota = /^Kota\s+(.+)$/i.exec(nama);
  if (kota) return `Wali Kota ${kota[1]}`;
  const kab = /^Kabupaten\s+(.+)$/i.exec(nama);
  return `Bupati ${kab ? kab[1] : nama}`;
}

export interface RingkasPembuka {
  jenis: JenisRapat;
  judul: string;
  tahun: number | null;
  triwulan: number | null;
}

/** The invitation's opening sentence when the user has not written one. */
export function pembukaBaku(r: RingkasPembuka): string {
  const periode =
    r.triwulan !== null && r.tahun !== null
      ? ` Triwulan ${formatTriwulan(r.triwulan)} Tahun ${r.tahun}`
      : r.tahun !== null
        ? ` Tahun ${r.tahun}`
        : '';
  const maksud: Record<JenisRapat, string> = {
    rakor_triwulan: `evaluasi pelaksanaan program dan kegiatan perangkat daerah${periode}`,
    pra_rakorev: `persiapan Rapat Koordinasi dan Evaluasi pelaksanaan program pembangunan${periode}`,
    rakorev: `evaluasi pelaksanaan program pembangunan daerah${periode}`,
    rakerda: `penyusunan rencana kerja pembangunan daerah${periode}`,
    bimtek: `peningkatan kapasitas aparatur perangkat daerah`,
    lainnya: `koordinasi pelaksanaan program dan kegiatan perangkat daerah`,
  };
  return (
    `Dalam rangka ${maksud[r.jenis]}, dengan hormat kami mengundang Bapak/Ibu untuk menghadiri ` +
    `${r.judul} yang akan dilaksanakan pada:`
  );
}

export const PENUTUP_BAKU =
  'Mengingat pentingnya acara tersebut, dimohon kehadiran Bapak/Ibu tepat pada waktunya. ' +
  'Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.';

export interface HitungKehadiran {
  diundang: number;
  hadir: number;
  diwakili: number;
  tidakHadir: number;
  belumDicatat: number;
  /** Came without being on the invitation list. */
  tambahan: number;
}

export function hitungKehadiran(peserta: { diundang: boolean; kehadiran: Kehadiran }[]): HitungKehadiran {
  const diundang = peserta.filter((p) => p.diundang);
  const hadir = (k: Kehadiran) => k === 'hadir' || k === 'diwakili';
  return {
    diundang: diundang.length,
    hadir: diundang.filter((p) => hadir(p.kehadiran)).length,
    diwakili: diundang.filter((p) => p.kehadiran === 'diwakili').length,
    tidakHadir: diundang.filter((p) => p.kehadiran === 'tidak_hadir').length,
    belumDicatat: diundang.filter((p) => p.kehadiran === '').length,
    tambahan: peserta.filter((p) => !p.diundang && hadir(p.kehadiran)).length,
  };
}

/** "diundang 12; hadir 9 (2 diwakili); tidak hadir 3", as the notulen's Peserta line. */
export function ringkasKehadiran(h: HitungKehadiran): string {
  if (h.diundang > 0 && h.belumDicatat === h.diundang && h.tambahan === 0)
    return `diundang ${h.diundang}; kehadiran belum dicatat`;
  return [
    `diundang ${h.diundang}`,
    `hadir ${h.hadir}${h.diwakili > 0 ? ` (${h.diwakili} diwakili)` : ''}`,
    `tidak hadir ${h.tidakHadir}`,
    h.belumDicatat > 0 ? `belum dicatat ${h.belumDicatat}` : '',
    h.tambahan > 0 ? `peserta tambahan ${h.tambahan}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** A title and subject to start from, e.g. "Rapat Koordinasi Triwulan III Tahun 2026" / "Undangan Rapat ...". */
export function usulanJudul(
  jenis: JenisRapat,
  tahun: number | null,
  triwulan: number | null,
): { judul: string; hal: string } {
  const tw = triwulan ? ` Triwulan ${formatTriwulan(triwulan)}` : '';
  const th = tahun ? ` Tahun ${tahun}` : '';
  const nama: Record<JenisRapat, string> = {
    rakor_triwulan: `Rapat Koordinasi${tw} Bidang Ekonomi`,
    pra_rakorev: `Pra Rapat Koordinasi dan Evaluasi${tw}`,
    rakorev: `Rapat Koordinasi dan Evaluasi Pelaksanaan Pembangunan${tw}`,
    rakerda: 'Rapat Kerja Daerah',
    bimtek: 'Bimbingan Teknis',
    lainnya: 'Rapat Koordinasi',
  };
  return { judul: `${nama[jenis]}${th}`, hal: `Undangan ${nama[jenis]}` };
}
