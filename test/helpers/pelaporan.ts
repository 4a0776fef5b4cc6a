// A small regency for the tracker: OPD each with one program, one kegiatan and two sub kegiatan (A with an output
// indicator), targets at the end of triwulan I, built through the API in a year that lies ahead, so that figures
// saved today always come in before the quarter's deadline.
import type { Backend } from '../../src/main/backend';

/** Next year: a quarter whose deadline has not passed when the tests run, whatever today is. */
export const TAHUN_DEPAN = new Date().getFullYear() + 1;

export interface OpdUji {
  id: number;
  nama: string;
  a: number;
  b: number;
}

const NIP = '197001011995031001';

export async function buatOpdUji(
  b: Backend,
  urut: number,
  nama: string,
  opsi: { tahun: number; denganRenja?: boolean; kontakTelepon?: string; kontakNama?: string },
): Promise<OpdUji> {
  const opd = await b.call('opd.simpan', {
    kode: `3.27.0.00.0.00.${String(10 + urut).padStart(2, '0')}.0000`,
    nama,
    klaster: 'ekonomi',
    kepalaNama: `Kepala ${nama}`,
    kepalaJabatan: `Kepala ${nama}`,
    kepalaNip: NIP,
    kontakNama: opsi.kontakNama ?? '',
    kontakTelepon: opsi.kontakTelepon ?? '',
  });
  if (opsi.denganRenja === false) return { id: opd.id, nama, a: 0, b: 0 };
  const program = await b.call('renja.simpanProgram', {
    opdId: opd.id,
    tahun: opsi.tahun,
    kode: '3.27.02',
    nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
  });
  const kegiatan = await b.call('renja.simpanKegiatan', {
    programId: program.id,
    kode: '3.27.02.2.01',
    nama: 'Pengawasan Penggunaan Sarana Pertanian',
  });
  const sub = (kode: string, subNama: string, pagu: number, tw1: number) =>
    b.call('renja.simpanSubKegiatan', {
      kegiatanId: kegiatan.id,
      kode,
      nama: subNama,
      versi: 'murni',
      pagu,
      target: [
        { bulan: 3, targetFisik: tw1, targetKeuangan: (pagu * tw1) / 100 },
        { bulan: 12, targetFisik: 100, targetKeuangan: pagu },
      ],
    });
  const a = await sub('3.27.02.2.01.0001', 'Pembangunan Gudang Pupuk (A)', 400_000_000, 40);
  const s = await sub('3.27.02.2.01.0002', 'Pengawasan Alat Mesin Pertanian (B)', 100_000_000, 20);
  await b.call('renja.simpanIndikator', {
    tingkat: 'subKegiatan',
    pemilikId: a.id,
    uraian: 'Gudang pupuk yang dibangun',
    satuan: 'Unit',
    target: 1,
  });
  return { id: opd.id, nama, a: a.id, b: s.id };
}

/** Saves triwulan I figures of the given sub kegiatan of one OPD, as the Realisasi grid would. */
export function laporTw1(
  b: Backend,
  opd: OpdUji,
  tahun: number,
  perubahan: {
    subKegiatanId: number;
    realisasiFisik?: number;
    realisasiKeuangan?: number;
    realisasiKinerja?: number;
    permasalahan?: string;
  }[],
) {
  return b.call('realisasi.simpan', { opdId: opd.id, tahun, bulan: 3, perubahan });
}
