// Queries of the RPJMD: the period with the regent's visi, misi, tujuan, sasaran, their indicators and priorities.
import type { z } from 'zod';
import type { NilaiTahun, Rpjmd, RpjmdRingkas, renstraApi } from '../../shared/api/renstra';
import { tahunAkhirPeriode } from '../../shared/renstra/periode';
import type { Db } from '../db/connection';
import { perPemilik } from '../db/pemilik';
import { denganRevisi, hapusMenurutId, simpanMenurutId } from '../db/simpan';
import { DitolakError } from '../errors';
import { tulisTahunan } from './tahunan';

type Input<M extends keyof typeof renstraApi> = z.output<(typeof renstraApi)[M]['input']>;

const KOLOM_RPJMD = ['id', 'tahunAwal', 'tahunAkhir', 'namaBupati', 'namaWakil', 'visi'] as const;

export async function daftarRpjmd(db: Db): Promise<RpjmdRingkas[]> {
  return db.selectFrom('rpjmd').select(KOLOM_RPJMD).orderBy('tahunAwal', 'desc').execute();
}

/** The RPJMD whose five years include the year; null when none was entered. */
export async function rpjmdUntukTahun(db: Db, tahun: number): Promise<RpjmdRingkas | null> {
  const row = await db
    .selectFrom('rpjmd')
    .select(KOLOM_RPJMD)
    .where('tahunAwal', '<=', tahun)
    .where('tahunAkhir', '>=', tahun)
    .executeTakeFirst();
  return row ?? null;
}

export async function ambilRpjmd(db: Db, id: number): Promise<RpjmdRingkas> {
  const row = await db.selectFrom('rpjmd').select(KOLOM_RPJMD).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DitolakError(`RPJMD dengan ID ${id} tidak ditemukan`);
  return row;
}

/** Years outside the period, or written twice, refused with the field named (`nilai.2.tahun`, or under `daftar`). */
export function periksaTahun(
  nilai: readonly { tahun: number }[],
  r: { tahunAwal: number; tahunAkhir: number },
  daftar = 'nilai',
): void {
  const salah: { kolom: string; pesan: string }[] = [];
  const dilihat = new Set<number>();
  nilai.forEach((n, i) => {
    if (n.tahun < r.tahunAwal || n.tahun > r.tahunAkhir)
      salah.push({
        kolom: `${daftar}.${i}.tahun`,
        pesan: `Tahun ${n.tahun} di luar periode RPJMD ${r.tahunAwal}-${r.tahunAkhir}`,
      });
    else if (dilihat.has(n.tahun))
      salah.push({ kolom: `${daftar}.${i}.tahun`, pesan: `Tahun ${n.tahun} tertulis dua kali` });
    dilihat.add(n.tahun);
  });
  if (salah.length > 0) throw new DitolakError(salah.map((s) => s.pesan).join('; '), salah);
}

/** A UNIQUE violation as the user's message; anything else is rethrown. */
export function tolakDuplikat(error: unknown, pesan: string, kolom: string): never {
  if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new DitolakError(pesan, [{ kolom, pesan }]);
  }
  throw error;
}

export async function simpanRpjmd(db: Db, r: Input<'rpjmd.simpan'>): Promise<number> {
  const data = {
    tahunAwal: r.tahunAwal,
    tahunAkhir: tahunAkhirPeriode(r.tahunAwal),
    namaBupati: r.namaBupati,
    namaWakil: r.namaWakil,
    visi: r.visi,
  };
  const tumpang = await db
    .selectFrom('rpjmd')
    .select(['tahunAwal', 'tahunAkhir'])
    .where('tahunAwal', '<=', data.tahunAkhir)
    .where('tahunAkhir', '>=', data.tahunAwal)
    .$if(r.id !== undefined, (q) => q.where('id', '!=', r.id!))
    .executeTakeFirst();
  if (tumpang) {
    const pesan = `Periode ${data.tahunAwal}-${data.tahunAkhir} bertumpang tindih dengan RPJMD ${tumpang.tahunAwal}-${tumpang.tahunAkhir}`;
    throw new DitolakError(pesan, [{ kolom: 'tahunAwal', pesan }]);
  }
  if (r.id === undefined) {
    return (await db.insertInto('rpjmd').values(data).returning('id').executeTakeFirstOrThrow()).id;
  }
  // Years already written for indicators must stay inside the period.
  const lama = await ambilRpjmd(db, r.id);
  if (lama.tahunAwal !== data.tahunAwal) {
    const terpakai = await db
      .selectFrom('nilaiIndikatorSasaran as n')
      .innerJoin('indikatorSasaran as i', 'i.id', 'n.indikatorId')
      .innerJoin('rpjmdSasaran as s', 's.id', 'i.sasaranId')
      .innerJoin('rpjmdTujuan as t', 't.id', 's.tujuanId')
      .innerJoin('rpjmdMisi as m', 'm.id', 't.misiId')
      .select('n.tahun')
      .where('m.rpjmdId', '=', r.id)
      .where((eb) => eb.or([eb('n.tahun', '<', data.tahunAwal), eb('n.tahun', '>', data.tahunAkhir)]))
      .executeTakeFirst();
    if (terpakai) {
      const pesan = `Sudah ada target tahun ${terpakai.tahun} yang akan berada di luar periode baru`;
      throw new DitolakError(pesan, [{ kolom: 'tahunAwal', pesan }]);
    }
  }
  await db.updateTable('rpjmd').set(data).where('id', '=', r.id).execute();
  return r.id;
}

