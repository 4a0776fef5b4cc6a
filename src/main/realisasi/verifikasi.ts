// Verification of a period's report per OPD (draft -> diterima -> diverifikasi) and the lock it puts on the figures.
// The lock is enforced twice: here, with a message naming the OPD and the period, and by SQLite triggers
// (0008_revisi_kunci) for any write that does not come through here.
import Sqlite from 'better-sqlite3';
import type { Verifikasi } from '../../shared/api/realisasi';
import { formatTanggalJam, labelSampaiBulan } from '../../shared/format';
import { LABEL_STATUS_VERIFIKASI, type StatusVerifikasi } from '../../shared/renja';
import type { Db } from '../db/connection';
import { PESAN_TERKUNCI } from '../db/migrations/0008_revisi_kunci';
import { DitolakError } from '../errors';
import { pemilikSub } from '../monev/berlaku';

/** What the database's lock triggers (0008_revisi_kunci) mean, for writes no service check saw coming. */
export const PESAN_PERIODE_TERKUNCI =
  'Angka periode yang sudah diverifikasi tidak dapat diubah. Buka verifikasi periode itu terlebih dahulu (dengan alasan).';

export function adalahTerkunci(error: unknown): boolean {
  return error instanceof Sqlite.SqliteError && error.message.includes(PESAN_TERKUNCI);
}

export interface Periode {
  opdId: number;
  tahun: number;
  bulan: number;
}

/** The OPD's name, or a refusal naming the id: an unknown OPD is a user's mistake, not a foreign-key failure. */
export async function namaOpd(db: Db, opdId: number): Promise<string> {
  const opd = await db.selectFrom('opd').select('nama').where('id', '=', opdId).executeTakeFirst();
  if (!opd)
    throw new DitolakError(`OPD dengan ID ${opdId} tidak ditemukan (mungkin sudah dihapus)`, [
      { kolom: 'opdId', pesan: 'OPD tidak ditemukan' },
    ]);
  return opd.nama;
}

/**
 * The latest change of the period's figures after a moment. Every save of a row's figures (grid, paste, import, the
 * indicator value included) rewrites its realisation row, so that row's stamp is enough.
 */
async function perubahanSetelah(db: Db, p: Periode, setelah: string): Promise<{ oleh: string; pada: string } | null> {
  const row = await db
    .selectFrom('realisasi as r')
    .innerJoin('subKegiatan as s', 's.id', 'r.subKegiatanId')
    .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
    .innerJoin('program as pr', 'pr.id', 'k.programId')
    .select(['r.diubahOleh as oleh', 'r.diubahPada as pada'])
    .where('pr.opdId', '=', p.opdId)
    .where('pr.tahun', '=', p.tahun)
    .where('r.bulan', '=', p.bulan)
    .where('r.diubahPada', '>', setelah)
    .orderBy('r.diubahPada', 'desc')
    .executeTakeFirst();
  return row ?? null;
}

export async function ambilVerifikasi(db: Db, p: Periode): Promise<Verifikasi> {
  const row = await db
    .selectFrom('verifikasi')
    .select(['status', 'catatan', 'diubahOleh', 'diubahPada', 'alasanBuka'])
    .where('opdId', '=', p.opdId)
    .where('tahun', '=', p.tahun)
    .where('bulan', '=', p.bulan)
    .executeTakeFirst();
  if (!row)
    return {
      status: 'draft',
      catatan: '',
      diubahOleh: '',
      diubahPada: null,
      alasanBuka: '',
      berubahSetelahDiterima: null,
    };
  const berubah = row.status === 'diterima' ? await perubahanSetelah(db, p, row.diubahPada) : null;
  return { ...row, berubahSetelahDiterima: berubah };
}

/** Refuses any change of a verified period's figures, naming the OPD, the period and who verified it. */
export async function tolakBilaTerkunci(db: Db, p: Periode): Promise<void> {
  const v = await ambilVerifikasi(db, p);
  if (v.status !== 'diverifikasi') return;
  const nama = await namaOpd(db, p.opdId);
  throw new DitolakError(
    `Realisasi ${nama} ${labelSampaiBulan(p.bulan)} ${p.tahun} sudah diverifikasi oleh ${v.diubahOleh || 'verifikator'} ` +
      `pada ${formatTanggalJam(v.diubahPada)} dan terkunci. Buka verifikasi (dengan alasan) bila angkanya memang harus ` +
      'diubah.',
    [],
    'terkunci',
  );
}

async function tulisVerifikasi(
  db: Db,
  p: Periode,
  isi: { status: StatusVerifikasi; catatan: string; alasanBuka?: string; operator: string },
): Promise<Verifikasi> {
  const baris = {
    status: isi.status,
    catatan: isi.catatan,
    diubahOleh: isi.operator,
    diubahPada: new Date().toISOString(),
    ...(isi.alasanBuka === undefined ? {} : { alasanBuka: isi.alasanBuka }),
  };
  await db
    .insertInto('verifikasi')
    .values({ ...p, ...baris })
    .onConflict((oc) => oc.columns(['opdId', 'tahun', 'bulan']).doUpdateSet(baris))
    .execute();
  return ambilVerifikasi(db, p);
}

/** Moves a period along draft -> diterima -> diverifikasi; leaving diverifikasi needs bukaVerifikasi and a reason. */
export async function simpanVerifikasi(
  db: Db,
  v: Periode & { status: StatusVerifikasi; catatan: string; operator: string },
): Promise<Verifikasi> {
  const { status, catatan, operator, ...p } = v;
  await namaOpd(db, p.opdId);
  return db.transaction().execute(async (trx) => {
    const kini = await ambilVerifikasi(trx, p);
    if (kini.status === 'diverifikasi' && status !== 'diverifikasi')
      throw new DitolakError(
        `Laporan ini sudah diverifikasi. Untuk mengubahnya menjadi ${LABEL_STATUS_VERIFIKASI[status]}, gunakan ` +
          '"Buka verifikasi" dan tuliskan alasannya.',
        [{ kolom: 'status', pesan: 'Gunakan Buka verifikasi' }],
        'terkunci',
      );
    return tulisVerifikasi(trx, p, { status, catatan, operator });
  });
}

/** Reopens a verified period: back to diterima, with the reason kept on the row (and so in Riwayat). */
export async function bukaVerifikasi(db: Db, v: Periode & { alasan: string; operator: string }): Promise<Verifikasi> {
  const { alasan, operator, ...p } = v;
  const nama = await namaOpd(db, p.opdId);
  return db.transaction().execute(async (trx) => {
    const kini = await ambilVerifikasi(trx, p);
    if (kini.status !== 'diverifikasi')
      throw new DitolakError(
        `Realisasi ${nama} ${labelSampaiBulan(p.bulan)} ${p.tahun} belum diverifikasi, jadi tidak perlu dibuka`,
      );
    return tulisVerifikasi(trx, p, { status: 'diterima', catatan: kini.catatan, alasanBuka: alasan, operator });
  });
}

/** The same refusal for a write that names a sub kegiatan (a photo, an indicator value) instead of the OPD. */
export async function tolakBilaSubTerkunci(db: Db, subKegiatanId: number, bulan: number): Promise<void> {
  const row = await pemilikSub(db, subKegiatanId);
  if (row) await tolakBilaTerkunci(db, { opdId: row.opdId, tahun: row.tahun, bulan });
}
