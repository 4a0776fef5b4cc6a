// The slides every deck shares, written from the figures the dashboard and the report compute: headline figures,
// Kurva S, ranking, an OPD in merah with its kendala and follow-ups, a cluster, the decisions to take, "no data".
import type { AngkaMonev, BarisOpdMonev, TitikKurvaS } from '../../shared/api/monev';
import type { Kendala, TindakLanjut } from '../../shared/api/rapat';
import {
  formatAngka,
  formatPersen,
  formatPersenLisan,
  formatPoin,
  formatPoinLisan,
  formatRupiah,
  formatRupiahLisan,
  formatTanggal,
  labelSampaiTriwulan,
} from '../../shared/format';
import { LABEL_STATUS, type Status } from '../../shared/monev/rules';
import { LABEL_STATUS_KENDALA, LABEL_STATUS_TINDAK_LANJUT, type StatusTindakLanjut } from '../../shared/rapat';
import { LABEL_VERSI, type Versi } from '../../shared/renja';
import { kategoriKurvaS } from '../laporan/grafik';
import type { TeksKelompok } from '../laporan/kendala';
import { hitungStatus } from '../laporan/narasiBawaan';
import { MAKS_BARIS, muatButir, ringkasTeks, type Butir, type Kartu, type Slide } from './slide';

/** Bars per ranking slide: two bars and their labels per OPD stay at 18 pt. */
export const OPD_PER_SLIDE = 8;

export interface Periode {
  tahun: number;
  triwulan: number;
}

/** "s.d. Triwulan II Tahun 2026". */
export const labelPeriode = (p: Periode) => `${labelSampaiTriwulan(p.triwulan)} Tahun ${p.tahun}`;

const namaPendek = (o: { singkatan: string; nama: string }) => o.singkatan || o.nama;

function kartuAngka(t: AngkaMonev, versi: Versi): Kartu[] {
  return [
    { label: 'Pagu anggaran', nilai: formatRupiahLisan(t.pagu), keterangan: LABEL_VERSI[versi] },
    {
      label: 'Realisasi keuangan',
      nilai: formatRupiahLisan(t.realisasiKeuangan),
      keterangan: `${formatPersenLisan(t.persenKeuangan)} dari pagu`,
    },
    {
      label: 'Realisasi fisik',
      nilai: formatPersenLisan(t.realisasiFisik),
      keterangan: `target ${formatPersenLisan(t.targetFisik)}`,
    },
    {
      label: 'Deviasi fisik',
      nilai: formatPoinLisan(t.deviasiFisik),
      keterangan: t.status ? `status ${LABEL_STATUS[t.status].toLowerCase()}` : 'belum dapat dinilai',
      status: t.status,
    },
  ];
}

/** The exact figures behind the rounded ones, for the presenter's notes. */
export function catatanAngka(t: AngkaMonev): string[] {
  return [
    `Pagu: ${formatRupiah(t.pagu)}`,
    `Realisasi keuangan: ${formatRupiah(t.realisasiKeuangan)} (${formatPersen(t.persenKeuangan)})`,
    `Realisasi fisik: ${formatPersen(t.realisasiFisik)} dari target ${formatPersen(t.targetFisik)}`,
    `Deviasi fisik: ${formatPoin(t.deviasiFisik)} poin; deviasi keuangan: ${formatPoin(t.deviasiKeuangan)} poin`,
  ];
}

export interface IsiAngka {
  judul: string;
  subjudul: string;
  total: AngkaMonev;
  versi: Versi;
  /** The OPD counted per status; null for one OPD. */
  opd: BarisOpdMonev[] | null;
  jumlahTerisi: number;
  jumlahSub: number;
  periode: Periode;
  /** Lines after the figures ("Peringkat 5 dari 30 OPD"). */
  tambahan?: string[];
}

export function slideAngka(a: IsiAngka): Slide {
  const belum = a.jumlahTerisi === 0;
  const tambahan = (a.tambahan ?? []).map((teks) => ({ teks }));
  const butir: Butir[] = belum
    ? [{ teks: `Belum ada realisasi yang dilaporkan ${labelPeriode(a.periode)}.` }, ...tambahan]
    : [
        ...tambahan,
        { teks: `Sub kegiatan yang melapor: ${formatAngka(a.jumlahTerisi)} dari ${formatAngka(a.jumlahSub)}` },
      ];
  return {
    jenis: 'angka',
    judul: a.judul,
    subjudul: a.subjudul,
    kartu: kartuAngka(a.total, a.versi),
    status: a.opd && !belum ? hitungStatus(a.opd) : null,
    butir: muatButir(butir, a.opd && !belum ? 2 : 3),
    catatan: catatanAngka(a.total),
  };
}

