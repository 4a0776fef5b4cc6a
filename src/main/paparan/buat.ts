// The two decks the section presents: a meeting's (archived with its documents) and a report's period and scope.
import { jabatanLengkap } from '../../shared/tandaTangan';
import type { BerkasJadi } from '../../shared/api/ekspor';
import type { KunciLaporan } from '../../shared/api/laporan';
import type { DokumenRingkas, Rapat, TindakLanjut } from '../../shared/api/rapat';
import { formatAngka, formatHariTanggal, labelTriwulan } from '../../shared/format';
import { JENIS_PAPARAN, triwulanDievaluasi } from '../../shared/rapat';
import type { Db } from '../db/connection';
import { namaBerkasAman, simpanDokumen } from '../arsip/repository';
import { penandatanganLaporan } from '../laporan/bagianDokumen';
import { konteksAtauAlasan } from '../laporan/konteks';
import { ambilPengaturanCetak } from '../pengaturan/repository';
import { ambilRapat } from '../rapat/repository';
import { muatTindakLanjut } from '../rapat/tindakLanjut';
import { tindakLanjutRapat } from '../rapat/tinjauan';
import { labelPeriode, slideKosong, type Periode } from './isi';
import { butirTerbuka, isiPaparan, temaPaparan, type ButirRapat, type OpsiIsi } from './kumpul';
import { buatPaparan } from './pptx';
import { ringkasTeks, type Butir, type Slide } from './slide';

interface Pembuka {
  judul: string;
  subjudul: string;
  rincian: string[];
  penyajiId: number | null;
}

/** Title slide, then the body; a scope without a Renja for the year gets one slide saying so instead of an error. */
async function susunDeck(db: Db, kunci: KunciLaporan, pembuka: Pembuka, opsi: () => Promise<OpsiIsi>) {
  await ambilPengaturanCetak(db, 'paparan');
  const [hasil, pejabat] = await Promise.all([
    konteksAtauAlasan(db, kunci),
    penandatanganLaporan(db, pembuka.penyajiId),
  ]);
  const pengaturan = 'konteks' in hasil ? hasil.konteks.pengaturan : hasil.pengaturan;
  const data = 'konteks' in hasil ? hasil.konteks.data : hasil.data;
  const judul: Slide = {
    jenis: 'judul',
    judul: pembuka.judul,
    subjudul: pembuka.subjudul,
    rincian: pembuka.rincian,
    penyaji: pejabat && { nama: pejabat.nama, jabatan: jabatanLengkap(pejabat) },
    catatan: [],
  };
  const isi =
    'konteks' in hasil
      ? await isiPaparan(db, kunci, hasil.konteks, await opsi())
      : [slideKosong(data.nama, { tahun: kunci.tahun, triwulan: kunci.triwulan }, hasil.alasan)];
  const isiBerkas = await buatPaparan({
    judul: pembuka.judul,
    tema: await temaPaparan(db, pengaturan),
    slide: [judul, ...isi],
  });
  return { isi: isiBerkas, nama: data.nama };
}

export async function paparanLaporan(db: Db, kunci: KunciLaporan, penyajiId: number | null): Promise<BerkasJadi> {
  const periode = { tahun: kunci.tahun, triwulan: kunci.triwulan };
  const { isi, nama } = await susunDeck(
    db,
    kunci,
    {
      judul: 'Evaluasi Pelaksanaan Program dan Kegiatan',
      subjudul: labelPeriode(periode),
      rincian: [],
      penyajiId,
    },
    async () => ({ butir: await butirTerbuka(db), perKlaster: false, keputusanTambahan: [] }),
  );
  return {
    namaBerkas: namaBerkasAman(`Paparan ${labelTriwulan(kunci.triwulan)} ${kunci.tahun} - ${nama}`, 'pptx'),
    base64: isi.toString('base64'),
  };
}

/** The quarter a meeting evaluates; without one, the last quarter closed before it (Rakerda: the year's fourth). */
export function periodeRapat(r: Pick<Rapat, 'tahun' | 'triwulan' | 'tanggal'>): Periode {
  if (r.tahun !== null) return { tahun: r.tahun, triwulan: r.triwulan ?? 4 };
  return triwulanDievaluasi(r.tanggal);
}

