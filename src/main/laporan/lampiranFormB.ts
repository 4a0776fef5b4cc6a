// The DOCX pages of the regency's E.81 recap and of Form B (rows from formB.ts, also written to the .xlsx).
import { AlignmentType, type FileChild } from 'docx';
import { labelTriwulan } from '../../shared/format';
import { judul, paragraf } from '../docx/blok';
import { tabelWarna, type SelWarna } from '../docx/tabelWarna';
import { barisFormB, barisRekapE81, KOLOM_FORM_B, KOLOM_REKAP_E81 } from './formB';
import type { KonteksLaporan } from './konteks';
import { formatNilai, type KolomRekap, type Nilai } from './rekap';

const RATA = { teks: 'kiri', bilangan: 'tengah', uang: 'kanan', persen: 'kanan', poin: 'kanan' } as const;

/** A table of plain rows; the last one (Jumlah) bold on grey, program and kegiatan rows bold when `tebal` says so. */
function tabel(kolom: KolomRekap[], baris: Nilai[][], lebar: number, tebal: (i: number) => boolean = () => false) {
  return tabelWarna({
    lebar,
    ukuranHuruf: 14,
    kolom: kolom.map((c) => ({ judul: c.judul, bobot: c.bobot, rata: RATA[c.jenis] })),
    baris: baris.map((b, i) => {
      const jumlah = i === baris.length - 1;
      return b.map((v, j): SelWarna => ({
        teks: formatNilai(v, kolom[j]!.jenis),
        ...(jumlah ? { tebal: true, isi: 'E7E6E6' } : tebal(i) ? { tebal: true } : {}),
      }));
    }),
  });
}

/** Per OPD of the scope: pagu, realisation, rata-rata capaian kinerja and predikat; totals and the scope's predikat. */
export function lampiranRekapE81(k: KonteksLaporan, lebar: number): FileChild[] {
  const { tahun, triwulan } = k.data;
  return [
    judul(
      `REKAPITULASI EVALUASI HASIL RENJA PERANGKAT DAERAH S.D. ${labelTriwulan(triwulan).toUpperCase()} TAHUN ${tahun}`,
      { pageBreakBefore: true },
    ),
    paragraf(`${k.data.nama}: jumlah anggaran dan realisasi, rata-rata capaian kinerja dan predikat kinerja.`, {
      alignment: AlignmentType.CENTER,
      spacing: { after: 80 },
    }),
    tabel(KOLOM_REKAP_E81, barisRekapE81(k.tabel, k.aturan), lebar),
  ];
}

/** Form B of each OPD of the scope, its program and kegiatan rows in bold. */
export function lampiranFormB(k: KonteksLaporan, lebar: number): FileChild[] {
  const sub = new Map(k.data.sub.map((s) => [s.subKegiatanId, s]));
  return k.tabel.flatMap((t) => [
    judul(`FORM B REALISASI FISIK DAN KEUANGAN ${t.opd.nama.toUpperCase()}`, { pageBreakBefore: true }),
    paragraf(
      `S.d. ${labelTriwulan(k.data.triwulan)} tahun ${k.data.tahun}. Bobot = pagu / jumlah pagu x 100; tertimbang = ` +
        'realisasi x bobot / 100, sehingga jumlah kolom tertimbang sama dengan realisasi perangkat daerah.',
      { alignment: AlignmentType.CENTER, ukuranHuruf: 16, spacing: { after: 120 } },
    ),
    tabel(KOLOM_FORM_B, barisFormB(t, sub), lebar, (i) => t.baris[i]?.tingkat !== 'subKegiatan'),
  ]);
}
