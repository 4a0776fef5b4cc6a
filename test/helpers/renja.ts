// Builds the worked example of domain.md through the API: one OPD, one kegiatan with sub kegiatan A and B.
import type { Backend } from '../../src/main/backend';
import { isiPengaturan } from './backend';

export const TAHUN = 2026;

export const OPD_CONTOH = {
  kode: '3.27.0.00.0.00.01.0000',
  nama: 'Dinas Pertanian',
  klaster: 'ekonomi' as const,
  kepalaNama: 'Ir. Hasanuddin, M.P.',
  kepalaNip: '197001011995031001',
};

export async function buatContohDomain(b: Backend, { tanpaIdentitas = false } = {}) {
  // A regency that prints has its name and town set; a test of the empty start leaves them out.
  if (!tanpaIdentitas) await isiPengaturan(b);
  const opd = await b.call('opd.simpan', OPD_CONTOH);
  const program = await b.call('renja.simpanProgram', {
    opdId: opd.id,
    tahun: TAHUN,
    kode: '3.27.02',
    nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
  });
  const kegiatan = await b.call('renja.simpanKegiatan', {
    programId: program.id,
    kode: '3.27.02.2.01',
    nama: 'Pengawasan Penggunaan Sarana Pertanian',
  });
  const sub = (kode: string, nama: string, pagu: number, targetTw2: number) =>
    b.call('renja.simpanSubKegiatan', {
      kegiatanId: kegiatan.id,
      kode,
      nama,
      versi: 'murni',
      pagu,
      target: [
        { bulan: 3, targetFisik: targetTw2 / 2, targetKeuangan: null },
        { bulan: 6, targetFisik: targetTw2, targetKeuangan: (pagu * targetTw2) / 100 },
        { bulan: 12, targetFisik: 100, targetKeuangan: pagu },
      ],
    });
  const a = await sub('3.27.02.2.01.0001', 'Pengawasan Pupuk Bersubsidi (A)', 400_000_000, 50);
  const bSub = await sub('3.27.02.2.01.0002', 'Pengawasan Alat Mesin Pertanian (B)', 100_000_000, 40);
  await b.call('renja.simpanIndikator', {
    tingkat: 'subKegiatan',
    pemilikId: a.id,
    uraian: 'Jumlah kios pupuk yang diawasi',
    satuan: 'Kios',
    target: 40,
  });
  await b.call('sistem.aturOperator', { nama: 'Penguji' });
  return { opd, program, kegiatan, a, b: bSub };
}