export function slideKurvaS(titik: TitikKurvaS[], nama: string, periode: Periode): Slide {
  return {
    jenis: 'grafik',
    judul: `Kurva S ${nama}`,
    subjudul: `Target dan realisasi fisik kumulatif (%) ${labelPeriode(periode)}`,
    bentuk: 'garis',
    kategori: kategoriKurvaS(titik),
    seri: [
      { nama: 'Target fisik', nilai: titik.map((t) => t.targetFisik), warna: 'abu' },
      { nama: 'Realisasi fisik', nilai: titik.map((t) => t.realisasiFisik), warna: 'utama' },
    ],
    catatan: titik
      .slice(1)
      .map(
        (t, i) =>
          `${kategoriKurvaS(titik)[i + 1]}: target ${formatPersen(t.targetFisik)}, realisasi ${formatPersen(t.realisasiFisik)}`,
      ),
  };
}

/** The scope's OPD by rank, OPD_PER_SLIDE to a slide; nothing before any realisation is reported. */
export function slidePeringkat(opd: BarisOpdMonev[], periode: Periode): Slide[] {
  const slide: Slide[] = [];
  for (let i = 0; i < opd.length; i += OPD_PER_SLIDE) {
    const bagian = opd.slice(i, i + OPD_PER_SLIDE);
    slide.push({
      jenis: 'grafik',
      judul: `Peringkat OPD ${bagian[0]!.peringkat}–${bagian.at(-1)!.peringkat}`,
      subjudul: `Realisasi fisik dan penyerapan anggaran (%) ${labelPeriode(periode)}, dari ${opd.length} OPD`,
      bentuk: 'batang',
      kategori: bagian.map((o) => `${o.peringkat}. ${ringkasTeks(namaPendek(o), 24)}`),
      seri: [
        { nama: 'Realisasi fisik', nilai: bagian.map((o) => o.realisasiFisik), warna: 'utama' },
        { nama: 'Penyerapan anggaran', nilai: bagian.map((o) => o.persenKeuangan), warna: 'aksen' },
      ],
      catatan: bagian.map(
        (o) =>
          `${o.peringkat}. ${o.nama}: fisik ${formatPersen(o.realisasiFisik)} (target ${formatPersen(o.targetFisik)}), ` +
          `keuangan ${formatRupiah(o.realisasiKeuangan)} (${formatPersen(o.persenKeuangan)})`,
      ),
    });
  }
  return slide;
}

const STATUS_TANDA: Record<StatusTindakLanjut, Status> = { belum: 'merah', proses: 'kuning', selesai: 'hijau' };

export function butirTindakLanjut(t: TindakLanjut): Butir {
  const status = LABEL_STATUS_TINDAK_LANJUT[t.status] + (t.terlambat ? ' (terlambat)' : '');
  return {
    teks: `Tindak lanjut: ${t.uraian}`,
    tanda: { teks: status, status: t.terlambat ? 'merah' : STATUS_TANDA[t.status] },
  };
}

export function butirKendala(k: Kendala): Butir {
  return {
    teks: `Kendala: ${k.uraian}`,
    tanda: { teks: LABEL_STATUS_KENDALA[k.status], status: STATUS_TANDA[k.status] },
  };
}

const catatanTindakLanjut = (t: TindakLanjut) =>
  `Tindak lanjut (${t.asal.judul}, ${formatTanggal(t.asal.tanggal)}): ${t.uraian}; batas waktu ` +
  `${formatTanggal(t.batasWaktu)}; status ${LABEL_STATUS_TINDAK_LANJUT[t.status]}${t.terlambat ? ', terlambat' : ''}` +
  (t.bukti ? `; bukti: ${t.bukti}` : '');

/** What the meetings recorded about one OPD, and what the OPD itself wrote beside its figures (E.81 texts). */
export interface CatatanOpd {
  kendala: Kendala[];
  tindakLanjut: TindakLanjut[];
  kendalaOpd: TeksKelompok[];
}

