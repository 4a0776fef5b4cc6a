// Kabupaten Contoh's reporting history and contracts: when each OPD's Formulir went out and came back for triwulan
// I-III (a few late), and contracts on the physical works of the infrastructure, education, health and economy OPD.
import type Sqlite from 'better-sqlite3';
import { akhirTriwulan, tambahHari, tenggatBaku } from '../../shared/pelaporan';
import { acak } from './renja-contoh';

/** Contracted works, by sub kegiatan name: the first of each in the sample Renja gets a contract. */
const PEKERJAAN = [
  'Pembangunan Jalan',
  'Rehabilitasi Jalan',
  'Pembangunan Jembatan',
  'Rehabilitasi Jaringan Irigasi Permukaan',
  'Pembangunan Ruang Kelas Baru',
  'Rehabilitasi dan Pemeliharaan Puskesmas',
  'Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani',
  'Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan',
];

const PENYEDIA = [
  'CV Karya Mandiri Sejahtera',
  'PT Buton Bangun Persada',
  'CV Tiga Putra Konstruksi',
  'PT Sultra Jaya Abadi',
  'CV Cahaya Timur',
  'CV Bumi Lestari',
  'PT Anoa Karya Utama',
  'CV Mitra Wakatobi',
];

/** 09.00 WITA of a day, as the stored instant. */
const pukul9 = (tanggal: string) => `${tanggal}T01:00:00.000Z`;

export function muatPelaporanContoh(sqlite: Sqlite.Database, daftarOpd: { id: number }[], tahun: number): void {
  const r = acak(tahun * 13);
  const formulir = sqlite.prepare(
    'INSERT INTO formulir_opd (opd_id, tahun, bulan, dikirim_pada, kembali_pada) VALUES (?, ?, ?, ?, ?)',
  );
  for (const o of daftarOpd) {
    for (const triwulan of [1, 2, 3]) {
      const akhir = akhirTriwulan(tahun, triwulan);
      // Most come back in the days before the deadline; about one in six a few days after it.
      const geser = r() < 0.17 ? 1 + Math.floor(r() * 6) : -Math.floor(r() * 7);
      formulir.run(
        o.id,
        tahun,
        triwulan * 3,
        pukul9(tambahHari(akhir, -3)),
        pukul9(tambahHari(tenggatBaku(tahun, triwulan), geser)),
      );
    }
  }

  const sub = sqlite.prepare<[number, string], { id: number; pagu: number; singkatan: string }>(
    `SELECT s.id, a.pagu, o.singkatan FROM sub_kegiatan s JOIN kegiatan k ON k.id = s.kegiatan_id
     JOIN program p ON p.id = k.program_id JOIN opd o ON o.id = p.opd_id
     JOIN anggaran a ON a.sub_kegiatan_id = s.id AND a.versi = 'murni'
     WHERE p.tahun = ? AND s.nama = ? ORDER BY o.kode, s.kode LIMIT 1`,
  );
  const kontrak = sqlite.prepare(
    `INSERT INTO kontrak (sub_kegiatan_id, nomor, penyedia, nilai, tanggal_mulai, tanggal_selesai, jadwal)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  PEKERJAAN.forEach((nama, i) => {
    const s = sub.get(tahun, nama);
    if (!s) return;
    const bulanMulai = 4 + (i % 3);
    const bulanSelesai = 10 + (i % 3);
    const pad = (n: number) => String(n).padStart(2, '0');
    // One contract with its own S-curve: slow mobilisation, then the bulk of the work in the dry months.
    const jadwal =
      i === 0
        ? [
            { bulan: `${tahun}-04`, rencanaFisik: 5 },
            { bulan: `${tahun}-06`, rencanaFisik: 25 },
            { bulan: `${tahun}-08`, rencanaFisik: 60 },
            { bulan: `${tahun}-09`, rencanaFisik: 80 },
          ]
        : [];
    kontrak.run(
      s.id,
      `600/${pad(i + 1)}/PPK-${s.singkatan}/${tahun}`,
      PENYEDIA[i % PENYEDIA.length]!,
      Math.round((s.pagu * (0.82 + r() * 0.12)) / 1000) * 1000,
      `${tahun}-${pad(bulanMulai)}-01`,
      `${tahun}-${pad(bulanSelesai)}-30`,
      JSON.stringify(jadwal),
    );
  });
}
