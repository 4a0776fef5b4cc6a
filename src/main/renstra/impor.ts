// Import of Renstra targets from .xlsx/.csv through the same reader, header search and row problems as the Renja import.
import type { z } from 'zod';
import type { MasalahImpor } from '../../shared/api/impor';
import type { imporRenstraInput, PratinjauRenstra, RpjmdRingkas } from '../../shared/api/renstra';
import { formatAngka, formatRupiah, parseAngka, type JenisAngka } from '../../shared/format';
import { kodeInduk, tingkatKode } from '../../shared/renja';
import type { Context } from '../api/context';
import { cadangkanSebelum } from '../backup';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { bacaBerkas, type Sel } from '../impor/baca';
import { cariHeader, normalisasiJudul } from '../impor/kolom';
import { barisData } from '../impor/nilai';
import { cariOpd } from '../impor/opd';
import { renstraId } from './repository';
import { ambilRpjmd } from './rpjmd';

type Input = z.output<typeof imporRenstraInput>;

/** A column the Renja header map does not know: yearly target, realisation, pagu, baseline, end target. */
export type KolomTahunan =
  | { jenis: 'baseline' | 'targetAkhir' }
  | { jenis: 'target' | 'realisasi' | 'pagu' | 'realisasiAnggaran'; tahun: number };

export function kolomTahunan(judul: string): KolomTahunan | null {
  const n = normalisasiJudul(judul);
  if (/^(baseline|kondisi awal|capaian awal|kondisi kinerja awal)$/.test(n)) return { jenis: 'baseline' };
  if (/^(target akhir|target akhir periode|kondisi akhir|kondisi kinerja akhir|target akhir renstra)$/.test(n))
    return { jenis: 'targetAkhir' };
  const m =
    /^(target|target kinerja|realisasi anggaran|realisasi|pagu|pagu indikatif|anggaran) (?:tahun )?(20\d\d)$/.exec(n);
  if (!m) return null;
  const jenis = {
    target: 'target',
    'target kinerja': 'target',
    realisasi: 'realisasi',
    'realisasi anggaran': 'realisasiAnggaran',
  }[m[1]!] as 'target' | 'realisasi' | 'realisasiAnggaran' | undefined;
  return { jenis: jenis ?? 'pagu', tahun: Number(m[2]) };
}

function labelKolom(k: KolomTahunan): string {
  const label = {
    baseline: 'Baseline',
    targetAkhir: 'Target akhir periode',
    target: 'Target',
    realisasi: 'Realisasi',
    pagu: 'Pagu indikatif (Rp)',
    realisasiAnggaran: 'Realisasi anggaran (Rp)',
  }[k.jenis];
  return 'tahun' in k ? `${label} ${k.tahun}` : label;
}

function angkaSel(v: Sel | undefined, jenis: JenisAngka) {
  if (typeof v === 'object' && v !== null)
    return { ok: true as const, value: jenis === 'persen' ? v.persen : v.persen / 100 };
  return parseAngka(v ?? null, { jenis });
}

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

