// Permendagri 90/2019 nomenclature for the sample data: per bidang urusan, one or two technical programs with kegiatan, sub kegiatan and output indicators.
// Names and codes follow Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021 and its later revisions; indicators
// and targets are illustrative values for the fictional Kabupaten Contoh, written in the style of the regulation.

export interface SubContoh {
  kode: string;
  nama: string;
  indikator: string;
  satuan: string;
  target: number;
}
export interface KegiatanContoh {
  kode: string;
  nama: string;
  sub: SubContoh[];
}
export interface ProgramContoh {
  kode: string;
  nama: string;
  indikator: string;
  satuan: string;
  target: number;
  kegiatan: KegiatanContoh[];
}

/** Technical programs per bidang urusan code ('1.02' etc.). */
// prettier-ignore
export const PROGRAM_TEKNIS: Record<string, ProgramContoh[]> = {
  '1.01': [
    { kode: '1.01.02', nama: 'PROGRAM PENGELOLAAN PENDIDIKAN', indikator: 'Persentase Satuan Pendidikan Dasar yang Memenuhi Standar Sarana dan Prasarana', satuan: '%', target: 78,
      kegiatan: [
        { kode: '1.01.02.2.01', nama: 'Pengelolaan Pendidikan Sekolah Dasar', sub: [
          { kode: '1.01.02.2.01.0047', nama: 'Pembangunan Ruang Kelas Baru', indikator: 'Jumlah Ruang Kelas Baru yang Dibangun', satuan: 'Unit', target: 8 },
          { kode: '1.01.02.2.01.0051', nama: 'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah', indikator: 'Jumlah Ruang Kelas yang Direhabilitasi Sedang/Berat', satuan: 'Unit', target: 12 },
          { kode: '1.01.02.2.01.0014', nama: 'Pengadaan Mebel Sekolah', indikator: 'Jumlah Mebel Sekolah yang Tersedia', satuan: 'Paket', target: 10 },
          { kode: '1.01.02.2.01.0029', nama: 'Pengelolaan Dana BOS Sekolah Dasar', indikator: 'Jumlah Satuan Pendidikan Sekolah Dasar yang Mengelola Dana BOS', satuan: 'Unit', target: 142 },
        ] },
        { kode: '1.01.02.2.02', nama: 'Pengelolaan Pendidikan Sekolah Menengah Pertama', sub: [
          { kode: '1.01.02.2.02.0059', nama: 'Pembangunan Ruang Kelas Baru', indikator: 'Jumlah Ruang Kelas Baru yang Dibangun', satuan: 'Unit', target: 4 },
          { kode: '1.01.02.2.02.0042', nama: 'Pengelolaan Dana BOS Sekolah Menengah Pertama', indikator: 'Jumlah Satuan Pendidikan Sekolah Menengah Pertama yang Mengelola Dana BOS', satuan: 'Unit', target: 38 },
          { kode: '1.01.02.2.02.0038', nama: 'Pembinaan Minat, Bakat dan Kreativitas Siswa', indikator: 'Jumlah Peserta Didik yang Mengikuti Pembinaan Minat, Bakat dan Kreativitas', satuan: 'Orang', target: 450 },
        ] },
        { kode: '1.01.02.2.03', nama: 'Pengelolaan Pendidikan Anak Usia Dini (PAUD)', sub: [
          { kode: '1.01.02.2.03.0045', nama: 'Rehabilitasi Sedang/Berat Sarana, Prasarana dan Utilitas PAUD', indikator: 'Jumlah Sarana, Prasarana dan Utilitas PAUD yang Direhabilitasi Sedang/Berat', satuan: 'Unit', target: 5 },
          { kode: '1.01.02.2.03.0046', nama: 'Pengadaan Alat Praktik dan Peraga Peserta Didik PAUD', indikator: 'Jumlah Alat Praktik dan Peraga Peserta Didik PAUD yang Tersedia', satuan: 'Paket', target: 20 },
          { kode: '1.01.02.2.03.0017', nama: 'Pembinaan Kelembagaan dan Manajemen PAUD', indikator: 'Jumlah Satuan PAUD yang Dibina Kelembagaan dan Manajemennya', satuan: 'Unit', target: 60 },
        ] },
      ] },
    { kode: '1.01.04', nama: 'PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN', indikator: 'Persentase Pendidik yang Memenuhi Kualifikasi S1/D-IV', satuan: '%', target: 94,
      kegiatan: [
        { kode: '1.01.04.2.01', nama: 'Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan', sub: [
          { kode: '1.01.04.2.01.0001', nama: 'Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan', indikator: 'Jumlah Dokumen Hasil Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan', satuan: 'Dokumen', target: 1 },
          { kode: '1.01.04.2.01.0002', nama: 'Penataan Pendistribusian Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan', indikator: 'Jumlah Pendidik dan Tenaga Kependidikan yang Didistribusikan', satuan: 'Orang', target: 85 },
        ] },
      ] },
  ],
  '1.02': [
    { kode: '1.02.02', nama: 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', indikator: 'Persentase Fasilitas Pelayanan Kesehatan yang Terakreditasi', satuan: '%', target: 90,
      kegiatan: [
        { kode: '1.02.02.2.01', nama: 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', sub: [
          { kode: '1.02.02.2.01.0009', nama: 'Rehabilitasi dan Pemeliharaan Puskesmas', indikator: 'Jumlah Puskesmas yang Direhabilitasi dan/atau Dipelihara', satuan: 'Unit', target: 3 },
          { kode: '1.02.02.2.01.0014', nama: 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', indikator: 'Jumlah Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan yang Disediakan', satuan: 'Unit', target: 120 },
          { kode: '1.02.02.2.01.0023', nama: 'Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan', indikator: 'Jumlah Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman yang Disediakan', satuan: 'Paket', target: 4 },
        ] },
        { kode: '1.02.02.2.02', nama: 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota', sub: [
          { kode: '1.02.02.2.02.0001', nama: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', indikator: 'Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', satuan: 'Orang', target: 4850 },
          { kode: '1.02.02.2.02.0004', nama: 'Pengelolaan Pelayanan Kesehatan Balita', indikator: 'Jumlah Balita yang Mendapatkan Pelayanan Kesehatan Sesuai Standar', satuan: 'Orang', target: 18600 },
          { kode: '1.02.02.2.02.0015', nama: 'Pengelolaan Pelayanan Kesehatan Gizi Masyarakat', indikator: 'Jumlah Dokumen Hasil Pengelolaan Pelayanan Kesehatan Gizi Masyarakat', satuan: 'Dokumen', target: 2 },
          { kode: '1.02.02.2.02.0032', nama: 'Operasional Pelayanan Rumah Sakit', indikator: 'Jumlah Dokumen Operasional Pelayanan Rumah Sakit', satuan: 'Dokumen', target: 1 },
        ] },
        { kode: '1.02.02.2.03', nama: 'Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi', sub: [
          { kode: '1.02.02.2.03.0001', nama: 'Pengelolaan Data dan Informasi Kesehatan', indikator: 'Jumlah Dokumen Hasil Pengelolaan Data dan Informasi Kesehatan', satuan: 'Dokumen', target: 1 },
          { kode: '1.02.02.2.03.0002', nama: 'Pengelolaan Sistem Informasi Kesehatan', indikator: 'Jumlah Dokumen Hasil Pengelolaan Sistem Informasi Kesehatan', satuan: 'Dokumen', target: 1 },
        ] },
      ] },
    { kode: '1.02.05', nama: 'PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN', indikator: 'Persentase Rumah Tangga yang Ber-Perilaku Hidup Bersih dan Sehat (PHBS)', satuan: '%', target: 72,
      kegiatan: [
        { kode: '1.02.05.2.02', nama: 'Pelaksanaan Komunikasi Informasi dan Edukasi (KIE) Perilaku Hidup Bersih dan Sehat dalam rangka Promotif Preventif Tingkat Daerah Kabupaten/Kota', sub: [
          { kode: '1.02.05.2.02.0001', nama: 'Penyelenggaraan Promosi Kesehatan dan Gerakan Hidup Bersih dan Sehat', indikator: 'Jumlah Kegiatan Penyelenggaraan Promosi Kesehatan dan Gerakan Hidup Bersih dan Sehat', satuan: 'Kegiatan', target: 12 },
          { kode: '1.02.05.2.02.0002', nama: 'Penumbuhan Kesadaran Keluarga dalam Peningkatan Derajat Kesehatan Keluarga dan Lingkungan dengan Menerapkan Perilaku Hidup Bersih dan Sehat', indikator: 'Jumlah Kegiatan Penumbuhan Kesadaran Keluarga dalam Menerapkan Perilaku Hidup Bersih dan Sehat', satuan: 'Kegiatan', target: 8 },
        ] },
      ] },
  ],
  '1.03': [
    { kode: '1.03.02', nama: 'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)', indikator: 'Persentase Jaringan Irigasi Kewenangan Kabupaten dalam Kondisi Baik', satuan: '%', target: 70,
      kegiatan: [
        { kode: '1.03.02.2.01', nama: 'Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (Satu) Daerah Kabupaten/Kota', sub: [
          { kode: '1.03.02.2.01.0093', nama: 'Normalisasi/Restorasi Sungai', indikator: 'Panjang Sungai yang Dinormalisasi/Direstorasi', satuan: 'Km', target: 3 },
          { kode: '1.03.02.2.01.0109', nama: 'Pembangunan Bangunan Perkuatan Tebing', indikator: 'Jumlah Bangunan Perkuatan Tebing yang Dibangun', satuan: 'Unit', target: 2 },
          { kode: '1.03.02.2.01.0080', nama: 'Operasi dan Pemeliharaan Tanggul dan Tebing Sungai', indikator: 'Panjang Tanggul dan Tebing Sungai yang Dioperasikan dan Dipelihara', satuan: 'Km', target: 5 },
        ] },
        { kode: '1.03.02.2.02', nama: 'Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya di Bawah 1000 Ha dalam 1 (Satu) Daerah Kabupaten/Kota', sub: [
          { kode: '1.03.02.2.02.0014', nama: 'Rehabilitasi Jaringan Irigasi Permukaan', indikator: 'Panjang Jaringan Irigasi Permukaan yang Direhabilitasi', satuan: 'Km', target: 6 },
          { kode: '1.03.02.2.02.0021', nama: 'Operasi dan Pemeliharaan Jaringan Irigasi Permukaan', indikator: 'Panjang Jaringan Irigasi Permukaan yang Dioperasikan dan Dipelihara', satuan: 'Km', target: 24 },
        ] },
      ] },
    { kode: '1.03.10', nama: 'PROGRAM PENYELENGGARAAN JALAN', indikator: 'Persentase Jalan Kabupaten dalam Kondisi Mantap', satuan: '%', target: 68,
      kegiatan: [
        { kode: '1.03.10.2.01', nama: 'Penyelenggaraan Jalan Kabupaten/Kota', sub: [
          { kode: '1.03.10.2.01.0032', nama: 'Pembangunan Jalan', indikator: 'Panjang Jalan yang Dibangun', satuan: 'Km', target: 4 },
          { kode: '1.03.10.2.01.0044', nama: 'Rehabilitasi Jalan', indikator: 'Panjang Jalan yang Direhabilitasi', satuan: 'Km', target: 12 },
          { kode: '1.03.10.2.01.0046', nama: 'Pemeliharaan Rutin Jalan', indikator: 'Panjang Jalan yang Dipelihara Secara Rutin', satuan: 'Km', target: 85 },
          { kode: '1.03.10.2.01.0040', nama: 'Pembangunan Jembatan', indikator: 'Jumlah Jembatan yang Dibangun', satuan: 'Unit', target: 2 },
        ] },
      ] },
  ],
  '1.04': [
    { kode: '1.04.03', nama: 'PROGRAM KAWASAN PERMUKIMAN', indikator: 'Persentase Luasan Kawasan Permukiman Kumuh yang Tertangani', satuan: '%', target: 60,
      kegiatan: [
        { kode: '1.04.03.2.03', nama: 'Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (Sepuluh) Ha', sub: [
          { kode: '1.04.03.2.03.0002', nama: 'Perbaikan Rumah Tidak Layak Huni', indikator: 'Jumlah Rumah Tidak Layak Huni yang Diperbaiki', satuan: 'Unit', target: 150 },
          { kode: '1.04.03.2.03.0004', nama: 'Koordinasi dan Sinkronisasi Pengendalian Penyelenggaraan Pemugaran/Peremajaan Permukiman Kumuh', indikator: 'Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Pengendalian Pemugaran/Peremajaan Permukiman Kumuh', satuan: 'Dokumen', target: 1 },
          { kode: '1.04.03.2.03.0007', nama: 'Pendataan dan Verifikasi Penyelenggaraan Kawasan Permukiman Kumuh', indikator: 'Jumlah Dokumen Hasil Pendataan dan Verifikasi Kawasan Permukiman Kumuh', satuan: 'Dokumen', target: 1 },
        ] },
      ] },
    { kode: '1.04.05', nama: 'PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)', indikator: 'Persentase Perumahan yang Dilengkapi Prasarana, Sarana dan Utilitas Umum', satuan: '%', target: 65,
      kegiatan: [
        { kode: '1.04.05.2.01', nama: 'Urusan Penyelenggaraan PSU Perumahan', sub: [
          { kode: '1.04.05.2.01.0001', nama: 'Perencanaan Penyediaan PSU Perumahan', indikator: 'Jumlah Dokumen Perencanaan Penyediaan PSU Perumahan', satuan: 'Dokumen', target: 1 },
          { kode: '1.04.05.2.01.0007', nama: 'Perbaikan Prasarana, Sarana, dan Utilitas Umum di Perumahan untuk Menunjang Fungsi Hunian', indikator: 'Jumlah Prasarana, Sarana, dan Utilitas Umum di Perumahan yang Diperbaiki', satuan: 'Unit', target: 8 },
          { kode: '1.04.05.2.01.0010', nama: 'Verifikasi dan Penyerahan PSU Perumahan dari Pengembang', indikator: 'Jumlah Dokumen Verifikasi dan Penyerahan PSU Perumahan dari Pengembang', satuan: 'Dokumen', target: 2 },
        ] },
      ] },
  ],
  '1.05': [
    { kode: '1.05.02', nama: 'PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM', indikator: 'Persentase Gangguan Ketenteraman dan Ketertiban Umum yang Tertangani', satuan: '%', target: 95,
      kegiatan: [
        { kode: '1.05.02.2.01', nama: 'Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota', sub: [
          { kode: '1.05.02.2.01.0015', nama: 'Pencegahan Gangguan Ketenteraman dan Ketertiban Umum melalui Deteksi Dini dan Cegah Dini, Pembinaan dan Penyuluhan, Pelaksanaan Patroli, Pengamanan, dan Pengawalan', indikator: 'Jumlah Kegiatan Pencegahan Gangguan Ketenteraman dan Ketertiban Umum', satuan: 'Kegiatan', target: 48 },
          { kode: '1.05.02.2.01.0016', nama: 'Penindakan atas Gangguan Ketenteraman dan Ketertiban Umum berdasarkan Perda dan Perkada melalui Penertiban dan Penanganan Unjuk Rasa dan Kerusuhan Massa', indikator: 'Jumlah Kegiatan Penindakan atas Gangguan Ketenteraman dan Ketertiban Umum', satuan: 'Kegiatan', target: 24 },
          { kode: '1.05.02.2.01.0013', nama: 'Peningkatan Kapasitas SDM Satuan Pelindungan Masyarakat', indikator: 'Jumlah Anggota Satuan Pelindungan Masyarakat yang Ditingkatkan Kapasitasnya', satuan: 'Orang', target: 120 },
        ] },
        { kode: '1.05.02.2.02', nama: 'Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota', sub: [
          { kode: '1.05.02.2.02.0010', nama: 'Sosialisasi Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', indikator: 'Jumlah Kegiatan Sosialisasi Penegakan Peraturan Daerah dan Peraturan Kepala Daerah', satuan: 'Kegiatan', target: 6 },
          { kode: '1.05.02.2.02.0012', nama: 'Pengawasan atas Kepatuhan terhadap Pelaksanaan Peraturan Daerah dan Peraturan Kepala Daerah', indikator: 'Jumlah Laporan Hasil Pengawasan atas Kepatuhan terhadap Peraturan Daerah dan Peraturan Kepala Daerah', satuan: 'Laporan', target: 12 },
        ] },
      ] },
    { kode: '1.05.03', nama: 'PROGRAM PENANGGULANGAN BENCANA', indikator: 'Persentase Desa/Kelurahan Tangguh Bencana', satuan: '%', target: 30,
      kegiatan: [
        { kode: '1.05.03.2.02', nama: 'Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana', sub: [
          { kode: '1.05.03.2.02.0015', nama: 'Penyediaan Peralatan Perlindungan dan Kesiapsiagaan terhadap Bencana Kabupaten/Kota', indikator: 'Jumlah Paket Peralatan Perlindungan dan Kesiapsiagaan terhadap Bencana yang Disediakan', satuan: 'Paket', target: 2 },
          { kode: '1.05.03.2.02.0018', nama: 'Gladi Kesiapsiagaan terhadap Bencana Kabupaten/Kota', indikator: 'Jumlah Kegiatan Gladi Kesiapsiagaan terhadap Bencana', satuan: 'Kegiatan', target: 2 },
          { kode: '1.05.03.2.02.0021', nama: 'Pengembangan Kapasitas Tim Reaksi Cepat (TRC) Bencana Kabupaten/Kota', indikator: 'Jumlah Personel Tim Reaksi Cepat yang Dikembangkan Kapasitasnya', satuan: 'Orang', target: 30 },
          { kode: '1.05.03.2.02.0028', nama: 'Pelatihan Pencegahan dan Mitigasi Bencana Kabupaten/Kota', indikator: 'Jumlah Orang yang Mengikuti Pelatihan Pencegahan dan Mitigasi Bencana', satuan: 'Orang', target: 100 },
        ] },
      ] },
  ],
  '1.06': [
    { kode: '1.06.04', nama: 'PROGRAM REHABILITASI SOSIAL', indikator: 'Persentase PMKS yang Memperoleh Layanan Rehabilitasi Sosial', satuan: '%', target: 80,
      kegiatan: [
        { kode: '1.06.04.2.01', nama: 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial', sub: [
          { kode: '1.06.04.2.01.0001', nama: 'Penyediaan Permakanan', indikator: 'Jumlah Orang yang Mendapatkan Permakanan', satuan: 'Orang', target: 150 },
          { kode: '1.06.04.2.01.0003', nama: 'Penyediaan Alat Bantu', indikator: 'Jumlah Alat Bantu yang Disediakan', satuan: 'Unit', target: 60 },
          { kode: '1.06.04.2.01.0005', nama: 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial', indikator: 'Jumlah Orang yang Mendapatkan Bimbingan Fisik, Mental, Spiritual, dan Sosial', satuan: 'Orang', target: 120 },
        ] },
      ] },
    { kode: '1.06.05', nama: 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', indikator: 'Persentase Data Fakir Miskin yang Termutakhirkan', satuan: '%', target: 90,
      kegiatan: [
        { kode: '1.06.05.2.02', nama: 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', sub: [
          { kode: '1.06.05.2.02.0001', nama: 'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota', indikator: 'Jumlah Dokumen Hasil Pendataan Fakir Miskin', satuan: 'Dokumen', target: 2 },
          { kode: '1.06.05.2.02.0002', nama: 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', indikator: 'Jumlah Dokumen Hasil Pengelolaan Data Fakir Miskin', satuan: 'Dokumen', target: 4 },
          { kode: '1.06.05.2.02.0003', nama: 'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga', indikator: 'Jumlah Keluarga Miskin yang Difasilitasi Bantuan Sosial', satuan: 'KK', target: 500 },
        ] },
      ] },
  ],
  '2.07': [
    { kode: '2.07.03', nama: 'PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA', indikator: 'Persentase Lulusan Pelatihan Kerja yang Tersertifikasi Kompetensi', satuan: '%', target: 60,
      kegiatan: [
        { kode: '2.07.03.2.01', nama: 'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi', sub: [
          { kode: '2.07.03.2.01.0001', nama: 'Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi', indikator: 'Jumlah Pencari Kerja yang Mengikuti Pelatihan Berbasis Kompetensi', satuan: 'Orang', target: 160 },
          { kode: '2.07.03.2.01.0002', nama: 'Koordinasi Lintas Lembaga dan Kerja Sama dengan Sektor Swasta untuk Penyediaan Instruktur serta Sarana dan Prasarana Lembaga Pelatihan Kerja', indikator: 'Jumlah Dokumen Hasil Koordinasi dan Kerja Sama Penyediaan Instruktur serta Sarana Pelatihan Kerja', satuan: 'Dokumen', target: 2 },
        ] },
      ] },
    { kode: '2.07.04', nama: 'PROGRAM PENEMPATAN TENAGA KERJA', indikator: 'Persentase Pencari Kerja Terdaftar yang Ditempatkan', satuan: '%', target: 45,
      kegiatan: [
        { kode: '2.07.04.2.01', nama: 'Pelayanan Antarkerja di Daerah Kabupaten/Kota', sub: [
          { kode: '2.07.04.2.01.0002', nama: 'Pelayanan Antar Kerja', indikator: 'Jumlah Pencari Kerja yang Mendapatkan Pelayanan Antar Kerja', satuan: 'Orang', target: 1200 },
          { kode: '2.07.04.2.01.0003', nama: 'Penyuluhan dan Bimbingan Jabatan bagi Pencari Kerja', indikator: 'Jumlah Pencari Kerja yang Mendapatkan Penyuluhan dan Bimbingan Jabatan', satuan: 'Orang', target: 300 },
          { kode: '2.07.04.2.01.0005', nama: 'Perluasan Kesempatan Kerja', indikator: 'Jumlah Orang yang Mendapatkan Perluasan Kesempatan Kerja', satuan: 'Orang', target: 150 },
        ] },
      ] },
  ],
  '2.08': [
    { kode: '2.08.02', nama: 'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN', indikator: 'Persentase Perangkat Daerah yang Melaksanakan Perencanaan dan Penganggaran Responsif Gender', satuan: '%', target: 75,
      kegiatan: [
        { kode: '2.08.02.2.01', nama: 'Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota', sub: [
          { kode: '2.08.02.2.01.0001', nama: 'Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG', indikator: 'Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG', satuan: 'Dokumen', target: 1 },
          { kode: '2.08.02.2.01.0006', nama: 'Advokasi Kebijakan dan Pendampingan Penyelenggaraan PUG Kewenangan Kabupaten/Kota', indikator: 'Jumlah Perangkat Daerah yang Mendapatkan Pendampingan Penyelenggaraan PUG', satuan: 'Unit', target: 20 },
        ] },
      ] },
    { kode: '2.08.03', nama: 'PROGRAM PERLINDUNGAN PEREMPUAN', indikator: 'Persentase Perempuan Korban Kekerasan yang Mendapatkan Layanan Komprehensif', satuan: '%', target: 100,
      kegiatan: [
        { kode: '2.08.03.2.01', nama: 'Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota', sub: [
          { kode: '2.08.03.2.01.0001', nama: 'Koordinasi dan Sinkronisasi Pelaksanaan Kebijakan, Program dan Kegiatan Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota', indikator: 'Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Pencegahan Kekerasan terhadap Perempuan', satuan: 'Dokumen', target: 1 },
          { kode: '2.08.03.2.01.0002', nama: 'Advokasi Kebijakan dan Pendampingan Layanan Perlindungan Perempuan Kewenangan Kabupaten/Kota', indikator: 'Jumlah Kegiatan Advokasi Kebijakan dan Pendampingan Layanan Perlindungan Perempuan', satuan: 'Kegiatan', target: 4 },
        ] },
        { kode: '2.08.03.2.02', nama: 'Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan yang Memerlukan Koordinasi Kewenangan Kabupaten/Kota', sub: [
          { kode: '2.08.03.2.02.0001', nama: 'Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota', indikator: 'Jumlah Perempuan Korban Kekerasan yang Mendapatkan Layanan Pengaduan', satuan: 'Orang', target: 40 },
          { kode: '2.08.03.2.02.0002', nama: 'Koordinasi dan Sinkronisasi Pelaksanaan Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota', indikator: 'Jumlah Dokumen Hasil Koordinasi Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan', satuan: 'Dokumen', target: 1 },
        ] },
      ] },
  ],
  '2.09': [
    { kode: '2.09.03', nama: 'PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT', indikator: 'Persentase Ketersediaan Cadangan Pangan Pemerintah Daerah terhadap Kebutuhan', satuan: '%', target: 100,
      kegiatan: [
        { kode: '2.09.03.2.01', nama: 'Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Kabupaten/Kota dalam rangka Stabilisasi Pasokan dan Harga Pangan', sub: [
          { kode: '2.09.03.2.01.0008', nama: 'Stabilisasi Pasokan dan Harga Pangan Tingkat Produsen dan Konsumen di Kabupaten/Kota', indikator: 'Jumlah Kegiatan Stabilisasi Pasokan dan Harga Pangan', satuan: 'Kegiatan', target: 12 },
          { kode: '2.09.03.2.01.0013', nama: 'Penyusunan Prognosa Neraca Pangan Wilayah Kabupaten/Kota', indikator: 'Jumlah Dokumen Prognosa Neraca Pangan', satuan: 'Dokumen', target: 1 },
          { kode: '2.09.03.2.01.0015', nama: 'Pemantauan Harga dan Pasokan Pangan', indikator: 'Jumlah Laporan Hasil Pemantauan Harga dan Pasokan Pangan', satuan: 'Laporan', target: 12 },
        ] },
        { kode: '2.09.03.2.02', nama: 'Pengelolaan dan Keseimbangan Cadangan Pangan Kabupaten/Kota', sub: [
          { kode: '2.09.03.2.02.0003', nama: 'Pengadaan Cadangan Pangan Pemerintah Kabupaten/Kota', indikator: 'Jumlah Cadangan Pangan Pemerintah Kabupaten yang Diadakan', satuan: 'Ton', target: 25 },
          { kode: '2.09.03.2.02.0006', nama: 'Pengelolaan Cadangan Pangan Pemerintah Kabupaten/Kota', indikator: 'Jumlah Laporan Pengelolaan Cadangan Pangan Pemerintah Kabupaten', satuan: 'Laporan', target: 12 },
        ] },
      ] },
  ],
  '2.11': [
    { kode: '2.11.03', nama: 'PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP', indikator: 'Persentase Titik Pantau Kualitas Air yang Memenuhi Baku Mutu', satuan: '%', target: 75,
      kegiatan: [
        { kode: '2.11.03.2.01', nama: 'Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup', sub: [
          { kode: '2.11.03.2.01.0007', nama: 'Pelaksanaan Pemantauan Kualitas Lingkungan Hidup terhadap Media Tanah, Air, Udara, dan Laut', indikator: 'Jumlah Titik Pemantauan Kualitas Lingkungan Hidup', satuan: 'Titik', target: 24 },
          { kode: '2.11.03.2.01.0011', nama: 'Penyusunan Dokumen Status Lingkungan Hidup Daerah', indikator: 'Jumlah Dokumen Status Lingkungan Hidup Daerah', satuan: 'Dokumen', target: 1 },
        ] },
      ] },
    { kode: '2.11.11', nama: 'PROGRAM PENGELOLAAN PERSAMPAHAN', indikator: 'Persentase Sampah Rumah Tangga yang Tertangani', satuan: '%', target: 72,
      kegiatan: [
        { kode: '2.11.11.2.01', nama: 'Pengelolaan Sampah', sub: [
          { kode: '2.11.11.2.01.0004', nama: 'Peningkatan Peran Serta Masyarakat dalam Pengelolaan Persampahan', indikator: 'Jumlah Kegiatan Peningkatan Peran Serta Masyarakat dalam Pengelolaan Persampahan', satuan: 'Kegiatan', target: 6 },
          { kode: '2.11.11.2.01.0007', nama: 'Penyediaan Sarana dan Prasarana Pengelolaan Persampahan di TPA/TPST/SPA Kabupaten/Kota', indikator: 'Jumlah Sarana dan Prasarana Pengelolaan Persampahan yang Disediakan', satuan: 'Unit', target: 4 },
          { kode: '2.11.11.2.01.0012', nama: 'Penanganan Sampah melalui Pengangkutan', indikator: 'Jumlah Sampah yang Diangkut ke TPA', satuan: 'Ton', target: 18000 },
          { kode: '2.11.11.2.01.0019', nama: 'Pengurangan Sampah melalui Pendauran Ulang Sampah', indikator: 'Jumlah Sampah yang Didaur Ulang', satuan: 'Ton', target: 900 },
        ] },
      ] },
  ],
  '2.12': [
    { kode: '2.12.02', nama: 'PROGRAM PENDAFTARAN PENDUDUK', indikator: 'Persentase Penduduk Wajib KTP yang Memiliki KTP-el', satuan: '%', target: 98,
      kegiatan: [
        { kode: '2.12.02.2.01', nama: 'Pelayanan Pendaftaran Penduduk', sub: [
          { kode: '2.12.02.2.01.0001', nama: 'Pendataan Penduduk Non Permanen dan Rentan Administrasi Kependudukan', indikator: 'Jumlah Penduduk Non Permanen dan Rentan Administrasi Kependudukan yang Didata', satuan: 'Orang', target: 500 },
          { kode: '2.12.02.2.01.0002', nama: 'Pencatatan, Penatausahaan dan Penerbitan Dokumen atas Pendaftaran Penduduk', indikator: 'Jumlah Dokumen Pendaftaran Penduduk yang Diterbitkan', satuan: 'Dokumen', target: 42000 },
          { kode: '2.12.02.2.01.0004', nama: 'Peningkatan Pelayanan Pendaftaran Penduduk', indikator: 'Jumlah Kegiatan Pelayanan Pendaftaran Penduduk Jemput Bola', satuan: 'Kegiatan', target: 24 },
        ] },
      ] },
    { kode: '2.12.03', nama: 'PROGRAM PENCATATAN SIPIL', indikator: 'Persentase Anak Usia 0-18 Tahun yang Memiliki Akta Kelahiran', satuan: '%', target: 95,
      kegiatan: [
        { kode: '2.12.03.2.01', nama: 'Pelayanan Pencatatan Sipil', sub: [
          { kode: '2.12.03.2.01.0001', nama: 'Pencatatan, Penatausahaan dan Penerbitan Dokumen atas Pelaporan Peristiwa Penting', indikator: 'Jumlah Dokumen Pencatatan Sipil yang Diterbitkan', satuan: 'Dokumen', target: 9500 },
          { kode: '2.12.03.2.01.0002', nama: 'Peningkatan dalam Pelayanan Pencatatan Sipil', indikator: 'Jumlah Kegiatan Peningkatan Pelayanan Pencatatan Sipil', satuan: 'Kegiatan', target: 12 },
        ] },
      ] },
  ],
  '2.13': [
    { kode: '2.13.04', nama: 'PROGRAM ADMINISTRASI PEMERINTAHAN DESA', indikator: 'Persentase Desa yang Tertib Administrasi Pemerintahan Desa', satuan: '%', target: 85,
      kegiatan: [
        { kode: '2.13.04.2.01', nama: 'Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa', sub: [
          { kode: '2.13.04.2.01.0002', nama: 'Fasilitasi Penyusunan Produk Hukum Desa', indikator: 'Jumlah Desa yang Difasilitasi dalam Penyusunan Produk Hukum Desa', satuan: 'Desa', target: 62 },
          { kode: '2.13.04.2.01.0004', nama: 'Fasilitasi Pengelolaan Keuangan Desa', indikator: 'Jumlah Desa yang Difasilitasi dalam Pengelolaan Keuangan Desa', satuan: 'Desa', target: 62 },
          { kode: '2.13.04.2.01.0005', nama: 'Pembinaan Peningkatan Kapasitas Aparatur Pemerintahan Desa', indikator: 'Jumlah Aparatur Pemerintahan Desa yang Ditingkatkan Kapasitasnya', satuan: 'Orang', target: 186 },
          { kode: '2.13.04.2.01.0011', nama: 'Fasilitasi Penyusunan Profil Desa', indikator: 'Jumlah Desa yang Difasilitasi dalam Penyusunan Profil Desa', satuan: 'Desa', target: 62 },
        ] },
      ] },
    { kode: '2.13.05', nama: 'PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT', indikator: 'Persentase Lembaga Kemasyarakatan Desa yang Aktif', satuan: '%', target: 80,
      kegiatan: [
        { kode: '2.13.05.2.01', nama: 'Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Lembaga Adat Tingkat Daerah Kabupaten/Kota serta Pemberdayaan Masyarakat Hukum Adat yang Masyarakat Pelakunya Hukum Adat yang Sama dalam Daerah Kabupaten/Kota', sub: [
          { kode: '2.13.05.2.01.0003', nama: 'Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan Desa/Kelurahan (RT, RW, PKK, Posyandu, LPM, dan Karang Taruna), Lembaga Adat Desa/Kelurahan dan Masyarakat Hukum Adat', indikator: 'Jumlah Lembaga Kemasyarakatan Desa/Kelurahan yang Ditingkatkan Kapasitasnya', satuan: 'Lembaga', target: 40 },
          { kode: '2.13.05.2.01.0005', nama: 'Fasilitasi Pengembangan Usaha Ekonomi Masyarakat dan Pemerintah Desa dalam Meningkatkan Pendapatan Asli Desa', indikator: 'Jumlah BUM Desa yang Difasilitasi Pengembangan Usahanya', satuan: 'Unit', target: 20 },
          { kode: '2.13.05.2.01.0009', nama: 'Fasilitasi Tim Penggerak PKK dalam Penyelenggaraan Gerakan Pemberdayaan Masyarakat dan Kesejahteraan Keluarga', indikator: 'Jumlah Kegiatan Tim Penggerak PKK yang Difasilitasi', satuan: 'Kegiatan', target: 6 },
        ] },
      ] },
  ],
  '2.14': [
    { kode: '2.14.03', nama: 'PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)', indikator: 'Persentase Peserta KB Aktif terhadap Pasangan Usia Subur', satuan: '%', target: 72,
      kegiatan: [
        { kode: '2.14.03.2.02', nama: 'Pendayagunaan Tenaga Penyuluh KB/Petugas Lapangan KB (PKB/PLKB)', sub: [
          { kode: '2.14.03.2.02.0002', nama: 'Penyediaan Sarana Pendukung Operasional PKB/PLKB', indikator: 'Jumlah Paket Sarana Pendukung Operasional PKB/PLKB yang Disediakan', satuan: 'Paket', target: 1 },
          { kode: '2.14.03.2.02.0005', nama: 'Pembinaan IMP dan Program Bangga Kencana di Lini Lapangan oleh PKB/PLKB', indikator: 'Jumlah Kegiatan Pembinaan IMP dan Program Bangga Kencana di Lini Lapangan', satuan: 'Kegiatan', target: 12 },
        ] },
        { kode: '2.14.03.2.03', nama: 'Pengendalian dan Pendistribusian Kebutuhan Alat dan Obat Kontrasepsi serta Pelaksanaan Pelayanan KB di Daerah Kabupaten/Kota', sub: [
          { kode: '2.14.03.2.03.0001', nama: 'Pengendalian Pendistribusian Alat dan Obat Kontrasepsi dan Sarana Penunjang Pelayanan KB ke Fasilitas Kesehatan Termasuk Jaringan dan Jejaringnya', indikator: 'Jumlah Laporan Pengendalian Pendistribusian Alat dan Obat Kontrasepsi', satuan: 'Laporan', target: 12 },
          { kode: '2.14.03.2.03.0003', nama: 'Peningkatan Kesertaan Penggunaan Metode Kontrasepsi Jangka Panjang (MKJP)', indikator: 'Jumlah Peserta KB Baru Metode Kontrasepsi Jangka Panjang', satuan: 'Orang', target: 1200 },
          { kode: '2.14.03.2.03.0011', nama: 'Dukungan Operasional Pelayanan KB Bergerak', indikator: 'Jumlah Kegiatan Pelayanan KB Bergerak', satuan: 'Kegiatan', target: 8 },
        ] },
      ] },
    { kode: '2.14.04', nama: 'PROGRAM PEMBERDAYAAN DAN PENINGKATAN KELUARGA SEJAHTERA (KS)', indikator: 'Persentase Keluarga Berisiko Stunting yang Mendapatkan Pendampingan', satuan: '%', target: 90,
      kegiatan: [
        { kode: '2.14.04.2.02', nama: 'Pelaksanaan dan Peningkatan Peran Serta Organisasi Kemasyarakatan Tingkat Daerah Kabupaten/Kota dalam Pembangunan Keluarga melalui Pembinaan Ketahanan dan Kesejahteraan Keluarga', sub: [
          { kode: '2.14.04.2.02.0005', nama: 'Pemantauan Data dan Informasi Keluarga Berisiko Stunting (Termasuk Remaja Calon Pengantin/Calon PUS, Ibu Hamil, Pasca Salin/Kelahiran, Baduta/Balita)', indikator: 'Jumlah Laporan Pemantauan Data dan Informasi Keluarga Berisiko Stunting', satuan: 'Laporan', target: 12 },
          { kode: '2.14.04.2.02.0006', nama: 'Pendampingan Keluarga Berisiko Stunting (Termasuk Remaja Calon Pengantin/Calon PUS, Ibu Hamil, Pasca Salin/Kelahiran, Baduta/Balita)', indikator: 'Jumlah Keluarga Berisiko Stunting yang Didampingi', satuan: 'KK', target: 2400 },
        ] },
      ] },
  ],
  '2.15': [
    { kode: '2.15.02', nama: 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', indikator: 'Persentase Ketersediaan Perlengkapan Jalan pada Jalan Kabupaten', satuan: '%', target: 60,
      kegiatan: [
        { kode: '2.15.02.2.02', nama: 'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota', sub: [
          { kode: '2.15.02.2.02.0002', nama: 'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota', indikator: 'Jumlah Perlengkapan Jalan yang Disediakan', satuan: 'Unit', target: 150 },
          { kode: '2.15.02.2.02.0004', nama: 'Rehabilitasi dan Pemeliharaan Perlengkapan Jalan', indikator: 'Jumlah Perlengkapan Jalan yang Direhabilitasi dan Dipelihara', satuan: 'Unit', target: 80 },
        ] },
        { kode: '2.15.02.2.05', nama: 'Pengujian Berkala Kendaraan Bermotor', sub: [
          { kode: '2.15.02.2.05.0001', nama: 'Penyediaan Sarana dan Prasarana Pengujian Berkala Kendaraan Bermotor', indikator: 'Jumlah Sarana dan Prasarana Pengujian Berkala Kendaraan Bermotor yang Disediakan', satuan: 'Unit', target: 2 },
          { kode: '2.15.02.2.05.0004', nama: 'Penyediaan Bukti Lulus Uji Pengujian Berkala Kendaraan Bermotor', indikator: 'Jumlah Kendaraan Bermotor yang Mendapatkan Bukti Lulus Uji Berkala', satuan: 'Unit', target: 3500 },
        ] },
      ] },
  ],
  '2.16': [
    { kode: '2.16.02', nama: 'PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK', indikator: 'Persentase Informasi Publik yang Terdiseminasi kepada Masyarakat', satuan: '%', target: 90,
      kegiatan: [
        { kode: '2.16.02.2.01', nama: 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota', sub: [
          { kode: '2.16.02.2.01.0017', nama: 'Pelayanan Informasi Publik', indikator: 'Jumlah Laporan Pelayanan Informasi Publik', satuan: 'Laporan', target: 12 },
          { kode: '2.16.02.2.01.0020', nama: 'Diseminasi Informasi', indikator: 'Jumlah Kegiatan Diseminasi Informasi', satuan: 'Kegiatan', target: 24 },
          { kode: '2.16.02.2.01.0021', nama: 'Pengelolaan Media Komunikasi Publik', indikator: 'Jumlah Media Komunikasi Publik yang Dikelola', satuan: 'Unit', target: 6 },
        ] },
      ] },
    { kode: '2.16.03', nama: 'PROGRAM APLIKASI INFORMATIKA', indikator: 'Persentase Perangkat Daerah yang Menerapkan Layanan SPBE Terintegrasi', satuan: '%', target: 85,
      kegiatan: [
        { kode: '2.16.03.2.02', nama: 'Pengelolaan E-Government di Lingkup Pemerintah Daerah Kabupaten/Kota', sub: [
          { kode: '2.16.03.2.02.0020', nama: 'Pembangunan dan/atau Pengembangan Aplikasi Khusus yang Sesuai dengan Arsitektur dan Peta Rencana SPBE Pemerintah Daerah', indikator: 'Jumlah Aplikasi Khusus yang Dibangun dan/atau Dikembangkan', satuan: 'Unit', target: 3 },
          { kode: '2.16.03.2.02.0024', nama: 'Penyelenggaraan Jaringan Intra Pemerintah Daerah Kabupaten/Kota', indikator: 'Jumlah Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah Daerah', satuan: 'Unit', target: 35 },
          { kode: '2.16.03.2.02.0030', nama: 'Penyediaan Akses Internet untuk Perangkat Daerah dalam rangka Penyelenggaraan SPBE', indikator: 'Jumlah Perangkat Daerah yang Mendapatkan Akses Internet', satuan: 'Unit', target: 35 },
        ] },
      ] },
  ],
  '2.17': [
    { kode: '2.17.03', nama: 'PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI', indikator: 'Persentase Koperasi Aktif yang Melaksanakan Rapat Anggota Tahunan', satuan: '%', target: 65,
      kegiatan: [
        { kode: '2.17.03.2.01', nama: 'Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota', sub: [
          { kode: '2.17.03.2.01.0003', nama: 'Penguatan Tata Kelola Kelembagaan Koperasi', indikator: 'Jumlah Koperasi yang Diperkuat Tata Kelola Kelembagaannya', satuan: 'Unit', target: 30 },
          { kode: '2.17.03.2.01.0004', nama: 'Pelaksanaan Proses Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya Daerah Kabupaten/Kota', indikator: 'Jumlah Koperasi yang Diperiksa dan Diawasi', satuan: 'Unit', target: 25 },
        ] },
      ] },
    { kode: '2.17.07', nama: 'PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)', indikator: 'Persentase Usaha Mikro yang Memiliki Perizinan Berusaha', satuan: '%', target: 40,
      kegiatan: [
        { kode: '2.17.07.2.01', nama: 'Pemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan', sub: [
          { kode: '2.17.07.2.01.0002', nama: 'Pemberdayaan melalui Kemitraan Usaha Mikro', indikator: 'Jumlah Usaha Mikro yang Bermitra dengan Usaha Lain', satuan: 'Unit', target: 40 },
          { kode: '2.17.07.2.01.0003', nama: 'Fasilitasi Kemudahan Perizinan Usaha Mikro', indikator: 'Jumlah Usaha Mikro yang Telah Mendapatkan Perizinan', satuan: 'Unit', target: 300 },
          { kode: '2.17.07.2.01.0004', nama: 'Pemberdayaan Kelembagaan Potensi dan Pengembangan Usaha Mikro', indikator: 'Jumlah Usaha Mikro yang Menerima Pembinaan dan Pendampingan Kelembagaan', satuan: 'Unit', target: 60 },
        ] },
      ] },
  ],
  '2.18': [
    { kode: '2.18.03', nama: 'PROGRAM PROMOSI PENANAMAN MODAL', indikator: 'Persentase Peningkatan Nilai Realisasi Investasi', satuan: '%', target: 8,
      kegiatan: [
        { kode: '2.18.03.2.01', nama: 'Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', sub: [
          { kode: '2.18.03.2.01.0002', nama: 'Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah Kabupaten/Kota', indikator: 'Jumlah Kegiatan Promosi Penanaman Modal yang Dilaksanakan', satuan: 'Kegiatan', target: 3 },
          { kode: '2.18.03.2.01.0003', nama: 'Penyusunan Strategi Promosi Penanaman Modal Kewenangan Kabupaten/Kota', indikator: 'Jumlah Dokumen Strategi Promosi Penanaman Modal', satuan: 'Dokumen', target: 1 },
        ] },
      ] },
    { kode: '2.18.04', nama: 'PROGRAM PELAYANAN PENANAMAN MODAL', indikator: 'Persentase Perizinan Berusaha yang Diterbitkan Tepat Waktu', satuan: '%', target: 98,
      kegiatan: [
        { kode: '2.18.04.2.01', nama: 'Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota', sub: [
          { kode: '2.18.04.2.01.0006', nama: 'Penyediaan Pelayanan Perizinan Berusaha melalui Sistem Perizinan Berusaha Berbasis Risiko Terintegrasi secara Elektronik', indikator: 'Jumlah Perizinan Berusaha yang Diterbitkan', satuan: 'Dokumen', target: 2400 },
          { kode: '2.18.04.2.01.0007', nama: 'Penyediaan dan Pengelolaan Layanan Konsultasi Perizinan Berusaha Berbasis Risiko', indikator: 'Jumlah Laporan Layanan Konsultasi Perizinan Berusaha', satuan: 'Laporan', target: 12 },
          { kode: '2.18.04.2.01.0008', nama: 'Pemantauan, Analisis, Evaluasi, dan Pelaporan di Bidang Perizinan Berusaha Berbasis Risiko', indikator: 'Jumlah Laporan Pemantauan, Analisis, dan Evaluasi Perizinan Berusaha', satuan: 'Laporan', target: 4 },
        ] },
      ] },
  ],
  '2.19': [
    { kode: '2.19.02', nama: 'PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN', indikator: 'Persentase Organisasi Kepemudaan yang Aktif', satuan: '%', target: 70,
      kegiatan: [
        { kode: '2.19.02.2.01', nama: 'Penyadaran, Pemberdayaan, dan Pengembangan Pemuda dan Kepemudaan Kabupaten/Kota', sub: [
          { kode: '2.19.02.2.01.0011', nama: 'Koordinasi, Sinkronisasi, dan Penyelenggaraan Pengembangan Kewirausahaan Pemuda bagi Wirausaha Pemula Tingkat Kabupaten/Kota', indikator: 'Jumlah Wirausaha Muda Pemula yang Dikembangkan', satuan: 'Orang', target: 50 },
          { kode: '2.19.02.2.01.0013', nama: 'Koordinasi, Sinkronisasi dan Penyelenggaraan Pengembangan Kepemimpinan Pemuda Tingkat Kabupaten/Kota', indikator: 'Jumlah Pemuda yang Mengikuti Pengembangan Kepemimpinan', satuan: 'Orang', target: 60 },
        ] },
      ] },
    { kode: '2.19.03', nama: 'PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEOLAHRAGAAN', indikator: 'Persentase Cabang Olahraga yang Meraih Medali Tingkat Provinsi', satuan: '%', target: 40,
      kegiatan: [
        { kode: '2.19.03.2.02', nama: 'Penyelenggaraan Kejuaraan Olahraga Tingkat Daerah Kabupaten/Kota', sub: [
          { kode: '2.19.03.2.02.0004', nama: 'Penyelenggaraan Kejuaraan Olahraga Multi Event dan Single Event Tingkat Kabupaten/Kota', indikator: 'Jumlah Kejuaraan Olahraga yang Diselenggarakan', satuan: 'Kegiatan', target: 4 },
          { kode: '2.19.03.2.02.0006', nama: 'Keikutsertaan Anggota Kontingen Kabupaten/Kota dalam Penyelenggaraan Pekan dan Kejuaraan Olahraga', indikator: 'Jumlah Anggota Kontingen yang Mengikuti Pekan dan Kejuaraan Olahraga', satuan: 'Orang', target: 120 },
        ] },
        { kode: '2.19.03.2.03', nama: 'Pembinaan dan Pengembangan Olahraga Prestasi Tingkat Daerah Kabupaten/Kota', sub: [
          { kode: '2.19.03.2.03.0006', nama: 'Seleksi Atlet Daerah', indikator: 'Jumlah Atlet Daerah yang Diseleksi', satuan: 'Orang', target: 80 },
          { kode: '2.19.03.2.03.0009', nama: 'Pembinaan dan Pengembangan Olahragawan Berprestasi Kabupaten/Kota', indikator: 'Jumlah Olahragawan Berprestasi yang Dibina', satuan: 'Orang', target: 45 },
        ] },
      ] },
  ],
  '2.23': [
    { kode: '2.23.02', nama: 'PROGRAM PEMBINAAN PERPUSTAKAAN', indikator: 'Persentase Peningkatan Kunjungan ke Perpustakaan Daerah', satuan: '%', target: 10,
      kegiatan: [
        { kode: '2.23.02.2.01', nama: 'Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota', sub: [
          { kode: '2.23.02.2.01.0011', nama: 'Pengembangan Perpustakaan di Tingkat Daerah Kabupaten/Kota', indikator: 'Jumlah Perpustakaan yang Dikembangkan', satuan: 'Unit', target: 5 },
          { kode: '2.23.02.2.01.0018', nama: 'Pengelolaan dan Pengembangan Bahan Perpustakaan', indikator: 'Jumlah Bahan Perpustakaan yang Dikelola dan Dikembangkan', satuan: 'Eksemplar', target: 2500 },
          { kode: '2.23.02.2.01.0020', nama: 'Pengembangan dan Pemeliharaan Layanan Perpustakaan Elektronik', indikator: 'Jumlah Layanan Perpustakaan Elektronik yang Dikembangkan dan Dipelihara', satuan: 'Unit', target: 1 },
        ] },
        { kode: '2.23.02.2.02', nama: 'Pembudayaan Gemar Membaca Tingkat Daerah Kabupaten/Kota', sub: [
          { kode: '2.23.02.2.02.0006', nama: 'Pemilihan Duta Baca/Bunda Baca/Bunda Literasi Tingkat Daerah Kabupaten/Kota', indikator: 'Jumlah Kegiatan Pemilihan Duta Baca/Bunda Literasi', satuan: 'Kegiatan', target: 1 },
          { kode: '2.23.02.2.02.0010', nama: 'Sosialisasi Budaya Baca dan Literasi pada Satuan Pendidikan Dasar dan Masyarakat', indikator: 'Jumlah Kegiatan Sosialisasi Budaya Baca dan Literasi', satuan: 'Kegiatan', target: 8 },
        ] },
      ] },
  ],
  '3.25': [
    { kode: '3.25.03', nama: 'PROGRAM PENGELOLAAN PERIKANAN TANGKAP', indikator: 'Persentase Peningkatan Produksi Perikanan Tangkap', satuan: '%', target: 5,
      kegiatan: [
        { kode: '3.25.03.2.01', nama: 'Pengelolaan Penangkapan Ikan di Wilayah Sungai, Danau, Waduk, Rawa, dan Genangan Air Lainnya yang Dapat Diusahakan dalam 1 (Satu) Daerah Kabupaten/Kota', sub: [
          { kode: '3.25.03.2.01.0001', nama: 'Penyediaan Data dan Informasi Sumber Daya Ikan', indikator: 'Jumlah Dokumen Data dan Informasi Sumber Daya Ikan', satuan: 'Dokumen', target: 1 },
          { kode: '3.25.03.2.01.0004', nama: 'Penyediaan Sarana Usaha Perikanan Tangkap', indikator: 'Jumlah Paket Sarana Usaha Perikanan Tangkap yang Disediakan', satuan: 'Paket', target: 40 },
        ] },
        { kode: '3.25.03.2.02', nama: 'Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota', sub: [
          { kode: '3.25.03.2.02.0001', nama: 'Pengembangan Kapasitas Nelayan Kecil', indikator: 'Jumlah Nelayan Kecil yang Ditingkatkan Kapasitasnya', satuan: 'Orang', target: 150 },
          { kode: '3.25.03.2.02.0002', nama: 'Pelaksanaan Fasilitasi Pembentukan dan Pengembangan Kelembagaan Nelayan Kecil', indikator: 'Jumlah Kelompok Nelayan Kecil yang Difasilitasi', satuan: 'Kelompok', target: 20 },
          { kode: '3.25.03.2.02.0003', nama: 'Pelaksanaan Fasilitasi Bantuan Pendanaan, Bantuan Pembiayaan, Kemitraan Usaha', indikator: 'Jumlah Nelayan Kecil yang Difasilitasi Bantuan Pendanaan, Pembiayaan, dan Kemitraan Usaha', satuan: 'Orang', target: 80 },
        ] },
      ] },
    { kode: '3.25.04', nama: 'PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA', indikator: 'Persentase Peningkatan Produksi Perikanan Budidaya', satuan: '%', target: 6,
      kegiatan: [
        { kode: '3.25.04.2.02', nama: 'Pemberdayaan Pembudi Daya Ikan Kecil', sub: [
          { kode: '3.25.04.2.02.0001', nama: 'Pengembangan Kapasitas Pembudi Daya Ikan Kecil', indikator: 'Jumlah Pembudi Daya Ikan Kecil yang Ditingkatkan Kapasitasnya', satuan: 'Orang', target: 100 },
          { kode: '3.25.04.2.02.0004', nama: 'Pemberian Pendampingan, Kemudahan Akses Ilmu Pengetahuan, Teknologi dan Informasi, serta Penyelenggaraan Pendidikan dan Pelatihan', indikator: 'Jumlah Pembudi Daya Ikan Kecil yang Mendapatkan Pendampingan dan Pelatihan', satuan: 'Orang', target: 60 },
        ] },
      ] },
  ],
  '3.26': [
    { kode: '3.26.02', nama: 'PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA', indikator: 'Persentase Peningkatan Kunjungan Wisatawan', satuan: '%', target: 10,
      kegiatan: [
        { kode: '3.26.02.2.03', nama: 'Pengelolaan Destinasi Pariwisata Kabupaten/Kota', sub: [
          { kode: '3.26.02.2.03.0004', nama: 'Pengadaan/Pemeliharaan/Rehabilitasi Sarana dan Prasarana dalam Pengelolaan Destinasi Pariwisata Kabupaten/Kota', indikator: 'Jumlah Sarana dan Prasarana Destinasi Pariwisata yang Diadakan/Dipelihara/Direhabilitasi', satuan: 'Unit', target: 6 },
          { kode: '3.26.02.2.03.0006', nama: 'Pemberdayaan Masyarakat dalam Pengelolaan Destinasi Pariwisata Kabupaten/Kota', indikator: 'Jumlah Kelompok Sadar Wisata yang Diberdayakan', satuan: 'Kelompok', target: 12 },
        ] },
      ] },
    { kode: '3.26.03', nama: 'PROGRAM PEMASARAN PARIWISATA', indikator: 'Persentase Peningkatan Kunjungan Wisatawan Nusantara', satuan: '%', target: 8,
      kegiatan: [
        { kode: '3.26.03.2.01', nama: 'Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Pariwisata Kabupaten/Kota', sub: [
          { kode: '3.26.03.2.01.0006', nama: 'Fasilitasi Kegiatan Pemasaran Pariwisata Baik Dalam dan Luar Negeri Pariwisata Kabupaten/Kota', indikator: 'Jumlah Kegiatan Pemasaran Pariwisata yang Difasilitasi', satuan: 'Kegiatan', target: 4 },
          { kode: '3.26.03.2.01.0007', nama: 'Penguatan Promosi melalui Media Cetak, Elektronik, dan Media Lainnya Baik Dalam dan Luar Negeri', indikator: 'Jumlah Kegiatan Promosi Pariwisata melalui Media Cetak, Elektronik, dan Media Lainnya', satuan: 'Kegiatan', target: 6 },
        ] },
      ] },
  ],
  '3.27': [
    { kode: '3.27.02', nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN', indikator: 'Persentase Kelompok Tani yang Memanfaatkan Sarana Pertanian Sesuai Standar', satuan: '%', target: 75,
      kegiatan: [
        { kode: '3.27.02.2.01', nama: 'Pengawasan Penggunaan Sarana Pertanian', sub: [
          { kode: '3.27.02.2.01.0001', nama: 'Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi', indikator: 'Jumlah Laporan Hasil Pengawasan Penggunaan Sarana Pendukung Pertanian', satuan: 'Laporan', target: 4 },
          { kode: '3.27.02.2.01.0002', nama: 'Pendampingan Penggunaan Sarana Pendukung Pertanian', indikator: 'Jumlah Kelompok Tani yang Mendapatkan Pendampingan Penggunaan Sarana Pendukung Pertanian', satuan: 'Kelompok', target: 60 },
        ] },
        { kode: '3.27.02.2.06', nama: 'Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak yang Sumbernya dari Daerah Kabupaten/Kota Lain', sub: [
          { kode: '3.27.02.2.06.0002', nama: 'Pengadaan Hijauan Pakan Ternak yang Sumbernya dari Daerah Kabupaten/Kota Lain', indikator: 'Jumlah Hijauan Pakan Ternak yang Diadakan', satuan: 'Ton', target: 40 },
          { kode: '3.27.02.2.06.0004', nama: 'Pengadaan Benih Ternak yang Sumbernya dari Daerah Kabupaten/Kota Lain', indikator: 'Jumlah Benih Ternak yang Diadakan', satuan: 'Ekor', target: 150 },
        ] },
      ] },
    { kode: '3.27.03', nama: 'PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN', indikator: 'Persentase Luas Lahan Pertanian yang Terlayani Prasarana Pertanian', satuan: '%', target: 65,
      kegiatan: [
        { kode: '3.27.03.2.01', nama: 'Pengembangan Prasarana Pertanian', sub: [
          { kode: '3.27.03.2.01.0003', nama: 'Koordinasi dan Sinkronisasi Prasarana Pendukung Pertanian Lainnya', indikator: 'Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Prasarana Pendukung Pertanian', satuan: 'Dokumen', target: 2 },
          { kode: '3.27.03.2.01.0015', nama: 'Pengelolaan Lahan Pertanian Pangan Berkelanjutan/LP2B, Kawasan Pertanian Pangan Berkelanjutan/KP2B dan Lahan Cadangan Pertanian Pangan Berkelanjutan/LCP2B di Kabupaten/Kota', indikator: 'Jumlah Dokumen Pengelolaan Lahan Pertanian Pangan Berkelanjutan', satuan: 'Dokumen', target: 1 },
        ] },
        { kode: '3.27.03.2.02', nama: 'Pembangunan Prasarana Pertanian', sub: [
          { kode: '3.27.03.2.02.0002', nama: 'Pembangunan, Rehabilitasi dan Pemeliharaan Embung Pertanian', indikator: 'Jumlah Embung Pertanian yang Dibangun, Direhabilitasi dan Dipelihara', satuan: 'Unit', target: 4 },
          { kode: '3.27.03.2.02.0003', nama: 'Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani', indikator: 'Panjang Jalan Usaha Tani yang Dibangun, Direhabilitasi dan Dipelihara', satuan: 'Km', target: 8 },
          { kode: '3.27.03.2.02.0010', nama: 'Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani', indikator: 'Jumlah Jaringan Irigasi Usaha Tani yang Direhabilitasi dan Dipelihara', satuan: 'Unit', target: 10 },
        ] },
      ] },
  ],
  '3.30': [
    { kode: '3.30.03', nama: 'PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN', indikator: 'Persentase Pasar Rakyat dalam Kondisi Baik', satuan: '%', target: 70,
      kegiatan: [
        { kode: '3.30.03.2.01', nama: 'Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan', sub: [
          { kode: '3.30.03.2.01.0001', nama: 'Penyediaan Sarana Distribusi Perdagangan', indikator: 'Jumlah Sarana Distribusi Perdagangan yang Disediakan', satuan: 'Unit', target: 2 },
          { kode: '3.30.03.2.01.0002', nama: 'Fasilitasi Pengelolaan Sarana Distribusi Perdagangan', indikator: 'Jumlah Sarana Distribusi Perdagangan yang Difasilitasi Pengelolaannya', satuan: 'Unit', target: 8 },
        ] },
      ] },
    { kode: '3.30.04', nama: 'PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING', indikator: 'Persentase Ketersediaan Barang Kebutuhan Pokok dan Barang Penting di Pasar Rakyat', satuan: '%', target: 95,
      kegiatan: [
        { kode: '3.30.04.2.02', nama: 'Pengendalian Harga, Informasi Ketersediaan Stok Barang Kebutuhan Pokok dan Barang Penting di Tingkat Pasar Kabupaten/Kota', sub: [
          { kode: '3.30.04.2.02.0002', nama: 'Pemantauan Harga dan Stok Barang Kebutuhan Pokok dan Barang Penting pada Pasar Rakyat yang Terintegrasi dalam Sistem Informasi Perdagangan', indikator: 'Jumlah Laporan Hasil Pemantauan Harga dan Stok Barang Kebutuhan Pokok dan Barang Penting', satuan: 'Laporan', target: 12 },
          { kode: '3.30.04.2.02.0003', nama: 'Pelaksanaan Operasi Pasar Reguler dan Pasar Khusus yang Berdampak dalam 1 (Satu) Kabupaten/Kota', indikator: 'Jumlah Kegiatan Operasi Pasar Reguler dan Pasar Khusus', satuan: 'Kegiatan', target: 6 },
        ] },
      ] },
  ],
  '4.01': [
    { kode: '4.01.03', nama: 'PROGRAM PEREKONOMIAN DAN PEMBANGUNAN', indikator: 'Persentase Rekomendasi Kebijakan Perekonomian dan Pembangunan yang Ditindaklanjuti', satuan: '%', target: 85,
      kegiatan: [
        { kode: '4.01.03.2.01', nama: 'Pelaksanaan Kebijakan Perekonomian', sub: [
          { kode: '4.01.03.2.01.0001', nama: 'Koordinasi, Sinkronisasi, Monitoring dan Evaluasi Kebijakan Pengelolaan BUMD dan BLUD', indikator: 'Jumlah Laporan Hasil Koordinasi, Sinkronisasi, Monitoring dan Evaluasi Kebijakan Pengelolaan BUMD dan BLUD', satuan: 'Laporan', target: 4 },
          { kode: '4.01.03.2.01.0002', nama: 'Pengendalian dan Distribusi Perekonomian', indikator: 'Jumlah Laporan Hasil Pengendalian dan Distribusi Perekonomian', satuan: 'Laporan', target: 12 },
          { kode: '4.01.03.2.01.0003', nama: 'Perencanaan dan Pengawasan Ekonomi Mikro Kecil', indikator: 'Jumlah Laporan Hasil Perencanaan dan Pengawasan Ekonomi Mikro Kecil', satuan: 'Laporan', target: 4 },
          { kode: '4.01.03.2.01.0005', nama: 'Koordinasi, Sinkronisasi, dan Evaluasi Kebijakan Pendirian BUMD', indikator: 'Jumlah Dokumen Hasil Koordinasi, Sinkronisasi, dan Evaluasi Kebijakan Pendirian BUMD', satuan: 'Dokumen', target: 1 },
        ] },
        { kode: '4.01.03.2.02', nama: 'Pelaksanaan Administrasi Pembangunan', sub: [
          { kode: '4.01.03.2.02.0001', nama: 'Fasilitasi Penyusunan Program Pembangunan', indikator: 'Jumlah Dokumen Hasil Fasilitasi Penyusunan Program Pembangunan', satuan: 'Dokumen', target: 2 },
          { kode: '4.01.03.2.02.0002', nama: 'Pengendalian dan Evaluasi Program Pembangunan', indikator: 'Jumlah Laporan Hasil Pengendalian dan Evaluasi Program Pembangunan', satuan: 'Laporan', target: 12 },
          { kode: '4.01.03.2.02.0003', nama: 'Pengelolaan Evaluasi dan Pelaporan Pelaksanaan Pembangunan', indikator: 'Jumlah Laporan Evaluasi Pelaksanaan Pembangunan', satuan: 'Laporan', target: 4 },
        ] },
        { kode: '4.01.03.2.04', nama: 'Pemantauan Kebijakan Sumber Daya Alam', sub: [
          { kode: '4.01.03.2.04.0001', nama: 'Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Pertanian, Kehutanan, Kelautan, dan Perikanan', indikator: 'Jumlah Laporan Hasil Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Pertanian, Kehutanan, Kelautan, dan Perikanan', satuan: 'Laporan', target: 4 },
          { kode: '4.01.03.2.04.0002', nama: 'Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Pertambangan dan Lingkungan Hidup', indikator: 'Jumlah Laporan Hasil Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Pertambangan dan Lingkungan Hidup', satuan: 'Laporan', target: 4 },
          { kode: '4.01.03.2.04.0003', nama: 'Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Energi dan Air', indikator: 'Jumlah Laporan Hasil Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Energi dan Air', satuan: 'Laporan', target: 2 },
        ] },
      ] },
    { kode: '4.01.02', nama: 'PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT', indikator: 'Persentase Produk Hukum Daerah yang Ditetapkan Tepat Waktu', satuan: '%', target: 90,
      kegiatan: [
        { kode: '4.01.02.2.01', nama: 'Administrasi Tata Pemerintahan', sub: [
          { kode: '4.01.02.2.01.0001', nama: 'Penataan Administrasi Pemerintahan', indikator: 'Jumlah Dokumen Hasil Penataan Administrasi Pemerintahan', satuan: 'Dokumen', target: 4 },
          { kode: '4.01.02.2.01.0002', nama: 'Pengelolaan Administrasi Kewilayahan', indikator: 'Jumlah Dokumen Hasil Pengelolaan Administrasi Kewilayahan', satuan: 'Dokumen', target: 2 },
          { kode: '4.01.02.2.01.0003', nama: 'Fasilitasi Pelaksanaan Otonomi Daerah', indikator: 'Jumlah Laporan Penyelenggaraan Pemerintahan Daerah yang Difasilitasi', satuan: 'Laporan', target: 3 },
        ] },
        { kode: '4.01.02.2.03', nama: 'Fasilitasi dan Koordinasi Hukum', sub: [
          { kode: '4.01.02.2.03.0001', nama: 'Fasilitasi Penyusunan Produk Hukum Daerah', indikator: 'Jumlah Produk Hukum Daerah yang Difasilitasi Penyusunannya', satuan: 'Dokumen', target: 60 },
          { kode: '4.01.02.2.03.0003', nama: 'Pendokumentasian Produk Hukum dan Pengelolaan Informasi Hukum', indikator: 'Jumlah Dokumen Hasil Pendokumentasian Produk Hukum dan Pengelolaan Informasi Hukum', satuan: 'Dokumen', target: 1 },
        ] },
      ] },
  ],
  '4.02': [
    { kode: '4.02.02', nama: 'PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD', indikator: 'Persentase Rancangan Peraturan Daerah yang Diselesaikan Pembahasannya', satuan: '%', target: 90,
      kegiatan: [
        { kode: '4.02.02.2.01', nama: 'Pembentukan Peraturan Daerah dan Peraturan DPRD', sub: [
          { kode: '4.02.02.2.01.0001', nama: 'Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah', indikator: 'Jumlah Dokumen Program Pembentukan Peraturan Daerah', satuan: 'Dokumen', target: 1 },
          { kode: '4.02.02.2.01.0002', nama: 'Pembahasan Rancangan Peraturan Daerah', indikator: 'Jumlah Rancangan Peraturan Daerah yang Dibahas', satuan: 'Dokumen', target: 12 },
        ] },
        { kode: '4.02.02.2.02', nama: 'Pembahasan Kebijakan Anggaran', sub: [
          { kode: '4.02.02.2.02.0001', nama: 'Pembahasan KUA dan PPAS', indikator: 'Jumlah Dokumen Hasil Pembahasan KUA dan PPAS', satuan: 'Dokumen', target: 1 },
          { kode: '4.02.02.2.02.0003', nama: 'Pembahasan APBD', indikator: 'Jumlah Dokumen Hasil Pembahasan APBD', satuan: 'Dokumen', target: 1 },
          { kode: '4.02.02.2.02.0006', nama: 'Pembahasan Pertanggungjawaban APBD', indikator: 'Jumlah Dokumen Hasil Pembahasan Pertanggungjawaban APBD', satuan: 'Dokumen', target: 1 },
        ] },
        { kode: '4.02.02.2.05', nama: 'Penyerapan dan Penghimpunan Aspirasi Masyarakat', sub: [
          { kode: '4.02.02.2.05.0002', nama: 'Penyusunan Pokok-Pokok Pikiran DPRD', indikator: 'Jumlah Dokumen Pokok-Pokok Pikiran DPRD', satuan: 'Dokumen', target: 1 },
          { kode: '4.02.02.2.05.0003', nama: 'Pelaksanaan Reses', indikator: 'Jumlah Laporan Hasil Pelaksanaan Reses', satuan: 'Laporan', target: 3 },
        ] },
      ] },
  ],
  '5.01': [
    { kode: '5.01.02', nama: 'PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', indikator: 'Persentase Konsistensi Program antara RPJMD dan RKPD', satuan: '%', target: 95,
      kegiatan: [
        { kode: '5.01.02.2.01', nama: 'Penyusunan Perencanaan dan Pendanaan', sub: [
          { kode: '5.01.02.2.01.0005', nama: 'Pelaksanaan Musrenbang Kabupaten/Kota', indikator: 'Jumlah Kegiatan Musrenbang Kabupaten yang Dilaksanakan', satuan: 'Kegiatan', target: 1 },
          { kode: '5.01.02.2.01.0007', nama: 'Koordinasi Penyusunan dan Penetapan Dokumen Perencanaan Pembangunan Daerah Kabupaten/Kota', indikator: 'Jumlah Dokumen Perencanaan Pembangunan Daerah yang Ditetapkan', satuan: 'Dokumen', target: 2 },
        ] },
        { kode: '5.01.02.2.03', nama: 'Pengendalian, Evaluasi dan Pelaporan Bidang Perencanaan Pembangunan Daerah', sub: [
          { kode: '5.01.02.2.03.0001', nama: 'Koordinasi Pengendalian Perencanaan dan Pelaksanaan Pembangunan Daerah di Kabupaten/Kota', indikator: 'Jumlah Laporan Hasil Koordinasi Pengendalian Perencanaan dan Pelaksanaan Pembangunan Daerah', satuan: 'Laporan', target: 4 },
          { kode: '5.01.02.2.03.0003', nama: 'Monitoring, Evaluasi dan Penyusunan Laporan Berkala Pelaksanaan Pembangunan Daerah', indikator: 'Jumlah Laporan Berkala Pelaksanaan Pembangunan Daerah', satuan: 'Laporan', target: 4 },
        ] },
      ] },
    { kode: '5.01.03', nama: 'PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH', indikator: 'Persentase Program Perangkat Daerah yang Selaras dengan RPJMD', satuan: '%', target: 95,
      kegiatan: [
        { kode: '5.01.03.2.02', nama: 'Koordinasi Perencanaan Bidang Perekonomian dan SDA', sub: [
          { kode: '5.01.03.2.02.0001', nama: 'Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang Perekonomian (RPJPD, RPJMD dan RKPD)', indikator: 'Jumlah Dokumen Perencanaan Pembangunan Daerah Bidang Perekonomian', satuan: 'Dokumen', target: 1 },
          { kode: '5.01.03.2.02.0004', nama: 'Koordinasi Pelaksanaan Sinergitas dan Harmonisasi Perencanaan Pembangunan Daerah Bidang Perekonomian', indikator: 'Jumlah Dokumen Hasil Sinergitas dan Harmonisasi Perencanaan Pembangunan Bidang Perekonomian', satuan: 'Dokumen', target: 2 },
          { kode: '5.01.03.2.02.0005', nama: 'Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang SDA (RPJPD, RPJMD dan RKPD)', indikator: 'Jumlah Dokumen Perencanaan Pembangunan Daerah Bidang SDA', satuan: 'Dokumen', target: 1 },
        ] },
      ] },
  ],
  '5.02': [
    { kode: '5.02.02', nama: 'PROGRAM PENGELOLAAN KEUANGAN DAERAH', indikator: 'Persentase Dokumen Pengelolaan Keuangan Daerah yang Ditetapkan Tepat Waktu', satuan: '%', target: 100,
      kegiatan: [
        { kode: '5.02.02.2.01', nama: 'Koordinasi dan Penyusunan Rencana Anggaran Daerah', sub: [
          { kode: '5.02.02.2.01.0001', nama: 'Koordinasi dan Penyusunan KUA dan PPAS', indikator: 'Jumlah Dokumen KUA dan PPAS', satuan: 'Dokumen', target: 1 },
          { kode: '5.02.02.2.01.0007', nama: 'Koordinasi dan Penyusunan Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang Penjabaran APBD', indikator: 'Jumlah Dokumen Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang Penjabaran APBD', satuan: 'Dokumen', target: 2 },
        ] },
        { kode: '5.02.02.2.03', nama: 'Koordinasi dan Pelaksanaan Akuntansi dan Pelaporan Keuangan Daerah', sub: [
          { kode: '5.02.02.2.03.0004', nama: 'Konsolidasi Laporan Keuangan SKPD, BLUD dan Laporan Keuangan Pemerintah Daerah', indikator: 'Jumlah Laporan Keuangan Pemerintah Daerah yang Dikonsolidasi', satuan: 'Laporan', target: 1 },
          { kode: '5.02.02.2.03.0006', nama: 'Penyusunan Tanggapan/Tindak Lanjut terhadap LHP BPK atas Laporan Pertanggungjawaban Pelaksanaan APBD', indikator: 'Jumlah Dokumen Tanggapan/Tindak Lanjut terhadap LHP BPK', satuan: 'Dokumen', target: 1 },
        ] },
      ] },
    { kode: '5.02.04', nama: 'PROGRAM PENGELOLAAN PENDAPATAN DAERAH', indikator: 'Persentase Peningkatan Pendapatan Asli Daerah', satuan: '%', target: 8,
      kegiatan: [
        { kode: '5.02.04.2.01', nama: 'Pengelolaan Pendapatan Daerah', sub: [
          { kode: '5.02.04.2.01.0005', nama: 'Pendataan dan Pendaftaran Objek Pajak Daerah', indikator: 'Jumlah Objek Pajak Daerah yang Didata dan Didaftarkan', satuan: 'Unit', target: 1500 },
          { kode: '5.02.04.2.01.0011', nama: 'Penagihan Pajak Daerah', indikator: 'Jumlah Laporan Hasil Penagihan Pajak Daerah', satuan: 'Laporan', target: 12 },
          { kode: '5.02.04.2.01.0015', nama: 'Elektronifikasi Transaksi Pemerintah Daerah', indikator: 'Jumlah Laporan Pelaksanaan Elektronifikasi Transaksi Pemerintah Daerah', satuan: 'Laporan', target: 4 },
        ] },
      ] },
  ],
  '5.03': [
    { kode: '5.03.02', nama: 'PROGRAM KEPEGAWAIAN DAERAH', indikator: 'Persentase ASN yang Memenuhi Standar Kompetensi Jabatan', satuan: '%', target: 70,
      kegiatan: [
        { kode: '5.03.02.2.02', nama: 'Mutasi dan Promosi ASN', sub: [
          { kode: '5.03.02.2.02.0001', nama: 'Pengelolaan Mutasi ASN', indikator: 'Jumlah ASN yang Dimutasi', satuan: 'Orang', target: 150 },
          { kode: '5.03.02.2.02.0002', nama: 'Pengelolaan Kenaikan Pangkat ASN', indikator: 'Jumlah ASN yang Mendapatkan Kenaikan Pangkat', satuan: 'Orang', target: 600 },
          { kode: '5.03.02.2.02.0003', nama: 'Pengelolaan Promosi ASN', indikator: 'Jumlah ASN yang Dipromosikan', satuan: 'Orang', target: 30 },
        ] },
        { kode: '5.03.02.2.03', nama: 'Pengembangan Kompetensi ASN', sub: [
          { kode: '5.03.02.2.03.0001', nama: 'Peningkatan Kapasitas Kinerja ASN', indikator: 'Jumlah ASN yang Ditingkatkan Kapasitas Kinerjanya', satuan: 'Orang', target: 200 },
          { kode: '5.03.02.2.03.0002', nama: 'Pengelolaan Assessment Center', indikator: 'Jumlah ASN yang Mengikuti Penilaian Kompetensi melalui Assessment Center', satuan: 'Orang', target: 60 },
        ] },
      ] },
  ],
  '6.01': [
    { kode: '6.01.02', nama: 'PROGRAM PENYELENGGARAAN PENGAWASAN', indikator: 'Persentase Rekomendasi Hasil Pengawasan yang Ditindaklanjuti', satuan: '%', target: 85,
      kegiatan: [
        { kode: '6.01.02.2.01', nama: 'Penyelenggaraan Pengawasan Internal', sub: [
          { kode: '6.01.02.2.01.0001', nama: 'Pengawasan Kinerja Pemerintah Daerah', indikator: 'Jumlah Laporan Hasil Pengawasan Kinerja Pemerintah Daerah', satuan: 'Laporan', target: 35 },
          { kode: '6.01.02.2.01.0002', nama: 'Pengawasan Keuangan Pemerintah Daerah', indikator: 'Jumlah Laporan Hasil Pengawasan Keuangan Pemerintah Daerah', satuan: 'Laporan', target: 35 },
          { kode: '6.01.02.2.01.0004', nama: 'Reviu Laporan Keuangan', indikator: 'Jumlah Laporan Hasil Reviu Laporan Keuangan', satuan: 'Laporan', target: 1 },
          { kode: '6.01.02.2.01.0007', nama: 'Monitoring dan Evaluasi Tindak Lanjut Hasil Pemeriksaan BPK RI dan Tindak Lanjut Hasil Pemeriksaan APIP', indikator: 'Jumlah Laporan Monitoring dan Evaluasi Tindak Lanjut Hasil Pemeriksaan', satuan: 'Laporan', target: 2 },
        ] },
      ] },
    { kode: '6.01.03', nama: 'PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI', indikator: 'Persentase Perangkat Daerah yang Mendapatkan Pendampingan Reformasi Birokrasi dan Pencegahan Korupsi', satuan: '%', target: 90,
      kegiatan: [
        { kode: '6.01.03.2.02', nama: 'Pendampingan dan Asistensi', sub: [
          { kode: '6.01.03.2.02.0002', nama: 'Pendampingan, Asistensi, Verifikasi, dan Penilaian Reformasi Birokrasi', indikator: 'Jumlah Laporan Hasil Pendampingan, Asistensi, Verifikasi, dan Penilaian Reformasi Birokrasi', satuan: 'Laporan', target: 2 },
          { kode: '6.01.03.2.02.0003', nama: 'Koordinasi, Monitoring dan Evaluasi serta Verifikasi Pencegahan dan Pemberantasan Korupsi', indikator: 'Jumlah Laporan Hasil Koordinasi, Monitoring dan Evaluasi Pencegahan dan Pemberantasan Korupsi', satuan: 'Laporan', target: 4 },
          { kode: '6.01.03.2.02.0004', nama: 'Pendampingan, Asistensi dan Verifikasi Penegakan Integritas', indikator: 'Jumlah Laporan Hasil Pendampingan, Asistensi dan Verifikasi Penegakan Integritas', satuan: 'Laporan', target: 2 },
        ] },
      ] },
  ],
  '7.01': [
    { kode: '7.01.02', nama: 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', indikator: 'Persentase Layanan Administrasi Terpadu Kecamatan yang Diselesaikan Tepat Waktu', satuan: '%', target: 95,
      kegiatan: [
        { kode: '7.01.02.2.01', nama: 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan', sub: [
          { kode: '7.01.02.2.01.0001', nama: 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait', indikator: 'Jumlah Laporan Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait', satuan: 'Laporan', target: 4 },
          { kode: '7.01.02.2.01.0002', nama: 'Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', indikator: 'Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan', satuan: 'Dokumen', target: 1 },
        ] },
        { kode: '7.01.02.2.02', nama: 'Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan', sub: [
          { kode: '7.01.02.2.02.0001', nama: 'Perencanaan Kegiatan Pelayanan kepada Masyarakat di Kecamatan', indikator: 'Jumlah Dokumen Perencanaan Kegiatan Pelayanan kepada Masyarakat di Kecamatan', satuan: 'Dokumen', target: 1 },
          { kode: '7.01.02.2.02.0002', nama: 'Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal di Wilayah Kecamatan', indikator: 'Jumlah Laporan Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal di Wilayah Kecamatan', satuan: 'Laporan', target: 2 },
          { kode: '7.01.02.2.02.0003', nama: 'Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan', indikator: 'Jumlah Laporan Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan', satuan: 'Laporan', target: 12 },
        ] },
      ] },
    { kode: '7.01.03', nama: 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', indikator: 'Persentase Desa/Kelurahan yang Melaksanakan Musyawarah Perencanaan Pembangunan Tepat Waktu', satuan: '%', target: 100,
      kegiatan: [
        { kode: '7.01.03.2.01', nama: 'Koordinasi Kegiatan Pemberdayaan Desa', sub: [
          { kode: '7.01.03.2.01.0001', nama: 'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa', indikator: 'Jumlah Desa yang Difasilitasi Peningkatan Partisipasi Masyarakat dalam Musrenbang Desa', satuan: 'Desa', target: 15 },
          { kode: '7.01.03.2.01.0003', nama: 'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', indikator: 'Jumlah Laporan Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan', satuan: 'Laporan', target: 4 },
        ] },
        { kode: '7.01.03.2.03', nama: 'Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan', sub: [
          { kode: '7.01.03.2.03.0001', nama: 'Penyelenggaraan Lembaga Kemasyarakatan', indikator: 'Jumlah Lembaga Kemasyarakatan yang Difasilitasi Penyelenggaraannya', satuan: 'Lembaga', target: 20 },
          { kode: '7.01.03.2.03.0002', nama: 'Peningkatan Kapasitas Lembaga Kemasyarakatan', indikator: 'Jumlah Lembaga Kemasyarakatan yang Ditingkatkan Kapasitasnya', satuan: 'Lembaga', target: 20 },
        ] },
      ] },
  ],
  '8.01': [
    { kode: '8.01.06', nama: 'PROGRAM PENINGKATAN KEWASPADAAN NASIONAL DAN PENINGKATAN KUALITAS DAN FASILITASI PENANGANAN KONFLIK SOSIAL', indikator: 'Persentase Potensi Konflik Sosial yang Tertangani', satuan: '%', target: 100,
      kegiatan: [
        { kode: '8.01.06.2.01', nama: 'Perumusan Kebijakan Teknis dan Pelaksanaan Pemantapan Kewaspadaan Nasional dan Penanganan Konflik Sosial', sub: [
          { kode: '8.01.06.2.01.0003', nama: 'Pelaksanaan Kebijakan di Bidang Kewaspadaan Dini, Kerja Sama Intelijen, Pemantauan Orang Asing, Tenaga Kerja Asing dan Lembaga Asing, Kewaspadaan Perbatasan antar Negara, Fasilitasi Kelembagaan Bidang Kewaspadaan, serta Penanganan Konflik di Daerah', indikator: 'Jumlah Laporan Pelaksanaan Kebijakan di Bidang Kewaspadaan Dini dan Penanganan Konflik', satuan: 'Laporan', target: 4 },
          { kode: '8.01.06.2.01.0004', nama: 'Pelaksanaan Koordinasi di Bidang Kewaspadaan Dini, Kerja Sama Intelijen, Pemantauan Orang Asing, Tenaga Kerja Asing dan Lembaga Asing, Kewaspadaan Perbatasan antar Negara, Fasilitasi Kelembagaan Bidang Kewaspadaan, serta Penanganan Konflik di Daerah', indikator: 'Jumlah Laporan Pelaksanaan Koordinasi di Bidang Kewaspadaan Dini dan Penanganan Konflik', satuan: 'Laporan', target: 4 },
          { kode: '8.01.06.2.01.0006', nama: 'Pelaksanaan Forum Koordinasi Pimpinan Daerah Kabupaten/Kota', indikator: 'Jumlah Kegiatan Forum Koordinasi Pimpinan Daerah', satuan: 'Kegiatan', target: 6 },
        ] },
      ] },
    { kode: '8.01.02', nama: 'PROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN', indikator: 'Persentase Peserta Pembinaan Ideologi Pancasila dan Wawasan Kebangsaan yang Meningkat Pemahamannya', satuan: '%', target: 80,
      kegiatan: [
        { kode: '8.01.02.2.01', nama: 'Perumusan Kebijakan Teknis dan Pelaksanaan Pemantapan Pelaksanaan Bidang Ideologi Pancasila dan Karakter Kebangsaan', sub: [
          { kode: '8.01.02.2.01.0003', nama: 'Pelaksanaan Kebijakan di Bidang Ideologi Wawasan Kebangsaan, Bela Negara, Karakter Bangsa, Pembauran Kebangsaan, Bhinneka Tunggal Ika dan Sejarah Kebangsaan', indikator: 'Jumlah Orang yang Mengikuti Pembinaan Ideologi, Wawasan Kebangsaan dan Bela Negara', satuan: 'Orang', target: 250 },
          { kode: '8.01.02.2.01.0004', nama: 'Pelaksanaan Koordinasi di Bidang Ideologi Wawasan Kebangsaan, Bela Negara, Karakter Bangsa, Pembauran Kebangsaan, Bhinneka Tunggal Ika dan Sejarah Kebangsaan', indikator: 'Jumlah Laporan Pelaksanaan Koordinasi di Bidang Ideologi dan Wawasan Kebangsaan', satuan: 'Laporan', target: 4 },
        ] },
      ] },
  ],
};

