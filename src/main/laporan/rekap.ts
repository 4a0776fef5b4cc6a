// The recap per OPD and the list of OPD in merah as plain rows, written the same way to the DOCX and the .xlsx.
import type { BarisOpdMonev } from '../../shared/api/monev';
import { formatAngka, formatPersen, formatPoin, formatRupiah, formatTanggalPendek } from '../../shared/format';
import { LABEL_STATUS_VERIFIKASI } from '../../shared/renja';
import type { AturanMonev } from '../../shared/monev/aturan';
import { rataRata } from '../../shared/monev/rollup';
import {
  kategoriCapaian,
  kategoriFisik,
  LABEL_STATUS,
  NAMA_PENILAIAN,
  persenKeuangan,
  type KategoriCapaian,
} from '../../shared/monev/rules';
import type { DataTabel } from './cakupan';
import type { TabelE81 } from './e81';
import { barisTeks, type OpdMerah } from './kendala';

export type JenisNilai = 'teks' | 'uang' | 'persen' | 'poin' | 'bilangan';
export type Nilai = string | number | null;

export interface KolomRekap {
  judul: string;
  jenis: JenisNilai;
  bobot: number;
}

export const KOLOM_REKAP: KolomRekap[] = [
  { judul: 'Pering-kat', jenis: 'bilangan', bobot: 6 },
  { judul: 'Perangkat Daerah', jenis: 'teks', bobot: 26 },
  // Wide enough for a regency's total in bold ("Rp835.677.100.000,00") on one line.
  { judul: 'Pagu (Rp)', jenis: 'uang', bobot: 20 },
  { judul: 'Target Fisik (%)', jenis: 'persen', bobot: 8 },
  { judul: 'Realisasi Fisik (%)', jenis: 'persen', bobot: 8 },
  { judul: 'Deviasi Fisik (poin)', jenis: 'poin', bobot: 8 },
  { judul: 'Target Keuangan (%)', jenis: 'persen', bobot: 8 },
  { judul: 'Realisasi Keuangan (Rp)', jenis: 'uang', bobot: 20 },
  { judul: 'Penyerapan (%)', jenis: 'persen', bobot: 9 },
  { judul: 'Deviasi Keuangan (poin)', jenis: 'poin', bobot: 9 },
  { judul: NAMA_PENILAIAN.fisik, jenis: 'teks', bobot: 11 },
  { judul: `${NAMA_PENILAIAN.kinerja} (E.81)`, jenis: 'teks', bobot: 11 },
  { judul: 'Status', jenis: 'teks', bobot: 8 },
  { judul: 'Verifikasi', jenis: 'teks', bobot: 11 },
];

/** Predikat kinerja of each OPD's E.81 table, by OPD id. */
export const predikatPerOpd = (tabel: readonly TabelE81[]) => new Map(tabel.map((t) => [t.opd.id, t.predikat]));

/** The scope's predikat kinerja: the mean of its OPD's rata-rata capaian kinerja, in the regency's bands. */
export function predikatCakupan(tabel: readonly TabelE81[], aturan: AturanMonev): KategoriCapaian | null {
  return kategoriCapaian(rataRata(tabel.map((t) => t.rataCapaianK)), aturan.predikat);
}

export function barisRekap(o: BarisOpdMonev, aturan: AturanMonev, predikat: KategoriCapaian | null): Nilai[] {
  return [
    o.peringkat,
    o.nama,
    o.pagu,
    o.targetFisik,
    o.realisasiFisik,
    o.deviasiFisik,
    persenKeuangan(o.targetKeuangan, o.pagu),
    o.realisasiKeuangan,
    o.persenKeuangan,
    o.deviasiKeuangan,
    kategoriFisik(o.realisasiFisik, o.targetFisik, aturan) ?? '-',
    predikat ?? '-',
    o.status ? LABEL_STATUS[o.status] : 'Belum dinilai',
    labelVerifikasi(o.verifikasi),
  ];
}

/** The recap's Jumlah row: the scope's total judged as an OPD, "Jumlah" over rank and name, no verification. */
export function barisRekapJumlah(data: DataTabel, tabel: readonly TabelE81[], aturan: AturanMonev): Nilai[] {
  const total: BarisOpdMonev = {
    ...data.total,
    opdId: 0,
    nama: '',
    singkatan: '',
    klaster: 'ekonomi',
    jumlahSubKegiatan: data.jumlahSub,
    jumlahTerisi: data.jumlahTerisi,
    peringkat: 0,
    verifikasi: { status: 'draft', pada: null },
  };
  const baris = barisRekap(total, aturan, predikatCakupan(tabel, aturan));
  return ['Jumlah', '', ...baris.slice(2, -1), ''];
}

/** "Diverifikasi 12/10/2026": the report says which figures are verified, and since when. */
export function labelVerifikasi(v: BarisOpdMonev['verifikasi']): string {
  if (v.status === 'draft') return LABEL_STATUS_VERIFIKASI.draft;
  return `${LABEL_STATUS_VERIFIKASI[v.status]} ${v.pada ? formatTanggalPendek(new Date(v.pada)) : ''}`.trim();
}

export const KOLOM_MERAH: KolomRekap[] = [
  { judul: 'No', jenis: 'bilangan', bobot: 5 },
  { judul: 'Perangkat Daerah', jenis: 'teks', bobot: 22 },
  { judul: 'Realisasi Fisik (%)', jenis: 'persen', bobot: 10 },
  { judul: 'Target Fisik (%)', jenis: 'persen', bobot: 10 },
  { judul: 'Deviasi (poin)', jenis: 'poin', bobot: 10 },
  { judul: 'Kendala yang Dilaporkan', jenis: 'teks', bobot: 32 },
  { judul: 'Tindak Lanjut', jenis: 'teks', bobot: 32 },
];

export function barisMerah(m: OpdMerah, i: number): Nilai[] {
  const teks = (k: OpdMerah['kendala']) =>
    barisTeks(k, 3)
      .map((t, n) => `${n + 1}. ${t}`)
      .join('\n') || 'Belum dilaporkan';
  return [
    i + 1,
    m.opd.nama,
    m.opd.realisasiFisik,
    m.opd.targetFisik,
    m.opd.deviasiFisik,
    teks(m.kendala),
    teks(m.tindakLanjut),
  ];
}

export function formatNilai(v: Nilai, jenis: JenisNilai): string {
  if (typeof v === 'string') return v;
  switch (jenis) {
    case 'uang':
      return formatRupiah(v);
    case 'persen':
      return formatPersen(v).replace('%', '');
    case 'poin':
      return formatPoin(v);
    default:
      return formatAngka(v);
  }
}
