// The stored meeting, minutes, follow-up and obstacle a partial save starts from (see api/sunting.ts).
import { DitolakError } from '../errors';
import { kunciDari, muatKolom, muatMenurutId, pisahRevisi, type PemuatFor } from '../api/sunting';
import { ambilRapat } from './repository';

export const rapatTersimpan: PemuatFor<
  'rapat.simpan' | 'rapat.simpanNotulen' | 'tindakLanjut.simpan' | 'kendala.simpan'
> = {
  'rapat.simpan': (raw, db) =>
    muatMenurutId(raw, 'rapat', 'Rapat', async (id) => {
      const ada = await db.selectFrom('rapat').select('id').where('id', '=', id).executeTakeFirst();
      if (!ada) return undefined;
      const {
        id: _id,
        notulen: _notulen,
        nomorSurat: _nomor,
        peserta: _p,
        revisi,
        ...nilai
      } = await ambilRapat(db, id);
      // As stored: an OPD invitee by its id alone, its names read from the OPD table each time it is shown.
      const peserta = await db
        .selectFrom('rapatPeserta')
        .select(['opdId', 'nama', 'jabatan', 'instansi', 'diundang', 'kehadiran', 'diwakiliOleh'])
        .where('rapatId', '=', id)
        .orderBy('urutan')
        .execute();
      return { revisi, nilai: { ...nilai, peserta: peserta.map((p) => ({ ...p, diundang: p.diundang === 1 })) } };
    }),
  'rapat.simpanNotulen': async (raw, db) => {
    const rapatId = kunciDari(raw, 'rapatId');
    if (rapatId === undefined) return undefined;
    const ada = await db.selectFrom('rapat').select('id').where('id', '=', rapatId).executeTakeFirst();
    if (!ada) throw new DitolakError(`Rapat dengan ID ${rapatId} tidak ditemukan (mungkin sudah dihapus)`);
    const { notulen, revisi } = await ambilRapat(db, rapatId);
    const pembahasan = notulen.pembahasan.map(({ acaraId, pembicara, uraian }) => ({ acaraId, pembicara, uraian }));
    return { revisi, nilai: { ...notulen, rapatId, pembahasan }, tabel: 'rapat', kunci: { id: rapatId } };
  },
  'tindakLanjut.simpan': (raw, db) =>
    muatKolom(
      raw,
      db,
      'tindakLanjut',
      'Tindak lanjut',
      ['rapatId', 'uraian', 'batasWaktu', 'status', 'bukti'],
      async (nilai, id) => {
        const opd = await db.selectFrom('tindakLanjutOpd').select('opdId').where('tindakLanjutId', '=', id).execute();
        return { ...nilai, opdIds: opd.map((o) => o.opdId) };
      },
    ),
  'kendala.simpan': (raw, db) =>
    muatMenurutId(raw, 'kendala', 'Kendala', async (id) => {
      const row = await db
        .selectFrom('kendala')
        .select([
          'rapatId',
          'uraian',
          'opdId',
          'tingkat',
          'status',
          'solusi',
          'subKegiatanId',
          'kategoriId',
          'kemungkinan',
          'dampak',
          'revisi',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && pisahRevisi(row);
    }),
};
