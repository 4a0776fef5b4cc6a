// The Renja/DPA vocabulary: Permendagri 90/2019 code levels, budget versions and reporting periods.

export type Tingkat = 'program' | 'kegiatan' | 'subKegiatan';
export type Versi = 'murni' | 'perubahan';
export const STATUS_VERIFIKASI = ['draft', 'diterima', 'diverifikasi'] as const;
export type StatusVerifikasi = (typeof STATUS_VERIFIKASI)[number];

export const LABEL_VERSI: Record<Versi, string> = { murni: 'APBD Murni', perubahan: 'APBD Perubahan' };
export const LABEL_STATUS_VERIFIKASI: Record<StatusVerifikasi, string> = {
  draft: 'Draf',
  diterima: 'Diterima',
  diverifikasi: 'Diverifikasi',
};

/** U.BB.PP, U.BB.PP.K.KK, U.BB.PP.K.KK.SSSS; the urusan part may be X.XX for program 01 shared by every OPD. */
const POLA_KODE: Record<Tingkat, RegExp> = {
  program: /^(\d|X)\.(\d{2}|XX)\.\d{2}$/,
  kegiatan: /^(\d|X)\.(\d{2}|XX)\.\d{2}\.\d\.\d{2}$/,
  subKegiatan: /^(\d|X)\.(\d{2}|XX)\.\d{2}\.\d\.\d{2}\.\d{4}$/,
};

export const CONTOH_KODE: Record<Tingkat, string> = {
  program: '1.02.02',
  kegiatan: '1.02.02.2.01',
  subKegiatan: '1.02.02.2.01.0001',
};

export const LABEL_TINGKAT: Record<Tingkat, string> = {
  program: 'Program',
  kegiatan: 'Kegiatan',
  subKegiatan: 'Sub Kegiatan',
};

/**
 * The level an indicator hangs at and its owner's id: the deepest of its owner columns that is set (a Renstra
 * indicator has no sub kegiatan column, so it is a program's or a kegiatan's).
 */
export function pemilikIndikator(i: {
  programId: number | null;
  kegiatanId: number | null;
  subKegiatanId: number | null;
}): [Tingkat, number];
export function pemilikIndikator(i: {
  programId: number | null;
  kegiatanId: number | null;
}): ['program' | 'kegiatan', number];
export function pemilikIndikator(i: {
  programId: number | null;
  kegiatanId: number | null;
  subKegiatanId?: number | null;
}): [Tingkat, number] {
  if (i.subKegiatanId !== undefined && i.subKegiatanId !== null) return ['subKegiatan', i.subKegiatanId];
  if (i.kegiatanId !== null) return ['kegiatan', i.kegiatanId];
  return ['program', i.programId!];
}

/** Which level a code is, from its shape alone; null when it is none of them. */
export function tingkatKode(kode: string): Tingkat | null {
  for (const tingkat of ['program', 'kegiatan', 'subKegiatan'] as const) {
    if (POLA_KODE[tingkat].test(kode)) return tingkat;
  }
  return null;
}

/** The code of the parent level: 1.02.02.2.01.0001 -> 1.02.02.2.01 -> 1.02.02. */
export function kodeInduk(kode: string): string | null {
  const tingkat = tingkatKode(kode);
  if (tingkat === 'subKegiatan') return kode.slice(0, kode.lastIndexOf('.'));
  if (tingkat === 'kegiatan') return kode.split('.').slice(0, 3).join('.');
  return null;
}

/** A message in Indonesian when the code is not of the level, or does not sit under its parent; null when fine. */
export function periksaKode(kode: string, tingkat: Tingkat, kodeIndukSeharusnya?: string): string | null {
  if (!POLA_KODE[tingkat].test(kode)) {
    return `Kode ${LABEL_TINGKAT[tingkat].toLowerCase()} "${kode}" tidak sesuai pola seperti ${CONTOH_KODE[tingkat]}`;
  }
  if (kodeIndukSeharusnya !== undefined && kodeInduk(kode) !== kodeIndukSeharusnya) {
    return `Kode ${kode} tidak berada di bawah ${kodeIndukSeharusnya}`;
  }
  return null;
}

export const BULAN_TRIWULAN = [3, 6, 9, 12] as const;

export function bulanAkhirTriwulan(triwulan: number): number {
  return triwulan * 3;
}

export function triwulanDariBulan(bulan: number): number {
  return Math.ceil(bulan / 3);
}

/** Realisation up to a month is measured against Perubahan once the revision is in force, else Murni. */
export function versiBerlaku(bulan: number, perubahanMulaiBulan: number | null): Versi {
  return perubahanMulaiBulan !== null && bulan >= perubahanMulaiBulan ? 'perubahan' : 'murni';
}

/**
 * The bidang urusan an OPD serves, from its eight-segment code: 1.01.2.22.0.00.01.0000 serves 1.01 and 2.22,
 * 3.27.0.00.0.00.01.0000 serves 3.27 only.
 */
export function bidangOpd(kodeOpd: string): string[] {
  const s = kodeOpd.split('.');
  const bidang = [`${s[0]}.${s[1]}`];
  for (const i of [2, 4]) if (s[i] && s[i] !== '0') bidang.push(`${s[i]}.${s[i + 1]}`);
  return bidang;
}

/** A program must be of the OPD's own bidang, or program 01 shared by every OPD (written X.XX.01 or with its bidang). */
export function periksaBidang(kodeProgram: string, opd: { kode: string; nama: string }): string | null {
  const bidang = kodeProgram.split('.').slice(0, 2).join('.');
  if (bidang === 'X.XX') return null;
  const milik = bidangOpd(opd.kode);
  if (milik.includes(bidang)) return null;
  return `Program ${kodeProgram} termasuk bidang urusan ${bidang}, bukan bidang ${opd.nama} (${milik.join(', ')})`;
}
