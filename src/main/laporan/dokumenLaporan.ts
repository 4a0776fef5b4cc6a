// The full Laporan Evaluasi Pelaksanaan Program/Kegiatan: cover, kata pengantar, five chapters, and the lampiran
// (recap per OPD, then the E.81 table of each OPD, written as raw XML and put in after packing).
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import type { BagianNarasi } from '../../shared/api/laporan';
import type { BarisOpdMonev } from '../../shared/api/monev';
import { labelTriwulan } from '../../shared/format';
import { LABEL_VERSI } from '../../shared/renja';
import { judul, kosong, paragraf, tabelData, tandaTangan, type Pejabat } from '../docx/blok';
import { ukuranGambar } from '../docx/gambar';
import { buatDokumenSeksi, halamanDari, lebarTeks, lebarTeksLanskap } from '../docx/halaman';
import type { LaporKemajuan } from '../kemajuan';
import type { GambarLogo } from '../docx/kop';
import type { SelWarna } from '../docx/tabelWarna';
import { angkaUtama, GAYA_JUDUL, paragrafNarasi, tandaTanganLaporan, WARNA_STATUS } from './bagianDokumen';
import type { TabelE81 } from './e81';
import { grafikKategori, grafikKurvaS, grafikPerOpd } from './grafik';
import { tabelKendalaRapat, tabelKontrakKritis, tabelTindakLanjutRapat } from './bagianRapat';
import type { KonteksLaporan } from './konteks';
import {
  barisMerah,
  barisRekap,
  barisRekapJumlah,
  formatNilai,
  KOLOM_MERAH,
  KOLOM_REKAP,
  predikatPerOpd,
  type Nilai,
} from './rekap';
import { lampiranFormB, lampiranRekapE81 } from './lampiranFormB';
import { lampiranFoto, type FotoLampiran } from './lampiranFoto';
import { buatSisipan, type Sisipan } from './sisip';
import { GAYA_E81, pitaE81, ringkasanE81, RUMUS_KOLOM_E81, tabelE81 } from './tabelE81Xml';
import { xmlTabelWarna } from './tabelWarnaXml';
import { xmlParagraf } from './paragrafXml';
import { kalimatPredikat, kalimatStatus, type AturanMonev } from '../../shared/monev/aturan';
import { KALIMAT_DUA_PENILAIAN, kategoriFisik, NAMA_PENILAIAN, WARNA_KATEGORI } from '../../shared/monev/rules';

export interface OpsiLaporan {
  konteks: KonteksLaporan;
  narasi: Record<BagianNarasi, string>;
  pejabat: Pejabat | null;
  logo: GambarLogo | null;
  /** Photos of physical progress for Lampiran III. */
  foto: FotoLampiran[];
}

const tengah = (teks: string, ukuran: number, tebal = true, after = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    children: [new TextRun({ text: teks, bold: tebal, size: ukuran })],
  });

function logoSampul(logo: GambarLogo | null): Paragraph[] {
  const ukuran = logo ? ukuranGambar(logo.isi) : null;
  if (!logo || !ukuran) return kosong(6);
  const tinggi = 170; // pixels, about 4.5 cm
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 600, after: 600 },
      children: [
        new ImageRun({
          type: logo.mime === 'image/png' ? 'png' : 'jpg',
          data: Buffer.from(logo.isi),
          transformation: { width: Math.round((ukuran.lebar * tinggi) / ukuran.tinggi), height: tinggi },
          altText: { name: 'Lambang daerah', title: 'Lambang daerah', description: 'Lambang daerah' },
        }),
      ],
    }),
  ];
}

