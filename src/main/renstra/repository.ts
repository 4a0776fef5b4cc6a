// Queries of one OPD's Renstra for an RPJMD period: programs, kegiatan, indicators with yearly targets, pagu indikatif.
import type { z } from 'zod';
import type { IndikatorRenstra, PaguTahun, Renstra, renstraApi } from '../../shared/api/renstra';
import { periksaKode } from '../../shared/renja';
import type { Db } from '../db/connection';
import { denganRevisi, hapusMenurutId, simpanMenurutId } from '../db/simpan';
import { perPemilik } from '../db/pemilik';
import { DitolakError } from '../errors';
import { ambilRpjmd, nilaiIndikator, periksaTahun, rpjmdIdSasaran, tolakDuplikat } from './rpjmd';
import { tulisTahunan } from './tahunan';

type Input<M extends keyof typeof renstraApi> = z.output<(typeof renstraApi)[M]['input']>;

function tolakKode(pesan: string | null): void {
  if (pesan) throw new DitolakError(pesan, [{ kolom: 'kode', pesan }]);
}

/** The Renstra row of an OPD for a period, made on first use. */
export async function renstraId(db: Db, opdId: number, rpjmdId: number): Promise<number> {
  const ada = await db
    .selectFrom('renstra')
    .select('id')
    .where('opdId', '=', opdId)
    .where('rpjmdId', '=', rpjmdId)
    .executeTakeFirst();
  if (ada) return ada.id;
  const opd = await db.selectFrom('opd').select('id').where('id', '=', opdId).executeTakeFirst();
  if (!opd) throw new DitolakError(`OPD dengan ID ${opdId} tidak ditemukan`);
  return (await db.insertInto('renstra').values({ opdId, rpjmdId }).returning('id').executeTakeFirstOrThrow()).id;
}

/** The period a Renstra program or kegiatan belongs to, and the program's code (a kegiatan's code extends it). */
export async function pemilikRenstra(db: Db, tingkat: 'program' | 'kegiatan', pemilikId: number) {
  const row =
    tingkat === 'program'
      ? await db
          .selectFrom('renstraProgram as p')
          .innerJoin('renstra as r', 'r.id', 'p.renstraId')
          .select(['r.rpjmdId', 'p.kode'])
          .where('p.id', '=', pemilikId)
          .executeTakeFirst()
      : await db
          .selectFrom('renstraKegiatan as k')
          .innerJoin('renstraProgram as p', 'p.id', 'k.programId')
          .innerJoin('renstra as r', 'r.id', 'p.renstraId')
          .select(['r.rpjmdId', 'p.kode'])
          .where('k.id', '=', pemilikId)
          .executeTakeFirst();
  if (!row)
    throw new DitolakError(
      `${tingkat === 'program' ? 'Program' : 'Kegiatan'} Renstra dengan ID ${pemilikId} tidak ditemukan`,
    );
  return { rpjmd: await ambilRpjmd(db, row.rpjmdId), kodeProgram: row.kode };
}

/** A program supports a sasaran of its own RPJMD period, or none. */
async function periksaSasaran(db: Db, sasaranRpjmdId: number | null, rpjmdId: number): Promise<void> {
  if (sasaranRpjmdId === null) return;
  if ((await rpjmdIdSasaran(db, sasaranRpjmdId)) !== rpjmdId) {
    const pesan = 'Sasaran RPJMD tidak ditemukan pada periode RPJMD ini';
    throw new DitolakError(pesan, [{ kolom: 'sasaranRpjmdId', pesan }]);
  }
}

