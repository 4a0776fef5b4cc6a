// The Renja, budget revision and three quarters of realisation of Kabupaten Contoh, generated from a fixed seed.
import type Sqlite from 'better-sqlite3';
import { BULAN_TRIWULAN } from '../../shared/renja';
import type { LaporKemajuan } from '../kemajuan';
import { tulisRenjaSync, type BarisRenjaMassal } from '../renja/tulis';
import { PROGRAM_PENUNJANG, PROGRAM_TEKNIS, type ProgramContoh } from './nomenklatur-contoh';

/** mulberry32: the same regency every time, so screenshots, tests and the manual agree. */
export function acak(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOKASI = [
  'Kec. Sukamakmur',
  'Kec. Lakudo Raya',
  'Kec. Pantai Indah',
  'Kec. Mawasangka Jaya',
  'Seluruh kecamatan',
];
const SUMBER_DANA = ['DAU', 'DAK Fisik', 'DAK Non Fisik', 'PAD', 'DBH', 'DAU Earmarked'];
const KENDALA: [string, string][] = [
  [
    'Proses tender ulang karena tidak ada penawaran yang memenuhi syarat',
    'Percepatan tender ulang melalui UKPBJ dan pendampingan pokja',
  ],
  [
    'Keterlambatan pencairan dana transfer (DAK) tahap II',
    'Koordinasi dengan BPKAD dan kementerian teknis untuk percepatan penyaluran',
  ],
  [
    'Cuaca buruk dan gelombang tinggi menghambat mobilisasi material',
    'Penambahan tenaga kerja dan jam kerja saat cuaca membaik',
  ],
  ['Menunggu petunjuk teknis dari kementerian', 'Konsultasi ke kementerian teknis dan penyesuaian jadwal pelaksanaan'],
  ['Pergeseran anggaran pada APBD Perubahan', 'Penyesuaian jadwal pelaksanaan setelah DPA Perubahan ditetapkan'],
];

const PENDORONG = [
  'Perencanaan jadwal pelaksanaan yang matang sejak awal tahun',
  'Koordinasi yang baik dengan penyedia dan pengawas lapangan',
  'Dukungan pemerintah desa dan partisipasi masyarakat',
  'Pencairan anggaran tepat waktu',
];

interface OpdRingkas {
  id: number;
  kode: string;
}

/** The bidang urusan an OPD serves, from its 8-segment code: 2.07.3.32.0.00.01.0000 -> 2.07, 3.32. */
export function bidangOpd(kode: string): string[] {
  const s = kode.split('.');
  return [`${s[0]}.${s[1]}`, `${s[2]}.${s[3]}`, `${s[4]}.${s[5]}`].filter((b) => b !== '0.00');
}

const bulat = (n: number, ke = 1000) => Math.round(n / ke) * ke;

function barisProgram(
  opd: OpdRingkas,
  tahun: number,
  program: ProgramContoh,
  bidang: string,
  r: () => number,
): BarisRenjaMassal[] {
  const ganti = (kode: string) => kode.replace('X.XX', bidang);
  const rows: BarisRenjaMassal[] = [];
  for (const k of program.kegiatan) {
    for (const s of k.sub) {
      const gaji = s.nama.includes('Gaji');
      const pagu = bulat(gaji ? 2e9 + r() * 6e9 : 7.5e7 + r() * (program.kode.startsWith('X') ? 4e8 : 3.5e9), 1e5);
      const tw1 = 10 + Math.round(r() * 15);
      const tw2 = tw1 + 20 + Math.round(r() * 15);
      const tw3 = Math.min(90, tw2 + 20 + Math.round(r() * 15));
      const fisik = [tw1, tw2, tw3, 100];
      rows.push({
        opdId: opd.id,
        tahun,
        programKode: ganti(program.kode),
        programNama: program.nama,
        kegiatanKode: ganti(k.kode),
        kegiatanNama: k.nama,
        subKode: ganti(s.kode),
        subNama: s.nama,
        lokasi: LOKASI[Math.floor(r() * LOKASI.length)]!,
        sumberDana: SUMBER_DANA[Math.floor(r() * SUMBER_DANA.length)]!,
        pagu,
        targetFisik: fisik,
        targetKeuangan: fisik.map((f) => bulat((pagu * Math.max(0, f - 5 * r())) / 100)),
        indikator: { uraian: s.indikator, satuan: s.satuan, target: s.target },
      });
    }
  }
  return rows;
}

export function renjaContoh(daftarOpd: OpdRingkas[], tahun: number, seed = 2026): BarisRenjaMassal[] {
  const r = acak(seed);
  return daftarOpd.flatMap((opd) => {
    const bidang = bidangOpd(opd.kode);
    const teknis = bidang.slice(0, 2).flatMap((b) => (PROGRAM_TEKNIS[b] ?? []).map((p) => [p, b] as const));
    return [
      ...barisProgram(opd, tahun, PROGRAM_PENUNJANG, bidang[0]!, r),
      ...teknis.flatMap(([p, b]) => barisProgram(opd, tahun, p, b, r)),
    ];
  });
}

/**
 * Loads the sample Renja: APBD Murni, an APBD Perubahan in force from September that re-budgets some sub kegiatan,
 * and realisation for TW I-III where a few OPD lag far enough to be merah.
 */
export function muatRenjaContoh(
  sqlite: Sqlite.Database,
  daftarOpd: OpdRingkas[],
  tahun: number,
  kemajuan: LaporKemajuan,
): void {
  const r = acak(tahun * 7);
  const murni = renjaContoh(daftarOpd, tahun);
  tulisRenjaSync(sqlite, 'murni', murni, (k) => kemajuan({ ...k, langkah: 'Memuat Renja contoh (APBD Murni)' }));
  const perubahan = murni.map((b) => {
    if (r() > 0.25) return b;
    const faktor = 0.85 + r() * 0.3;
    return {
      ...b,
      pagu: bulat(b.pagu * faktor, 1e5),
      targetKeuangan: b.targetKeuangan.map((t) => (t === null ? null : bulat(t * faktor))),
    };
  });
  tulisRenjaSync(sqlite, 'perubahan', perubahan, (k) =>
    kemajuan({ ...k, langkah: 'Memuat Renja contoh (APBD Perubahan)' }),
  );
  kemajuan({ langkah: 'Memuat realisasi contoh', selesai: 0, total: 0, satuan: '' });
  sqlite.prepare('INSERT INTO tahun_anggaran (tahun, perubahan_mulai_bulan) VALUES (?, 9)').run(tahun);

  const subId = sqlite.prepare<[number, number, string], { id: number }>(
    `SELECT s.id FROM sub_kegiatan s JOIN kegiatan k ON k.id = s.kegiatan_id JOIN program p ON p.id = k.program_id
     WHERE p.opd_id = ? AND p.tahun = ? AND s.kode = ?`,
  );
  const indikatorId = sqlite.prepare<[number], { id: number; target: number | null }>(
    'SELECT id, target FROM indikator WHERE sub_kegiatan_id = ? LIMIT 1',
  );
  const realisasi = sqlite.prepare(
    `INSERT INTO realisasi (sub_kegiatan_id, bulan, realisasi_fisik, realisasi_keuangan, permasalahan, tindak_lanjut,
       faktor_pendorong, faktor_penghambat, diubah_oleh)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Data contoh')`,
  );
  const nilai = sqlite.prepare(
    "INSERT INTO nilai_indikator (indikator_id, bulan, target, realisasi, diubah_oleh) VALUES (?, ?, ?, ?, 'Data contoh')",
  );

  // Each OPD has its own pace: most near target, a few far behind.
  const laju = new Map(daftarOpd.map((o) => [o.id, r() < 0.15 ? 0.6 + r() * 0.2 : 0.95 + r() * 0.12]));
  const perubahanPer = new Map(perubahan.map((b) => [`${b.opdId}|${b.subKode}`, b]));
  for (const b of murni) {
    const id = subId.get(b.opdId, tahun, b.subKode)!.id;
    const ind = indikatorId.get(id);
    const kendala = KENDALA[Math.floor(r() * KENDALA.length)]!;
    let fisikLalu = 0;
    let uangLalu = 0;
    // The indicator follows the physical progress: its quarterly targets are the annual target spread along the
    // physical target curve (so they add up to it), and what is achieved follows the physical realisation. A count
    // ("12 laporan") grows by whole units: a document is done, or not yet.
    const bagian = (persen: number) => {
      const v = ((ind?.target ?? 0) * Math.min(100, persen)) / 100;
      return Number.isInteger(ind?.target) ? Math.floor(v + 1e-9) : Math.round(v * 100) / 100;
    };
    let targetKumLalu = 0;
    let capaiKumLalu = 0;
    BULAN_TRIWULAN.forEach((bulan, i) => {
      const target = b.targetFisik[i] ?? 0;
      const pagu = bulan >= 9 ? perubahanPer.get(`${b.opdId}|${b.subKode}`)!.pagu : b.pagu;
      const tulisNilai = (fisik: number | null) => {
        if (!ind) return;
        const targetKum = i === BULAN_TRIWULAN.length - 1 ? (ind.target ?? 0) : bagian(target);
        const capaiKum = fisik === null ? null : bagian(fisik);
        nilai.run(
          ind.id,
          bulan,
          ind.target === null ? null : Math.round((targetKum - targetKumLalu) * 100) / 100,
          capaiKum === null ? null : Math.round((capaiKum - capaiKumLalu) * 100) / 100,
        );
        targetKumLalu = targetKum;
        if (capaiKum !== null) capaiKumLalu = capaiKum;
      };
      if (bulan > 9) return tulisNilai(null);
      const fisik = Math.min(
        100,
        Math.max(fisikLalu, Math.round(target * (laju.get(b.opdId)! + (r() - 0.5) * 0.06) * 100) / 100),
      );
      const uang = Math.min(pagu, Math.max(uangLalu, bulat((pagu * fisik * (0.8 + r() * 0.18)) / 100)));
      const tertinggal = fisik - target < -10;
      const pendorong = !tertinggal && fisik >= target ? PENDORONG[Math.floor(r() * PENDORONG.length)]! : '';
      realisasi.run(
        id,
        bulan,
        fisik,
        uang,
        tertinggal ? kendala[0] : '',
        tertinggal ? kendala[1] : '',
        pendorong,
        tertinggal ? kendala[0] : '',
      );
      tulisNilai(fisik);
      fisikLalu = fisik;
      uangLalu = uang;
    });
  }
}

/** Triwulan I and II verified, III received: written last, since a verified period locks its figures. */
export function verifikasiContoh(sqlite: Sqlite.Database, daftarOpd: { id: number }[], tahun: number): void {
  const verifikasi = sqlite.prepare(
    "INSERT INTO verifikasi (opd_id, tahun, bulan, status, diubah_oleh) VALUES (?, ?, ?, ?, 'Data contoh')",
  );
  for (const o of daftarOpd) {
    for (const bulan of [3, 6, 9]) verifikasi.run(o.id, tahun, bulan, bulan === 9 ? 'diterima' : 'diverifikasi');
  }
}
