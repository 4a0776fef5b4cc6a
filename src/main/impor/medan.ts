// The fields an import reads, their labels, and how a column title is recognised as one of them (SIPD wordings,
// Sinergi's own exports and templates, the Formulir OPD), tolerant of case, spacing, punctuation and units.
import { LABEL_KOLOM_REALISASI } from '../../shared/api/realisasi';
import { NAMA_BULAN, ROMAWI, type JenisAngka } from '../../shared/format';
import type { Versi } from '../../shared/renja';

type Tw = 1 | 2 | 3 | 4;
type Bulan = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
export const SEMUA_BULAN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export type MedanTetap =
  | 'kode'
  | 'nama'
  | 'kodeProgram'
  | 'namaProgram'
  | 'kodeKegiatan'
  | 'namaKegiatan'
  | 'kodeSkpd'
  | 'namaSkpd'
  | 'indikator'
  | 'satuan'
  | 'target'
  | `${'indikator' | 'satuan' | 'target'}${'Program' | 'Kegiatan'}`
  | 'pagu'
  | 'sumberDana'
  | 'lokasi'
  | `targetFisik${Tw}`
  | `targetKeuangan${Tw}`
  | `targetFisikBulan${Bulan}`
  | `targetKeuanganBulan${Bulan}`
  | 'realisasiFisik'
  | 'realisasiKeuangan'
  | 'realisasiKinerja'
  | 'permasalahan'
  | 'faktorPendorong'
  | 'faktorPenghambat'
  | 'tindakLanjut'
  | 'baseline'
  | 'targetAkhir';
/** Renstra's yearly columns: "Target 2026", "Pagu 2027", "Realisasi 2025", "Realisasi anggaran 2025". */
export type JenisTahunan = 'target' | 'realisasi' | 'pagu' | 'realisasiAnggaran';
export type Medan = MedanTetap | `${JenisTahunan}@${number}`;

const LABEL_TETAP: Record<MedanTetap, string> = {
  ...(Object.fromEntries(
    SEMUA_BULAN.flatMap((b) => [
      [`targetFisikBulan${b}`, `Target fisik ${NAMA_BULAN[b - 1]} (%)`],
      [`targetKeuanganBulan${b}`, `Target keuangan ${NAMA_BULAN[b - 1]} (Rp)`],
    ]),
  ) as Record<`targetFisikBulan${Bulan}` | `targetKeuanganBulan${Bulan}`, string>),
  ...(Object.fromEntries(
    ROMAWI.flatMap((r, i) => [
      [`targetFisik${i + 1}`, `Target fisik TW ${r} (%)`],
      [`targetKeuangan${i + 1}`, `Target keuangan TW ${r} (Rp)`],
    ]),
  ) as Record<`targetFisik${Tw}` | `targetKeuangan${Tw}`, string>),
  kode: 'Kode',
  nama: 'Uraian',
  kodeProgram: 'Kode program',
  namaProgram: 'Nama program',
  kodeKegiatan: 'Kode kegiatan',
  namaKegiatan: 'Nama kegiatan',
  kodeSkpd: 'Kode SKPD',
  namaSkpd: 'Nama SKPD',
  indikator: 'Indikator',
  satuan: 'Satuan',
  target: 'Target kinerja',
  indikatorProgram: 'Indikator program (outcome)',
  satuanProgram: 'Satuan indikator program',
  targetProgram: 'Target indikator program',
  indikatorKegiatan: 'Indikator kegiatan (output)',
  satuanKegiatan: 'Satuan indikator kegiatan',
  targetKegiatan: 'Target indikator kegiatan',
  pagu: 'Pagu (Rp)',
  sumberDana: 'Sumber dana',
  lokasi: 'Lokasi',
  ...LABEL_KOLOM_REALISASI,
  baseline: 'Baseline',
  targetAkhir: 'Target akhir periode',
};

const LABEL_TAHUNAN: Record<JenisTahunan, string> = {
  target: 'Target',
  realisasi: 'Realisasi',
  pagu: 'Pagu indikatif (Rp)',
  realisasiAnggaran: 'Realisasi anggaran (Rp)',
};

const TAHUNAN = new Map<Medan, { jenis: JenisTahunan; tahun: number } | null>();

/** Read once per field: an import asks it for every number of every row. */
export function tahunan(medan: Medan): { jenis: JenisTahunan; tahun: number } | null {
  let t = TAHUNAN.get(medan);
  if (t === undefined) {
    const m = /^(\w+)@(\d{4})$/.exec(medan);
    t = m ? { jenis: m[1] as JenisTahunan, tahun: Number(m[2]) } : null;
    TAHUNAN.set(medan, t);
  }
  return t;
}