function sampul(o: OpsiLaporan): FileChild[] {
  const { data, pengaturan } = o.konteks;
  return [
    ...kosong(2),
    tengah('LAPORAN EVALUASI', 36),
    tengah('PELAKSANAAN PROGRAM/KEGIATAN', 32, true, 120),
    tengah(
      data.cakupan.jenis === 'kabupaten' ? `PERANGKAT DAERAH ${data.daerah}`.toUpperCase() : data.nama.toUpperCase(),
      28,
      true,
      120,
    ),
    tengah(`${labelTriwulan(data.triwulan).toUpperCase()} TAHUN ANGGARAN ${data.tahun}`, 28),
    tengah(`(${LABEL_VERSI[data.ringkasan.versi]})`, 22, false),
    ...logoSampul(o.logo),
    ...kosong(10),
    tengah(pengaturan.namaBagian.toUpperCase(), 24),
    tengah(`${pengaturan.namaSekretariat} ${data.daerah}`.toUpperCase(), 24),
    tengah(String(new Date().getFullYear()), 24),
  ];
}

const bab = (nomor: string, teks: string) => [
  // One Heading 1 paragraph ("BAB I", then the title on the next line), so the daftar isi lists the chapter once.
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    children: [new TextRun(`BAB ${nomor}`), new TextRun({ text: teks, break: 1 })],
  }),
];

/** A section heading of a chapter ("A. Latar Belakang"), listed in the daftar isi. */
const subbab = (teks: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, text: teks });

const ttd = (o: OpsiLaporan) => [
  ...kosong(1),
  tandaTangan(lebarTeks(halamanDari(o.konteks.pengaturan)), tandaTanganLaporan(o.konteks, o.pejabat)),
];

/** One row per OPD in merah, up to every OPD of a regency: written as XML (tabelWarnaXml.ts), not by docx. */
function tabelMerah(o: OpsiLaporan, lebar: number, sisipan: Sisipan): FileChild[] {
  const { merah } = o.konteks;
  if (merah.length === 0) return [paragraf('Tidak ada perangkat daerah berstatus merah pada triwulan ini.')];
  return [
    sisipan.paragraf('opd-merah', () =>
      xmlTabelWarna({
        lebar,
        ukuranHuruf: 16,
        kolom: KOLOM_MERAH.map((k) => ({ ...k, rata: RATA_JENIS[k.jenis] })),
        baris: merah.map((m, i) => barisMerah(m, i).map((v, j) => formatNilai(v, KOLOM_MERAH[j]!.jenis))),
      }),
    ),
  ];
}

function babBab(o: OpsiLaporan, sisipan: Sisipan): FileChild[] {
  const { konteks: k, narasi: n } = o;
  const lebar = lebarTeks(halamanDari(k.pengaturan));
  const dasar = n.dasarHukum
    .split('\n')
    .map((s) => s.replace(/^\s*\d+[.)]\s*/, '').trim())
    .filter(Boolean);
  const jamak = k.data.cakupan.jenis !== 'opd';
  return [
    ...bab('I', 'PENDAHULUAN'),
    subbab('A. Latar Belakang, Maksud dan Tujuan'),
    ...paragrafNarasi(n.pendahuluan),
    subbab('B. Dasar Hukum'),
    ...paragrafNarasi(
      dasar
        .map((d, i) => `${i + 1}. ${d};`)
        .join('\n')
        .replace(/;$/, '.'),
    ),
    ...bab('II', 'HASIL EVALUASI'),
    subbab('A. Capaian Umum'),
    ...paragrafNarasi(n.hasilEvaluasi),
    tabelData({
      lebar,
      kolom: [
        { judul: 'Uraian', bobot: 55 },
        { judul: `${k.data.nama} s.d. ${labelTriwulan(k.data.triwulan)}`, bobot: 45, rata: 'kanan' },
      ],
      baris: angkaUtama(k),
    }),
    subbab('B. Kurva S'),
    grafikKurvaS(k.data.kurvaS, `Kurva S ${k.data.nama} Tahun ${k.data.tahun}`),
    subbab(`C. Sebaran Capaian ${jamak ? 'Perangkat Daerah' : 'Sub Kegiatan'}`),
    grafikKategori(jamak ? k.data.opd : k.data.sub, jamak ? 'perangkat daerah' : 'sub kegiatan', k.aturan),
    ...(jamak ? [subbab('D. Capaian per Perangkat Daerah'), grafikPerOpd(k.data.opd)] : []),
    ...bab('III', 'FAKTOR PENDORONG DAN PENGHAMBAT'),
    subbab('A. Faktor Pendorong'),
    ...paragrafNarasi(n.faktorPendorong),
    subbab('B. Faktor Penghambat'),
    ...paragrafNarasi(n.faktorPenghambat),
    subbab('C. Kendala Hasil Rapat Koordinasi dan Evaluasi'),
    ...tabelKendalaRapat(k, lebar),
    subbab('D. Kontrak Kritis'),
    ...tabelKontrakKritis(k, lebar),
    ...bab('IV', 'TINDAK LANJUT DAN REKOMENDASI'),
    ...paragrafNarasi(n.tindakLanjut),
    subbab('Perangkat Daerah Berstatus Merah, Kendala dan Tindak Lanjutnya'),
    ...tabelMerah(o, lebar, sisipan),
    subbab('Tindak Lanjut Hasil Rapat Koordinasi dan Evaluasi'),
    ...tabelTindakLanjutRapat(k, lebar),
    ...bab('V', 'PENUTUP'),
    ...paragrafNarasi(n.penutup),
    ...ttd(o),
  ];
}

