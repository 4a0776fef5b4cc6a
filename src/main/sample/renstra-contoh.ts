// The RPJMD of Kabupaten Contoh and each OPD's Renstra, linked to the sample Renja with a few gaps left on purpose.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { LAMA_PERIODE_RPJMD, tahunAkhirPeriode, tahunPeriode } from '../../shared/renstra/periode';
import { PROGRAM_TEKNIS } from './nomenklatur-contoh';
import { acak } from './renja-contoh';
import { MISI, PRIORITAS, VISI } from './rpjmd-contoh';

/** Renja programs deliberately left without a Renstra program, so Konsistensi has something to show. */
const TANPA_RENSTRA = new Set(['2.19.03', '2.23.02', '8.01.02']);
/** A Renstra program deliberately drafted without an RPJMD sasaran. */
const TANPA_SASARAN = '2.16.03';
/** Renja programs whose outcome target asks less than the Renstra path for the year. */
const TARGET_RENDAH = new Set(['1.03.10', '3.27.03']);

const bulat = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
/** Straight line from the baseline to the final target over the period's years. */
const jalur = (awal: number, akhir: number, ke: number) =>
  bulat(awal + ((akhir - awal) * (ke + 1)) / LAMA_PERIODE_RPJMD);

export async function muatRenstraContoh(trx: Kysely<Database>, tahun: number): Promise<void> {
  const r = acak(tahun * 13);
  const tahunAwal = tahun - 1;
  const tahunAkhir = tahunAkhirPeriode(tahunAwal);
  const tahunList = tahunPeriode({ tahunAwal, tahunAkhir });
  const rpjmdId = (
    await trx
      .insertInto('rpjmd')
      .values({
        tahunAwal,
        tahunAkhir,
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
    // How far this program's outcome has got this year: from Rendah to Sangat Tinggi across the sample.
    const capai = 0.55 + r() * 0.5;
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
          realisasi: bulat(targetRenja * capai * (0.85 + (0.05 * bulan) / 3)),
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
