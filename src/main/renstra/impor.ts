// Renstra import (one entry of the import pipeline): programs and kegiatan with indicators, baseline, end target,
// yearly targets and realisation ("Target 2026") and pagu indikatif per year, within the RPJMD period.
import { formatAngka, formatRupiah } from '../../shared/format';
import { kodeInduk, tingkatKode } from '../../shared/renja';
import { tahunPeriode } from '../../shared/renstra/periode';
import type { RpjmdRingkas } from '../../shared/api/renstra';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import type { HasilJenis, ImporInputSah, JenisImporDef, Persiapan } from '../impor/jalur';
import { tahunan, type JenisTahunan, type Medan } from '../impor/medan';
import { renstraId } from './repository';
import { ambilRpjmd } from './rpjmd';
import type { Context } from '../api/context';
import { ambilPengaturan } from '../pengaturan/repository';
import { kolomTemplat } from '../impor/templat';
import { catatImpor, tanpaRiwayat } from '../riwayat/pemicu';

export interface IndikatorImpor {
  uraian: string;
  satuan: string;
  baseline: number | null;
  targetAkhir: number | null;
  /** Only the figures the file has: an absent column keeps what is stored. */
  nilai: Map<number, { target?: number; realisasi?: number }>;
}

export interface UnitImpor {
  opdId: number;
  kode: string;
  nama: string;
  tingkat: 'program' | 'kegiatan';
  indikator: IndikatorImpor[];
  pagu: Map<number, { pagu: number; realisasi: number | null }>;
}

interface DataRenstra {
  rpjmd: RpjmdRingkas;
  daftar: UnitImpor[];
}

function rpjmdInput(db: Db, input: ImporInputSah): Promise<RpjmdRingkas> {
  if (input.rpjmdId === undefined) throw new DitolakError('RPJMD wajib dipilih untuk impor target Renstra');
  return ambilRpjmd(db, input.rpjmdId);
}

const JENIS_TAHUNAN: JenisTahunan[] = ['target', 'realisasi', 'pagu', 'realisasiAnggaran'];

async function siapkan(p: Persiapan): Promise<HasilJenis<DataRenstra>> {
  const rpjmd = await rpjmdInput(p.ctx.db, p.input);
  // A yearly column outside the period would be silently dropped: it is a problem instead.
  for (const l of p.lembar) {
    for (const k of l.header.kolom) {
      const t = k.calon ? tahunan(k.calon.medan) : null;
      if (t && (t.tahun < rpjmd.tahunAwal || t.tahun > rpjmd.tahunAkhir))
        p.catatan.tambah('masalah', {
          ...l.lokasi(l.header.indeks + 1, ''),
          kolom: k.judul,
          pesan: `Tahun ${t.tahun} di luar periode RPJMD ${rpjmd.tahunAwal}-${rpjmd.tahunAkhir}`,
        });
    }
  }
  const unit = new Map<string, UnitImpor>();
  for (const b of p.data) {
    const kode = b.kode();
    const tingkat = tingkatKode(kode);
    if (tingkat === null || tingkat === 'subKegiatan') {
      b.catat(
        'kode',
        kode === ''
          ? 'Kode wajib diisi'
          : `Kode "${kode}" bukan kode program atau kegiatan (Renstra sampai tingkat kegiatan)`,
      );
      continue;
    }
    const opdId = b.opdId;
    if (opdId === null) continue;
    const kunci = `${opdId}|${kode}`;
    const u: UnitImpor = unit.get(kunci) ?? { opdId, kode, nama: '', tingkat, indikator: [], pagu: new Map() };
    if (!unit.has(kunci)) p.opd.hitung(opdId);
    unit.set(kunci, u);
    if (!u.nama) u.nama = b.teks('nama');
    for (const x of [b, ...b.indikatorTambahan]) {
      const uraian = x.teks('indikator');
      const ind: IndikatorImpor | null = uraian
        ? { uraian, satuan: x.teks('satuan'), baseline: null, targetAkhir: null, nilai: new Map() }
        : null;
      if (ind && u.indikator.some((i) => i.uraian === uraian))
        x.catat('indikator', `Indikator "${uraian}" untuk ${kode} sudah tertulis di baris sebelumnya`);
      for (const medan of x.l.peta.keys()) {
        const t = tahunan(medan);
        if (!t && medan !== 'baseline' && medan !== 'targetAkhir') continue;
        const v = x.angka(medan);
        if (v === null) continue;
        if (t && (t.jenis === 'pagu' || t.jenis === 'realisasiAnggaran')) {
          const pg = u.pagu.get(t.tahun) ?? { pagu: 0, realisasi: null };
          if (t.jenis === 'pagu') pg.pagu = v;
          else pg.realisasi = v;
          u.pagu.set(t.tahun, pg);
        } else if (!ind) x.catat(medan, 'Target tanpa indikator: isi kolom Indikator');
        else if (!t) ind[medan as 'baseline' | 'targetAkhir'] = v;
        else {
          const n = ind.nilai.get(t.tahun) ?? {};
          n[t.jenis as 'target' | 'realisasi'] = v;
          ind.nilai.set(t.tahun, n);
        }
      }
      if (ind) u.indikator.push(ind);
    }
  }

  // Kegiatan need their program: in the file, or already in this OPD's Renstra.
  const adaDiDb = new Set(
    (
      await p.ctx.db
        .selectFrom('renstraProgram as p')
        .innerJoin('renstra as r', 'r.id', 'p.renstraId')
        .select(['r.opdId', 'p.kode'])
        .where('r.rpjmdId', '=', rpjmd.id)
        .execute()
    ).map((x) => `${x.opdId}|${x.kode}`),
  );
  const lembar = p.lembar[0]!.nama;
  for (const u of unit.values()) {
    if (!u.nama)
      p.catatan.tambah('masalah', {
        lembar,
        baris: 0,
        huruf: '',
        kolom: 'Uraian',
        pesan: `Nama ${u.tingkat} ${u.kode} wajib diisi`,
      });
    const induk = u.tingkat === 'kegiatan' ? `${u.opdId}|${kodeInduk(u.kode)}` : null;
    if (induk && !unit.has(induk) && !adaDiDb.has(induk))
      p.catatan.tambah('masalah', {
        lembar,
        baris: 0,
        huruf: '',
        kolom: 'Kode',
        pesan: `Program ${kodeInduk(u.kode)} untuk kegiatan ${u.kode} tidak ada di berkas maupun di Renstra`,
      });
  }
  const daftar = [...unit.values()];
  const program = daftar.filter((u) => u.tingkat === 'program');
  return {
    ringkasan: [
      `${formatAngka(program.length)} program, ${formatAngka(daftar.length - program.length)} kegiatan, ${formatAngka(daftar.reduce((a, u) => a + u.indikator.length, 0))} indikator`,
      `Jumlah pagu indikatif program ${formatRupiah(
        program.reduce((a, u) => a + [...u.pagu.values()].reduce((x, pg) => x + pg.pagu, 0), 0),
        { desimal: false },
      )}`,
      `Periode RPJMD ${rpjmd.tahunAwal}-${rpjmd.tahunAkhir}`,
    ],
    versi: null,
    jumlah: daftar.length,
    data: { rpjmd, daftar },
  };
}

