// Slides of one OPD (its ekspose at the Rakerda, or a report deck for one OPD): the sub kegiatan most behind, its
// kendala and follow-ups, and photos of physical progress from Dokumentasi.
import { formatPersen, formatPersenLisan, formatPoin, formatPoinLisan } from '../../shared/format';
import type { KonteksLaporan } from '../laporan/konteks';
import type { FotoLampiran } from '../laporan/lampiranFoto';
import { angka } from '../monev/hitung';
import { butirKendala, butirTindakLanjut, labelPeriode, type CatatanOpd } from './isi';
import { muatButir, ringkasTeks, type Butir, type Slide } from './slide';

/** Sub kegiatan on the slide of the most lagging ones. */
const MAKS_TERTINGGAL = 5;
const FOTO_PER_SLIDE = 2;
const MAKS_SLIDE_FOTO = 2;

const periodeDari = (k: KonteksLaporan) => ({ tahun: k.data.tahun, triwulan: k.data.triwulan });

/** The sub kegiatan furthest behind their target fisik, judged by the regency's rules like every other figure. */
export function slideSubTertinggal(k: KonteksLaporan): Slide {
  const nama = new Map(
    k.tabel.flatMap((t) => t.baris.filter((b) => b.tingkat === 'subKegiatan').map((b) => [b.id, b.nama] as const)),
  );
  const tertinggal = k.data.sub
    .map((s) => ({ s, a: angka(s, k.aturan) }))
    .filter(({ a }) => a.deviasiFisik !== null && a.deviasiFisik < 0)
    .sort((x, y) => x.a.deviasiFisik! - y.a.deviasiFisik! || y.s.pagu - x.s.pagu);
  const butir: Butir[] = tertinggal.slice(0, MAKS_TERTINGGAL).map(({ s, a }) => ({
    teks:
      `${ringkasTeks(nama.get(s.subKegiatanId) ?? '', 56)}: fisik ${formatPersenLisan(a.realisasiFisik)} ` +
      `dari ${formatPersenLisan(a.targetFisik)}`,
    tanda: { teks: formatPoinLisan(a.deviasiFisik), status: a.status ?? 'kuning' },
  }));
  return {
    jenis: 'butir',
    judul: 'Sub kegiatan paling tertinggal',
    subjudul: `${tertinggal.length} sub kegiatan di bawah target fisik ${labelPeriode(periodeDari(k))}`,
    butir:
      butir.length > 0 ? muatButir(butir) : [{ teks: 'Tidak ada sub kegiatan yang tertinggal dari target fisik.' }],
    catatan: tertinggal
      .slice(0, 20)
      .map(
        ({ s, a }) =>
          `${nama.get(s.subKegiatanId) ?? ''}: fisik ${formatPersen(a.realisasiFisik)} dari target ` +
          `${formatPersen(a.targetFisik)} (${formatPoin(a.deviasiFisik)} poin)`,
      ),
  };
}

/** What holds the OPD back and what it will do: the meetings' records first, then what it wrote in its report. */
export function slideKendalaOpd(k: KonteksLaporan, c: CatatanOpd): Slide {
  const tabel = k.tabel[0];
  const rencana = tabel?.tindakLanjut ?? [];
  const butir: Butir[] = [
    ...c.kendala.map(butirKendala),
    ...c.kendalaOpd.map((x) => ({ teks: `Kendala: ${x.teks}` })),
    ...c.tindakLanjut.map(butirTindakLanjut),
    ...rencana.map((x) => ({ teks: `Rencana tindak lanjut: ${x.teks}` })),
  ];
  return {
    jenis: 'butir',
    judul: 'Kendala dan tindak lanjut',
    subjudul: labelPeriode(periodeDari(k)),
    butir: butir.length > 0 ? muatButir(butir) : [{ teks: 'Belum ada kendala yang dicatat.' }],
    catatan: butir.map((b) => b.teks + (b.tanda ? ` (${b.tanda.teks})` : '')),
  };
}

export function slideFoto(foto: FotoLampiran[], periode: { tahun: number; triwulan: number }): Slide[] {
  const slide: Slide[] = [];
  for (let i = 0; i < foto.length && slide.length < MAKS_SLIDE_FOTO; i += FOTO_PER_SLIDE) {
    const bagian = foto.slice(i, i + FOTO_PER_SLIDE);
    slide.push({
      jenis: 'foto',
      judul: 'Dokumentasi kemajuan fisik',
      foto: bagian.map((f) => ({
        isi: Buffer.from(f.base64, 'base64'),
        mime: f.mime,
        keterangan: ringkasTeks(f.keterangan ? `${f.nama}: ${f.keterangan}` : f.nama, 90),
      })),
      catatan: [
        labelPeriode(periode),
        ...bagian.map((f) => `${f.kode} ${f.nama}${f.keterangan ? `: ${f.keterangan}` : ''}`),
      ],
    });
  }
  return slide;
}
