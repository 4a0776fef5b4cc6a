// Queries of the Renja/DPA hierarchy: read one OPD's year as grid rows, write one level at a time.
import type { BarisRenja, IndikatorRingkas, Renja } from '../../shared/api/renja';
import { rollup } from '../../shared/monev/rollup';
import {
  BULAN_TRIWULAN,
  LABEL_TINGKAT,
  periksaBidang,
  periksaKode,
  type Tingkat,
  type Versi,
} from '../../shared/renja';
import type { Db } from '../db/connection';
import { hapusMenurutId, simpanMenurutId } from '../db/simpan';
import { perPemilik } from '../db/pemilik';
import { DitolakError } from '../errors';
import { labelSampaiBulan } from '../../shared/format';

export async function perubahanMulaiBulan(db: Db, tahun: number): Promise<number | null> {
  const row = await db
    .selectFrom('tahunAnggaran')
    .select('perubahanMulaiBulan')
    .where('tahun', '=', tahun)
    .executeTakeFirst();
  return row?.perubahanMulaiBulan ?? null;
}

export async function aturPerubahan(db: Db, tahun: number, mulai: number | null): Promise<void> {
  await db
    .insertInto('tahunAnggaran')
    .values({ tahun, perubahanMulaiBulan: mulai })
    .onConflict((oc) => oc.column('tahun').doUpdateSet({ perubahanMulaiBulan: mulai }))
    .execute();
}

export type KunciIndikator = 'programId' | 'kegiatanId' | 'subKegiatanId';

/** The Renja indicators of the programs, kegiatan or sub kegiatan `ids`, by owner, in their order. */
export async function indikatorPer(
  db: Db,
  kunci: KunciIndikator,
  ids: number[],
): Promise<Map<number, IndikatorRingkas[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('indikator')
    .select(['id', kunci, 'uraian', 'satuan', 'target', 'jenis', 'arah', 'revisi'])
    .where(kunci, 'in', ids)
    .orderBy('urutan')
    .orderBy('id')
    .execute();
  return perPemilik(rows, kunci);
}

export async function daftarRenja(db: Db, opdId: number, tahun: number, versiDiminta?: Versi): Promise<Renja> {
  const mulai = await perubahanMulaiBulan(db, tahun);
  const versi = versiDiminta ?? (mulai === null ? 'murni' : 'perubahan');

  const program = await db
    .selectFrom('program')
    .select(['id', 'kode', 'nama', 'revisi'])
    .where('opdId', '=', opdId)
    .where('tahun', '=', tahun)
    .orderBy('kode')
    .execute();
  const programIds = program.map((p) => p.id);
  const kegiatan = programIds.length
    ? await db
        .selectFrom('kegiatan')
        .select(['id', 'programId', 'kode', 'nama', 'revisi'])
        .where('programId', 'in', programIds)
        .orderBy('kode')
        .execute()
    : [];
  const kegiatanIds = kegiatan.map((k) => k.id);
  const sub = kegiatanIds.length
    ? await db
        .selectFrom('subKegiatan as s')
        .innerJoin('anggaran as a', (j) => j.onRef('a.subKegiatanId', '=', 's.id').on('a.versi', '=', versi))
        .select(['s.id', 's.kegiatanId', 's.kode', 's.nama', 's.lokasi', 's.sumberDana', 's.revisi', 'a.pagu'])
        .where('s.kegiatanId', 'in', kegiatanIds)
        .orderBy('s.kode')
        .execute()
    : [];
  const subIds = sub.map((s) => s.id);
  const target = subIds.length
    ? await db
        .selectFrom('targetPeriode')
        .select(['subKegiatanId', 'bulan', 'targetFisik', 'targetKeuangan'])
        .where('subKegiatanId', 'in', subIds)
        .where('versi', '=', versi)
        .where('bulan', 'in', [...BULAN_TRIWULAN])
        .execute()
    : [];
  const targetPer = new Map<number, { fisik: (number | null)[]; keuangan: (number | null)[] }>();
  for (const t of target) {
    const entry = targetPer.get(t.subKegiatanId) ?? {
      fisik: [null, null, null, null],
      keuangan: [null, null, null, null],
    };
    entry.fisik[t.bulan / 3 - 1] = t.targetFisik;
    entry.keuangan[t.bulan / 3 - 1] = t.targetKeuangan;
    targetPer.set(t.subKegiatanId, entry);
  }
  const [indProgram, indKegiatan, indSub] = await Promise.all([
    indikatorPer(db, 'programId', programIds),
    indikatorPer(db, 'kegiatanId', kegiatanIds),
    indikatorPer(db, 'subKegiatanId', subIds),
  ]);

  const barisSub: BarisRenja[] = sub.map((s) => {
    const t = targetPer.get(s.id);
    return {
      tingkat: 'subKegiatan',
      id: s.id,
      indukId: s.kegiatanId,
      kode: s.kode,
      nama: s.nama,
      lokasi: s.lokasi,
      sumberDana: s.sumberDana,
      pagu: s.pagu,
      targetFisik: t?.fisik ?? [null, null, null, null],
      targetKeuangan: t?.keuangan ?? [null, null, null, null],
      indikator: indSub.get(s.id) ?? [],
      revisi: s.revisi,
    };
  });

  /** A parent's targets per quarter are the pagu-weighted rollup of its children's. */
  const gabung = (
    tingkat: Tingkat,
    { id, kode, nama, revisi }: { id: number; kode: string; nama: string; revisi: number },
    indukId: number | null,
    anak: BarisRenja[],
    indikator: IndikatorRingkas[],
  ): BarisRenja => {
    const perTw = [0, 1, 2, 3].map((i) =>
      rollup(
        anak.map((a) => ({
          pagu: a.pagu,
          targetFisik: a.targetFisik[i] ?? null,
          realisasiFisik: null,
          targetKeuangan: a.targetKeuangan[i] ?? null,
          realisasiKeuangan: null,
        })),
      ),
    );
    return {
      tingkat,
      id,
      indukId,
      kode,
      nama,
      lokasi: '',
      sumberDana: '',
      pagu: anak.reduce((a, b) => a + b.pagu, 0),
      targetFisik: perTw.map((r) => r.targetFisik),
      targetKeuangan: perTw.map((r) => r.targetKeuangan),
      indikator,
      revisi,
    };
  };

  const kegiatanPer = Map.groupBy(kegiatan, (k) => k.programId);
  const subPer = Map.groupBy(barisSub, (s) => s.indukId);
  const baris: BarisRenja[] = [];
  for (const p of program) {
    const blokKegiatan = (kegiatanPer.get(p.id) ?? []).map((k) => {
      const anak = subPer.get(k.id) ?? [];
      return [gabung('kegiatan', k, p.id, anak, indKegiatan.get(k.id) ?? []), ...anak];
    });
    const semuaSub = blokKegiatan.flatMap((b) => b.slice(1));
    baris.push(gabung('program', p, null, semuaSub, indProgram.get(p.id) ?? []), ...blokKegiatan.flat());
  }
  return { versi, perubahanMulaiBulan: mulai, baris };
}

