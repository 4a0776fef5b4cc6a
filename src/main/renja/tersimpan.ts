// The stored Renja rows a partial save starts from (see api/sunting.ts).
import { VERSI } from '../../shared/api/renja';
import { z } from 'zod';
import { pemilikIndikator, type Versi } from '../../shared/renja';
import { muatKolom, type PemuatFor } from '../api/sunting';
import type { Db } from '../db/connection';

/** The version a save of a sub kegiatan touches when it does not say: the newest one the row has. */
async function versiSub(db: Db, subId: number, diminta: unknown): Promise<{ versi: Versi; pagu: number }> {
  const anggaran = await db
    .selectFrom('anggaran')
    .select(['versi', 'pagu'])
    .where('subKegiatanId', '=', subId)
    .execute();
  const dipilih = z.enum(VERSI).safeParse(diminta);
  const versi = dipilih.success ? dipilih.data : anggaran.some((a) => a.versi === 'perubahan') ? 'perubahan' : 'murni';
  // A version the row does not have yet starts from the Murni pagu, as the Perubahan starts from the Murni budget.
  const pagu = anggaran.find((a) => a.versi === versi)?.pagu ?? anggaran.find((a) => a.versi === 'murni')?.pagu ?? 0;
  return { versi, pagu };
}

export const renjaTersimpan: PemuatFor<
  'renja.simpanProgram' | 'renja.simpanKegiatan' | 'renja.simpanSubKegiatan' | 'renja.simpanIndikator'
> = {
  'renja.simpanProgram': (raw, db) => muatKolom(raw, db, 'program', 'Program', ['opdId', 'tahun', 'kode', 'nama']),
  'renja.simpanKegiatan': (raw, db) => muatKolom(raw, db, 'kegiatan', 'Kegiatan', ['programId', 'kode', 'nama']),
  'renja.simpanSubKegiatan': (raw, db) =>
    muatKolom(
      raw,
      db,
      'subKegiatan',
      'Sub kegiatan',
      ['kegiatanId', 'kode', 'nama', 'lokasi', 'sumberDana'],
      async (nilai, id) => {
        const { versi, pagu } = await versiSub(db, id, raw['versi']);
        // The stored months of that version: a save without targets writes them back unchanged.
        const target = await db
          .selectFrom('targetPeriode')
          .select(['bulan', 'targetFisik', 'targetKeuangan'])
          .where('subKegiatanId', '=', id)
          .where('versi', '=', versi)
          .orderBy('bulan')
          .execute();
        return { ...nilai, versi, pagu, target };
      },
    ),
  'renja.simpanIndikator': (raw, db) =>
    muatKolom(
      raw,
      db,
      'indikator',
      'Indikator',
      ['programId', 'kegiatanId', 'subKegiatanId', 'uraian', 'satuan', 'target', 'jenis', 'arah'],
      async ({ programId, kegiatanId, subKegiatanId, ...isi }) => {
        const [tingkat, pemilikId] = pemilikIndikator({ programId, kegiatanId, subKegiatanId });
        return { ...isi, tingkat, pemilikId };
      },
    ),
};
