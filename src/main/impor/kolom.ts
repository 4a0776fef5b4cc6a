// Finds the header row by its column names and maps each header to what Sinergi reads it as (aliases of SIPD exports).
import { NAMA_BULAN, type JenisAngka } from '../../shared/format';
import type { Sel } from './baca';

export type Medan =
  | 'kode'
  | 'nama'
  | 'kodeSkpd'
  | 'indikator'
  | 'satuan'
  | 'target'
  | 'pagu'
  | 'sumberDana'
  | 'lokasi'
  | `targetFisik${1 | 2 | 3 | 4}`
  | `targetKeuangan${1 | 2 | 3 | 4}`
  | `targetFisikBulan${Bulan}`
  | `targetKeuanganBulan${Bulan}`
  | 'realisasiFisik'
  | 'realisasiKeuangan'
  | 'realisasiKinerja'
  | 'permasalahan'
  | 'faktorPendorong'
  | 'faktorPenghambat'
  | 'tindakLanjut';

type Bulan = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
export const SEMUA_BULAN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

// An OPD that plans per month has columns "Target Fisik Januari" ... "Desember"; the quarter is their month 3, 6, 9, 12.
const LABEL_BULAN = Object.fromEntries(
  SEMUA_BULAN.flatMap((b) => [
    [`targetFisikBulan${b}`, `Target fisik ${NAMA_BULAN[b - 1]} (%)`],
    [`targetKeuanganBulan${b}`, `Target keuangan ${NAMA_BULAN[b - 1]} (Rp)`],
  ]),
) as Record<`targetFisikBulan${Bulan}` | `targetKeuanganBulan${Bulan}`, string>;

export const LABEL_MEDAN: Record<Medan, string> = {
  ...LABEL_BULAN,
  kode: 'Kode',
  nama: 'Uraian',
  kodeSkpd: 'Kode SKPD',
  indikator: 'Indikator',
  satuan: 'Satuan',
  target: 'Target kinerja',
  pagu: 'Pagu (Rp)',
  sumberDana: 'Sumber dana',
  lokasi: 'Lokasi',
  targetFisik1: 'Target fisik TW I (%)',
  targetFisik2: 'Target fisik TW II (%)',
  targetFisik3: 'Target fisik TW III (%)',
  targetFisik4: 'Target fisik TW IV (%)',
  targetKeuangan1: 'Target keuangan TW I (Rp)',
  targetKeuangan2: 'Target keuangan TW II (Rp)',
  targetKeuangan3: 'Target keuangan TW III (Rp)',
  targetKeuangan4: 'Target keuangan TW IV (Rp)',
  realisasiFisik: 'Realisasi fisik (%)',
  realisasiKeuangan: 'Realisasi keuangan (Rp)',
  realisasiKinerja: 'Realisasi kinerja',
  permasalahan: 'Permasalahan/kendala',
  faktorPendorong: 'Faktor pendorong',
  faktorPenghambat: 'Faktor penghambat',
  tindakLanjut: 'Tindak lanjut',
};

export function jenisAngka(medan: Medan): JenisAngka | null {
  if (medan === 'pagu' || medan === 'realisasiKeuangan' || medan.startsWith('targetKeuangan')) return 'uang';
  if (medan === 'realisasiFisik' || medan.startsWith('targetFisik')) return 'persen';
  if (medan === 'target' || medan === 'realisasiKinerja') return 'bilangan';
  return null;
}

/** Lower case, punctuation to spaces, "triwulan III"/"TW III"/"tw 3" to "tw3", Rp and % dropped. */
export function normalisasiJudul(judul: string): string {
  const romawi: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };
  return judul
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/\(rp\)|\brp\b|\(%\)|%/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(?:triwulan|tw)\s*(iv|iii|ii|i|[1-4])\b/g, (_m, n: string) => `tw${romawi[n] ?? n}`)
    .replace(/\s+/g, ' ')
    .trim();
}

