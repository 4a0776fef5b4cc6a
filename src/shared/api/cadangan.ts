// API of Cadangan & Pemulihan: automatic and manual backups of the data file, their preview, and restoring one.
import { z } from 'zod';
import { tulis, baca } from './define';
import { bilanganBulat, pilihan, teks } from './fields';

/** Why a backup was made; it is part of the file name, so the list reads without opening anything. */
export const ALASAN_CADANGAN = ['harian', 'migrasi', 'impor', 'manual', 'sebelum-pulihkan'] as const;
export type AlasanCadangan = (typeof ALASAN_CADANGAN)[number];

export const LABEL_ALASAN: Record<AlasanCadangan, string> = {
  harian: 'Harian (otomatis)',
  migrasi: 'Sebelum pembaruan skema',
  impor: 'Sebelum impor',
  manual: 'Manual',
  'sebelum-pulihkan': 'Sebelum pemulihan',
};

export const RETENSI_BAKU = 30;
/** Photos make a database large; 30 copies of five kinds could otherwise fill the office PC's disk. */
export const BATAS_GB_BAKU = 2;

/** How many backups are kept: the newest `retensi` of each kind, and all of them together in at most `batasGb`. */
export interface AturanCadangan {
  retensi: number;
  batasGb: number;
}

export interface BerkasCadangan {
  nama: string;
  path: string;
  alasan: AlasanCadangan;
  /** ISO time the backup was made (from its name, minute precision). */
  dibuatPada: string;
  ukuran: number;
}

export interface DaftarCadangan extends AturanCadangan {
  folder: string;
  /** Newest first. */
  berkas: BerkasCadangan[];
  /** Bytes of every backup in the folder together. */
  totalUkuran: number;
}

export interface PratinjauCadangan {
  path: string;
  ukuran: number;
  namaPemda: string | null;
  tahunAnggaran: number | null;
  jumlahOpd: number;
  /** ISO time of the latest change recorded in the file, or the file's own time when it records none. */
  perubahanTerakhir: string;
  versiSkema: string;
}

export interface HasilPulihkan {
  pratinjau: PratinjauCadangan;
  /** Where the state before the restore was saved, so the restore itself can be undone. */
  cadanganSebelum: string;
}

/** A full path on this computer: a drive (D:\...), a network share (\\server\...) or / on Linux and macOS. */
export const lokasi = (label: string) =>
  teks(label, 1000)
    // A control character (NUL above all) in a path makes the file functions throw instead of answering.
    .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20), { error: `${label} memuat karakter yang tidak sah` })
    .refine((s) => /^([A-Za-z]:[\\/]|\\\\|\/)/.test(s), {
      error: `${label} harus lokasi lengkap, misalnya D:\\Cadangan atau /media/flashdisk`,
    });

export const cadanganApi = {
  'cadangan.daftar': baca<DaftarCadangan>()(z.object({})),
  /** A field left out keeps its value. */
  'cadangan.aturRetensi': tulis<DaftarCadangan>()(
    z.object({
      retensi: bilanganBulat('Jumlah cadangan yang disimpan', 1, 365).optional(),
      batasGb: bilanganBulat('Batas ukuran semua cadangan (GB)', 1, 1000).optional(),
    }),
  ),
  'cadangan.buatSekarang': tulis<BerkasCadangan>()(z.object({ folder: lokasi('Folder tujuan').optional() })),
  'cadangan.pilih': baca<{ path: string | null }>()(
    z.object({ jenis: pilihan('Jenis pilihan', ['folder', 'berkas']) }),
  ),
  'cadangan.pratinjau': baca<PratinjauCadangan>()(z.object({ path: lokasi('Berkas cadangan') })),
  'cadangan.pulihkan': tulis<HasilPulihkan>()(z.object({ path: lokasi('Berkas cadangan') })),
};
