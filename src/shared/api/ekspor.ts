// API of spreadsheet exports (any grid, the Formulir OPD) and of saving a generated file on the desktop.
import { z } from 'zod';
import { tulis, baca } from './define';
import { id, pesanGalat, pilihan, teks, teksOpsional } from './fields';
import { lokasi } from './cadangan';
import { bulan, tahun } from './renja';
import { bersihkanTeks } from '../teks';

export const JENIS_KOLOM_EKSPOR = ['teks', 'angka', 'uang', 'persen'] as const;

export interface BerkasJadi {
  namaBerkas: string;
  base64: string;
}

/** Where a file went on the desktop (null: the user cancelled), and a warning when it was saved but not opened. */
export interface BerkasTersimpan {
  path: string | null;
  peringatan: string | null;
}

/** Many generated files at once: written into a folder (the desktop asks for one first), or one .zip. */
export type BerkasBanyak = { jumlah: number; dilewati: string[] } & (
  { jenis: 'folder'; folder: string } | ({ jenis: 'zip' } & BerkasJadi)
);

const sel = z.union([z.string().max(10_000).overwrite(bersihkanTeks), z.number(), z.null()], {
  error: 'Isi sel harus teks, angka atau kosong',
});

export const eksporApi = {
  'ekspor.tabel': baca<BerkasJadi>()(
    z.object({
      judul: teks('Judul', 300),
      subjudul: teksOpsional('Subjudul', 500),
      kolom: z
        .array(z.object({ judul: teks('Judul kolom', 200), jenis: pilihan('Jenis kolom', JENIS_KOLOM_EKSPOR) }), {
          error: pesanGalat('Kolom'),
        })
        .min(1)
        .max(100),
      baris: z.array(z.array(sel).max(100), { error: pesanGalat('Baris') }).max(50_000),
    }),
  ),
  /** A write: the tracker records the Formulir as sent to the OPD. */
  'ekspor.formulir': tulis<BerkasJadi>()(z.object({ opdId: id('OPD'), tahun: tahun(), bulan: bulan() })),
  /** Every OPD's form: into a folder (the desktop asks for one first), or as one .zip when no folder is given. */

  'ekspor.formulirSemua': tulis<BerkasBanyak>()(
    z.object({ tahun: tahun(), bulan: bulan(), folder: lokasi('Folder tujuan').optional() }),
  ),
  /** Desktop: asks for the folder the forms of every OPD go to; null when cancelled or in browser mode. */
  'ekspor.pilihFolder': baca<{ path: string | null }>()(z.object({})),
  /** Desktop: asks where to save, writes, opens. Browser mode downloads instead and never calls this. */
  'berkas.simpan': tulis<BerkasTersimpan>()(
    z.object({
      namaBerkas: teks('Nama berkas', 255).refine((n) => !/[\\/:*?"<>|]/.test(n), {
        error: 'Nama berkas tidak boleh memuat \\ / : * ? " < > |',
      }),
      base64: z
        .string({ error: pesanGalat('Isi berkas') })
        .min(1)
        .max(60 * 1024 * 1024),
    }),
  ),
};