/**
 * Writes in one transaction: programs before kegiatan; indicators matched by wording; only the years in the file.
 * As the Renja import does, the new rows get one summary entry in Riwayat, while every value the file changes keeps
 * its old value there.
 */
function tulis(ctx: Context, namaBerkas: string, hasil: HasilJenis<DataRenstra>): Promise<void> {
  const { rpjmd, daftar } = hasil.data;
  const opd = new Set(daftar.map((u) => u.opdId));
  return tanpaRiwayat(ctx.sqlite, ['tambah'], () =>
    tulisData(ctx.db, rpjmd, daftar, () =>
      catatImpor(ctx.sqlite, {
        berkas: namaBerkas,
        ringkasan: hasil.ringkasan,
        opdId: opd.size === 1 ? [...opd][0]! : null,
        operator: ctx.sesi.operator,
      }),
    ),
  );
}

async function tulisData(db: Db, rpjmd: RpjmdRingkas, daftar: UnitImpor[], catat: () => void): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const urut = [...daftar].sort((a, b) => (a.tingkat === b.tingkat ? 0 : a.tingkat === 'program' ? -1 : 1));
    for (const u of urut) {
      const rid = await renstraId(trx, u.opdId, rpjmd.id);
      let pemilikId: number;
      if (u.tingkat === 'program') {
        pemilikId = (
          await trx
            .insertInto('renstraProgram')
            .values({ renstraId: rid, kode: u.kode, nama: u.nama, sasaranRpjmdId: null, renstraSasaranId: null })
            .onConflict((oc) => oc.columns(['renstraId', 'kode']).doUpdateSet({ nama: u.nama }))
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      } else {
        const program = await trx
          .selectFrom('renstraProgram')
          .select('id')
          .where('renstraId', '=', rid)
          .where('kode', '=', kodeInduk(u.kode)!)
          .executeTakeFirstOrThrow();
        pemilikId = (
          await trx
            .insertInto('renstraKegiatan')
            .values({ programId: program.id, kode: u.kode, nama: u.nama })
            .onConflict((oc) => oc.columns(['programId', 'kode']).doUpdateSet({ nama: u.nama }))
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      }
      const kunci = u.tingkat === 'program' ? 'programId' : 'kegiatanId';
      for (const ind of u.indikator) {
        const ada = await trx
          .selectFrom('renstraIndikator')
          .select('id')
          .where(kunci, '=', pemilikId)
          .where('uraian', '=', ind.uraian)
          .executeTakeFirst();
        const data = { uraian: ind.uraian, satuan: ind.satuan, baseline: ind.baseline, targetAkhir: ind.targetAkhir };
        const iid = ada
          ? (await trx.updateTable('renstraIndikator').set(data).where('id', '=', ada.id).execute(), ada.id)
          : (
              await trx
                .insertInto('renstraIndikator')
                .values({ ...data, programId: null, kegiatanId: null, [kunci]: pemilikId })
                .returning('id')
                .executeTakeFirstOrThrow()
            ).id;
        for (const [tahun, n] of ind.nilai) {
          await trx
            .insertInto('renstraTarget')
            .values({ indikatorId: iid, tahun, target: null, realisasi: null, ...n })
            .onConflict((oc) => oc.columns(['indikatorId', 'tahun']).doUpdateSet(n))
            .execute();
        }
      }
      for (const [tahun, pg] of u.pagu) {
        // In place rather than deleted and added again: Riwayat then holds only the years whose pagu changed.
        const diubah = await trx
          .updateTable('renstraPagu')
          .set(pg)
          .where(kunci, '=', pemilikId)
          .where('tahun', '=', tahun)
          .executeTakeFirst();
        if (diubah.numUpdatedRows === 0n)
          await trx
            .insertInto('renstraPagu')
            .values({ programId: null, kegiatanId: null, [kunci]: pemilikId, tahun, ...pg })
            .execute();
      }
    }
    // On this transaction's connection: the summary is written with the rows or not at all.
    catat();
  });
}