const RATA_JENIS = { teks: 'kiri', bilangan: 'tengah', uang: 'kanan', persen: 'kanan', poin: 'kanan' } as const;

const KOLOM_STATUS = KOLOM_REKAP.findIndex((k) => k.judul === 'Status');
const KOLOM_KATEGORI = KOLOM_REKAP.findIndex((k) => k.judul === NAMA_PENILAIAN.fisik);

/** One row of the recap, its kategori and status cells in their colours; the Jumlah row in grey. */
function barisRekapWarna(opd: BarisOpdMonev, nilai: Nilai[], aturan: AturanMonev, total = false): SelWarna[] {
  const dasar = total ? { tebal: true, isi: 'E7E6E6' } : {};
  const kat = kategoriFisik(opd.realisasiFisik, opd.targetFisik, aturan);
  const sel = nilai.map((v, j): SelWarna => {
    const teks = formatNilai(v, KOLOM_REKAP[j]!.jenis);
    if (j === KOLOM_STATUS && opd.status) return { ...dasar, teks, ...WARNA_STATUS[opd.status] };
    if (j === KOLOM_KATEGORI && kat) return { ...dasar, teks, isi: WARNA_KATEGORI[kat].slice(1) };
    return { ...dasar, teks };
  });
  return total ? [{ ...dasar, teks: 'Jumlah', span: 2 }, ...sel.slice(2)] : sel;
}

function lampiranRekap(o: OpsiLaporan, lebar: number, sisipan: Sisipan): FileChild[] {
  const k = o.konteks;
  const total = { ...k.data.total, opdId: 0, nama: '', singkatan: '', klaster: 'ekonomi' as const };
  const predikat = predikatPerOpd(k.tabel);
  const baris = [
    ...k.data.opd.map((opd) =>
      barisRekapWarna(opd, barisRekap(opd, k.aturan, predikat.get(opd.opdId) ?? null), k.aturan),
    ),
    barisRekapWarna(
      { ...total, jumlahSubKegiatan: 0, jumlahTerisi: 0, peringkat: 0, verifikasi: { status: 'draft', pada: null } },
      barisRekapJumlah(k.data, k.tabel, k.aturan),
      k.aturan,
      true,
    ),
  ];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'LAMPIRAN I' }),
    judul(
      `REKAPITULASI CAPAIAN PER PERANGKAT DAERAH S.D. ${labelTriwulan(k.data.triwulan).toUpperCase()} TAHUN ${k.data.tahun}`,
    ),
    paragraf(`${k.data.nama}; dibandingkan dengan ${LABEL_VERSI[k.data.ringkasan.versi]}. Peringkat se-kabupaten.`, {
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
    }),
    // One row per OPD: a regency's hundreds of rows are written as XML (tabelWarnaXml.ts), not by docx.
    sisipan.paragraf('rekap-opd', () =>
      xmlTabelWarna({
        lebar,
        ukuranHuruf: 14,
        kolom: KOLOM_REKAP.map((c) => ({ judul: c.judul, bobot: c.bobot, rata: RATA_JENIS[c.jenis] })),
        baris,
      }),
    ),
    paragraf(
      `${KALIMAT_DUA_PENILAIAN} Keduanya memakai rentang ${kalimatPredikat(k.aturan.predikat)}. ` +
        `Status: ${kalimatStatus(k.aturan.aturanStatus)}.`,
      { ukuranHuruf: 16, spacing: { before: 120 } },
    ),
    // A regency or cluster gets the E.81 recap across its OPD; one OPD its Form B (a regency's 36 would add a
    // hundred pages: the .xlsx carries them all).
    ...(k.data.cakupan.jenis === 'opd' ? lampiranFormB(k, lebar, sisipan) : lampiranRekapE81(k, lebar, sisipan)),
  ];
}

