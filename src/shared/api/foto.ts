// API of dokumentasi: photos of physical progress per sub kegiatan and period, with a caption, for the reports' lampiran.
import { z } from 'zod';
import { tulis, baca } from './define';
import { id, pesanGalat, pilihan, teksOpsional } from './fields';
import { MIME_GAMBAR, type MimeGambar } from '../gambar';
import { bulan } from './renja';

/** A phone photo resized by the user's viewer is well under this; a raw 20 MP photo is not needed in a report. */
export const UKURAN_FOTO_MAKS = 3 * 1024 * 1024;

export interface Foto {
  id: number;
  subKegiatanId: number;
  bulan: number;
  keterangan: string;
  mime: MimeGambar;
  base64: string;
  diubahOleh: string;
  dibuatPada: string;
}

export const fotoApi = {
  'foto.daftar': baca<Foto[]>()(z.object({ subKegiatanId: id('Sub kegiatan'), bulan: bulan() })),
  'foto.tambah': tulis<Foto>()(
    z.object({
      subKegiatanId: id('Sub kegiatan'),
      bulan: bulan(),
      keterangan: teksOpsional('Keterangan foto', 300),
      mime: pilihan('Jenis berkas foto', MIME_GAMBAR),
      base64: z
        .string({ error: pesanGalat('Berkas foto') })
        .min(1)
        .max(Math.ceil((UKURAN_FOTO_MAKS * 4) / 3) + 4, { error: 'Berkas foto paling besar 3 MB' })
        .regex(/^[A-Za-z0-9+/]+=*$/, { error: 'Berkas foto rusak (bukan base64)' }),
    }),
  ),
  'foto.hapus': tulis<{ id: number }>()(z.object({ id: id('ID foto') })),
};