/** The RPJMD period of the budget year, else the five years from it: the template's yearly columns. */
async function tahunTemplat(ctx: Context): Promise<number[]> {
  const tahun = (await ambilPengaturan(ctx.db)).tahunAnggaran;
  const r = await ctx.db
    .selectFrom('rpjmd')
    .select('tahunAwal')
    .where('tahunAwal', '<=', tahun)
    .where('tahunAkhir', '>=', tahun)
    .executeTakeFirst();
  const awal = r?.tahunAwal ?? tahun;
  return [0, 1, 2, 3, 4].map((i) => awal + i);
}

export const imporRenstra: JenisImporDef<DataRenstra> = {
  templat: async (ctx) => {
    const tahun = await tahunTemplat(ctx);
    return {
      kolom: [
        kolomTemplat('Kode', 'kode', 16, 'Kode program (3.27.02) atau kegiatan (3.27.02.2.01). Wajib.'),
        kolomTemplat('Program/Kegiatan', 'nama', 40, 'Nama program atau kegiatan.'),
        kolomTemplat(
          'Indikator',
          'indikator',
          36,
          'Indikator kinerja; indikator kedua dan seterusnya: baris di bawahnya dengan kode yang sama atau tanpa kode.',
        ),
        kolomTemplat('Satuan', 'satuan', 10, ''),
        kolomTemplat('Kondisi Awal', 'baseline', 12, 'Capaian pada awal periode Renstra.'),
        ...tahun.map((t) => kolomTemplat(`Target ${t}`, `target@${t}`, 11, `Target indikator tahun ${t}.`)),
        kolomTemplat('Target Akhir', 'targetAkhir', 12, 'Kondisi kinerja pada akhir periode.'),
        ...tahun.map((t) => kolomTemplat(`Pagu Indikatif ${t}`, `pagu@${t}`, 17, `Pagu indikatif tahun ${t} (Rp).`)),
      ],
      contoh: [
        [
          '3.27.02',
          'PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN',
          'Persentase kelompok tani yang memanfaatkan sarana pertanian',
          '%',
          60,
          ...tahun.map((_, i) => 64 + 4 * i),
          80,
          ...tahun.map(() => 1_250_000_000),
        ],
      ],
      catatan: ['Pilih RPJMD dan OPD di halaman Renstra sebelum mengimpor; tahun di luar periode RPJMD ditolak.'],
    };
  },
  medan: async (ctx, input) => {
    const rpjmd = await rpjmdInput(ctx.db, input);
    const tahun = tahunPeriode(rpjmd);
    return [
      { medan: 'kode', wajib: true },
      { medan: 'nama', wajib: false },
      ...(['kodeSkpd', 'namaSkpd', 'indikator', 'satuan', 'baseline', 'targetAkhir'] as const).map((medan) => ({
        medan,
        wajib: false,
      })),
      ...JENIS_TAHUNAN.flatMap((j) => tahun.map((t) => ({ medan: `${j}@${t}` as Medan, wajib: false }))),
    ];
  },
  periksaKolom: (peta) =>
    [...peta.keys()].some((m) => /^(target|pagu)@/.test(m))
      ? null
      : 'Tidak ada kolom Target <tahun> atau Pagu <tahun>: pilih kolomnya pada pemetaan kolom',
  satuan: 'program/kegiatan',
  medanJumlah: null,
  konteks: () => Promise.resolve({ versi: null, triwulan: null }),
  siapkan,
  tulis: (ctx, input, hasil) => tulis(ctx, input.namaBerkas, hasil),
};
