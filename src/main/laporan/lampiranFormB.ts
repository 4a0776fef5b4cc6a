// The DOCX pages of the regency's E.81 recap and of Form B (rows from formB.ts, also written to the .xlsx).
import { AlignmentType, type FileChild } from 'docx';
import { labelTriwulan } from '../../shared/format';
import { judul, paragraf } from '../docx/blok';
import type { SelWarna } from '../docx/tabelWarna';
import type { Sisipan } from './sisip';
import { xmlTabelWarna } from './tabelWarnaXml';
import { barisFormB, barisRekapE81, KOLOM_FORM_B, KOLOM_REKAP_E81 } from './formB';
import type { KonteksLaporan } from './konteks';
import { formatNilai, type KolomRekap, type Nilai } from './rekap';

const RATA = { teks: 'kiri', bilangan: 'tengah', uang: 'kanan', persen: 'kanan', poin: 'kanan' } as const;

/**
 * A table of plain rows; the last one (Jumlah) bold on grey, program and kegiatan rows bold when `tebal` says so.
 * A regency's recap or an OPD's Form B runs to hundreds of rows: written as XML where the marker stands (sisip.ts).
 */
function tabel(
  sisipan: Sisipan,
  kunci: string,
  kolom: KolomRekap[],
  baris: Nilai[][],
  lebar: number,
  tebal: (i: number) => boolean = () => false,
) {
  const opsi = {
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
  };
  return sisipan.paragraf(kunci, () => xmlTabelWarna(opsi));
}

/** Per OPD of the scope: pagu, realisation, rata-rata capaian kinerja and predikat; totals and the scope's predikat. */
export function lampiranRekapE81(k: KonteksLaporan, lebar: number, sisipan: Sisipan): FileChild[] {
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
    tabel(sisipan, 'rekap-e81', KOLOM_REKAP_E81, barisRekapE81(k.tabel, k.aturan), lebar),
  ];
}

/** Form B of each OPD of the scope, its program and kegiatan rows in bold. */
export function lampiranFormB(k: KonteksLaporan, lebar: number, sisipan: Sisipan): FileChild[] {
  const sub = new Map(k.data.sub.map((s) => [s.subKegiatanId, s]));
  return k.tabel.flatMap((t, i) => [
    judul(`FORM B REALISASI FISIK DAN KEUANGAN ${t.opd.nama.toUpperCase()}`, { pageBreakBefore: true }),
    paragraf(
      `S.d. ${labelTriwulan(k.data.triwulan)} tahun ${k.data.tahun}. Bobot = pagu / jumlah pagu x 100; tertimbang = ` +
        'realisasi x bobot / 100, sehingga jumlah kolom tertimbang sama dengan realisasi perangkat daerah.',
      { alignment: AlignmentType.CENTER, ukuranHuruf: 16, spacing: { after: 120 } },
    ),
    tabel(
      sisipan,
      `form-b-${i}`,
      KOLOM_FORM_B,
      barisFormB(t, sub),
      lebar,
      (n) => t.baris[n]?.tingkat !== 'subKegiatan',
    ),
  ]);
}
