// The OPD of Kabupaten Contoh, a fictional regency: realistic names, heads and NIPs for the sample data.
import type { OpdInput } from '../../shared/api/opd';
import type { PenandatanganInput } from '../../shared/api/penandatangan';
import type { Klaster } from '../../shared/opd';

/** [nama, singkatan, klaster, kode unit, nama kepala, nama sekretaris] */
type BarisContoh = [string, string, Klaster, string, string, string];

const OPD: BarisContoh[] = [
  [
    'Dinas Pendidikan dan Kebudayaan',
    'Disdikbud',
    'pembangunan_manusia',
    '1.01.2.22.0.00.01.0000',
    'Drs. La Ode Muhammad Hasan, M.Pd.',
    'Wa Ode Sitti Rahmah, S.Pd., M.Pd.',
  ],
  [
    'Dinas Kesehatan',
    'Dinkes',
    'pembangunan_manusia',
    '1.02.0.00.0.00.01.0000',
    'dr. Andi Sulastri Mappiare, M.Kes.',
    'Hasniah, S.KM., M.Kes.',
  ],
  [
    'Rumah Sakit Umum Daerah Sukamakmur',
    'RSUD',
    'pembangunan_manusia',
    '1.02.0.00.0.00.02.0000',
    'dr. Muhammad Arief Rahman, Sp.PD.',
    'Nurhayati Lamadi, S.Kep., Ns.',
  ],
  [
    'Dinas Sosial',
    'Dinsos',
    'pembangunan_manusia',
    '1.06.0.00.0.00.01.0000',
    'Drs. Yusuf Abdul Gani, M.Si.',
    'Sitti Aminah, S.Sos.',
  ],
  [
    'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
    'DP3A',
    'pembangunan_manusia',
    '2.08.0.00.0.00.01.0000',
    'Hj. Wa Ode Nurlina, S.E., M.M.',
    'Fitriani Laode, S.H.',
  ],
  [
    'Dinas Pengendalian Penduduk dan Keluarga Berencana',
    'DPPKB',
    'pembangunan_manusia',
    '2.14.0.00.0.00.01.0000',
    'Ir. Ahmad Syukur, M.Si.',
    'Rosmini, S.ST.',
  ],
  [
    'Dinas Kependudukan dan Pencatatan Sipil',
    'Disdukcapil',
    'pembangunan_manusia',
    '2.12.0.00.0.00.01.0000',
    'La Ode Abdul Rasyid, S.STP., M.Si.',
    'Muhammad Idris, S.IP.',
  ],
  [
    'Dinas Pemuda dan Olahraga',
    'Dispora',
    'pembangunan_manusia',
    '2.19.0.00.0.00.01.0000',
    'Hamzah Baharuddin, S.Pd., M.M.',
    'La Ode Rusli, S.Pd.',
  ],
  [
    'Dinas Perpustakaan dan Kearsipan',
    'Dispusip',
    'pembangunan_manusia',
    '2.23.2.24.0.00.01.0000',
    'Dra. Sitti Hadijah, M.Si.',
    'Yusran Malik, S.Sos.',
  ],
  [
    'Dinas Pertanian dan Peternakan',
    'Distanak',
    'ekonomi',
    '3.27.0.00.0.00.01.0000',
    'Ir. La Ode Kamaluddin, M.P.',
    'Rahmat Hidayat, S.P., M.Si.',
  ],
  [
    'Dinas Kelautan dan Perikanan',
    'DKP',
    'ekonomi',
    '3.25.0.00.0.00.01.0000',
    'Ir. Abdul Muis Sahari, M.Si.',
    'Nurjannah, S.Pi.',
  ],
  [
    'Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan',
    'Diskoperindag',
    'ekonomi',
    '2.17.3.30.3.31.01.0000',
    'Drs. Haerul Saleh, M.M.',
    'Wa Ode Hasnawati, S.E.',
  ],
  [
    'Dinas Pariwisata',
    'Dispar',
    'ekonomi',
    '3.26.0.00.0.00.01.0000',
    'La Ode Ahmad Zainal, S.Sos., M.Si.',
    'Sitti Marwah, S.Par.',
  ],
  [
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    'DPMPTSP',
    'ekonomi',
    '2.18.0.00.0.00.01.0000',
    'Muhammad Nasrun, S.E., M.Si.',
    'Harlina Ode, S.H.',
  ],
  [
    'Dinas Tenaga Kerja dan Transmigrasi',
    'Disnakertrans',
    'ekonomi',
    '2.07.3.32.0.00.01.0000',
    'Drs. La Ode Jafar, M.Si.',
    'Agus Salim, S.Sos.',
  ],
  [
    'Dinas Ketahanan Pangan',
    'DKP Pangan',
    'ekonomi',
    '2.09.0.00.0.00.01.0000',
    'Ir. Hj. Sitti Nurbaya, M.Si.',
    'Andi Baso Tahir, S.P.',
  ],
  [
    'Dinas Pemberdayaan Masyarakat dan Desa',
    'DPMD',
    'ekonomi',
    '2.13.0.00.0.00.01.0000',
    'Arifin Laompo, S.Sos., M.Si.',
    'Muhammad Yamin, S.IP.',
  ],
  [
    'Dinas Pekerjaan Umum dan Penataan Ruang',
    'DPUPR',
    'infrastruktur',
    '1.03.0.00.0.00.01.0000',
    'Ir. La Ode Syarifuddin, M.T.',
    'Andi Irwan Saputra, S.T., M.T.',
  ],
  [
    'Dinas Perumahan dan Kawasan Permukiman',
    'Disperkim',
    'infrastruktur',
    '1.04.0.00.0.00.01.0000',
    'Budi Santoso, S.T., M.Si.',
    'Wa Ode Irma, S.T.',
  ],
  [
    'Dinas Perhubungan',
    'Dishub',
    'infrastruktur',
    '2.15.0.00.0.00.01.0000',
    'La Ode Hamid, S.Sos., M.M.',
    'Ismail Dahlan, S.E.',
  ],
  [
    'Dinas Lingkungan Hidup',
    'DLH',
    'infrastruktur',
    '2.11.0.00.0.00.01.0000',
    'Ir. Ruslan Tamrin, M.Si.',
    'Sitti Rugaya, S.Hut.',
  ],
  [
    'Dinas Komunikasi dan Informatika',
    'Diskominfo',
    'infrastruktur',
    '2.16.2.20.2.21.01.0000',
    'Ahmad Fauzan, S.Kom., M.T.',
    'La Ode Arman, S.Kom.',
  ],
  [
    'Satuan Polisi Pamong Praja dan Pemadam Kebakaran',
    'Satpol PP-Damkar',
    'infrastruktur',
    '1.05.0.00.0.00.01.0000',
    'La Ode Saharuddin, S.Sos.',
    'Hasan Basri, S.H.',
  ],
  [
    'Badan Penanggulangan Bencana Daerah',
    'BPBD',
    'infrastruktur',
    '1.05.0.00.0.00.02.0000',
    'Drs. Muhammad Rais, M.Si.',
    'Zainal Abidin, S.T.',
  ],
  ['Sekretariat Daerah', 'Setda', 'pemerintahan', '4.01.0.00.0.00.01.0000', 'Drs. H. Muhammad Yusuf Tamrin, M.Si.', ''],
  [
    'Sekretariat DPRD',
    'Setwan',
    'pemerintahan',
    '4.02.0.00.0.00.01.0000',
    'La Ode Mustari, S.H., M.H.',
    'Wa Ode Fatmawati, S.E.',
  ],
  [
    'Inspektorat Daerah',
    'Inspektorat',
    'pemerintahan',
    '6.01.0.00.0.00.01.0000',
    'Drs. Abdul Rahim Nur, M.Si., Ak.',
    'Sitti Zubaedah, S.E., M.Ak.',
  ],
  [
    'Badan Perencanaan Pembangunan Daerah',
    'Bappeda',
    'pemerintahan',
    '5.01.0.00.0.00.01.0000',
    'Ir. La Ode Muhammad Syukri, M.T.',
    'Hj. Nurhaedah, S.E., M.Si.',
  ],
  [
    'Badan Pengelolaan Keuangan dan Aset Daerah',
    'BPKAD',
    'pemerintahan',
    '5.02.0.00.0.00.01.0000',
    'Hasbullah Idrus, S.E., M.Si.',
    'Asriani, S.E., Ak.',
  ],
  [
    'Badan Pendapatan Daerah',
    'Bapenda',
    'pemerintahan',
    '5.02.0.00.0.00.02.0000',
    'Muhammad Ilyas, S.E., M.M.',
    'La Ode Safaruddin, S.E.',
  ],
  [
    'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    'BKPSDM',
    'pemerintahan',
    '5.03.5.04.0.00.01.0000',
    'Dra. Wa Ode Rosmawati, M.Si.',
    'Ahmad Rifai, S.Sos.',
  ],
  [
    'Badan Kesatuan Bangsa dan Politik',
    'Kesbangpol',
    'pemerintahan',
    '8.01.0.00.0.00.01.0000',
    'La Ode Harun, S.Sos., M.Si.',
    'Suriyani, S.IP.',
  ],
  [
    'Kecamatan Sukamakmur',
    'Kec. Sukamakmur',
    'pemerintahan',
    '7.01.0.00.0.00.01.0000',
    'La Ode Nuzul, S.STP.',
    'Rasmin, S.Sos.',
  ],
  [
    'Kecamatan Lakudo Raya',
    'Kec. Lakudo Raya',
    'pemerintahan',
    '7.01.0.00.0.00.02.0000',
    'Muhammad Tasrif, S.IP.',
    'Wa Ode Salmia, S.Sos.',
  ],
  [
    'Kecamatan Pantai Indah',
    'Kec. Pantai Indah',
    'pemerintahan',
    '7.01.0.00.0.00.03.0000',
    'Hairil Anwar, S.STP., M.Si.',
    'La Ode Baharuddin, S.E.',
  ],
  [
    'Kecamatan Mawasangka Jaya',
    'Kec. Mawasangka Jaya',
    'pemerintahan',
    '7.01.0.00.0.00.04.0000',
    'Sahrun Laode, S.Sos.',
    'Nirwana, S.AP.',
  ],
];

