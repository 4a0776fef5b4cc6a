// Gathers what a deck shows from the report's context (the same figures as Beranda and the report), the meetings'
// kendala and follow-ups, and the regency's colours and logo; the slides themselves are written in isi.ts.
import type { KunciLaporan } from '../../shared/api/laporan';
import type { Pengaturan } from '../../shared/api/pengaturan';
import type { Kendala, TindakLanjut } from '../../shared/api/rapat';
import { rollup } from '../../shared/monev/rollup';
import { KLASTER, LABEL_KLASTER } from '../../shared/opd';
import type { Db } from '../db/connection';
import { angka } from '../monev/hitung';
import { namaDaerah } from '../laporan/cakupan';
import { logoDaerah } from '../laporan/bagianDokumen';
import type { KonteksLaporan } from '../laporan/konteks';
import { narasiLaporan, teksNarasi } from '../laporan/narasi';
import { idButir, muatKendala, muatTindakLanjut } from '../rapat/tindakLanjut';
import {
  labelPeriode,
  slideAngka,
  slideKlaster,
  slideKurvaS,
  slideMerah,
  slidePenutup,
  slidePeringkat,
  slideTanpaMerah,
  type CatatanOpd,
} from './isi';
import { slideKendalaOpd, slideSubTertinggal } from './isiOpd';
import type { Butir, Slide, Tema } from './slide';

export async function temaPaparan(db: Db, pengaturan: Pengaturan): Promise<Tema> {
  return {
    warnaUtama: pengaturan.warnaUtama,
    warnaAksen: pengaturan.warnaAksen,
    logo: await logoDaerah(db),
    daerah: namaDaerah(pengaturan.namaPemda),
  };
}

/** The kendala and follow-ups a deck may cite: a meeting's own, or every open one when no meeting is given. */
export interface ButirRapat {
  kendala: Kendala[];
  tindakLanjut: TindakLanjut[];
}

export async function butirTerbuka(db: Db): Promise<ButirRapat> {
  const [kendala, tindakLanjut] = await Promise.all([
    idButir(db, 'kendala', 'terbuka').then((ids) => muatKendala(db, ids)),
    idButir(db, 'tindak_lanjut', 'terbuka').then((ids) => muatTindakLanjut(db, ids)),
  ]);
  return { kendala, tindakLanjut };
}

export function catatanOpd(b: ButirRapat, k: KonteksLaporan, opdId: number): CatatanOpd {
  return {
    kendala: b.kendala.filter((x) => x.opd?.id === opdId),
    tindakLanjut: b.tindakLanjut.filter((t) => t.opd.some((o) => o.id === opdId)),
    kendalaOpd: k.tabel.find((t) => t.opd.id === opdId)?.penghambat ?? [],
  };
}

/** Each cluster with OPD in the scope, its total rolled up from its sub kegiatan like any scope's. */
function slideKlasterSemua(k: KonteksLaporan): Slide[] {
  const { data } = k;
  const periode = { tahun: data.tahun, triwulan: data.triwulan };
  return KLASTER.flatMap((klaster) => {
    const opd = data.opd.filter((o) => o.klaster === klaster);
    if (opd.length === 0) return [];
    const ids = new Set(opd.map((o) => o.opdId));
    const total = angka(rollup(data.sub.filter((s) => ids.has(s.opdId))), k.aturan);
    return [slideKlaster(LABEL_KLASTER[klaster], total, opd, data.ringkasan.versi, periode)];
  });
}

export interface OpsiIsi {
  butir: ButirRapat;
  /** Rakerda: one slide per cluster. */
  perKlaster: boolean;
  /** Meeting-specific decisions put before the report's. */
  keputusanTambahan: Butir[];
}

/** The body of a meeting's or a report's deck, after its title slide. */
export async function isiPaparan(db: Db, kunci: KunciLaporan, k: KonteksLaporan, opsi: OpsiIsi): Promise<Slide[]> {
  const { data } = k;
  const periode = { tahun: data.tahun, triwulan: data.triwulan };
  const dilaporkan = data.jumlahTerisi > 0;
  const satuOpd = data.cakupan.jenis === 'opd';
  const slide: Slide[] = [
    slideAngka({
      judul: 'Realisasi fisik dan keuangan',
      subjudul: `${data.nama} · ${labelPeriode(periode)}`,
      total: data.total,
      versi: data.ringkasan.versi,
      opd: satuOpd ? null : data.opd,
      jumlahTerisi: data.jumlahTerisi,
      jumlahSub: data.jumlahSub,
      periode,
    }),
    slideKurvaS(data.kurvaS, data.nama, periode),
  ];
  if (dilaporkan && !satuOpd) {
    slide.push(...slidePeringkat(data.opd, periode));
    slide.push(
      ...(k.merah.length > 0
        ? k.merah.map((m) => slideMerah(m.opd, catatanOpd(opsi.butir, k, m.opd.opdId)))
        : [slideTanpaMerah(periode)]),
    );
  }
  if (dilaporkan && satuOpd) {
    const opdId = data.opd[0]?.opdId ?? data.cakupan.opdId!;
    slide.push(slideSubTertinggal(k), slideKendalaOpd(k, catatanOpd(opsi.butir, k, opdId)));
  }
  if (opsi.perKlaster && dilaporkan) slide.push(...slideKlasterSemua(k));
  const narasi = teksNarasi(await narasiLaporan(db, kunci, k));
  slide.push(slidePenutup(narasi.keputusan, opsi.keputusanTambahan));
  return slide;
}