async function siapkan(db: Db, input: Input) {
  const rpjmd = await ambilRpjmd(db, input.rpjmdId);
  const lembar = await bacaBerkas(input.namaBerkas, Buffer.from(input.base64, 'base64'));
  const header = cariHeader(lembar.baris);
  if (!header) {
    throw new DitolakError(
      'Baris judul kolom tidak ditemukan: berkas harus memiliki kolom Kode dan kolom lain seperti Uraian, Indikator atau Satuan',
    );
  }
  const masalah: MasalahImpor[] = [];
  const tahunan = new Map<number, KolomTahunan>();
  const dikenali = [...header.dikenali];
  (lembar.baris[header.indeks] ?? []).forEach((sel, j) => {
    const k = typeof sel === 'string' ? kolomTahunan(sel) : null;
    if (!k) return;
    if ('tahun' in k && (k.tahun < rpjmd.tahunAwal || k.tahun > rpjmd.tahunAkhir)) {
      masalah.push({
        baris: header.indeks + 1,
        kolom: String(sel),
        pesan: `Tahun ${k.tahun} di luar periode RPJMD ${rpjmd.tahunAwal}-${rpjmd.tahunAkhir}`,
      });
      return;
    }
    tahunan.set(j, k);
    dikenali.push({ judul: String(sel).trim(), dibacaSebagai: labelKolom(k) });
  });
  if (![...tahunan.values()].some((k) => k.jenis === 'target' || k.jenis === 'pagu'))
    masalah.push({ baris: header.indeks + 1, kolom: '', pesan: 'Tidak ada kolom Target <tahun> atau Pagu <tahun>' });

  const data = barisData(lembar.baris, header, masalah);
  const opd = await cariOpd(db, header, data, input.opdId);
  const unit = new Map<string, UnitImpor>();
  for (const b of data) {
    const kode = b.teks('kode');
    const tingkat = tingkatKode(kode);
    if (tingkat === null && /^\d(\.\d{2})?$/.test(kode)) continue;
    if (tingkat === null || tingkat === 'subKegiatan') {
      b.catat(
        'kode',
        kode === ''
          ? 'Kode wajib diisi'
          : `Kode "${kode}" bukan kode program atau kegiatan (Renstra sampai tingkat kegiatan)`,
      );
      continue;
    }
    const opdId = opd.untuk(b);
    if (opdId === null) continue;
    const kunci = `${opdId}|${kode}`;
    const u: UnitImpor = unit.get(kunci) ?? { opdId, kode, nama: '', tingkat, indikator: [], pagu: new Map() };
    unit.set(kunci, u);
    if (!u.nama) u.nama = b.teks('nama');
    const sel = lembar.baris[b.nomor - 1] ?? [];
    const baca = (j: number, k: KolomTahunan) => {
      const uang = k.jenis === 'pagu' || k.jenis === 'realisasiAnggaran';
      const h = angkaSel(sel[j], uang ? 'uang' : 'bilangan');
      if (!h.ok) masalah.push({ baris: b.nomor, kolom: labelKolom(k), pesan: h.pesan });
      else if (uang && h.value !== null && h.value < 0)
        masalah.push({ baris: b.nomor, kolom: labelKolom(k), pesan: `${labelKolom(k)} tidak boleh negatif` });
      else return h.value;
      return null;
    };
    const uraian = b.teks('indikator');
    const ind: IndikatorImpor | null = uraian
      ? { uraian, satuan: b.teks('satuan'), baseline: null, targetAkhir: null, nilai: new Map() }
      : null;
    if (ind && u.indikator.some((i) => i.uraian === uraian))
      b.catat('indikator', `Indikator "${uraian}" untuk ${kode} sudah tertulis di baris sebelumnya`);
    for (const [j, k] of tahunan) {
      const v = baca(j, k);
      if (v === null) continue;
      const tanpaIndikator = () =>
        masalah.push({ baris: b.nomor, kolom: labelKolom(k), pesan: 'Target tanpa indikator: isi kolom Indikator' });
      if (!('tahun' in k)) {
        if (ind) ind[k.jenis] = v;
        else tanpaIndikator();
      } else if (k.jenis === 'pagu' || k.jenis === 'realisasiAnggaran') {
        const p = u.pagu.get(k.tahun) ?? { pagu: 0, realisasi: null };
        if (k.jenis === 'pagu') p.pagu = v;
        else p.realisasi = v;
        u.pagu.set(k.tahun, p);
      } else if (!ind) {
        tanpaIndikator();
      } else {
        const n = ind.nilai.get(k.tahun) ?? {};
        n[k.jenis] = v;
        ind.nilai.set(k.tahun, n);
      }
    }
    if (ind) u.indikator.push(ind);
  }

  // Kegiatan need their program: in the file, or already in this OPD's Renstra.
  const adaDiDb = new Set(
    (
      await db
        .selectFrom('renstraProgram as p')
        .innerJoin('renstra as r', 'r.id', 'p.renstraId')
        .select(['r.opdId', 'p.kode'])
        .where('r.rpjmdId', '=', rpjmd.id)
        .execute()
    ).map((p) => `${p.opdId}|${p.kode}`),
  );
  for (const u of unit.values()) {
    if (!u.nama) masalah.push({ baris: 0, kolom: 'Uraian', pesan: `Nama ${u.tingkat} ${u.kode} wajib diisi` });
    const induk = u.tingkat === 'kegiatan' ? `${u.opdId}|${kodeInduk(u.kode)}` : null;
    if (induk && !unit.has(induk) && !adaDiDb.has(induk))
      masalah.push({
        baris: 0,
        kolom: 'Kode',
        pesan: `Program ${kodeInduk(u.kode)} untuk kegiatan ${u.kode} tidak ada di berkas maupun di Renstra`,
      });
  }
  masalah.sort((a, b) => a.baris - b.baris);
  const daftar = [...unit.values()];
  const pratinjau: PratinjauRenstra = {
    jenis: 'renstra',
    barisHeader: header.indeks + 1,
    kolomDikenali: dikenali,
    jumlahBarisData: data.length,
    ringkasan: [
      `${formatAngka(daftar.filter((u) => u.tingkat === 'program').length)} program, ${formatAngka(daftar.filter((u) => u.tingkat === 'kegiatan').length)} kegiatan, ${formatAngka(daftar.reduce((a, u) => a + u.indikator.length, 0))} indikator`,
      `Jumlah pagu indikatif program ${formatRupiah(
        daftar
          .filter((u) => u.tingkat === 'program')
          .reduce((a, u) => a + [...u.pagu.values()].reduce((x, p) => x + p.pagu, 0), 0),
        { desimal: false },
      )}`,
      `Periode RPJMD ${rpjmd.tahunAwal}-${rpjmd.tahunAkhir}`,
      ...opd.ringkasan(),
    ],
    masalah,
  };
  return { pratinjau, daftar, rpjmd };
}