/** The title of the head of an OPD, as written on an invitation's address line. */
export function jabatanKepala(nama: string): string {
  if (nama === 'Sekretariat Daerah') return 'Sekretaris Daerah';
  if (nama === 'Sekretariat DPRD') return 'Sekretaris DPRD';
  if (nama === 'Inspektorat Daerah') return 'Inspektur Daerah';
  if (nama.startsWith('Rumah Sakit')) return `Direktur ${nama}`;
  if (nama.startsWith('Kecamatan ')) return `Camat ${nama.slice('Kecamatan '.length)}`;
  return `Kepala ${nama}`;
}

/** A plausible NIP: birth 1966-1985, CPNS at 25-28, sex from the name's honorific, serial from the index. */
export function nipContoh(indeks: number, perempuan: boolean): string {
  const tahunLahir = 1966 + ((indeks * 7) % 20);
  const bulanLahir = 1 + ((indeks * 5) % 12);
  const hariLahir = 1 + ((indeks * 11) % 28);
  const tahunCpns = tahunLahir + 25 + (indeks % 4);
  const bulanCpns = 1 + ((indeks * 3) % 12);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return (
    `${tahunLahir}${pad(bulanLahir, 2)}${pad(hariLahir, 2)}` +
    `${tahunCpns}${pad(bulanCpns, 2)}${perempuan ? 2 : 1}${pad(1 + (indeks % 9), 3)}`
  );
}