function tolakKode(pesan: string | null, kolom = 'kode'): void {
  if (pesan) throw new DitolakError(pesan, [{ kolom, pesan }]);
}

/** Children carry the parent's code in theirs: a parent that has children keeps its code (its name can change). */
async function tolakGantiKode(db: Db, tingkat: 'program' | 'kegiatan', id: number, kode: string): Promise<void> {
  const lama = await db.selectFrom(tingkat).select('kode').where('id', '=', id).executeTakeFirst();
  if (!lama || lama.kode === kode) return;
  const anak =
    tingkat === 'program'
      ? await db.selectFrom('kegiatan').select('id').where('programId', '=', id).executeTakeFirst()
      : await db.selectFrom('subKegiatan').select('id').where('kegiatanId', '=', id).executeTakeFirst();
  if (anak)
    tolakKode(
      `Kode ${LABEL_TINGKAT[tingkat].toLowerCase()} ${lama.kode} tidak dapat diubah karena sudah memiliki ${tingkat === 'program' ? 'kegiatan' : 'sub kegiatan'}; ubah namanya saja`,
    );
}

function duplikat(error: unknown, tingkat: Tingkat, kode: string): never {
  if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new DitolakError(`${LABEL_TINGKAT[tingkat]} dengan kode ${kode} sudah ada`, [
      { kolom: 'kode', pesan: 'Kode sudah ada' },
    ]);
  }
  throw error;
}

export async function simpanProgram(
  db: Db,
  p: { id?: number | undefined; opdId: number; tahun: number; kode: string; nama: string },
): Promise<number> {
  tolakKode(periksaKode(p.kode, 'program'));
  const opd = await db.selectFrom('opd').select(['id', 'kode', 'nama']).where('id', '=', p.opdId).executeTakeFirst();
  if (!opd) throw new DitolakError(`OPD dengan ID ${p.opdId} tidak ditemukan`);
  tolakKode(periksaBidang(p.kode, opd));
  if (p.id !== undefined) await tolakGantiKode(db, 'program', p.id, p.kode);
  try {
    // The OPD and year of a program are fixed once it exists.
    const ubah = { kode: p.kode, nama: p.nama };
    return await simpanMenurutId(db, 'program', p.id, 'Program', { ...ubah, opdId: p.opdId, tahun: p.tahun }, ubah);
  } catch (error) {
    return duplikat(error, 'program', p.kode);
  }
}