export async function simpanProgramRenstra(db: Db, p: Input<'renstra.simpanProgram'>): Promise<number> {
  tolakKode(periksaKode(p.kode, 'program'));
  await ambilRpjmd(db, p.rpjmdId);
  await periksaSasaran(db, p.sasaranRpjmdId, p.rpjmdId);
  return db.transaction().execute(async (trx) => {
    const rid = await renstraId(trx, p.opdId, p.rpjmdId);
    const data = { renstraId: rid, kode: p.kode, nama: p.nama, sasaranRpjmdId: p.sasaranRpjmdId };
    try {
      return await simpanMenurutId(trx, 'renstraProgram', p.id, 'Program Renstra', data);
    } catch (error) {
      return tolakDuplikat(error, `Program dengan kode ${p.kode} sudah ada di Renstra OPD ini`, 'kode');
    }
  });
}

export async function simpanKegiatanRenstra(db: Db, k: Input<'renstra.simpanKegiatan'>): Promise<number> {
  const program = await db.selectFrom('renstraProgram').select('kode').where('id', '=', k.programId).executeTakeFirst();
  if (!program) throw new DitolakError(`Program Renstra dengan ID ${k.programId} tidak ditemukan`);
  tolakKode(periksaKode(k.kode, 'kegiatan', program.kode));
  const data = { programId: k.programId, kode: k.kode, nama: k.nama };
  try {
    return await simpanMenurutId(db, 'renstraKegiatan', k.id, 'Kegiatan Renstra', data);
  } catch (error) {
    return tolakDuplikat(error, `Kegiatan dengan kode ${k.kode} sudah ada`, 'kode');
  }
}

export async function simpanIndikatorRenstra(
  db: Db,
  { id, tingkat, pemilikId, nilai, ...data }: Input<'renstra.simpanIndikator'>,
): Promise<{ id: number; revisi: number }> {
  periksaTahun(nilai, (await pemilikRenstra(db, tingkat, pemilikId)).rpjmd);
  const milik = {
    programId: tingkat === 'program' ? pemilikId : null,
    kegiatanId: tingkat === 'kegiatan' ? pemilikId : null,
  };
  return db.transaction().execute(async (trx) => {
    const indikatorId = await simpanMenurutId(trx, 'renstraIndikator', id, 'Indikator', { ...milik, ...data });
    await tulisTahunan(trx, 'renstra_target', { kolom: 'indikator_id', id: indikatorId }, nilai);
    // Its targets' triggers raised the revision too: the grid's next save of this row sends this one.
    return denganRevisi(trx, 'renstraIndikator', indikatorId);
  });
}

/**
 * A program or kegiatan row of the Renstra grid, whole: code, name, the program's sasaran and the pagu of every year,
 * checked first and written in one transaction, so a refused value leaves the stored row as it was.
 */
export async function simpanBarisRenstra(
  db: Db,
  b: Input<'renstra.simpanBaris'>,
): Promise<{ id: number; revisi: number }> {
  const { rpjmd, kodeProgram } = await pemilikRenstra(db, b.tingkat, b.id);
  if (b.tingkat === 'program') {
    tolakKode(periksaKode(b.kode, 'program'));
    await periksaSasaran(db, b.sasaranRpjmdId, rpjmd.id);
  } else {
    tolakKode(periksaKode(b.kode, 'kegiatan', kodeProgram));
    if (b.sasaranRpjmdId !== null) {
      const pesan = 'Sasaran RPJMD dipilih pada program, bukan pada kegiatan';
      throw new DitolakError(pesan, [{ kolom: 'sasaranRpjmdId', pesan }]);
    }
  }
  periksaTahun(b.pagu, rpjmd, 'pagu');
  return db.transaction().execute(async (trx) => {
    try {
      if (b.tingkat === 'program')
        await trx
          .updateTable('renstraProgram')
          .set({ kode: b.kode, nama: b.nama, sasaranRpjmdId: b.sasaranRpjmdId })
          .where('id', '=', b.id)
          .execute();
      else
        await trx.updateTable('renstraKegiatan').set({ kode: b.kode, nama: b.nama }).where('id', '=', b.id).execute();
    } catch (error) {
      tolakDuplikat(
        error,
        b.tingkat === 'program'
          ? `Program dengan kode ${b.kode} sudah ada di Renstra OPD ini`
          : `Kegiatan dengan kode ${b.kode} sudah ada`,
        'kode',
      );
    }
    const [pemilik, lain] = b.tingkat === 'program' ? ['program_id', 'kegiatan_id'] : ['kegiatan_id', 'program_id'];
    await tulisTahunan(trx, 'renstra_pagu', { kolom: pemilik, id: b.id }, b.pagu, { [lain]: null });
    return denganRevisi(trx, b.tingkat === 'program' ? 'renstraProgram' : 'renstraKegiatan', b.id);
  });
}