export function labelMedan(medan: Medan): string {
  const t = tahunan(medan);
  return t ? `${LABEL_TAHUNAN[t.jenis]} ${t.tahun}` : LABEL_TETAP[medan as MedanTetap];
}

/** The kind of number a field holds; null for text. */
export function jenisAngka(medan: Medan): JenisAngka | null {
  const t = tahunan(medan);
  if (t) return t.jenis === 'pagu' || t.jenis === 'realisasiAnggaran' ? 'uang' : 'bilangan';
  if (medan === 'pagu' || medan === 'realisasiKeuangan' || medan.startsWith('targetKeuangan')) return 'uang';
  if (medan === 'realisasiFisik' || medan.startsWith('targetFisik')) return 'persen';
  if (['target', 'targetProgram', 'targetKegiatan', 'realisasiKinerja', 'baseline', 'targetAkhir'].includes(medan))
    return 'bilangan';
  return null;
}

const SINONIM: Record<string, string> = {
  giat: 'kegiatan',
  subgiat: 'sub kegiatan',
  rek: 'rekening',
  sat: 'satuan',
  no: 'nomor',
  pagumurni: 'pagu murni',
  pagu_murni: 'pagu murni',
  tolok: 'indikator',
  ukur: '',
};

const BULAN_KECIL = NAMA_BULAN.map((b) => b.toLowerCase());
/** Added to the words of a title that names a year (20xx): Renstra's yearly columns. */
const TAHUN = '#tahun';

/** A title as words: lower case, units noted then dropped, "triwulan III"/"TW 3" as tw3, "s.d." and filler removed. */
export function kataJudul(judul: string): string[] {
  let s = judul.toLowerCase().replace(/[\u00a0\r\n\t_]/g, ' ');
  const rp = /\(\s*rp\.?\s*\)|\brp\b|rupiah/.test(s);
  const persen = /%|\bpersen\b/.test(s);
  s = s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bs\s*[./]\s*d\b\.?|\bsampai dengan\b/g, ' sd ')
    .replace(
      /\b(?:triwulan|tw|trw)\s*[-.]?\s*(iv|iii|ii|i|[1-4])\b/g,
      (_m, n: string) => ` tw${ROMAWI.indexOf(n.toUpperCase() as 'I') + 1 || n} `,
    )
    .replace(/\b(?:rp|rupiah)\b|%/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ');
  const kata = s
    .split(' ')
    .flatMap((k) => (k in SINONIM ? SINONIM[k]!.split(' ') : [k]))
    .filter((k) => k !== '' && k !== 'kumulatif' && k !== 'dan' && k !== 'atau' && k !== 'yang');
  if (rp) kata.push('rp');
  if (persen) kata.push('persen');
  if (kata.some((k) => /^20\d\d$/.test(k))) kata.push(TAHUN);
  return kata;
}

/** A title reduced for comparing two headers (signature, repeated header rows). */
export function normalisasiJudul(judul: string): string {
  return kataJudul(judul).join(' ');
}

export interface Calon {
  medan: Medan;
  /** How many words of the rule matched: the more specific rule wins when a title fits two. */
  bobot: number;
  /** For pagu columns of a two-version file ("Sebelum Perubahan" / "Setelah Perubahan"). */
  versi?: Versi;
  /** For a realisation column of one quarter ("Realisasi fisik TW II"). */
  triwulan?: number;
}

interface Aturan {
  medan: Medan | ((k: Set<string>) => Medan | null);
  perlu: string[][];
  larang?: string[];
  /** Every word must come from this set (for short, generic titles). */
  hanya?: string[];
}

const HIERARKI = ['urusan', 'bidang', 'pemerintahan', 'daerah', 'program', 'kegiatan', 'sub'];

/**
 * The combined title ("Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan") is the row's own code or name;
 * a title naming one level only is the parent column of a flat SIPD export (kode_program, nama_giat), and urusan or
 * bidang alone (kode_urusan, nama_bidang_urusan) is not read.
 */
/**
 * An indicator column of one level in a flat export (indikator_program, satuan_giat, target_kegiatan) belongs to the
 * row's program or kegiatan; "Indikator Kinerja Program (Outcome)/Kegiatan (Output)" names the row's own.
 */
function tingkatIndikator(k: Set<string>, dasar: 'indikator' | 'satuan' | 'target'): Medan {
  const program = k.has('program');
  const kegiatan = k.has('kegiatan');
  if (k.has('sub') || program === kegiatan) return dasar;
  return program ? `${dasar}Program` : `${dasar}Kegiatan`;
}

