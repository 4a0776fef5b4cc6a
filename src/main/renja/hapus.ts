// Deleting part of a Renja by hand: refused, with the reason, when it would take reported work with it
// (realisation figures or notes, indicator realisation, photos of physical progress).
import { formatAngka, NAMA_BULAN } from '../../shared/format';
import { LABEL_TINGKAT, type Tingkat } from '../../shared/renja';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { hapus } from './repository';

/** Reported work under a program, kegiatan or sub kegiatan: what blocks its deletion. */
async function laporanDiBawah(db: Db, tingkat: Tingkat, id: number) {
  const kolom = tingkat === 'program' ? 'k.programId' : tingkat === 'kegiatan' ? 'k.id' : 's.id';
  const dasar = db
    .selectFrom('subKegiatan as s')
    .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
    .innerJoin('program as p', 'p.id', 'k.programId')
    .where(kolom, '=', id);
  const realisasi = await dasar
    .innerJoin('realisasi as r', 'r.subKegiatanId', 's.id')
    .where((eb) =>
      eb.or([
        eb('r.realisasiFisik', 'is not', null),
        eb('r.realisasiKeuangan', 'is not', null),
        eb('r.permasalahan', '!=', ''),
        eb('r.faktorPendorong', '!=', ''),
        eb('r.faktorPenghambat', '!=', ''),
        eb('r.tindakLanjut', '!=', ''),
      ]),
    )
    .select(['s.kode', 'p.tahun', 'r.bulan'])
    .orderBy('s.kode')
    .orderBy('r.bulan', 'desc')
    .execute();
  const foto = await dasar.innerJoin('dokumentasi as d', 'd.subKegiatanId', 's.id').select('s.kode').executeTakeFirst();
  return { realisasi, foto };
}

export async function hapusRenja(db: Db, tingkat: Tingkat, id: number): Promise<void> {
  const { realisasi, foto } = await laporanDiBawah(db, tingkat, id);
  const label = LABEL_TINGKAT[tingkat].toLowerCase();
  if (realisasi.length > 0) {
    const [r] = realisasi;
    const lain = new Set(realisasi.map((x) => x.kode)).size - 1;
    throw new DitolakError(
      `${LABEL_TINGKAT[tingkat]} ini tidak dapat dihapus: sub kegiatan ${r!.kode} sudah memiliki realisasi s.d. ${NAMA_BULAN[r!.bulan - 1]} ${r!.tahun}${lain > 0 ? ` (dan ${formatAngka(lain)} sub kegiatan lain)` : ''}. Bila realisasinya salah input, kosongkan dulu di halaman Realisasi`,
    );
  }
  if (foto) {
    throw new DitolakError(
      `${LABEL_TINGKAT[tingkat]} ini tidak dapat dihapus: sub kegiatan ${foto.kode} sudah memiliki foto dokumentasi. Hapus fotonya dulu bila memang ${label} ini dihapus`,
    );
  }
  await hapus(db, tingkat, id);
}

export async function hapusIndikator(db: Db, id: number): Promise<void> {
  const ind = await db.selectFrom('indikator').select(['id', 'uraian']).where('id', '=', id).executeTakeFirst();
  if (!ind) throw new DitolakError(`Indikator dengan ID ${id} tidak ditemukan`);
  const dipakai = await db
    .selectFrom('nilaiIndikator')
    .select('bulan')
    .where('indikatorId', '=', id)
    .where('realisasi', 'is not', null)
    .orderBy('bulan', 'desc')
    .executeTakeFirst();
  if (dipakai) {
    throw new DitolakError(
      `Indikator "${ind.uraian}" tidak dapat dihapus: sudah ada realisasinya s.d. ${NAMA_BULAN[dipakai.bulan - 1]}. Ubah uraiannya bila hanya salah tulis`,
    );
  }
  await db.deleteFrom('indikator').where('id', '=', id).execute();
}