/** Whose figures a meeting looks at: the one OPD or the one cluster it invites, else the regency. */
export function cakupanRapat(r: Pick<Rapat, 'jenis' | 'peserta'>): Pick<KunciLaporan, 'cakupan' | 'opdId' | 'klaster'> {
  const opd = r.peserta.filter((p) => p.opdId !== null && p.diundang);
  const klaster = [...new Set(opd.map((p) => p.klaster))];
  if (r.jenis !== 'rakerda' && opd.length === 1) return { cakupan: 'opd', opdId: opd[0]!.opdId, klaster: null };
  if (r.jenis !== 'rakerda' && opd.length > 1 && klaster.length === 1 && klaster[0])
    return { cakupan: 'klaster', opdId: null, klaster: klaster[0] };
  return { cakupan: 'kabupaten', opdId: null, klaster: null };
}

const unik = <T extends { id: number }>(daftar: T[]) => [...new Map(daftar.map((x) => [x.id, x])).values()];

/**
 * The meeting's kendala (raised, reviewed, still open from before) and the follow-ups decided before it: those it
 * reviews, those still open, and every one of the previous meeting that decided any, done ones included.
 */
async function butirRapat(db: Db, rapat: Rapat): Promise<ButirRapat> {
  const tl = await tindakLanjutRapat(db, rapat.id);
  const lalu = await db
    .selectFrom('tindakLanjut as t')
    .innerJoin('rapat as r', 'r.id', 't.rapatId')
    .select('r.id')
    .where((eb) =>
      eb.or([
        eb('r.tanggal', '<', rapat.tanggal),
        eb.and([eb('r.tanggal', '=', rapat.tanggal), eb('r.id', '<', rapat.id)]),
      ]),
    )
    .orderBy('r.tanggal', 'desc')
    .orderBy('r.id', 'desc')
    .executeTakeFirst();
  const dariLalu = lalu
    ? await muatTindakLanjut(
        db,
        (await db.selectFrom('tindakLanjut').select('id').where('rapatId', '=', lalu.id).execute()).map((x) => x.id),
      )
    : [];
  const terbukaDulu = (a: TindakLanjut, b: TindakLanjut) =>
    Number(a.status === 'selesai') - Number(b.status === 'selesai') || Number(b.terlambat) - Number(a.terlambat);
  return {
    kendala: unik([...tl.kendalaDiangkat, ...tl.kendalaDitinjau, ...tl.kendalaTawaran]),
    tindakLanjut: unik([...tl.ditinjau, ...tl.tawaran, ...dariLalu]).sort(terbukaDulu),
  };
}

/** What the forum itself must settle: kendala brought to it, and follow-ups past their date. */
function keputusanRapat(b: ButirRapat): Butir[] {
  const forum = b.kendala.filter((k) => k.tingkat === 'forum_rakor' && k.status !== 'selesai');
  const terlambat = b.tindakLanjut.filter((t) => t.terlambat).length;
  return [
    ...forum.map((k) => ({
      teks: `Keputusan forum atas kendala ${k.opd ? `${k.opd.singkatan || k.opd.nama}: ` : ''}${ringkasTeks(k.uraian, 90)}`,
    })),
    ...(terlambat > 0
      ? [
          {
            teks: `${formatAngka(terlambat)} tindak lanjut melewati batas waktu: tetapkan batas waktu baru`,
          },
        ]
      : []),
  ];
}

export async function paparanRapat(db: Db, rapatId: number, penyajiId: number | null): Promise<DokumenRingkas> {
  const rapat = await ambilRapat(db, rapatId);
  const periode = periodeRapat(rapat);
  const kunci: KunciLaporan = { ...periode, ...cakupanRapat(rapat) };
  const { isi } = await susunDeck(
    db,
    kunci,
    {
      judul: rapat.judul,
      subjudul: `Paparan realisasi fisik dan keuangan ${labelPeriode(periode)}`,
      rincian: [formatHariTanggal(rapat.tanggal), rapat.tempat],
      penyajiId,
    },
    async () => {
      const butir = await butirRapat(db, rapat);
      return { butir, perKlaster: rapat.jenis === 'rakerda', keputusanTambahan: keputusanRapat(butir) };
    },
  );
  return simpanDokumen(db, {
    rapatId,
    jenis: JENIS_PAPARAN,
    namaBerkas: namaBerkasAman(`Paparan ${rapat.judul} ${rapat.tanggal}`, 'pptx'),
    isi,
  });
}
