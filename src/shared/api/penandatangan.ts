// API of the signatories whose name, rank and NIP close every letter.
import { z } from 'zod';
import { tulis, baca } from './define';
import { id, nip, teks, teksOpsional, revisi } from './fields';

export interface Penandatangan {
  id: number;
  nama: string;
  jabatan: string;
  pangkat: string;
  nip: string;
  revisi: number;
}

export const penandatanganInput = z.object({
  id: id('ID penandatangan').optional(),
  revisi: revisi(),
  nama: teks('Nama penandatangan'),
  jabatan: teks('Jabatan'),
  pangkat: teksOpsional('Pangkat/golongan', 100),
  nip: nip('NIP'),
});
export type PenandatanganInput = z.input<typeof penandatanganInput>;

export const penandatanganApi = {
  'penandatangan.daftar': baca<Penandatangan[]>()(z.object({})),
  'penandatangan.simpan': tulis<Penandatangan>()(penandatanganInput),
  'penandatangan.hapus': tulis<{ id: number }>()(z.object({ id: id('ID penandatangan') })),
};
