// Plain data for the DOCX builders, as main assembles it from the database: one realistic meeting of Kabupaten Contoh.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pejabat } from '../../src/main/docx/blok';
import type { DataDaftarHadir } from '../../src/main/docx/daftarHadir';
import { halamanDari } from '../../src/main/docx/halaman';
import { PENGATURAN_BAKU } from '../../src/shared/api/pengaturan';
import type { DataNotulen } from '../../src/main/docx/notulen';
import type { DataUndangan, PenerimaUndangan } from '../../src/main/docx/undangan';
import { lambangContoh } from '../../src/main/sample/lambang-contoh';

export const INSTANSI = {
  namaPemda: 'Pemerintah Kabupaten Contoh',
  namaSekretariat: 'Sekretariat Daerah',
  alamat: 'Jl. Poros Pemerintahan No. 1, Sukamakmur',
  telepon: '(0403) 21001',
  email: 'ekbang@contohkab.go.id',
  laman: 'www.contohkab.go.id',
  kodePos: '93771',
};

export const SEKDA: Pejabat = {
  nama: 'Drs. H. Muhammad Yusuf Tamrin, M.Si.',
  jabatan: 'Sekretaris Daerah',
  pangkat: 'Pembina Utama Madya (IV/d)',
  nip: '197001012000031001',
  kedudukan: '',
  atasNama: 'Bupati Contoh',
  untukBeliau: '',
};

/** The page of the default settings: A4, margins 2/2/2/2.5 cm. */
export const HALAMAN = halamanDari(PENGATURAN_BAKU);

export function penerima(n: number): PenerimaUndangan[] {
  return Array.from({ length: n }, (_, i) => ({
    nama: `La Ode Peserta Ke-${i + 1}, S.E., M.Si.`,
    jabatan: `Kepala Dinas Contoh Nomor ${i + 1}`,
    instansi: `Dinas Contoh Nomor ${i + 1}`,
    sebutan: `Kepala Dinas Contoh Nomor ${i + 1}`,
  }));
}

export function dataUndangan(ubah: Partial<DataUndangan> = {}): DataUndangan {
  return {
    halaman: HALAMAN,
    instansi: INSTANSI,
    logo: { isi: lambangContoh(), mime: 'image/png' },
    kota: 'Sukamakmur',
    zona: 'WITA',
    nomor: '000.1.5/123/Ekbang/2021',
    tanggalSurat: '2021-07-01',
    sifat: 'Penting',
    lampiran: 1,
    hal: 'Undangan Rapat Koordinasi Triwulan II',
    sebutanKolektif: 'Kepala Perangkat Daerah',
    penerima: penerima(8),
    pembuka:
      'Dalam rangka evaluasi pelaksanaan program dan kegiatan perangkat daerah Triwulan II Tahun 2021, dengan ' +
      'hormat kami mengundang Bapak/Ibu untuk menghadiri Rapat Koordinasi Triwulan II yang akan dilaksanakan pada:',
    penutup: 'Mengingat pentingnya acara tersebut, dimohon kehadiran Bapak/Ibu tepat pada waktunya.',
    tanggal: '2021-07-08',
    waktuMulai: '09:00',
    waktuSelesai: 'selesai',
    tempat: 'Ruang Pola Kantor Bupati Contoh',
    acara: ['Paparan realisasi fisik dan keuangan s.d. Triwulan II', 'Pembahasan kendala dan tindak lanjut'],
    narasumber: ['Asisten Perekonomian dan Pembangunan'],
    penandatangan: SEKDA,
    atasNama: null,
    tembusan: ['Bupati Contoh (sebagai laporan)', 'Wakil Bupati Contoh'],
    ...ubah,
  };
}

export function dataDaftarHadir(ubah: Partial<DataDaftarHadir> = {}): DataDaftarHadir {
  return {
    halaman: HALAMAN,
    zona: 'WITA',
    judul: 'Rapat Koordinasi Triwulan II Bidang Ekonomi',
    tanggal: '2021-07-08',
    waktuMulai: '09:00',
    waktuSelesai: '12:00',
    tempat: 'Ruang Pola Kantor Bupati Contoh',
    peserta: penerima(12),
    barisKosong: 5,
    ...ubah,
  };
}

export function dataNotulen(ubah: Partial<DataNotulen> = {}): DataNotulen {
  return {
    halaman: HALAMAN,
    zona: 'WITA',
    kota: 'Sukamakmur',
    judul: 'Rapat Koordinasi Triwulan II Bidang Ekonomi',
    tanggal: '2021-07-08',
    waktuMulai: '09:00',
    waktuSelesai: 'selesai',
    tempat: 'Ruang Pola Kantor Bupati Contoh',
    pimpinan: {
      ...SEKDA,
      nama: 'Ir. La Ode Budiman, M.Si.',
      jabatan: 'Asisten Perekonomian dan Pembangunan',
      untukBeliau: 'Sekretaris Daerah',
    },
    notulis: { nama: 'Rina Marlina, S.E.', nip: '199001012015032001' },
    ringkasanPeserta: 'diundang 8 orang; hadir 7 orang (2 diwakili); tidak hadir 1 orang',
    pembukaan: 'Rapat dibuka oleh Asisten Perekonomian dan Pembangunan pukul 09.15 WITA.',
    pembahasan: [
      {
        acara: 'Paparan realisasi fisik dan keuangan s.d. Triwulan II',
        butir: [
          { pembicara: 'Kabag Perekonomian', uraian: 'Realisasi fisik 35,20% dari target 48,00% (deviasi -12,80).' },
          { pembicara: 'Kepala Distanak', uraian: 'Pengadaan bibit menunggu e-katalog.' },
        ],
      },
    ],
    kesimpulan: '1. OPD dengan deviasi merah menyusun rencana percepatan.\n2. Kendala e-katalog dibawa ke provinsi.',
    tindakLanjut: [
      {
        uraian: 'Menyusun rencana percepatan',
        penanggungJawab: 'Distanak, DKP',
        batasWaktu: '2021-07-31',
        status: 'Belum',
      },
    ],
    tindakLanjutSebelumnya: [
      {
        uraian: 'Melengkapi data realisasi',
        penanggungJawab: 'Dispar',
        batasWaktu: '2021-04-30',
        status: 'Selesai',
        asal: 'Rakor Triwulan I (12 April 2021)',
      },
    ],
    kendala: [
      {
        uraian: 'Produk bibit belum tayang di e-katalog',
        opd: 'Distanak',
        tingkat: 'Pemerintah Provinsi',
        status: 'Dalam penanganan',
        solusi: 'Koordinasi dengan LKPP',
      },
    ],
    ...ubah,
  };
}

/** With SINERGI_DOCX_KELUAR set, the tests also write their documents there, to look at them rendered. */
export function simpanUntukDilihat(nama: string, isi: Uint8Array): void {
  const folder = process.env['SINERGI_DOCX_KELUAR'];
  if (folder) writeFileSync(join(folder, nama), isi);
}
