// Builds an RPJMD 2025-2029 and a Renstra program on top of domain.md's worked example, through the API.
import ExcelJS from 'exceljs';
import type { Backend } from '../../src/main/backend';
import { buatContohDomain, TAHUN } from './renja';
import { keBase64, lembarBaris, type Isi } from './sipd';

/** The header row of a Renstra import file as an OPD fills the template. */
export const HEADER_RENSTRA = [
  'Kode',
  'Uraian',
  'Indikator',
  'Satuan',
  'Kondisi Awal',
  'Target 2025',
  'Target 2026',
  'Target Akhir',
  'Pagu Indikatif 2026',
];

/** A Renstra import file of these rows, as base64. */
export async function berkasRenstra(rows: Isi[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  lembarBaris(wb, 'Renstra', rows);
  return keBase64(wb);
}

export async function buatContohRenstra(b: Backend) {
  const renja = await buatContohDomain(b);
  await b.call('renja.simpanIndikator', {
    tingkat: 'subKegiatan',
    pemilikId: renja.b.id,
    uraian: 'Jumlah alsintan yang diawasi',
    satuan: 'Unit',
    target: 10,
  });
  const rpjmd = await b.call('rpjmd.simpan', {
    tahunAwal: 2025,
    namaBupati: 'H. Bupati Contoh',
    visi: 'Terwujudnya Kabupaten Contoh yang Maju dan Sejahtera',
  });
  const misi = await b.call('rpjmd.simpanMisi', { rpjmdId: rpjmd.id, nomor: 1, uraian: 'Ekonomi kerakyatan' });
  const misi2 = await b.call('rpjmd.simpanMisi', { rpjmdId: rpjmd.id, nomor: 2, uraian: 'Tata kelola' });
  const tujuan = await b.call('rpjmd.simpanTujuan', { misiId: misi.id, nomor: 1, uraian: 'Meningkatkan ekonomi' });
  const sasaran = await b.call('rpjmd.simpanSasaran', {
    tujuanId: tujuan.id,
    nomor: 1,
    uraian: 'Meningkatnya produktivitas pertanian',
  });
  const indikatorSasaran = await b.call('rpjmd.simpanIndikator', {
    sasaranId: sasaran.id,
    uraian: 'Pertumbuhan Ekonomi',
    satuan: '%',
    baseline: 5,
    nilai: [
      { tahun: 2025, target: 5.2, realisasi: 5.1 },
      { tahun: TAHUN, target: 5.4 },
    ],
  });
  const program = await b.call('renstra.simpanProgram', {
    rpjmdId: rpjmd.id,
    opdId: renja.opd.id,
    kode: '3.27.02',
    nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
    sasaranRpjmdId: sasaran.id,
  });
  const indikatorProgram = await b.call('renstra.simpanIndikator', {
    tingkat: 'program',
    pemilikId: program.id,
    uraian: 'Persentase kelompok tani yang memanfaatkan sarana pertanian',
    satuan: '%',
    baseline: 60,
    targetAkhir: 80,
    nilai: [
      { tahun: 2025, target: 64, realisasi: 63 },
      { tahun: TAHUN, target: 68 },
    ],
  });
  return { ...renja, rpjmd, misi, misi2, tujuan, sasaran, indikatorSasaran, renstraProgram: program, indikatorProgram };
}

/** Realisation s.d. June of the worked example: A 28 of 40 kios (70%), B 12 of 10 unit (120%). */
export async function isiRealisasiContoh(b: Backend, ids: Awaited<ReturnType<typeof buatContohRenstra>>) {
  await b.call('realisasi.simpan', {
    opdId: ids.opd.id,
    tahun: TAHUN,
    bulan: 6,
    perubahan: [
      { subKegiatanId: ids.a.id, realisasiFisik: 35, realisasiKeuangan: 120_000_000, realisasiKinerja: 28 },
      { subKegiatanId: ids.b.id, realisasiFisik: 45, realisasiKeuangan: 50_000_000, realisasiKinerja: 12 },
    ],
  });
}