/** One OPD in merah: its figures, its kendala (the meetings' first), the follow-ups decided before and their status. */
export function slideMerah(o: BarisOpdMonev, c: CatatanOpd): Slide {
  const kendala = [
    ...c.kendala.map(butirKendala),
    ...c.kendalaOpd.map((k) => ({ teks: `Kendala (laporan OPD): ${k.teks}` })),
  ];
  const tl = c.tindakLanjut.map(butirTindakLanjut);
  const butir = [
    ...(kendala.length > 0 ? kendala.slice(0, 2) : [{ teks: 'Belum ada kendala yang dicatat.' }]),
    ...(tl.length > 0 ? tl.slice(0, 3) : [{ teks: 'Belum ada tindak lanjut dari rapat sebelumnya.' }]),
  ];
  return {
    jenis: 'butir',
    judul: o.nama,
    subjudul:
      `Merah · fisik ${formatPersenLisan(o.realisasiFisik)} dari target ${formatPersenLisan(o.targetFisik)} ` +
      `(${formatPoinLisan(o.deviasiFisik)}) · penyerapan ${formatPersenLisan(o.persenKeuangan)}`,
    butir: muatButir(butir),
    catatan: [
      ...catatanAngka(o),
      ...c.kendala.map((k) => `Kendala (${k.asal.judul}): ${k.uraian}; status ${LABEL_STATUS_KENDALA[k.status]}`),
      ...c.kendalaOpd.map((k) => `Kendala menurut laporan OPD (${k.jumlah} sub kegiatan): ${k.teks}`),
      ...c.tindakLanjut.map(catatanTindakLanjut),
    ],
  };
}

export function slideTanpaMerah(periode: Periode): Slide {
  return {
    jenis: 'butir',
    judul: 'OPD berstatus merah',
    subjudul: labelPeriode(periode),
    butir: [{ teks: 'Tidak ada OPD berstatus merah.' }],
    catatan: [],
  };
}

/** A cluster at the Rakerda: its own total by the same rollup, its OPD per status, the ones most behind. */
export function slideKlaster(
  nama: string,
  total: AngkaMonev,
  opd: BarisOpdMonev[],
  versi: Versi,
  periode: Periode,
): Slide {
  const merah = opd
    .filter((o) => o.status === 'merah')
    .sort((a, b) => (a.deviasiFisik ?? 0) - (b.deviasiFisik ?? 0))
    .map((o) => `${namaPendek(o)} (${formatPoinLisan(o.deviasiFisik)})`);
  return slideAngka({
    judul: `Klaster ${nama}`,
    subjudul: `${opd.length} OPD · ${labelPeriode(periode)}`,
    total,
    versi,
    opd,
    jumlahTerisi: opd.reduce((n, o) => n + o.jumlahTerisi, 0),
    jumlahSub: opd.reduce((n, o) => n + o.jumlahSubKegiatan, 0),
    periode,
    tambahan: merah.length > 0 ? [`Perlu perhatian: ${merah.join(', ')}`] : [],
  });
}

/**
 * The decisions to take: one per line of the report's "keputusan" text (prefilled from the data, editable on Laporan),
 * with a meeting's own (kendala the forum must settle, overdue follow-ups) after the first.
 */
export function slidePenutup(keputusan: string, tambahan: Butir[] = []): Slide {
  const butir = keputusan
    .split('\n')
    .map((b) => b.replace(/^\s*(\d+[.)]|[-•])\s*/, '').trim())
    .filter(Boolean)
    .map((teks) => ({ teks }));
  // The report's first decision (about the OPD in merah) leads; the meeting's own follow.
  const semua = [...butir.slice(0, 1), ...tambahan, ...butir.slice(1)];
  return {
    jenis: 'butir',
    judul: 'Keputusan yang perlu diambil',
    subjudul: '',
    // A decision cut before its verb says nothing: three lines each here, the full text in the notes.
    butir: muatButir(semua, MAKS_BARIS, 3),
    catatan: semua.map((b) => b.teks),
  };
}

/** A scope with nothing to show says so on a slide of its own, to the room; the notes tell the presenter why. */
export function slideKosong(nama: string, periode: Periode, alasan: string): Slide {
  return {
    jenis: 'butir',
    judul: 'Realisasi fisik dan keuangan',
    subjudul: `${nama} · ${labelPeriode(periode)}`,
    butir: [{ teks: `Belum ada data Renja tahun ${periode.tahun}, sehingga realisasi belum dapat dipaparkan.` }],
    catatan: [alasan],
  };
}
