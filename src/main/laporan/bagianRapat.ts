// BAB III and IV tables from the meetings' registers: kendala and tindak lanjut per OPD with status, meeting and
// due date (rapatPeriode.ts gathers them).
import type { FileChild } from 'docx';
import { formatAngka, formatPersen, formatTanggal } from '../../shared/format';
import { legendaRisiko, type BandRisiko } from '../../shared/monev/risiko';
import { paragraf, tabelBernomor } from '../docx/blok';
import type { KonteksLaporan } from './konteks';
import { asalRapat, labelStatusKendala, labelStatusTindakLanjut } from './rapatPeriode';

const namaOpd = (o: { nama: string; singkatan: string }) => o.singkatan || o.nama;

const TINGGI: readonly (BandRisiko | null)[] = ['Tinggi', 'Sangat Tinggi'];

/**
 * Kendala recorded at the period's meetings: the high and very high risks first, then by category, the highest score
 * first within each (the order of risiko/peta.ts, which gathered them).
 */
export function tabelKendalaRapat(k: KonteksLaporan, lebar: number): FileChild[] {
  const semua = k.rapat.flatMap((r) => r.kendala.map((x) => ({ opd: r.opd, x })));
  const urut = [
    ...semua.filter(({ x }) => TINGGI.includes(x.band)).sort((a, b) => (b.x.skor ?? 0) - (a.x.skor ?? 0)),
    ...semua.filter(({ x }) => !TINGGI.includes(x.band)),
  ];
  const baris = urut.map(({ opd, x }) => [
    namaOpd(opd),
    x.subKegiatan ? `${x.uraian} (${x.subKegiatan.kode})` : x.uraian,
    x.kategori?.nama ?? '-',
    x.band === null ? '-' : `${x.band} (${formatAngka(x.skor)})`,
    labelStatusKendala(x),
    asalRapat(x),
  ]);
  if (baris.length === 0) return [paragraf('Tidak ada kendala yang dicatat dalam rapat pada periode ini.')];
  return [
    // The legend above the table and kept with it: below, it fell onto the next page alone.
    paragraf(`Risiko = kemungkinan × dampak (1–25): ${legendaRisiko()}.`, {
      keepNext: true,
      keepLines: true,
      spacing: { after: 60 },
    }),
    ...tabelBernomor({
      lebar,
      kolom: [
        { judul: 'Perangkat Daerah', bobot: 16 },
        { judul: 'Kendala', bobot: 21 },
        { judul: 'Kategori', bobot: 16 },
        { judul: 'Risiko', bobot: 11 },
        { judul: 'Status', bobot: 14 },
        { judul: 'Rapat', bobot: 17 },
      ],
      baris,
    }),
  ];
}

/** Tindak lanjut decided at the period's meetings, per responsible OPD; overdue ones say so. */
export function tabelTindakLanjutRapat(k: KonteksLaporan, lebar: number): FileChild[] {
  const baris = k.rapat.flatMap((r) =>
    r.tindakLanjut.map((x) => [
      namaOpd(r.opd),
      x.uraian,
      asalRapat(x),
      x.batasWaktu ? formatTanggal(x.batasWaktu) : '-',
      labelStatusTindakLanjut(x),
    ]),
  );
  return tabelBernomor({
    lebar,
    kosong: 'Tidak ada tindak lanjut hasil rapat pada periode ini.',
    kolom: [
      { judul: 'Perangkat Daerah', bobot: 15 },
      { judul: 'Tindak Lanjut', bobot: 34 },
      { judul: 'Rapat', bobot: 20 },
      { judul: 'Batas Waktu', bobot: 13 },
      { judul: 'Status', bobot: 13 },
    ],
    baris,
  });
}

/** Contracts the kontrak-kritis rule marks kritis at the quarter's end (Kontrak Kritis page, the same computation). */
export function tabelKontrakKritis(k: KonteksLaporan, lebar: number): FileChild[] {
  return tabelBernomor({
    lebar,
    kosong: 'Tidak ada kontrak berstatus kritis pada akhir triwulan ini.',
    kolom: [
      { judul: 'Perangkat Daerah', bobot: 16 },
      { judul: 'Sub Kegiatan', bobot: 21 },
      { judul: 'Penyedia', bobot: 14 },
      { judul: 'Nilai Kontrak (Rp)', bobot: 19, rata: 'kanan' },
      { judul: 'Rencana Fisik', bobot: 12, rata: 'kanan' },
      { judul: 'Realisasi Fisik', bobot: 13, rata: 'kanan' },
    ],
    baris: k.kontrakKritis.map((x) => [
      namaOpd({ nama: x.opdNama, singkatan: x.opdSingkatan }),
      `${x.subNama} (${x.subKode})`,
      x.penyedia,
      formatAngka(x.nilai, 2),
      formatPersen(x.rencanaFisik),
      formatPersen(x.realisasiFisik),
    ]),
  });
}