/** The annex's note: how to read its tables, once (each OPD's summary names its predikat only). */
const catatanE81 = (k: KonteksLaporan) =>
  'Setiap kolom 5 sampai 15 memuat kinerja (K, dalam satuan pada kolom 4) di atas garis titik-titik dan anggaran (Rp, ' +
  `dalam juta rupiah) di bawahnya; kolom ${RUMUS_KOLOM_E81}. Tingkat capaian (kolom 13) dihitung terhadap ` +
  'target tahunan, sehingga sebelum triwulan IV wajar di bawah 100%. Baris program/kegiatan tanpa indikator sendiri ' +
  'memuat rata-rata tingkat capaian di bawahnya, dibobot pagu. Kolom 5, 6, 14 dan 15 terisi bila data Renstra PD ' +
  `tersedia. ${NAMA_PENILAIAN.kinerja}: ${kalimatPredikat(k.aturan.predikat)}.`;

const KECIL = { ukuranHuruf: 16 };
const TETAP = { keepNext: true, keepLines: true };

/**
 * "Dievaluasi oleh" the report's signatory, and beside it "Disusun oleh" the head of `opd` when the annex holds that
 * one OPD. An annex of several OPD is the section's compilation, signed once after its last table: 36 pairs of
 * signatures nobody would collect took a third of a page each.
 */
function tandaTanganE81(o: OpsiLaporan, lebar: number, opd?: TabelE81['opd']): FileChild[] {
  const evaluator = tandaTanganLaporan(o.konteks, o.pejabat);
  const dievaluasi = { ...evaluator, atas: ['Dievaluasi oleh', ...evaluator.atas!], ...KECIL };
  const disusun = opd && {
    pejabat: {
      nama: opd.kepalaNama,
      jabatan: opd.kepalaJabatan || `Kepala ${opd.nama}`,
      kedudukan: '',
      atasNama: '',
      untukBeliau: '',
      pangkat: '',
      nip: opd.kepalaNip,
    } satisfies Pejabat,
    atas: ['Disusun oleh', ...evaluator.atas!],
    ...KECIL,
  };
  return [paragraf('', TETAP), tandaTangan(lebar, dievaluasi, disusun)];
}

/**
 * Lampiran II: the form's title and period once, then one table across the OPD (see tabelE81), each OPD opening with
 * its Renja and the sasaran RKPD it serves and closing with its summary, then the signatures. The table is written in
 * pieces, an OPD each, when the zip reaches their markers (the paragraphs by paragrafXml.ts, the very bytes of docx's
 * paragraf): a regency's hundreds of OPD made several paragraphs each in docx's object model.
 */
