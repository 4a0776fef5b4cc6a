// The RPJMD of Kabupaten Contoh as data: visi, misi, tujuan, sasaran with indicators, and the priorities they support.

export type Arah = 'positif' | 'negatif';
/** [uraian, satuan, baseline, target of the last year, arah, realisation of the first year vs its target] */
export type IndikatorContoh = [string, string, number, number, Arah, number];

export interface SasaranContoh {
  kunci: string;
  uraian: string;
  indikator: IndikatorContoh[];
  /** Bidang urusan whose programs serve this sasaran. */
  bidang: string[];
  prioritas: string[];
}

export const VISI =
  'Terwujudnya Kabupaten Contoh yang Maju, Sejahtera dan Berdaya Saing Berlandaskan Nilai Religius dan Kearifan Lokal';

export const MISI: { uraian: string; tujuan: { uraian: string; sasaran: SasaranContoh[] }[] }[] = [
  {
    uraian: 'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berkarakter',
    tujuan: [
      {
        uraian: 'Meningkatkan kualitas pendidikan dan derajat kesehatan masyarakat',
        sasaran: [
          {
            kunci: 'pendidikan',
            uraian: 'Meningkatnya kualitas dan pemerataan layanan pendidikan',
            indikator: [['Rata-rata Lama Sekolah', 'tahun', 8.12, 8.9, 'positif', 1.0]],
            bidang: ['1.01', '2.23', '2.19'],
            prioritas: ['SEMARAK', 'Pembangunan SDM'],
          },
          {
            kunci: 'kesehatan',
            uraian: 'Meningkatnya derajat kesehatan masyarakat',
            indikator: [
              ['Angka Harapan Hidup', 'tahun', 70.1, 71.4, 'positif', 1.0],
              ['Prevalensi Stunting', '%', 24.6, 14, 'negatif', 0.97],
            ],
            bidang: ['1.02', '2.14'],
            prioritas: ['SEMARAK', 'Penurunan stunting', 'Pembangunan SDM'],
          },
        ],
      },
      {
        uraian: 'Meningkatkan kualitas pembangunan manusia dan kesetaraan gender',
        sasaran: [
          {
            kunci: 'ipm',
            uraian: 'Meningkatnya Indeks Pembangunan Manusia',
            indikator: [['Indeks Pembangunan Manusia', 'poin', 69.4, 72.5, 'positif', 1.0]],
            bidang: ['2.08'],
            prioritas: ['Pembangunan SDM'],
          },
        ],
      },
    ],
  },
  {
    uraian: 'Mewujudkan pertumbuhan ekonomi yang inklusif berbasis potensi unggulan daerah',
    tujuan: [
      {
        uraian: 'Meningkatkan pertumbuhan ekonomi daerah',
        sasaran: [
          {
            kunci: 'unggulan',
            uraian: 'Meningkatnya produktivitas sektor unggulan pertanian, perikanan dan pariwisata',
            indikator: [
              ['Pertumbuhan Ekonomi', '%', 5.1, 5.8, 'positif', 0.96],
              ['Kontribusi Sektor Pertanian, Kehutanan dan Perikanan terhadap PDRB', '%', 31.2, 33, 'positif', 0.99],
            ],
            bidang: ['3.25', '3.26', '3.27', '2.09'],
            prioritas: ['SEMARAK', 'Ketahanan pangan', 'Hilirisasi sektor unggulan'],
          },
          {
            kunci: 'investasi',
            uraian: 'Meningkatnya investasi dan daya saing usaha mikro, kecil dan menengah',
            indikator: [['Nilai Realisasi Investasi', 'miliar rupiah', 410, 620, 'positif', 0.92]],
            bidang: ['2.17', '2.18', '3.30'],
            prioritas: ['Hilirisasi sektor unggulan'],
          },
        ],
      },
      {
        uraian: 'Menurunkan kemiskinan dan pengangguran',
        sasaran: [
          {
            kunci: 'kemiskinan',
            uraian: 'Menurunnya angka kemiskinan dan pengangguran',
            indikator: [
              ['Angka Kemiskinan', '%', 13.4, 9.5, 'negatif', 0.98],
              ['Tingkat Pengangguran Terbuka', '%', 3.9, 3.1, 'negatif', 1.02],
            ],
            bidang: ['1.06', '2.07', '2.13'],
            prioritas: ['SEMARAK', 'Pengentasan kemiskinan ekstrem', 'Pembangunan dari desa'],
          },
        ],
      },
    ],
  },
  {
    uraian: 'Mempercepat pembangunan infrastruktur wilayah yang berkualitas dan berwawasan lingkungan',
    tujuan: [
      {
        uraian: 'Meningkatkan kualitas infrastruktur dasar dan konektivitas wilayah',
        sasaran: [
          {
            kunci: 'jalan',
            uraian: 'Meningkatnya kemantapan jalan dan konektivitas antarwilayah',
            indikator: [['Persentase Jalan Kabupaten dalam Kondisi Mantap', '%', 61.5, 75, 'positif', 0.97]],
            bidang: ['1.03', '2.15'],
            prioritas: ['Konektivitas wilayah'],
          },
          {
            kunci: 'permukiman',
            uraian: 'Meningkatnya kualitas permukiman dan lingkungan hidup',
            indikator: [
              ['Persentase Rumah Tangga dengan Akses Sanitasi Layak', '%', 78.3, 90, 'positif', 1.0],
              ['Indeks Kualitas Lingkungan Hidup', 'indeks', 68.2, 71, 'positif', 1.0],
            ],
            bidang: ['1.04', '2.11'],
            prioritas: [],
          },
        ],
      },
    ],
  },
  {
    uraian: 'Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani',
    tujuan: [
      {
        uraian: 'Meningkatkan akuntabilitas kinerja dan kualitas pelayanan publik',
        sasaran: [
          {
            kunci: 'akuntabilitas',
            uraian: 'Meningkatnya akuntabilitas kinerja dan keuangan daerah',
            indikator: [['Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP)', 'nilai', 62.1, 72, 'positif', 1.0]],
            bidang: ['4.01', '4.02', '5.01', '5.02', '5.03', '6.01'],
            prioritas: ['Reformasi birokrasi'],
          },
          {
            kunci: 'pelayanan',
            uraian: 'Meningkatnya kualitas pelayanan publik',
            indikator: [
              ['Indeks Kepuasan Masyarakat', 'indeks', 78.5, 85, 'positif', 1.01],
              ['Indeks SPBE', 'indeks', 2.1, 3.2, 'positif', 0.95],
            ],
            bidang: ['2.12', '2.16', '7.01'],
            prioritas: ['Reformasi birokrasi'],
          },
        ],
      },
    ],
  },
  {
    uraian: 'Menciptakan kehidupan masyarakat yang aman, tertib, rukun dan religius',
    tujuan: [
      {
        uraian: 'Meningkatkan ketenteraman, ketertiban dan ketangguhan masyarakat',
        sasaran: [
          {
            kunci: 'trantib',
            uraian: 'Meningkatnya ketenteraman, ketertiban umum dan kesiapsiagaan terhadap bencana',
            indikator: [['Indeks Risiko Bencana', 'indeks', 142, 120, 'negatif', 1.0]],
            bidang: ['1.05', '8.01'],
            prioritas: ['SEMARAK'],
          },
        ],
      },
    ],
  },
];

export const PRIORITAS: ['daerah' | 'provinsi' | 'nasional', string, string][] = [
  ['daerah', 'SEMARAK', 'Sehat, Maju, Rukun, Agamis dan Sejahtera: program unggulan Bupati'],
  ['provinsi', 'Pengentasan kemiskinan ekstrem', 'Prioritas pembangunan Provinsi'],
  ['provinsi', 'Konektivitas wilayah', 'Prioritas pembangunan Provinsi'],
  ['provinsi', 'Penurunan stunting', 'Prioritas pembangunan Provinsi'],
  ['nasional', 'Pembangunan SDM', 'RPJMN: memperkuat pembangunan sumber daya manusia'],
  ['nasional', 'Ketahanan pangan', 'RPJMN: swasembada pangan'],
  ['nasional', 'Hilirisasi sektor unggulan', 'RPJMN: hilirisasi dan industrialisasi'],
  ['nasional', 'Pembangunan dari desa', 'RPJMN: membangun dari desa untuk pemerataan ekonomi'],
  ['nasional', 'Reformasi birokrasi', 'RPJMN: reformasi politik, hukum dan birokrasi'],
];
