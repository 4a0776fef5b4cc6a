// Form B per OPD (bobot from pagu, tertimbang fisik and keuangan, sisa anggaran) and the regency's E.81 recap (per
// OPD: pagu, realisation, rata-rata capaian kinerja, predikat), as plain rows the DOCX and the .xlsx both write.
import { bobot, rataRata, rollup, tertimbang, type BarisMonev } from '../../shared/monev/rollup';
import type { AturanMonev } from '../../shared/monev/aturan';
import { NAMA_PENILAIAN, persenKeuangan } from '../../shared/monev/rules';
import type { AngkaSub } from '../monev/hitung';
import type { BarisE81, TabelE81 } from './e81';
import { predikatCakupan, type KolomRekap, type Nilai } from './rekap';

export const KOLOM_FORM_B: KolomRekap[] = [
  { judul: 'Kode', jenis: 'teks', bobot: 13 },
  { judul: 'Program/Kegiatan/Sub Kegiatan', jenis: 'teks', bobot: 30 },
  { judul: 'Pagu (Rp)', jenis: 'uang', bobot: 14 },
  { judul: 'Bobot (%)', jenis: 'persen', bobot: 6 },
  { judul: 'Target Fisik (%)', jenis: 'persen', bobot: 6 },
  { judul: 'Realisasi Fisik (%)', jenis: 'persen', bobot: 6 },
  { judul: 'Tertimbang Fisik (%)', jenis: 'persen', bobot: 7 },
  { judul: 'Target Keuangan (Rp)', jenis: 'uang', bobot: 14 },
  { judul: 'Realisasi Keuangan (Rp)', jenis: 'uang', bobot: 14 },
  { judul: 'Realisasi Keuangan (%)', jenis: 'persen', bobot: 7 },
  { judul: 'Tertimbang Keuangan (%)', jenis: 'persen', bobot: 7 },
  { judul: 'Sisa Anggaran (Rp)', jenis: 'uang', bobot: 14 },
  { judul: 'Sisa Anggaran (%)', jenis: 'persen', bobot: 6 },
];

function baris(kode: string, nama: string, a: BarisMonev, totalPagu: number): Nilai[] {
  const b = bobot(a.pagu, totalPagu);
  const persen = persenKeuangan(a.realisasiKeuangan, a.pagu);
  const sisa = a.pagu - (a.realisasiKeuangan ?? 0);
  return [
    kode,
    nama,
    a.pagu,
    b,
    a.targetFisik,
    a.realisasiFisik,
    // An unreported row counts 0 in the sum, as the rollup counts it (rollup.ts).
    tertimbang(a.realisasiFisik ?? 0, b),
    a.targetKeuangan,
    a.realisasiKeuangan,
    persen,
    tertimbang(persen ?? 0, b),
    sisa,
    a.pagu === 0 ? null : (sisa / a.pagu) * 100,
  ];
}

/**
 * Form B of one OPD: its program, kegiatan and sub kegiatan in the E.81 order, parents rolled up from their sub
 * kegiatan, then the Jumlah row whose tertimbang columns sum to the OPD's pagu-weighted fisik and penyerapan.
 */
export function barisFormB(t: TabelE81, sub: ReadonlyMap<number, AngkaSub>): Nilai[][] {
  const semua = t.baris.filter((b) => b.tingkat === 'subKegiatan').map((b) => sub.get(b.id)!);
  const per = { program: Map.groupBy(semua, (s) => s.programId), kegiatan: Map.groupBy(semua, (s) => s.kegiatanId) };
  const angka = (b: BarisE81): BarisMonev =>
    b.tingkat === 'subKegiatan' ? sub.get(b.id)! : rollup(per[b.tingkat].get(b.id) ?? []);
  const total = rollup(semua);
  const isi = t.baris.map((b) => baris(b.kode, b.nama, angka(b), total.pagu));
  const jumlah = baris('', 'Jumlah', total, total.pagu);
  // The tertimbang columns of the Jumlah row are the sums of the sub kegiatan rows, as the form is read.
  const subIsi = isi.filter((_, i) => t.baris[i]!.tingkat === 'subKegiatan');
  for (const j of [6, 10]) jumlah[j] = subIsi.reduce((a, r) => a + ((r[j] as number | null) ?? 0), 0);
  return [...isi, jumlah];
}

export const KOLOM_REKAP_E81: KolomRekap[] = [
  { judul: 'No', jenis: 'bilangan', bobot: 4 },
  // Wide enough that no OPD name wraps: the 36 rows and the Jumlah row of a regency then share one page.
  { judul: 'Perangkat Daerah', jenis: 'teks', bobot: 41 },
  { judul: 'Pagu (Rp)', jenis: 'uang', bobot: 15 },
  { judul: 'Realisasi Anggaran (Rp)', jenis: 'uang', bobot: 15 },
  { judul: 'Realisasi Anggaran (%)', jenis: 'persen', bobot: 8 },
  { judul: 'Rata-rata Capaian Kinerja (%)', jenis: 'persen', bobot: 8 },
  { judul: NAMA_PENILAIAN.kinerja, jenis: 'teks', bobot: 9 },
];

/** The regency-level E.81 recap: one row per OPD, then the totals and the scope's predikat kinerja. */
export function barisRekapE81(tabel: readonly TabelE81[], aturan: AturanMonev): Nilai[][] {
  const isi: Nilai[][] = tabel.map((t, i) => [
    i + 1,
    t.opd.nama,
    t.jumlah.pagu,
    t.jumlah.realisasiRp,
    t.jumlah.capaianRp,
    t.rataCapaianK,
    t.predikat ?? '-',
  ]);
  const pagu = tabel.reduce((a, t) => a + t.jumlah.pagu, 0);
  const realisasi = tabel.reduce((a, t) => a + (t.jumlah.realisasiRp ?? 0), 0);
  return [
    ...isi,
    [
      'Jumlah',
      '',
      pagu,
      realisasi,
      persenKeuangan(realisasi, pagu),
      rataRata(tabel.map((t) => t.rataCapaianK)),
      predikatCakupan(tabel, aturan) ?? '-',
    ],
  ];
}