/** Each item of an RPJMD by its kind: its table and its name in messages. */
const TABEL_BUTIR = {
  rpjmd: ['rpjmd', 'RPJMD'],
  misi: ['rpjmdMisi', 'Misi'],
  tujuan: ['rpjmdTujuan', 'Tujuan'],
  sasaran: ['rpjmdSasaran', 'Sasaran'],
  indikator: ['indikatorSasaran', 'Indikator'],
  prioritas: ['prioritas', 'Prioritas'],
} as const;

/** Misi, tujuan and sasaran are the same shape: a number under a parent and a text. Each one's parent and key. */
const INDUK_BUTIR = {
  misi: ['rpjmd', 'rpjmdId'],
  tujuan: ['misi', 'misiId'],
  sasaran: ['tujuan', 'tujuanId'],
} as const;

export async function simpanButir(
  db: Db,
  jenis: keyof typeof INDUK_BUTIR,
  indukId: number,
  b: { id?: number | undefined; nomor: number; uraian: string },
): Promise<number> {
  const [tabel, label] = TABEL_BUTIR[jenis];
  const [jenisInduk, kolomInduk] = INDUK_BUTIR[jenis];
  const [tabelInduk, labelInduk] = TABEL_BUTIR[jenisInduk];
  const ada = await db.selectFrom(tabelInduk).select('id').where('id', '=', indukId).executeTakeFirst();
  if (!ada) throw new DitolakError(`${labelInduk} dengan ID ${indukId} tidak ditemukan`);
  const data = { [kolomInduk]: indukId, nomor: b.nomor, uraian: b.uraian } as { nomor: number; uraian: string } & {
    rpjmdId: number;
    misiId: number;
    tujuanId: number;
  };
  try {
    return await simpanMenurutId(db, tabel, b.id, label, data);
  } catch (error) {
    return tolakDuplikat(error, `${label} nomor ${b.nomor} sudah ada`, 'nomor');
  }
}

/** The RPJMD period a sasaran belongs to (through its tujuan and misi); undefined for an unknown sasaran. */
export async function rpjmdIdSasaran(db: Db, sasaranId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('rpjmdSasaran as s')
    .innerJoin('rpjmdTujuan as t', 't.id', 's.tujuanId')
    .innerJoin('rpjmdMisi as m', 'm.id', 't.misiId')
    .select('m.rpjmdId')
    .where('s.id', '=', sasaranId)
    .executeTakeFirst();
  return row?.rpjmdId;
}

async function rpjmdDariSasaran(db: Db, sasaranId: number): Promise<RpjmdRingkas> {
  const rpjmdId = await rpjmdIdSasaran(db, sasaranId);
  if (rpjmdId === undefined) throw new DitolakError(`Sasaran dengan ID ${sasaranId} tidak ditemukan`);
  return ambilRpjmd(db, rpjmdId);
}

export async function simpanIndikatorSasaran(db: Db, { id, nilai, ...data }: Input<'rpjmd.simpanIndikator'>) {
  periksaTahun(nilai, await rpjmdDariSasaran(db, data.sasaranId));
  return db.transaction().execute(async (trx) => {
    const iid = await simpanMenurutId(trx, 'indikatorSasaran', id, 'Indikator', data);
    await tulisTahunan(trx, 'nilai_indikator_sasaran', { kolom: 'indikator_id', id: iid }, nilai);
    // Its values' triggers raised the revision too: the grid's next save of this row sends this one.
    return denganRevisi(trx, 'indikatorSasaran', iid);
  });
}

export async function simpanPrioritas(db: Db, { id, sasaranIds, ...data }: Input<'rpjmd.simpanPrioritas'>) {
  await ambilRpjmd(db, data.rpjmdId);
  if (sasaranIds.length > 0) {
    const milik = await db
      .selectFrom('rpjmdSasaran as s')
      .innerJoin('rpjmdTujuan as t', 't.id', 's.tujuanId')
      .innerJoin('rpjmdMisi as m', 'm.id', 't.misiId')
      .select('s.id')
      .where('s.id', 'in', sasaranIds)
      .where('m.rpjmdId', '=', data.rpjmdId)
      .execute();
    const asing = sasaranIds.filter((s) => !milik.some((m) => m.id === s));
    if (asing.length > 0) {
      const pesan = `Sasaran dengan ID ${asing.join(', ')} tidak ada di RPJMD ini`;
      throw new DitolakError(pesan, [{ kolom: 'sasaranIds', pesan }]);
    }
  }
  return db.transaction().execute(async (trx) => {
    let pid = id;
    try {
      pid = await simpanMenurutId(trx, 'prioritas', id, 'Prioritas', data);
    } catch (error) {
      tolakDuplikat(error, `Prioritas "${data.nama}" sudah ada`, 'nama');
    }
    const prioritasId = pid;
    // Only the links that changed are removed or added, so Riwayat records what the user changed and nothing else.
    const dipilih = new Set(sasaranIds);
    const ada = new Set(
      (
        await trx.selectFrom('prioritasSasaran').select('sasaranId').where('prioritasId', '=', prioritasId).execute()
      ).map((r) => r.sasaranId),
    );
    const lepas = [...ada].filter((s) => !dipilih.has(s));
    if (lepas.length > 0)
      await trx
        .deleteFrom('prioritasSasaran')
        .where('prioritasId', '=', prioritasId)
        .where('sasaranId', 'in', lepas)
        .execute();
    const tambah = [...dipilih].filter((s) => !ada.has(s));
    if (tambah.length > 0)
      await trx
        .insertInto('prioritasSasaran')
        .values(tambah.map((sasaranId) => ({ prioritasId, sasaranId })))
        .execute();
    return prioritasId;
  });
}

