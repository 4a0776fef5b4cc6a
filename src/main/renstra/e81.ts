// Renstra figures for the Permendagri 86 evaluation table (Formulir E.81), columns 5 and 6, per Renja program and kegiatan.
import type { IndikatorRenstra, PaguTahun } from '../../shared/api/renstra';
import { nilaiTahunan } from '../../shared/monev/rules';
import type { Db } from '../db/connection';
import { rincianPemilik } from './repository';

export interface IndikatorE81 {
  uraian: string;
  satuan: string;
  /** Column 5 K: target at the end of the Renstra period. */
  targetAkhir: number | null;
  /**
   * Column 6 K: realisation of the Renstra up to last year: the sum of the yearly realisations for a `jumlah`
   * indicator, the latest for a `posisi` one; null when no year before `tahun` has one.
   */
  realisasiSdTahunLalu: number | null;
}

export interface AngkaRenstraE81 {
  renstraId: number;
  kode: string;
  indikator: IndikatorE81[];
  /** Column 5 Rp: pagu indikatif summed over the five years; null when the Renstra has none. */
  paguAkhir: number | null;
  /** Column 6 Rp: realisasi anggaran written in the Renstra for the years before `tahun`; null when none is. */
  realisasiSdTahunLaluRp: number | null;
}

/** Column 2 of a linked Renja program: the sasaran its Renstra program serves. */
export interface SasaranE81 {
  /** The Renstra PD sasaran, else the RPJMD sasaran the program is aligned with. */
  sasaran: string | null;
  /** The RPJMD sasaran: what the RKPD of the year follows (the line above the table). */
  sasaranRpjmd: string | null;
}

export interface AngkaRenstraE81PerRenja {
  /** By Renja program id (table `program`), through its link in `program_renstra`. */
  program: Map<number, AngkaRenstraE81>;
  /** By Renja kegiatan id: the Renstra kegiatan of the same code under the linked Renstra program. */
  kegiatan: Map<number, AngkaRenstraE81>;
  /** By Renja program id, for every linked program. */
  sasaran: Map<number, SasaranE81>;
}

/** Columns 5 and 6 of one Renstra program or kegiatan `id`, from the indicators and pagu `rincianPemilik` read. */
function angka(
  id: number,
  kode: string,
  rincian: { indikator: Map<number, IndikatorRenstra[]>; pagu: Map<number, PaguTahun[]> },
  tahun: number,
): AngkaRenstraE81 {
  const indikator = rincian.indikator.get(id) ?? [];
  const pagu = rincian.pagu.get(id) ?? [];
  const lalu = pagu.filter((p) => p.tahun < tahun && p.realisasi !== null);
  return {
    renstraId: id,
    kode,
    indikator: indikator.map((i) => ({
      uraian: i.uraian,
      satuan: i.satuan,
      targetAkhir: i.targetAkhir,
      realisasiSdTahunLalu: nilaiTahunan(
        i.nilai.filter((n) => n.tahun < tahun).map((n) => n.realisasi),
        i.jenis,
      ),
    })),
    paguAkhir: pagu.length === 0 ? null : pagu.reduce((a, p) => a + p.pagu, 0),
    realisasiSdTahunLaluRp: lalu.length === 0 ? null : lalu.reduce((a, p) => a + (p.realisasi ?? 0), 0),
  };
}

/**
 * For the report engineer: Renstra figures of every linked Renja program (and its kegiatan) of the year, optionally
 * of one OPD. A Renja program without a link, or a kegiatan with no Renstra kegiatan of its code, is simply absent:
 * print "-" for it.
 */
export async function angkaRenstraUntukE81(db: Db, tahun: number, opdId?: number): Promise<AngkaRenstraE81PerRenja> {
  const tautan = await db
    .selectFrom('programRenstra as pr')
    .innerJoin('program as p', 'p.id', 'pr.programId')
    .innerJoin('renstraProgram as rp', 'rp.id', 'pr.renstraProgramId')
    .leftJoin('renstraSasaran as rs', 'rs.id', 'rp.renstraSasaranId')
    .leftJoin('rpjmdSasaran as ss', 'ss.id', 'rp.sasaranRpjmdId')
    .select([
      'p.id as programId',
      'rp.id as renstraProgramId',
      'rp.kode',
      'rs.uraian as sasaranRenstra',
      'ss.uraian as sasaranRpjmd',
    ])
    .where('p.tahun', '=', tahun)
    .$if(opdId !== undefined, (q) => q.where('p.opdId', '=', opdId!))
    .execute();
  const hasil: AngkaRenstraE81PerRenja = { program: new Map(), kegiatan: new Map(), sasaran: new Map() };
  if (tautan.length === 0) return hasil;
  for (const t of tautan) {
    const sasaranRpjmd = t.sasaranRpjmd?.trim() || null;
    hasil.sasaran.set(t.programId, { sasaran: t.sasaranRenstra?.trim() || sasaranRpjmd, sasaranRpjmd });
  }
  const rpIds = [...new Set(tautan.map((t) => t.renstraProgramId))];
  const rp = await rincianPemilik(db, 'programId', rpIds);
  for (const t of tautan) {
    hasil.program.set(t.programId, angka(t.renstraProgramId, t.kode, rp, tahun));
  }
  const pasangan = await db
    .selectFrom('kegiatan as k')
    .innerJoin('programRenstra as pr', 'pr.programId', 'k.programId')
    .innerJoin('renstraKegiatan as rk', (j) =>
      j.onRef('rk.programId', '=', 'pr.renstraProgramId').onRef('rk.kode', '=', 'k.kode'),
    )
    .select(['k.id as kegiatanId', 'rk.id as renstraKegiatanId', 'rk.kode'])
    .where(
      'k.programId',
      'in',
      tautan.map((t) => t.programId),
    )
    .execute();
  const rk = await rincianPemilik(
    db,
    'kegiatanId',
    pasangan.map((p) => p.renstraKegiatanId),
  );
  for (const p of pasangan) {
    hasil.kegiatan.set(p.kegiatanId, angka(p.renstraKegiatanId, p.kode, rk, tahun));
  }
  return hasil;
}