function lampiranE81(o: OpsiLaporan, lebar: number, sisipan: Sisipan, kemajuan: LaporKemajuan): FileChild[] {
  const k = o.konteks;
  const { tahun, triwulan } = k.data;
  const akhir = k.tabel.length - 1;
  const potongan = tabelE81(k.tabel, tahun, triwulan, lebar, {
    // The band keeps with the OPD's first row.
    pembuka: (t) => {
      const [renja, sasaran] = pitaE81(t);
      return (
        xmlParagraf(renja, { tebal: true, rataTengah: true, ...TETAP, ...KECIL }) +
        xmlParagraf(sasaran, { ...KECIL, ...TETAP })
      );
    },
    // Side by side, the summary takes three lines instead of five; the last OPD's keeps with the signatures.
    penutup: (t, i) => {
      const baris = ringkasanE81(t).map((teks) => xmlParagraf(teks, { ...KECIL, ...(i === akhir ? TETAP : {}) }));
      return [baris.slice(0, 3).join(''), baris.slice(3).join('')];
    },
  });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'LAMPIRAN II' }),
    paragraf(catatanE81(k), { ukuranHuruf: 14, spacing: { after: 120 } }),
    judul(`EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP ${k.data.daerah.toUpperCase()}`, KECIL),
    judul(`PERIODE PELAKSANAAN: ${labelTriwulan(triwulan).toUpperCase()} TAHUN ${tahun}`, {
      ...KECIL,
      spacing: { after: 120 },
    }),
    // The header, laid out from every OPD's rows, is written after them and put in front (see sisip.ts).
    sisipan.paragraf('e81-kepala', { sesudah: potongan.kepala }),
    ...k.tabel.map((_, i) =>
      sisipan.paragraf(`e81-${i}`, () => {
        kemajuan({ langkah: 'Menyusun tabel E.81', selesai: i, total: k.tabel.length, satuan: 'OPD' });
        const xml = potongan.opd(i);
        // After the last piece only the rest of the document is left to compress and pack.
        if (i === akhir) kemajuan({ langkah: 'Memadatkan berkas', selesai: 0, total: 0, satuan: '' });
        return xml;
      }),
    ),
    // One OPD's annex is signed by its head beside the evaluator; a compilation once, by the evaluator.
    ...tandaTanganE81(o, lebar, k.tabel.length === 1 ? k.tabel[0]!.opd : undefined),
  ];
}

export async function buatLaporanLengkap(o: OpsiLaporan, kemajuan: LaporKemajuan): Promise<Buffer> {
  const sisipan = buatSisipan();
  const k = o.konteks;
  kemajuan({ langkah: 'Menyusun bab dan lampiran', selesai: 0, total: 0, satuan: '' });
  const halaman = halamanDari(k.pengaturan);
  const lebarL = lebarTeksLanskap(halaman);
  const dokumen = buatDokumenSeksi({
    halaman,
    judul: `Laporan Evaluasi ${labelTriwulan(k.data.triwulan)} ${k.data.tahun} - ${k.data.nama}`,
    gayaParagraf: GAYA_E81,
    gayaJudul: GAYA_JUDUL,
    seksi: [
      { isi: sampul(o) },
      {
        nomorHalaman: true,
        mulaiNomor: 1,
        nomorRomawi: true,
        isi: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'KATA PENGANTAR' }),
          ...paragrafNarasi(o.narasi.kataPengantar),
          ...ttd(o),
          new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: 'DAFTAR ISI' }),
          // A TOC field Word fills in (and updates, asking first) when the document opens.
          new TableOfContents('Daftar Isi', { hyperlink: true, headingStyleRange: '1-2' }),
        ],
      },
      { nomorHalaman: true, mulaiNomor: 1, isi: babBab(o, sisipan) },
      { nomorHalaman: true, lanskap: true, isi: lampiranRekap(o, lebarL, sisipan) },
      {
        nomorHalaman: true,
        lanskap: true,
        isi:
          k.tabel.length > 0
            ? lampiranE81(o, lebarL, sisipan, kemajuan)
            : [
                new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'LAMPIRAN II' }),
                paragraf('Belum ada sub kegiatan pada Renja tahun ini.'),
              ],
      },
      { nomorHalaman: true, isi: lampiranFoto(o.foto, k.data.bulan) },
    ],
  });
  return sisipan.sisipkan(dokumen);
}