export async function hapusButirRpjmd(db: Db, jenis: keyof typeof TABEL_BUTIR, id: number): Promise<void> {
  const [tabel, label] = TABEL_BUTIR[jenis];
  if (jenis === 'rpjmd') {
    // Renstra of every OPD hang on the period: deleting it must be a deliberate act on an empty period.
    const renstra = await db.selectFrom('renstra').select('id').where('rpjmdId', '=', id).executeTakeFirst();
    if (renstra) throw new DitolakError('RPJMD ini sudah memiliki Renstra perangkat daerah: hapus Renstra-nya dahulu');
  }
  await hapusMenurutId(db, tabel, id, label);
}

/**
 * The yearly targets and realisations of the indicators `ids`, year by year, by indicator. The RPJMD's indicators and
 * the Renstra's keep them in two tables of one shape.
 */
export async function nilaiIndikator(
  db: Db,
  tabel: 'nilaiIndikatorSasaran' | 'renstraTarget',
  ids: readonly number[],
): Promise<Map<number, NilaiTahun[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom(tabel)
    .select(['indikatorId', 'tahun', 'target', 'realisasi'])
    .where('indikatorId', 'in', ids)
    .orderBy('tahun')
    .execute();
  return perPemilik(rows, 'indikatorId');
}

export async function rincianRpjmd(db: Db, id: number): Promise<Rpjmd> {
  const r = await ambilRpjmd(db, id);
  const misi = await db.selectFrom('rpjmdMisi').selectAll().where('rpjmdId', '=', id).orderBy('nomor').execute();
  const tujuan = misi.length
    ? await db
        .selectFrom('rpjmdTujuan')
        .selectAll()
        .where(
          'misiId',
          'in',
          misi.map((m) => m.id),
        )
        .orderBy('nomor')
        .execute()
    : [];
  const sasaran = tujuan.length
    ? await db
        .selectFrom('rpjmdSasaran')
        .selectAll()
        .where(
          'tujuanId',
          'in',
          tujuan.map((t) => t.id),
        )
        .orderBy('nomor')
        .execute()
    : [];
  const sasaranIds = sasaran.map((s) => s.id);
  const indikator = sasaranIds.length
    ? await db
        .selectFrom('indikatorSasaran')
        .select(['id', 'revisi', 'sasaranId', 'uraian', 'satuan', 'baseline', 'jenis', 'arah'])
        .where('sasaranId', 'in', sasaranIds)
        .orderBy('urutan')
        .orderBy('id')
        .execute()
    : [];
  const nilai = await nilaiIndikator(
    db,
    'nilaiIndikatorSasaran',
    indikator.map((i) => i.id),
  );
  const prioritas = await db
    .selectFrom('prioritas')
    .select(['id', 'tingkat', 'nama', 'uraian'])
    .where('rpjmdId', '=', id)
    .orderBy('tingkat')
    .orderBy('nama')
    .execute();
  const tautan = prioritas.length
    ? await db
        .selectFrom('prioritasSasaran')
        .selectAll()
        .where(
          'prioritasId',
          'in',
          prioritas.map((p) => p.id),
        )
        .execute()
    : [];
  return {
    ...r,
    misi: misi.map((m) => ({
      id: m.id,
      nomor: m.nomor,
      uraian: m.uraian,
      tujuan: tujuan
        .filter((t) => t.misiId === m.id)
        .map((t) => ({
          id: t.id,
          nomor: t.nomor,
          uraian: t.uraian,
          sasaran: sasaran
            .filter((s) => s.tujuanId === t.id)
            .map((s) => ({
              id: s.id,
              nomor: s.nomor,
              uraian: s.uraian,
              indikator: indikator
                .filter((i) => i.sasaranId === s.id)
                .map(({ sasaranId: _s, ...i }) => ({ ...i, nilai: nilai.get(i.id) ?? [] })),
              prioritasIds: tautan.filter((x) => x.sasaranId === s.id).map((x) => x.prioritasId),
            })),
        })),
    })),
    prioritas: prioritas.map((p) => ({
      ...p,
      sasaranIds: tautan.filter((x) => x.prioritasId === p.id).map((x) => x.sasaranId),
    })),
  };
}
