// Surat Undangan: kop, Nomor/Sifat/Lampiran/Hal beside the place and date, Yth., body, signature, tembusan,
// and the invitee list as a lampiran when there are more addressees than fit after "Yth.".
import { Paragraph, TabStopType, TextRun, type FileChild } from 'docx';
import { formatHariTanggal, formatLampiran, formatTanggal, formatWaktu, type ZonaWaktu } from '../../shared/format';
import { BATAS_YTH } from '../../shared/rapat';
import {
  blokTitikDua,
  daftarBernomor,
  kosong,
  judul,
  paragraf,
  tabelData,
  tandaTangan,
  teksBerjalan,
  type Pejabat,
} from './blok';
import { buatDokumen, keBuffer, lebarTeks, mm, type UkuranKertas } from './halaman';
import { kopSurat, type GambarLogo, type Instansi } from './kop';

export interface PenerimaUndangan {
  nama: string;
  jabatan: string;
  instansi: string;
  /** How the letter addresses this invitee after "Yth.", e.g. "Kepala Dinas Pertanian dan Peternakan". */
  sebutan: string;
}

export interface DataUndangan {
  ukuran: UkuranKertas;
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
  atasNama: string;
  tembusan: string[];
}

export function waktuRapat(mulai: string, selesai: string, zona: ZonaWaktu): string {
  return formatWaktu(mulai, selesai === '' ? null : selesai, zona);
}

function blokYth(d: DataUndangan): FileChild[] {
  const yth = mm(10);
  const nomor = mm(6);
  const terlampir = d.penerima.length > BATAS_YTH;
  const sebutan = terlampir
    ? [d.sebutanKolektif, '(daftar terlampir)']
    : d.penerima.length === 0
      ? ['Bapak/Ibu Peserta Rapat']
      : d.penerima.map((p) => p.sebutan);
  const bernomor = !terlampir && sebutan.length > 1;
  const pertama = bernomor
    ? [new TextRun(`Yth.\t1.\t${sebutan[0]}`)]
    : [new TextRun('Yth.\t'), ...sebutan.map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : undefined }))];
  const kiri = bernomor ? yth + nomor : yth;
  return [
    new Paragraph({
      indent: { left: kiri, hanging: kiri },
      tabStops: [
        { type: TabStopType.LEFT, position: yth },
        { type: TabStopType.LEFT, position: yth + nomor },
      ],
      keepNext: true,
      children: pertama,
    }),
    ...(bernomor
      ? sebutan.slice(1).map(
          (t, i) =>
            new Paragraph({
              indent: { left: yth + nomor, hanging: nomor },
              tabStops: [{ type: TabStopType.LEFT, position: yth + nomor }],
              keepNext: true,
              children: [new TextRun(`${i + 2}.\t${t}`)],
            }),
        )
      : []),
    paragraf('di', { indent: { left: yth }, keepNext: true }),
    paragraf('Tempat', { indent: { left: yth + mm(6) } }),
  ];
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

function blokTembusan(tembusan: string[]): FileChild[] {
  if (tembusan.length === 0) return [];
  return [
    ...kosong(1),
    paragraf('Tembusan:', { keepNext: true }),
    ...daftarBernomor(tembusan.map((t, i) => (i === tembusan.length - 1 ? t : t.replace(/[;.]?$/, ';')))),
  ];
}

function blokTandaTangan(d: DataUndangan, lebar: number): FileChild[] {
  return [
    new Paragraph({ keepNext: true }),
    tandaTangan(lebar, { pejabat: d.penandatangan, atas: d.atasNama.split('\n').filter(Boolean) }),
  ];
}

/** The invitee list on a new page: the letter's reference at the top right, then one row per invitee. */
function lampiranPenerima(d: DataUndangan, lebar: number): FileChild[] {
  const kiri = Math.round(lebar * 0.42);
  return [
    paragraf('LAMPIRAN SURAT UNDANGAN', { pageBreakBefore: true, indent: { left: kiri } }),
    blokTitikDua(
      [
        ['Nomor', d.nomor],
        ['Tanggal', formatTanggal(d.tanggalSurat)],
        ['Hal', d.hal],
      ],
      { lebar, lebarLabel: mm(20), indentKiri: kiri },
    ),
    ...kosong(1),
    judul(`DAFTAR ${d.sebutanKolektif.toUpperCase()} YANG DIUNDANG`, { spacing: { after: 160 } }),
    tabelData({
      lebar,
      kolom: [
        { judul: 'No.', bobot: 6, rata: 'tengah' },
        { judul: 'Nama', bobot: 30 },
        { judul: 'Jabatan', bobot: 32 },
        { judul: 'Instansi', bobot: 32 },
      ],
      baris: d.penerima.map((p, i) => [`${i + 1}.`, p.nama || '-', p.jabatan || '-', p.instansi || '-']),
    }),
    ...blokTandaTangan(d, lebar),
  ];
}

export function susunUndangan(d: DataUndangan): FileChild[] {
  const lebar = lebarTeks(d.ukuran);
  const kepala = blokTitikDua(
    [
      ['Nomor', d.nomor],
      ['Sifat', d.sifat],
      ['Lampiran', formatLampiran(d.lampiran)],
      ['Hal', d.hal],
    ],
    {
      lebar,
      lebarLabel: mm(22),
      kananBarisPertama: { teks: `${d.kota}, ${formatTanggal(d.tanggalSurat)}`, lebar: mm(62) },
    },
  );
  return [
    ...kopSurat(d.instansi, d.logo, lebar),
    kepala,
    ...kosong(1),
    ...blokYth(d),
    ...isiSurat(d, lebar),
    ...blokTandaTangan(d, lebar),
    ...blokTembusan(d.tembusan),
    ...(d.penerima.length > BATAS_YTH ? lampiranPenerima(d, lebar) : []),
    // Word wants a paragraph after a closing table.
    new Paragraph({}),
  ];
}

export function buatUndangan(d: DataUndangan): Promise<Buffer> {
  return keBuffer(buatDokumen({ ukuran: d.ukuran, judul: `Undangan: ${d.hal}`, isi: susunUndangan(d) }));
}