const TABEL_HAPUS = {
  program: ['renstraProgram', 'Program Renstra'],
  kegiatan: ['renstraKegiatan', 'Kegiatan Renstra'],
  indikator: ['renstraIndikator', 'Indikator Renstra'],
} as const;

export async function hapusRenstra(db: Db, tingkat: keyof typeof TABEL_HAPUS, id: number): Promise<void> {
  const [tabel, label] = TABEL_HAPUS[tingkat];
  await hapusMenurutId(db, tabel, id, label);
}

type KunciPemilik = 'programId' | 'kegiatanId';

/** Indicators (with their yearly targets) and pagu per year of Renstra programs or kegiatan, by owner id. */
export async function rincianPemilik(
  db: Db,
  kunci: KunciPemilik,
  ids: number[],
): Promise<{ indikator: Map<number, IndikatorRenstra[]>; pagu: Map<number, PaguTahun[]> }> {
  if (ids.length === 0) return { indikator: new Map(), pagu: new Map() };
  const rows = await db
    .selectFrom('renstraIndikator')
    .select(['id', 'revisi', kunci, 'uraian', 'satuan', 'baseline', 'targetAkhir', 'jenis', 'arah'])
    .where(kunci, 'in', ids)
    .orderBy('urutan')
    .orderBy('id')
    .execute();
  const nilai = await nilaiIndikator(
    db,
    'renstraTarget',
    rows.map((r) => r.id),
  );
  const paguRows = await db
    .selectFrom('renstraPagu')
    .select([kunci, 'tahun', 'pagu', 'realisasi'])
    .where(kunci, 'in', ids)
    .orderBy('tahun')
    .execute();
  return {
    indikator: perPemilik(
      rows.map((i) => ({ ...i, nilai: nilai.get(i.id) ?? [] })),
      kunci,
    ),
    pagu: perPemilik(paguRows, kunci),
  };
}

export async function daftarRenstra(db: Db, rpjmdId: number, opdId: number): Promise<Renstra> {
  const program = await db
    .selectFrom('renstraProgram as p')
    .innerJoin('renstra as r', 'r.id', 'p.renstraId')
    .select(['p.id', 'p.revisi', 'p.kode', 'p.nama', 'p.sasaranRpjmdId'])
    .where('r.rpjmdId', '=', rpjmdId)
    .where('r.opdId', '=', opdId)
    .orderBy('p.kode')
    .execute();
  const programIds = program.map((p) => p.id);
  const kegiatan = programIds.length
    ? await db.selectFrom('renstraKegiatan').selectAll().where('programId', 'in', programIds).orderBy('kode').execute()
    : [];
  const rp = await rincianPemilik(db, 'programId', programIds);
  const rk = await rincianPemilik(
    db,
    'kegiatanId',
    kegiatan.map((k) => k.id),
  );
  return {
    rpjmdId,
    opdId,
    program: program.map((p) => ({
      ...p,
      indikator: rp.indikator.get(p.id) ?? [],
      pagu: rp.pagu.get(p.id) ?? [],
      kegiatan: kegiatan
        .filter((k) => k.programId === p.id)
        .map((k) => ({
          id: k.id,
          revisi: k.revisi,
          kode: k.kode,
          nama: k.nama,
          indikator: rk.indikator.get(k.id) ?? [],
          pagu: rk.pagu.get(k.id) ?? [],
        })),
    })),
  };
}