const ALIAS: [Medan, string[]][] = [
  ['kode', ['kode', 'kode rekening', 'kode sub giat', 'kode sub kegiatan', 'kode program kegiatan sub kegiatan']],
  [
    'nama',
    [
      'nama',
      'uraian',
      'program kegiatan sub kegiatan',
      'nama sub giat',
      'nama sub kegiatan',
      'uraian program kegiatan sub kegiatan',
    ],
  ],
  ['kodeSkpd', ['kode skpd', 'kode opd', 'kode unit', 'kode perangkat daerah']],
  ['indikator', ['indikator', 'tolok ukur', 'indikator kinerja', 'indikator keluaran', 'tolok ukur kinerja']],
  ['satuan', ['satuan']],
  ['target', ['target', 'target kinerja', 'target indikator']],
  [
    'pagu',
    [
      'pagu',
      'pagu indikatif',
      'anggaran',
      'nilai',
      'pagu murni',
      'pagumurni',
      'pagu perubahan',
      'pagu anggaran',
      'jumlah anggaran',
    ],
  ],
  ['sumberDana', ['sumber dana', 'nama dana']],
  ['lokasi', ['lokasi', 'nama lokasi']],
  ['realisasiFisik', ['realisasi fisik', 'fisik realisasi', 'realisasi fisik kumulatif']],
  [
    'realisasiKeuangan',
    ['realisasi keuangan', 'keuangan realisasi', 'realisasi anggaran', 'realisasi keuangan kumulatif'],
  ],
  ['realisasiKinerja', ['realisasi kinerja', 'realisasi indikator', 'capaian kinerja']],
  ['permasalahan', ['permasalahan', 'kendala', 'permasalahan kendala', 'kendala permasalahan']],
  ['faktorPendorong', ['faktor pendorong']],
  ['faktorPenghambat', ['faktor penghambat']],
  ['tindakLanjut', ['tindak lanjut', 'rencana tindak lanjut']],
];
const PETA_ALIAS = new Map<string, Medan>(ALIAS.flatMap(([medan, daftar]) => daftar.map((a) => [a, medan] as const)));

export function medanDariJudul(judul: string): Medan | null {
  const n = normalisasiJudul(judul);
  const tetap = PETA_ALIAS.get(n);
  if (tetap) return tetap;
  const bulan = NAMA_BULAN.findIndex((b) => new RegExp(`\\b${b.toLowerCase()}\\b`).test(n)) + 1;
  if (bulan > 0) {
    const sisa = n
      .replace(NAMA_BULAN[bulan - 1]!.toLowerCase(), '')
      .replace(/\b(bulan|s d|sd)\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (/^(target )?fisik$/.test(sisa)) return `targetFisikBulan${bulan as Bulan}`;
    if (/^(target )?(keuangan|anggaran kas|rak|anggaran)$/.test(sisa)) return `targetKeuanganBulan${bulan as Bulan}`;
    return null;
  }
  const tw = /\btw([1-4])\b/.exec(n)?.[1] as '1' | '2' | '3' | '4' | undefined;
  if (!tw) return null;
  const sisa = n
    .replace(/\btw[1-4]\b/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(target )?fisik$/.test(sisa)) return `targetFisik${tw}`;
  if (/^(target )?(keuangan|anggaran kas|rak|anggaran)$/.test(sisa)) return `targetKeuangan${tw}`;
  return null;
}

export interface Header {
  /** 0-based index of the header row in the sheet. */
  indeks: number;
  kolom: Map<Medan, number>;
  dikenali: { judul: string; dibacaSebagai: string }[];
}

/** The header is the first of the top 30 rows that names a code column and at least one other known column. */
export function cariHeader(baris: Sel[][]): Header | null {
  for (let i = 0; i < Math.min(30, baris.length); i++) {
    const kolom = new Map<Medan, number>();
    const dikenali: Header['dikenali'] = [];
    baris[i]!.forEach((sel, j) => {
      if (typeof sel !== 'string') return;
      const medan = medanDariJudul(sel);
      if (medan && !kolom.has(medan)) {
        kolom.set(medan, j);
        dikenali.push({ judul: sel.trim(), dibacaSebagai: LABEL_MEDAN[medan] });
      }
    });
    if (kolom.has('kode') && kolom.size >= 2) return { indeks: i, kolom, dikenali };
  }
  return null;
}