/** Program 01 (penunjang urusan), shared by every OPD: 'X.XX' stands for the OPD's own bidang code. */
// prettier-ignore
export const PROGRAM_PENUNJANG: ProgramContoh = {
  kode: 'X.XX.01', nama: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
  indikator: 'Persentase Terpenuhinya Layanan Administrasi dan Penunjang Perangkat Daerah', satuan: '%', target: 100,
  kegiatan: [
    { kode: 'X.XX.01.2.01', nama: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', sub: [
      { kode: 'X.XX.01.2.01.0001', nama: 'Penyusunan Dokumen Perencanaan Perangkat Daerah', indikator: 'Jumlah Dokumen Perencanaan Perangkat Daerah', satuan: 'Dokumen', target: 2 },
      { kode: 'X.XX.01.2.01.0002', nama: 'Koordinasi dan Penyusunan Dokumen RKA-SKPD', indikator: 'Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD', satuan: 'Dokumen', target: 1 },
      { kode: 'X.XX.01.2.01.0004', nama: 'Koordinasi dan Penyusunan DPA-SKPD', indikator: 'Jumlah Dokumen DPA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen DPA-SKPD', satuan: 'Dokumen', target: 1 },
      { kode: 'X.XX.01.2.01.0006', nama: 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', indikator: 'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', satuan: 'Laporan', target: 5 },
      { kode: 'X.XX.01.2.01.0007', nama: 'Evaluasi Kinerja Perangkat Daerah', indikator: 'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', satuan: 'Laporan', target: 4 },
    ] },
    { kode: 'X.XX.01.2.02', nama: 'Administrasi Keuangan Perangkat Daerah', sub: [
      { kode: 'X.XX.01.2.02.0001', nama: 'Penyediaan Gaji dan Tunjangan ASN', indikator: 'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', satuan: 'Orang/bulan', target: 45 },
      { kode: 'X.XX.01.2.02.0002', nama: 'Penyediaan Administrasi Pelaksanaan Tugas ASN', indikator: 'Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN', satuan: 'Dokumen', target: 12 },
      { kode: 'X.XX.01.2.02.0005', nama: 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', indikator: 'Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD', satuan: 'Laporan', target: 1 },
      { kode: 'X.XX.01.2.02.0007', nama: 'Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD', indikator: 'Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD', satuan: 'Laporan', target: 12 },
    ] },
    { kode: 'X.XX.01.2.06', nama: 'Administrasi Umum Perangkat Daerah', sub: [
      { kode: 'X.XX.01.2.06.0001', nama: 'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor', indikator: 'Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan', satuan: 'Paket', target: 1 },
      { kode: 'X.XX.01.2.06.0002', nama: 'Penyediaan Peralatan dan Perlengkapan Kantor', indikator: 'Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan', satuan: 'Paket', target: 1 },
      { kode: 'X.XX.01.2.06.0004', nama: 'Penyediaan Bahan Logistik Kantor', indikator: 'Jumlah Paket Bahan Logistik Kantor yang Disediakan', satuan: 'Paket', target: 4 },
      { kode: 'X.XX.01.2.06.0005', nama: 'Penyediaan Barang Cetakan dan Penggandaan', indikator: 'Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan', satuan: 'Paket', target: 2 },
      { kode: 'X.XX.01.2.06.0009', nama: 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', indikator: 'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', satuan: 'Laporan', target: 12 },
    ] },
    { kode: 'X.XX.01.2.08', nama: 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', sub: [
      { kode: 'X.XX.01.2.08.0001', nama: 'Penyediaan Jasa Surat Menyurat', indikator: 'Jumlah Laporan Penyediaan Jasa Surat Menyurat', satuan: 'Laporan', target: 12 },
      { kode: 'X.XX.01.2.08.0002', nama: 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', indikator: 'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan', satuan: 'Laporan', target: 12 },
      { kode: 'X.XX.01.2.08.0004', nama: 'Penyediaan Jasa Pelayanan Umum Kantor', indikator: 'Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan', satuan: 'Laporan', target: 12 },
    ] },
  ],
};