function tingkatJudul(k: Set<string>, dasar: 'kode' | 'nama'): Medan | null {
  const program = k.has('program');
  const kegiatan = k.has('kegiatan');
  if (k.has('sub') || (program && kegiatan)) return dasar;
  if (kegiatan) return dasar === 'kode' ? 'kodeKegiatan' : 'namaKegiatan';
  if (program) return dasar === 'kode' ? 'kodeProgram' : 'namaProgram';
  return k.has('urusan') || k.has('bidang') ? null : dasar;
}
const TW = ['tw1', 'tw2', 'tw3', 'tw4'];
const PERIODE = [...TW, ...BULAN_KECIL, 'triwulan', 'bulan', 'periode', 'sd', TAHUN];

function tw(k: Set<string>): number | null {
  const t = TW.findIndex((x) => k.has(x));
  return t < 0 ? null : t + 1;
}

const ATURAN: Aturan[] = [
  {
    medan: 'kodeSkpd',
    perlu: [
      ['kode', 'skpd'],
      ['kode', 'opd'],
      ['kode', 'unit'],
      ['kode', 'perangkat', 'daerah'],
      ['kode', 'organisasi'],
    ],
  },
  {
    medan: 'namaSkpd',
    perlu: [['skpd'], ['opd'], ['perangkat', 'daerah'], ['unit'], ['organisasi']],
    hanya: ['nama', 'skpd', 'opd', 'perangkat', 'daerah', 'unit', 'kerja', 'organisasi', 'satuan'],
  },
  {
    medan: (k) => tingkatJudul(k, 'kode'),
    perlu: [['kode'], ['rekening']],
    hanya: [...HIERARKI, 'kode', 'rekening', 'nomor'],
  },
  {
    medan: (k) => tingkatJudul(k, 'nama'),
    perlu: [['nama'], ['uraian'], ['nomenklatur'], ['program'], ['kegiatan']],
    hanya: [...HIERARKI, 'nama', 'uraian', 'nomenklatur'],
  },
  {
    medan: (k) => tingkatIndikator(k, 'indikator'),
    perlu: [['indikator']],
    larang: ['target', 'realisasi', 'satuan', 'capaian', 'baseline', 'awal', 'akhir', 'kondisi', 'nilai'],
  },
  {
    medan: (k) => tingkatIndikator(k, 'satuan'),
    perlu: [['satuan']],
    larang: ['target', 'realisasi', 'kerja', 'harga', 'perangkat'],
  },
  {
    medan: (k) => tingkatIndikator(k, 'target'),
    perlu: [['target'], ['volume']],
    larang: [...PERIODE, 'fisik', 'keuangan', 'anggaran', 'kas', 'rak', 'realisasi', 'akhir', 'pagu', 'rp', 'persen'],
  },
  {
    medan: 'pagu',
    perlu: [['pagu'], ['anggaran'], ['nilai'], ['alokasi'], ['jumlah', 'rp']],
    larang: [...PERIODE, 'realisasi', 'target', 'fisik', 'kas', 'rak', 'keuangan', 'sisa', 'serapan', 'penyerapan'],
  },
  { medan: 'sumberDana', perlu: [['sumber', 'dana'], ['dana']], larang: ['realisasi', 'target', 'pagu', 'jumlah'] },
  { medan: 'lokasi', perlu: [['lokasi']] },
  {
    medan: 'realisasiFisik',
    perlu: [
      ['realisasi', 'fisik'],
      ['progres', 'fisik'],
      ['kemajuan', 'fisik'],
      ['capaian', 'fisik'],
    ],
    larang: ['target', 'deviasi', TAHUN, ...BULAN_KECIL],
  },
  {
    medan: 'realisasiKeuangan',
    perlu: [
      ['realisasi', 'keuangan'],
      ['realisasi', 'anggaran'],
      ['realisasi', 'rp'],
      ['realisasi', 'belanja'],
    ],
    larang: ['target', 'deviasi', 'persen', 'sisa', TAHUN, ...BULAN_KECIL],
  },
  {
    medan: 'realisasiKinerja',
    perlu: [
      ['realisasi', 'kinerja'],
      ['realisasi', 'indikator'],
      ['capaian', 'kinerja'],
      ['realisasi', 'output'],
      ['realisasi', 'keluaran'],
      ['realisasi', 'volume'],
    ],
    larang: ['target', 'persen', 'tingkat', 'fisik', 'keuangan', 'anggaran', TAHUN],
  },
  {
    medan: 'permasalahan',
    perlu: [['permasalahan'], ['kendala'], ['masalah'], ['hambatan']],
    larang: ['faktor', 'tindak'],
  },
  { medan: 'faktorPendorong', perlu: [['pendorong']] },
  { medan: 'faktorPenghambat', perlu: [['penghambat']] },
  { medan: 'tindakLanjut', perlu: [['tindak', 'lanjut']] },
  {
    medan: 'baseline',
    perlu: [['baseline'], ['kondisi', 'awal'], ['capaian', 'awal']],
    larang: ['target', 'realisasi'],
  },
  {
    medan: 'targetAkhir',
    perlu: [
      ['target', 'akhir'],
      ['kondisi', 'akhir'],
    ],
  },
  {
    // Quarterly plan: "Target Fisik TW I", "Target keuangan kumulatif / anggaran kas (Rp): TW II", "RAK Triwulan III".
    medan: (k) => {
      const t = tw(k);
      if (t === null || k.has('realisasi') || k.has('deviasi')) return null;
      if (k.has('fisik')) return `targetFisik${t as Tw}`;
      if (['keuangan', 'anggaran', 'kas', 'rak', 'rp'].some((x) => k.has(x))) return `targetKeuangan${t as Tw}`;
      return null;
    },
    perlu: TW.map((t) => [t]),
  },
  {
    // Monthly plan: "Target Fisik Januari", "Anggaran kas s.d. Maret".
    medan: (k) => {
      const b = BULAN_KECIL.findIndex((x) => k.has(x)) + 1;
      if (b === 0 || k.has('realisasi') || k.has('deviasi')) return null;
      if (k.has('fisik')) return `targetFisikBulan${b as Bulan}`;
      if (['keuangan', 'anggaran', 'kas', 'rak', 'rp'].some((x) => k.has(x))) return `targetKeuanganBulan${b as Bulan}`;
      return null;
    },
    perlu: BULAN_KECIL.map((b) => [b]),
  },
  {
    // Renstra: "Target 2026", "Pagu Indikatif Tahun 2027", "Realisasi 2025", "Realisasi Anggaran 2025 (Rp)".
    medan: (k) => {
      const tahun = [...k].find((x) => /^20\d\d$/.test(x));
      if (!tahun || k.has('fisik') || tw(k) !== null) return null;
      const jenis: JenisTahunan | null = k.has('realisasi')
        ? ['anggaran', 'keuangan', 'rp'].some((x) => k.has(x))
          ? 'realisasiAnggaran'
          : 'realisasi'
        : k.has('target')
          ? 'target'
          : ['pagu', 'anggaran', 'rp'].some((x) => k.has(x))
            ? 'pagu'
            : null;
      return jenis && `${jenis}@${Number(tahun)}`;
    },
    perlu: [[TAHUN]],
  },
];

