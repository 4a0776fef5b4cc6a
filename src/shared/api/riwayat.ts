// API of Riwayat perubahan: read who changed what per OPD, and restore an old value.
import { z } from 'zod';
import { tulis, baca } from './define';
import { bilanganBulat, id } from './fields';

export interface PerubahanKolom {
  kolom: string;
  lama: unknown;
  baru: unknown;
}

export interface EntriRiwayat {
  id: number;
  tabel: string;
  label: string;
  /** What the row is, for a person: a sub kegiatan code and month, a meeting's title... */
  uraian: string;
  aksi: 'tambah' | 'ubah' | 'hapus';
  perubahan: PerubahanKolom[];
  opdId: number | null;
  oleh: string;
  pada: string;
}

export const riwayatApi = {
  'riwayat.daftar': baca<EntriRiwayat[]>()(
    z.object({
      opdId: id('OPD').optional(),
      /** Entries older than this id, for paging back. */
      sebelum: id('Batas').optional(),
      batas: bilanganBulat('Jumlah baris', 1, 1000).default(200),
    }),
  ),
  'riwayat.pulihkan': tulis<{ id: number }>()(z.object({ id: id('ID riwayat') })),
};
