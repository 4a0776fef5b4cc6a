// Loads Kabupaten Contoh into an empty database in one transaction, so a newcomer sees a working app at once.
import { PENGATURAN_BAKU, type Pengaturan } from '../../shared/api/pengaturan';
import type Sqlite from 'better-sqlite3';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import type { LaporKemajuan } from '../kemajuan';
import { simpanNilai } from '../pengaturan/repository';
import { opdContoh, penandatanganContoh } from './opd-contoh';
import { muatRenjaContoh, verifikasiContoh } from './renja-contoh';
import { tanpaRiwayat } from '../riwayat/pemicu';
import { muatRapatContoh } from './rapat-contoh';
import { muatRenstraContoh } from './renstra-contoh';
import { muatPelaporanContoh } from './pelaporan-contoh';

export const PENGATURAN_CONTOH: Pengaturan = {
  ...PENGATURAN_BAKU,
  namaPemda: 'Pemerintah Kabupaten Contoh',
  namaSekretariat: 'Sekretariat Daerah',
  namaBagian: 'Bagian Perekonomian dan Sumber Daya Alam',
  alamat: 'Jl. Poros Pemerintahan No. 1, Sukamakmur',
  telepon: '(0403) 21001',
  email: 'ekbang@contohkab.go.id',
  laman: 'www.contohkab.go.id',
  kodePos: '93771',
  kotaPenerbitan: 'Sukamakmur',
  // The green and gold of the sample lambang (lambang-contoh.ts).
  warnaUtama: '#198246',
  warnaAksen: '#F5C81E',
};

/** The sample is where the history starts, not part of it: nothing of it is recorded in riwayat. */
export async function muatDataContoh(db: Db, sqlite: Sqlite.Database, kemajuan: LaporKemajuan): Promise<void> {
  await tanpaRiwayat(sqlite, ['tambah', 'ubah', 'hapus'], () => muat(db, sqlite, kemajuan));
}

async function muat(db: Db, sqlite: Sqlite.Database, kemajuan: LaporKemajuan): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ada = await trx
      .selectFrom('opd')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (ada.n > 0) {
      throw new DitolakError('Data contoh hanya dapat dimuat ke basis data yang masih kosong');
    }
    const opd = await trx.insertInto('opd').values(opdContoh()).returning(['id', 'kode']).execute();
    // Raw statements on the connection this transaction holds: thousands of rows, all in the same transaction.
    muatRenjaContoh(sqlite, opd, PENGATURAN_CONTOH.tahunAnggaran, kemajuan);
    await trx.insertInto('penandatangan').values(penandatanganContoh()).execute();
    await simpanNilai(trx, 'instansi', PENGATURAN_CONTOH);
    kemajuan({ langkah: 'Memuat rapat contoh', selesai: 0, total: 0, satuan: '' });
    await muatRapatContoh(trx);
    kemajuan({ langkah: 'Memuat RPJMD dan Renstra contoh', selesai: 0, total: 0, satuan: '' });
    await muatRenstraContoh(trx, PENGATURAN_CONTOH.tahunAnggaran);
    verifikasiContoh(sqlite, opd, PENGATURAN_CONTOH.tahunAnggaran);
    muatPelaporanContoh(sqlite, opd, PENGATURAN_CONTOH.tahunAnggaran);
    await simpanNilai(trx, 'awal', 'contoh');
  });
}