const VERSI_KATA: Record<Versi, string[]> = {
  murni: ['murni', 'sebelum', 'semula', 'awal'],
  perubahan: ['perubahan', 'setelah', 'sesudah', 'menjadi', 'pergeseran'],
};

/** What a column title feeds, or null when Sinergi does not read it. */
export function kenaliJudul(judul: string): Calon | null {
  const daftar = kataJudul(judul);
  if (daftar.length === 0) return null;
  const k = new Set(daftar);
  let terbaik: Calon | null = null;
  for (const a of ATURAN) {
    if (a.larang?.some((x) => k.has(x))) continue;
    if (a.hanya && daftar.some((x) => !a.hanya!.includes(x))) continue;
    // Alternatives, each a list of words that must all be there; the longest one present is the rule's weight.
    const bobot = Math.max(...a.perlu.map((p) => (p.every((x) => k.has(x)) ? p.length : -1)));
    if (bobot < 0) continue;
    const medan = typeof a.medan === 'function' ? a.medan(k) : a.medan;
    if (!medan || (terbaik && terbaik.bobot >= bobot)) continue;
    terbaik = { medan, bobot };
  }
  if (!terbaik) return null;
  const versi = (Object.keys(VERSI_KATA) as Versi[]).find((v) => VERSI_KATA[v].some((x) => k.has(x)));
  if (terbaik.medan === 'pagu' && versi) terbaik.versi = versi;
  const t = tw(k);
  if (t !== null && ['realisasiFisik', 'realisasiKeuangan', 'realisasiKinerja'].includes(terbaik.medan))
    terbaik.triwulan = t;
  return terbaik;
}

/** The spreadsheet's column letters: 0 -> A, 26 -> AA. */
export function huruf(indeks: number): string {
  let s = '';
  for (let n = indeks + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
