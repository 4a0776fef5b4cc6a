// The RPJMD of Kabupaten Contoh and each OPD's Renstra, linked to the sample Renja with a few gaps left on purpose.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { PROGRAM_TEKNIS } from './nomenklatur-contoh';
import { acak } from './renja-contoh';

type Arah = 'positif' | 'negatif';
/** [uraian, satuan, baseline, target of the last year, arah, realisation of the first year vs its target] */
type IndikatorContoh = [string, string, number, number, Arah, number];

interface SasaranContoh {
  kunci: string;
  uraian: string;
  indikator: IndikatorContoh[];
  /** Bidang urusan whose programs serve this sasaran. */
  bidang: string[];
  prioritas: string[];
}

const VISI =
  'Terwujudnya Kabupaten Contoh yang Maju, Sejahtera dan Berdaya Saing Berlandaskan Nilai Religius dan Kearifan Lokal';

const MISI: { uraian: string; tujuan: { uraian: string; sasaran: SasaranContoh[] }[] }[] = [
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

const PRIORITAS: ['daerah' | 'provinsi' | 'nasional', string, string][] = [
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

/** Renja programs deliberately left without a Renstra program, so Konsistensi has something to show. */
const TANPA_RENSTRA = new Set(['2.19.03', '2.23.02', '8.01.02']);
/** A Renstra program deliberately drafted without an RPJMD sasaran. */
const TANPA_SASARAN = '2.16.03';
/** Renja programs whose outcome target asks less than the Renstra path for the year. */
const TARGET_RENDAH = new Set(['1.03.10', '3.27.03']);

const bulat = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
/** Straight line from the baseline to the final target over five years. */
const jalur = (awal: number, akhir: number, ke: number) => bulat(awal + ((akhir - awal) * (ke + 1)) / 5);

export async function muatRenstraContoh(trx: Kysely<Database>, tahun: number): Promise<void> {
  const r = acak(tahun * 13);
  const tahunAwal = tahun - 1;
  const tahunList = [0, 1, 2, 3, 4].map((i) => tahunAwal + i);
  const rpjmdId = (
    await trx
      .insertInto('rpjmd')
      .values({
        tahunAwal,
        tahunAkhir: tahunAwal + 4,
        namaBupati: 'H. Ahmad Fauzan Rahim, S.E., M.Si.',
        namaWakil: 'La Ode Muhammad Ridwan, S.H.',
        visi: VISI,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

  const prioritasId = new Map<string, number>();
  for (const [tingkat, nama, uraian] of PRIORITAS) {
    const p = await trx
      .insertInto('prioritas')
      .values({ rpjmdId, tingkat, nama, uraian })
      .returning('id')
      .executeTakeFirstOrThrow();
    prioritasId.set(nama, p.id);
  }

  const sasaranPerBidang = new Map<string, number>();
  for (const [mi, m] of MISI.entries()) {
    const misi = await trx
      .insertInto('rpjmdMisi')
      .values({ rpjmdId, nomor: mi + 1, uraian: m.uraian })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [ti, t] of m.tujuan.entries()) {
      const tujuan = await trx
        .insertInto('rpjmdTujuan')
        .values({ misiId: misi.id, nomor: ti + 1, uraian: t.uraian })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [si, s] of t.sasaran.entries()) {
        const sasaran = await trx
          .insertInto('rpjmdSasaran')
          .values({ tujuanId: tujuan.id, nomor: si + 1, uraian: s.uraian })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const b of s.bidang) sasaranPerBidang.set(b, sasaran.id);
        for (const p of s.prioritas)
          await trx
            .insertInto('prioritasSasaran')
            .values({ prioritasId: prioritasId.get(p)!, sasaranId: sasaran.id })
            .execute();
        for (const [ii, [uraian, satuan, baseline, akhir, arah, laju]] of s.indikator.entries()) {
          const ind = await trx
            .insertInto('indikatorSasaran')
            .values({ sasaranId: sasaran.id, uraian, satuan, baseline, arah, urutan: ii })
            .returning('id')
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('nilaiIndikatorSasaran')
            .values(
              tahunList.map((th, i) => {
                const target = jalur(baseline, akhir, i);
                // Only closed years have a measured value (BPS publishes the year after).
                return {
                  indikatorId: ind.id,
                  tahun: th,
                  target,
                  realisasi: th < tahun ? bulat(arah === 'negatif' ? target / laju : target * laju) : null,
                };
              }),
            )
            .execute();
        }
      }
    }
  }

  const programTeknis = new Map(
    Object.values(PROGRAM_TEKNIS)
      .flat()
      .map((p) => [p.kode, p]),
  );
  const renja = await trx
    .selectFrom('program as p')
    .select(['p.id', 'p.opdId', 'p.kode', 'p.nama'])
    .where('p.tahun', '=', tahun)
    .orderBy('p.opdId')
    .orderBy('p.kode')
    .execute();
  const paguProgram = async (programId: number) =>
    Number(
      (
        await trx
          .selectFrom('anggaran as a')
          .innerJoin('subKegiatan as s', 's.id', 'a.subKegiatanId')
          .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
          .where('k.programId', '=', programId)
          .where('a.versi', '=', 'murni')
          .select((e) => e.fn.sum<number>('a.pagu').as('pagu'))
          .executeTakeFirst()
      )?.pagu ?? 0,
    );

  const renstraPerOpd = new Map<number, number>();
  for (const p of renja) {
    const contoh = programTeknis.get(p.kode);
    if (!contoh || TANPA_RENSTRA.has(p.kode)) continue;
    let renstraId = renstraPerOpd.get(p.opdId);
    if (renstraId === undefined) {
      renstraId = (
        await trx.insertInto('renstra').values({ opdId: p.opdId, rpjmdId }).returning('id').executeTakeFirstOrThrow()
      ).id;
      renstraPerOpd.set(p.opdId, renstraId);
    }
    const sasaranRpjmdId = p.kode === TANPA_SASARAN ? null : (sasaranPerBidang.get(p.kode.slice(0, 4)) ?? null);
    const rp = await trx
      .insertInto('renstraProgram')
      .values({ renstraId, kode: p.kode, nama: p.nama, sasaranRpjmdId, renstraSasaranId: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('programRenstra').values({ programId: p.id, renstraProgramId: rp.id }).execute();

    // The outcome indicator climbs from a baseline a few points under the Renja target to a few points above it.
    const akhir = Math.min(100, contoh.target + 4);
    const baseline = Math.max(0, contoh.target - 6);
    const ind = await trx
      .insertInto('renstraIndikator')
      .values({
        programId: rp.id,
        kegiatanId: null,
        uraian: contoh.indikator,
        satuan: p.kode === '2.15.02' ? '' : contoh.satuan,
        baseline,
        targetAkhir: akhir,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const laju = 0.9 + r() * 0.15;
    await trx
      .insertInto('renstraTarget')
      .values(
        tahunList.map((th, i) => ({
          indikatorId: ind.id,
          tahun: th,
          target: jalur(baseline, akhir, i),
          realisasi: th < tahun ? bulat(jalur(baseline, akhir, i) * laju) : null,
        })),
      )
      .execute();
    const pagu = await paguProgram(p.id);
    await trx
      .insertInto('renstraPagu')
      .values(
        tahunList.map((th, i) => ({
          programId: rp.id,
          kegiatanId: null,
          tahun: th,
          pagu: Math.round((pagu * (1 + 0.05 * (i - 1))) / 1e6) * 1e6,
          realisasi: th < tahun ? Math.round((pagu * 0.93) / 1e6) * 1e6 : null,
        })),
      )
      .execute();

    // The Renja program's own outcome indicator, the same wording as the Renstra's, reported quarterly as a position.
    const targetTahun = jalur(baseline, akhir, tahun - tahunAwal);
    const targetRenja = TARGET_RENDAH.has(p.kode) ? bulat(targetTahun - 5) : targetTahun;
    const indRenja = await trx
      .insertInto('indikator')
      .values({
        programId: p.id,
        kegiatanId: null,
        subKegiatanId: null,
        uraian: contoh.indikator,
        satuan: contoh.satuan,
        target: targetRenja,
        jenis: 'posisi',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('nilaiIndikator')
      .values(
        [3, 6, 9].map((bulan) => ({
          indikatorId: indRenja.id,
          bulan,
          target: targetRenja,
          realisasi: bulat(baseline + (targetRenja - baseline) * (bulan / 12) * laju),
          diubahOleh: 'Data contoh',
        })),
      )
      .execute();

    for (const k of contoh.kegiatan) {
      const rk = await trx
        .insertInto('renstraKegiatan')
        .values({ programId: rp.id, kode: k.kode, nama: k.nama })
        .returning('id')
        .executeTakeFirstOrThrow();
      const sub = k.sub[0];
      if (!sub) continue;
      const ik = await trx
        .insertInto('renstraIndikator')
        .values({
          programId: null,
          kegiatanId: rk.id,
          uraian: sub.indikator,
          satuan: sub.satuan,
          baseline: 0,
          targetAkhir: sub.target * 5,
          jenis: 'jumlah',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('renstraTarget')
        .values(
          tahunList.map((th) => ({
            indikatorId: ik.id,
            tahun: th,
            target: sub.target,
            realisasi: th < tahun ? Math.round(sub.target * laju) : null,
          })),
        )
        .execute();
    }
  }

  // Planned in the Renstra, but no OPD budgeted it this year.
  const dispar = renja.find((p) => p.kode === '3.26.02');
  const renstraDispar = dispar && renstraPerOpd.get(dispar.opdId);
  if (renstraDispar) {
    const rp = await trx
      .insertInto('renstraProgram')
      .values({
        renstraId: renstraDispar,
        kode: '3.26.05',
        nama: 'PROGRAM PENGEMBANGAN SUMBER DAYA PARIWISATA DAN EKONOMI KREATIF',
        sasaranRpjmdId: sasaranPerBidang.get('3.26') ?? null,
        renstraSasaranId: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('renstraPagu')
      .values(
        tahunList.map((th) => ({ programId: rp.id, kegiatanId: null, tahun: th, pagu: 450_000_000, realisasi: null })),
      )
      .execute();
    const ind = await trx
      .insertInto('renstraIndikator')
      .values({
        programId: rp.id,
        kegiatanId: null,
        uraian: 'Persentase Pelaku Ekonomi Kreatif yang Tersertifikasi',
        satuan: '%',
        baseline: 10,
        targetAkhir: 40,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('renstraTarget')
      .values(tahunList.map((th, i) => ({ indikatorId: ind.id, tahun: th, target: jalur(10, 40, i), realisasi: null })))
      .execute();
  }
}
