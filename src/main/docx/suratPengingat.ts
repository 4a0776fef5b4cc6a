// Surat pengingat: a letter reminding OPD to send the quarter's realisation report. To one OPD with its figures in a
// colon-aligned block, or to several with the list of OPD and their state in a lampiran.
import type { FileChild } from 'docx';
import type { PengaturanHalaman } from '../../shared/api/pengaturan';
import { lembarLampiranTabel } from '../../shared/tabelCetak';
import { blokTitikDua, judul, kosong, tabelBernomor, teksBerjalan, type KolomTabel, type Pejabat } from './blok';
import { buatDokumen, keBuffer, lebarTeks, mm, type Halaman } from './halaman';
import { kopSurat, type GambarLogo, type Instansi } from './kop';
import {
  blokTandaTangan,
  blokTembusan,
  blokYth,
  kepalaLampiran,
  kepalaSurat,
  paragrafPenutup,
  type KepalaSurat,
} from './surat';

export interface BarisLampiranPengingat {
  opd: string;
  status: string;
  subKegiatan: string;
  terlambat: string;
}

export interface DataSuratPengingat extends KepalaSurat {
  halaman: Halaman;
  instansi: Instansi;
  logo: GambarLogo | null;
  /** One addressee, or the collective name of those listed in the lampiran. */
  kepada: { sebutan: string } | { terlampir: string; judulLampiran: string; baris: BarisLampiranPengingat[] };
  pembuka: string;
  /** The OPD's figures under the opening sentence (one addressee only). */
  rincian: [string, string][];
  permintaan: string;
  penutup: string;
  penandatangan: Pejabat | null;
  /** As DataUndangan.atasNama. */
  atasNama: string[] | null;
  tembusan: string[];
}

/** The lampiran's table of OPD and their reports' state (after "No."). */
const KOLOM_LAMPIRAN: KolomTabel[] = [
  { judul: 'Perangkat Daerah', bobot: 41 },
  { judul: 'Status laporan', bobot: 21, rata: 'tengah' },
  { judul: 'Sub kegiatan terisi', bobot: 17, rata: 'tengah' },
  { judul: 'Terlambat', bobot: 15, rata: 'tengah' },
];

const barisLampiran = (baris: BarisLampiranPengingat[]) =>
  baris.map((b) => [b.opd, b.status, b.subKegiatan, b.terlambat]);

/** Sheets the lampiran of a reminder to several OPD fills, laid out as it prints. */
export const lembarLampiranPengingat = (baris: BarisLampiranPengingat[], halaman: PengaturanHalaman): number =>
  lembarLampiranTabel(halaman, KOLOM_LAMPIRAN, barisLampiran(baris));

function lampiran(d: DataSuratPengingat, lebar: number): FileChild[] {
  if (!('terlampir' in d.kepada)) return [];
  return [
    ...kepalaLampiran('LAMPIRAN SURAT', d, lebar),
    judul(d.kepada.judulLampiran, { spacing: { after: 160 } }),
    ...tabelBernomor({ lebar, kolom: KOLOM_LAMPIRAN, baris: barisLampiran(d.kepada.baris) }),
    ...blokTandaTangan(lebar, d.penandatangan, d.atasNama),
  ];
}

export function susunSuratPengingat(d: DataSuratPengingat): FileChild[] {
  const lebar = lebarTeks(d.halaman);
  const indent = mm(10);
  return [
    ...kopSurat(d.instansi, d.logo, lebar),
    kepalaSurat(d, lebar),
    ...kosong(1),
    ...blokYth('terlampir' in d.kepada ? { terlampir: d.kepada.terlampir } : [d.kepada.sebutan]),
    ...teksBerjalan(d.pembuka, { indent: { firstLine: indent }, spacing: { before: 120, after: 120 } }),
    ...(d.rincian.length > 0
      ? [blokTitikDua(d.rincian, { lebar, lebarLabel: mm(52), indentKiri: indent, spasiAntarBaris: 40 })]
      : []),
    ...teksBerjalan(d.permintaan, { indent: { firstLine: indent }, spacing: { before: 120, after: 80 } }),
    // The closing sentence goes with the signature, so a signature never stands alone on a page.
    ...teksBerjalan(d.penutup, { indent: { firstLine: indent }, spacing: { after: 80 }, keepNext: true }),
    ...blokTandaTangan(lebar, d.penandatangan, d.atasNama),
    ...blokTembusan(d.tembusan),
    ...lampiran(d, lebar),
    paragrafPenutup(),
  ];
}

export function buatSuratPengingat(d: DataSuratPengingat): Promise<Buffer> {
  return keBuffer(buatDokumen({ halaman: d.halaman, judul: `Surat Pengingat: ${d.hal}`, isi: susunSuratPengingat(d) }));
}
