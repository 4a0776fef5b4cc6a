// API of the signatories whose name, rank and NIP close every letter.
import { z } from 'zod';
import { KEDUDUKAN, LABEL_KEDUDUKAN, type Kedudukan } from '../tandaTangan';
import { tulis, baca } from './define';
import { id, nip, pilihan, teks, teksOpsional, revisi } from './fields';

export interface Penandatangan {
  id: number;
  nama: string;
  jabatan: string;
  pangkat: string;
  nip: string;
  kedudukan: Kedudukan;
  atasNama: string;
  untukBeliau: string;
  revisi: number;
}

/** "a.n. Bupati Contoh" typed whole: the a.n. is printed by the document, the field holds the office. */
const tanpaAwalan = (awalan: RegExp) => (s: string) => s.replace(awalan, '').trim();

export const penandatanganInput = z
  .object({
    id: id('ID penandatangan').optional(),
    revisi: revisi(),
    nama: teks('Nama penandatangan'),
    jabatan: teks('Jabatan'),
    pangkat: teksOpsional('Pangkat/golongan', 100),
    nip: nip('NIP'),
    kedudukan: pilihan('Kedudukan (Plt./Plh./Pj.)', KEDUDUKAN, LABEL_KEDUDUKAN).default(''),
    atasNama: teksOpsional('Atas nama (a.n.)', 200).overwrite(tanpaAwalan(/^a\.\s*n\.?\s*/i)),
    untukBeliau: teksOpsional('Untuk beliau (u.b.)', 200).overwrite(tanpaAwalan(/^u\.\s*b\.?\s*/i)),
  })
  .superRefine((p, ctx) => {
    if (p.untukBeliau !== '' && p.atasNama === '')
      ctx.addIssue({
        code: 'custom',
        path: ['untukBeliau'],
        message: 'Untuk beliau (u.b.) hanya dipakai di bawah atas nama (a.n.): isi Atas nama (a.n.) lebih dulu',
      });
  });
export type PenandatanganInput = z.input<typeof penandatanganInput>;

export const penandatanganApi = {
  'penandatangan.daftar': baca<Penandatangan[]>()(z.object({})),
  'penandatangan.simpan': tulis<Penandatangan>()(penandatanganInput),
  'penandatangan.hapus': tulis<{ id: number }>()(z.object({ id: id('ID penandatangan') })),
};
