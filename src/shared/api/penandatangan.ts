// API of the signatories whose name, rank and NIP close every letter.
import { z } from 'zod';
import { method } from './define';
import { id, nip, teks, teksOpsional } from './fields';

export interface Penandatangan {
  id: number;
  nama: string;
  jabatan: string;
  pangkat: string;
  nip: string;
}

export const penandatanganInput = z.object({
  id: id('ID penandatangan').optional(),
  nama: teks('Nama penandatangan'),
  jabatan: teks('Jabatan'),
  pangkat: teksOpsional('Pangkat/golongan', 100),
  nip: nip('NIP'),
});
export type PenandatanganInput = z.input<typeof penandatanganInput>;

export const penandatanganApi = {
  'penandatangan.daftar': method<Penandatangan[]>()(z.object({})),
  'penandatangan.simpan': method<Penandatangan>()(penandatanganInput),
  'penandatangan.hapus': method<{ id: number }>()(z.object({ id: id('ID penandatangan') })),
};