/** Writes in one transaction: programs before kegiatan; indicators matched by wording; only the years in the file. */
async function tulis(db: Db, rpjmd: RpjmdRingkas, daftar: UnitImpor[]): Promise<void> {
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
      for (const [tahun, p] of u.pagu) {
        await trx.deleteFrom('renstraPagu').where(kunci, '=', pemilikId).where('tahun', '=', tahun).execute();
        await trx
          .insertInto('renstraPagu')
          .values({ programId: null, kegiatanId: null, [kunci]: pemilikId, tahun, ...p })
          .execute();
      }
    }
  });
}

export async function pratinjauImporRenstra(db: Db, input: Input): Promise<PratinjauRenstra> {
  return (await siapkan(db, input)).pratinjau;
}

export async function terapkanImporRenstra(ctx: Context, input: Input): Promise<PratinjauRenstra> {
  const { pratinjau, daftar, rpjmd } = await siapkan(ctx.db, input);
  if (pratinjau.masalah.length > 0) {
    const m = pratinjau.masalah[0]!;
    throw new DitolakError(
      `Impor dibatalkan, tidak ada data yang diubah: ${formatAngka(pratinjau.masalah.length)} masalah, mis. baris ${m.baris}${m.kolom ? ` kolom ${m.kolom}` : ''}: ${m.pesan}`,
      pratinjau.masalah.map((x) => ({ kolom: `${x.baris}.${x.kolom}`, pesan: x.pesan })),
    );
  }
  if (daftar.length === 0)
    throw new DitolakError('Berkas tidak berisi baris program atau kegiatan di bawah judul kolom');
  await cadangkanSebelum(ctx, 'impor');
  await tulis(ctx.db, rpjmd, daftar);
  return pratinjau;
}
