// The stored RPJMD and Renstra rows a partial save starts from (see api/sunting.ts).
import { TINGKAT_RENSTRA, type renstraApi } from '../../shared/api/renstra';
import { z } from 'zod';
import { sql } from 'kysely';
import { DitolakError } from '../errors';
import { kunciDari, muatKolom, muatMenurutId, pisahRevisi, type PemuatFor } from '../api/sunting';
import { pemilikIndikator } from '../../shared/renja';
import { nilaiIndikator } from './rpjmd';

/** Every save of the contract (`*.simpan*`): each starts from its stored row. */
type Metode = Extract<keyof typeof renstraApi, `${string}.simpan${string}`>;

export const renstraTersimpan: PemuatFor<Metode> = {
  'rpjmd.simpan': (raw, db) => muatKolom(raw, db, 'rpjmd', 'RPJMD', ['tahunAwal', 'namaBupati', 'namaWakil', 'visi']),
  'rpjmd.simpanMisi': (raw, db) => muatKolom(raw, db, 'rpjmdMisi', 'Misi', ['rpjmdId', 'nomor', 'uraian']),
  'rpjmd.simpanTujuan': (raw, db) => muatKolom(raw, db, 'rpjmdTujuan', 'Tujuan', ['misiId', 'nomor', 'uraian']),
  'rpjmd.simpanSasaran': (raw, db) => muatKolom(raw, db, 'rpjmdSasaran', 'Sasaran', ['tujuanId', 'nomor', 'uraian']),
  'rpjmd.simpanIndikator': (raw, db) =>
    muatKolom(
      raw,
      db,
      'indikatorSasaran',
      'Indikator',
      ['sasaranId', 'uraian', 'satuan', 'baseline', 'jenis', 'arah'],
      async (isi, id) => ({
        ...isi,
        nilai: (await nilaiIndikator(db, 'nilaiIndikatorSasaran', [id])).get(id) ?? [],
      }),
    ),
  'rpjmd.simpanPrioritas': (raw, db) =>
    muatKolom(raw, db, 'prioritas', 'Prioritas', ['rpjmdId', 'tingkat', 'nama', 'uraian'], async (nilai, id) => {
      const sasaran = await db
        .selectFrom('prioritasSasaran')
        .select('sasaranId')
        .where('prioritasId', '=', id)
        .execute();
      return { ...nilai, sasaranIds: sasaran.map((s) => s.sasaranId) };
    }),
  'renstra.simpanProgram': (raw, db) =>
    muatMenurutId(raw, 'renstraProgram', 'Program Renstra', async (id) => {
      const row = await db
        .selectFrom('renstraProgram as p')
        .innerJoin('renstra as r', 'r.id', 'p.renstraId')
        .select(['r.rpjmdId', 'r.opdId', 'p.kode', 'p.nama', 'p.sasaranRpjmdId', 'p.revisi'])
        .where('p.id', '=', id)
        .executeTakeFirst();
      return row && pisahRevisi(row);
    }),
  'renstra.simpanKegiatan': (raw, db) =>
    muatKolom(raw, db, 'renstraKegiatan', 'Kegiatan Renstra', ['programId', 'kode', 'nama']),
  'renstra.simpanIndikator': (raw, db) =>
    muatKolom(
      raw,
      db,
      'renstraIndikator',
      'Indikator Renstra',
      ['programId', 'kegiatanId', 'uraian', 'satuan', 'baseline', 'targetAkhir', 'jenis', 'arah'],
      async ({ programId, kegiatanId, ...isi }, id) => {
        const nilai = (await nilaiIndikator(db, 'renstraTarget', [id])).get(id) ?? [];
        const [tingkat, pemilikId] = pemilikIndikator({ programId, kegiatanId });
        return { ...isi, tingkat, pemilikId, nilai };
      },
    ),
  // Keyed by level and id (a program and a kegiatan may share an id); the row's pagu of every year come with it.
  'renstra.simpanBaris': async (raw, db) => {
    const tingkat = z.enum(TINGKAT_RENSTRA).safeParse(raw['tingkat']);
    const id = kunciDari(raw, 'id');
    if (!tingkat.success || id === undefined) return undefined;
    const program = tingkat.data === 'program';
    const row = program
      ? await db
          .selectFrom('renstraProgram')
          .select(['kode', 'nama', 'sasaranRpjmdId', 'revisi'])
          .where('id', '=', id)
          .executeTakeFirst()
      : await db
          .selectFrom('renstraKegiatan')
          .select(['kode', 'nama', sql<null>`NULL`.as('sasaranRpjmdId'), 'revisi'])
          .where('id', '=', id)
          .executeTakeFirst();
    const label = program ? 'Program Renstra' : 'Kegiatan Renstra';
    if (!row)
      throw new DitolakError(`${label} dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`, [
        { kolom: 'id', pesan: `${label} tidak ditemukan` },
      ]);
    const pagu = await db
      .selectFrom('renstraPagu')
      .select(['tahun', 'pagu', 'realisasi'])
      .where(program ? 'programId' : 'kegiatanId', '=', id)
      .orderBy('tahun')
      .execute();
    const { revisi, nilai } = pisahRevisi(row);
    return {
      revisi,
      nilai: { tingkat: tingkat.data, ...nilai, pagu },
      tabel: program ? 'renstra_program' : 'renstra_kegiatan',
      kunci: { id },
    };
  },
};