export async function simpanKegiatan(
  db: Db,
  k: { id?: number | undefined; programId: number; kode: string; nama: string },
): Promise<number> {
  const program = await db.selectFrom('program').select('kode').where('id', '=', k.programId).executeTakeFirst();
  if (!program) throw new DitolakError(`Program dengan ID ${k.programId} tidak ditemukan`);
  tolakKode(periksaKode(k.kode, 'kegiatan', program.kode));
  if (k.id !== undefined) await tolakGantiKode(db, 'kegiatan', k.id, k.kode);
  try {
    // The program of a kegiatan is fixed once it exists.
    const ubah = { kode: k.kode, nama: k.nama };
    return await simpanMenurutId(db, 'kegiatan', k.id, 'Kegiatan', { ...ubah, programId: k.programId }, ubah);
  } catch (error) {
    return duplikat(error, 'kegiatan', k.kode);
  }
}

export interface TargetInput {
  bulan: number;
  targetFisik: number | null;
  targetKeuangan: number | null;
}

/** Cumulative targets may not go down, and planned spending may not exceed the pagu. */
export function periksaTarget(target: TargetInput[], pagu: number): { kolom: string; pesan: string }[] {
  const salah: { kolom: string; pesan: string }[] = [];
  const urut = [...target].sort((a, b) => a.bulan - b.bulan);
  const bulanDobel = urut.find((t, i) => i > 0 && urut[i - 1]!.bulan === t.bulan);
  if (bulanDobel)
    salah.push({ kolom: 'target', pesan: `Target ${labelSampaiBulan(bulanDobel.bulan)} tertulis dua kali` });
  let fisik = 0;
  let keuangan = 0;
  for (const t of urut) {
    if (t.targetKeuangan !== null && t.targetKeuangan > pagu + 0.005) {
      salah.push({
        kolom: `target.${t.bulan}.targetKeuangan`,
        pesan: `Target keuangan ${labelSampaiBulan(t.bulan)} melebihi pagu`,
      });
    }
    if (t.targetFisik !== null) {
      if (t.targetFisik < fisik)
        salah.push({
          kolom: `target.${t.bulan}.targetFisik`,
          pesan: `Target fisik kumulatif ${labelSampaiBulan(t.bulan)} lebih kecil dari periode sebelumnya`,
        });
      fisik = t.targetFisik;
    }
    if (t.targetKeuangan !== null) {
      if (t.targetKeuangan < keuangan)
        salah.push({
          kolom: `target.${t.bulan}.targetKeuangan`,
          pesan: `Target keuangan kumulatif ${labelSampaiBulan(t.bulan)} lebih kecil dari periode sebelumnya`,
        });
      keuangan = t.targetKeuangan;
    }
  }
  return salah;
}

export interface SubKegiatanInput {
  id?: number | undefined;
  kegiatanId: number;
  kode: string;
  nama: string;
  lokasi: string;
  sumberDana: string;
  versi: Versi;
  pagu: number;
  target: TargetInput[];
}

export async function simpanSubKegiatan(db: Db, s: SubKegiatanInput): Promise<number> {
  const kegiatan = await db.selectFrom('kegiatan').select('kode').where('id', '=', s.kegiatanId).executeTakeFirst();
  if (!kegiatan) throw new DitolakError(`Kegiatan dengan ID ${s.kegiatanId} tidak ditemukan`);
  tolakKode(periksaKode(s.kode, 'subKegiatan', kegiatan.kode));
  const salah = periksaTarget(s.target, s.pagu);
  if (salah.length > 0) throw new DitolakError(salah.map((x) => x.pesan).join('; '), salah);
  return db.transaction().execute(async (trx) => {
    let id = s.id;
    const data = { kegiatanId: s.kegiatanId, kode: s.kode, nama: s.nama, lokasi: s.lokasi, sumberDana: s.sumberDana };
    try {
      id = await simpanMenurutId(trx, 'subKegiatan', id, 'Sub kegiatan', data);
    } catch (error) {
      duplikat(error, 'subKegiatan', s.kode);
    }
    const subId = id;
    await trx
      .insertInto('anggaran')
      .values({ subKegiatanId: subId, versi: s.versi, pagu: s.pagu })
      .onConflict((oc) => oc.columns(['subKegiatanId', 'versi']).doUpdateSet({ pagu: s.pagu }))
      .execute();
    // Only the months given change: a quarterly edit must not wipe the monthly plan of an OPD that reports monthly.
    for (const t of s.target) {
      const nilai = { targetFisik: t.targetFisik, targetKeuangan: t.targetKeuangan };
      await trx
        .insertInto('targetPeriode')
        .values({ ...t, subKegiatanId: subId, versi: s.versi })
        .onConflict((oc) => oc.columns(['subKegiatanId', 'versi', 'bulan']).doUpdateSet(nilai))
        .execute();
    }
    return subId;
  });
}

const TABEL: Record<Tingkat, 'program' | 'kegiatan' | 'subKegiatan'> = {
  program: 'program',
  kegiatan: 'kegiatan',
  subKegiatan: 'subKegiatan',
};

export async function hapus(db: Db, tingkat: Tingkat, id: number): Promise<void> {
  await hapusMenurutId(db, TABEL[tingkat], id, LABEL_TINGKAT[tingkat]);
}
