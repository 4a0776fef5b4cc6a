// Surat Undangan: kop, Nomor/Sifat/Lampiran/Hal beside the place and date, Yth., body, signature, tembusan,
// and the invitee list as a lampiran when there are more addressees than fit after "Yth.".
import type { FileChild } from 'docx';
import { formatHariTanggal, formatWaktu, type ZonaWaktu } from '../../shared/format';
import { BATAS_YTH, barisLampiranUndangan, KOLOM_LAMPIRAN_UNDANGAN } from '../../shared/rapat';
import { blokTitikDua, kosong, judul, tabelBernomor, teksBerjalan, type Pejabat } from './blok';
import { buatDokumen, keBuffer, lebarTeks, mm, type Halaman } from './halaman';
import { kopSurat, type GambarLogo, type Instansi } from './kop';
import { blokTandaTangan, blokTembusan, blokYth, kepalaLampiran, kepalaSurat, paragrafPenutup } from './surat';

export interface PenerimaUndangan {
  nama: string;
  jabatan: string;
  instansi: string;
  /** How the letter addresses this invitee after "Yth.", e.g. "Kepala Dinas Pertanian dan Peternakan". */
  sebutan: string;
}

export interface DataUndangan {
  halaman: Halaman;
  instansi: Instansi;
  logo: GambarLogo | null;
  kota: string;
  zona: ZonaWaktu;
  nomor: string;
  /** YYYY-MM-DD. */
  tanggalSurat: string;
  sifat: string;
  /** Sheets attached; 0 prints "-". */
  lampiran: number;
  hal: string;
  /** What the many addressees are called together, e.g. "Kepala Perangkat Daerah". */
  sebutanKolektif: string;
  penerima: PenerimaUndangan[];
  pembuka: string;
  penutup: string;
  tanggal: string;
  waktuMulai: string;
  /** '' (no end time), 'selesai' or HH:MM. */
  waktuSelesai: string;
  tempat: string;
  acara: string[];
  narasumber: string[];
  penandatangan: Pejabat | null;
  /** This letter's a.n./u.b. lines instead of the signatory's own ([] for none); null: as the signatory signs. */
  atasNama: string[] | null;
  tembusan: string[];
}

export function waktuRapat(mulai: string, selesai: string, zona: ZonaWaktu): string {
  return formatWaktu(mulai, selesai === '' ? null : selesai, zona);
}

/** Up to BATAS_YTH addressees after "Yth."; more are called together and listed in the lampiran. */
function sebutanYth(d: DataUndangan): string[] | { terlampir: string } {
  if (d.penerima.length > BATAS_YTH) return { terlampir: d.sebutanKolektif };
  return d.penerima.length === 0 ? ['Bapak/Ibu Peserta Rapat'] : d.penerima.map((p) => p.sebutan);
}

function isiSurat(d: DataUndangan, lebar: number): FileChild[] {
  const indent = mm(10);
  const rincian: [string, string | string[]][] = [
    ['Hari/tanggal', formatHariTanggal(d.tanggal)],
    ['Waktu', waktuRapat(d.waktuMulai, d.waktuSelesai, d.zona)],
    ['Tempat', d.tempat],
    ['Acara', d.acara.length > 0 ? d.acara : [d.hal]],
  ];
  if (d.narasumber.length > 0) rincian.push(['Narasumber', d.narasumber]);
  return [
    ...teksBerjalan(d.pembuka, { indent: { firstLine: indent }, spacing: { before: 120, after: 120 } }),
    blokTitikDua(rincian, { lebar, lebarLabel: mm(30), indentKiri: indent, spasiAntarBaris: 40 }),
    // The closing sentence goes with the signature, so a signature never stands alone on a page.
    ...teksBerjalan(d.penutup, { indent: { firstLine: indent }, spacing: { before: 120, after: 80 }, keepNext: true }),
  ];
}

/** The invitee list on a new page: the letter's reference at the top right, then one row per invitee. */
function lampiranPenerima(d: DataUndangan, lebar: number): FileChild[] {
  return [
    ...kepalaLampiran('LAMPIRAN SURAT UNDANGAN', d, lebar),
    judul(`DAFTAR ${d.sebutanKolektif.toUpperCase()} YANG DIUNDANG`, { spacing: { after: 160 } }),
    ...tabelBernomor({
      lebar,
      kolom: [...KOLOM_LAMPIRAN_UNDANGAN],
      baris: barisLampiranUndangan(d.penerima),
    }),
    ...blokTandaTangan(lebar, d.penandatangan, d.atasNama),
  ];
}

export function susunUndangan(d: DataUndangan): FileChild[] {
  const lebar = lebarTeks(d.halaman);
  return [
    ...kopSurat(d.instansi, d.logo, lebar),
    kepalaSurat(d, lebar),
    ...kosong(1),
    ...blokYth(sebutanYth(d)),
    ...isiSurat(d, lebar),
    ...blokTandaTangan(lebar, d.penandatangan, d.atasNama),
    ...blokTembusan(d.tembusan),
    ...(d.penerima.length > BATAS_YTH ? lampiranPenerima(d, lebar) : []),
    paragrafPenutup(),
  ];
}

export function buatUndangan(d: DataUndangan): Promise<Buffer> {
  return keBuffer(buatDokumen({ halaman: d.halaman, judul: `Undangan: ${d.hal}`, isi: susunUndangan(d) }));
}