const PEREMPUAN =
  /^(Wa Ode|Sitti|Hj\.|Dra\.|Nur|Hasniah|Fitriani|Rosmini|Harlina|Asriani|Suriyani|Nirwana|dr\. Andi Sulastri)/;

/** Report contacts (the planning and finance staff who fill in the Formulir); every fifth OPD has none yet. */
const KONTAK = [
  'Rahmat Hidayat, S.E.',
  'Nurul Fadilah, S.AP.',
  'La Ode Arman, S.Kom.',
  'Sitti Marwah, A.Md.',
  'Andi Syahrir, S.E.',
  'Wa Ode Fitriani, S.Sos.',
  'Muhammad Ikbal, S.T.',
];

function kontakContoh(i: number): { kontakNama: string; kontakTelepon: string } {
  if (i % 5 === 4) return { kontakNama: '', kontakTelepon: '' };
  return { kontakNama: KONTAK[i % KONTAK.length]!, kontakTelepon: `+6281200001${String(i).padStart(3, '0')}` };
}

export function opdContoh(): Required<Omit<OpdInput, 'id' | 'revisi'>>[] {
  return OPD.map(([nama, singkatan, klaster, kode, kepala, sekretaris], i) => ({
    kode,
    nama,
    singkatan,
    klaster,
    kepalaNama: kepala,
    kepalaJabatan: jabatanKepala(nama),
    kepalaNip: nipContoh(i * 2 + 1, PEREMPUAN.test(kepala)),
    sekretarisNama: sekretaris,
    sekretarisNip: sekretaris === '' ? '' : nipContoh(i * 2 + 2, PEREMPUAN.test(sekretaris)),
    alamat: `Jl. Poros Pemerintahan No. ${i + 1}, Sukamakmur`,
    telepon: `(0403) 21${String(100 + i * 3).padStart(3, '0')}`,
    ...kontakContoh(i),
  }));
}

export function penandatanganContoh(): Required<Omit<PenandatanganInput, 'id' | 'revisi'>>[] {
  return [
    {
      nama: 'Drs. H. Muhammad Yusuf Tamrin, M.Si.',
      jabatan: 'Sekretaris Daerah',
      pangkat: 'Pembina Utama Madya (IV/d)',
      nip: nipContoh(49, false),
      kedudukan: '',
      atasNama: 'Bupati Contoh',
      untukBeliau: '',
    },
    {
      nama: 'Ir. La Ode Budiman, M.Si.',
      jabatan: 'Asisten Perekonomian dan Pembangunan',
      pangkat: 'Pembina Utama Muda (IV/c)',
      nip: nipContoh(80, false),
      kedudukan: '',
      atasNama: 'Bupati Contoh',
      untukBeliau: 'Sekretaris Daerah',
    },
    {
      nama: 'Wa Ode Nurhalisa, S.E., M.Si.',
      jabatan: 'Kepala Bagian Perekonomian dan Sumber Daya Alam',
      pangkat: 'Pembina (IV/a)',
      nip: nipContoh(81, true),
      kedudukan: '',
      atasNama: '',
      untukBeliau: '',
    },
  ];
}
