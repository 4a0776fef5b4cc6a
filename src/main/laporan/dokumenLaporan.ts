// The full Laporan Evaluasi Pelaksanaan Program/Kegiatan: cover, kata pengantar, five chapters, and the lampiran
// (recap per OPD, then the E.81 table of each OPD, written as raw XML and put in after packing).
import { AlignmentType, ImageRun, PageBreak, Paragraph, TextRun, type FileChild } from 'docx';
import type { BagianNarasi } from '../../shared/api/laporan';
import { formatAngka, labelTriwulan } from '../../shared/format';
import { LABEL_VERSI } from '../../shared/renja';
import { judul, kosong, paragraf, subjudul, tabelData, tandaTangan, type Pejabat } from '../documents/blok';
import { ukuranGambar } from '../documents/gambar';
import { keBuffer, lebarTeks } from '../documents/halaman';
import type { GambarLogo } from '../documents/kop';
import { buatDokumenSeksi, lebarTeksLanskap } from '../documents/seksi';
import { tabelWarna, type IsiSel } from '../documents/tabelWarna';
import {
  angkaUtama,
  paragrafNarasi,
  tandaTanganLaporan,
  WARNA_STATUS,
} from './bagianDokumen';
import type { TabelE81 } from './e81';
import { grafikKategori, grafikKurvaS, grafikPerOpd } from './grafik';
import { barisTeks } from './kendala';
import type { KonteksLaporan } from './konteks';
import { barisMerah, barisRekap, formatNilai, kategoriFisik, KOLOM_MERAH, KOLOM_REKAP } from './rekap';
import { paragrafPenanda, sisipkanXml } from './sisip';
import { GAYA_E81, xmlTabelE81 } from './tabelE81Xml';
import { WARNA_KATEGORI } from '../../shared/monev/rules';

export interface OpsiLaporan {
  konteks: KonteksLaporan;
  narasi: Record<BagianNarasi, string>;
  pejabat: Pejabat | null;
  logo: GambarLogo | null;
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
    tengah(data.cakupan.jenis === 'kabupaten' ? 'PERANGKAT DAERAH' : data.nama.toUpperCase(), 28, true, 120),
    tengah(`${labelTriwulan(data.triwulan).toUpperCase()} TAHUN ANGGARAN ${data.tahun}`, 28),
    tengah(`(${LABEL_VERSI[data.ringkasan.versi]})`, 22, false),
    ...logoSampul(o.logo),
    ...kosong(4),
    tengah(pengaturan.namaBagian.toUpperCase(), 24),
    tengah(`${pengaturan.namaSekretariat} ${data.daerah}`.toUpperCase(), 24),
    tengah(String(new Date().getFullYear()), 24),
  ];
}

const bab = (nomor: string, teks: string) => [
  new Paragraph({ pageBreakBefore: true, children: [] }),
  judul(`BAB ${nomor}`),
  judul(teks, { spacing: { after: 240 } }),
];

const ttd = (o: OpsiLaporan) => [
  ...kosong(1),
  tandaTangan(lebarTeks(o.konteks.pengaturan.ukuranKertas), tandaTanganLaporan(o.konteks, o.pejabat)),
];

function tabelMerah(o: OpsiLaporan, lebar: number): FileChild[] {
  const { merah } = o.konteks;
  if (merah.length === 0) return [paragraf('Tidak ada perangkat daerah berstatus merah pada triwulan ini.')];
  return [
    tabelWarna({
      lebar,
      ukuranHuruf: 16,
      kolom: KOLOM_MERAH.map((k) => ({ ...k, rata: k.jenis === 'teks' ? 'kiri' : 'tengah' })),
      baris: merah.map((m, i) => barisMerah(m, i).map((v, j) => formatNilai(v, KOLOM_MERAH[j]!.jenis))),
    }),
  ];
}

function babBab(o: OpsiLaporan): FileChild[] {
  const { konteks: k, narasi: n } = o;
  const lebar = lebarTeks(k.pengaturan.ukuranKertas);
  const dasar = n.dasarHukum.split('\n').map((s) => s.replace(/^\s*\d+[.)]\s*/, '').trim()).filter(Boolean);
  const jamak = k.data.cakupan.jenis !== 'opd';
  return [
    ...bab('I', 'PENDAHULUAN'),
    subjudul('A. Latar Belakang, Maksud dan Tujuan'),
    ...paragrafNarasi(n.pendahuluan),
    subjudul('B. Dasar Hukum'),
    ...paragrafNarasi(dasar.map((d, i) => `${i + 1}. ${d};`).join('\n').replace(/;$/, '.')),
    ...bab('II', 'HASIL EVALUASI'),
    subjudul('A. Capaian Umum'),
    ...paragrafNarasi(n.hasilEvaluasi),
    tabelData({
      lebar,
      kolom: [
        { judul: 'Uraian', bobot: 55 },
        { judul: `${k.data.nama} s.d. ${labelTriwulan(k.data.triwulan)}`, bobot: 45, rata: 'kanan' },
      ],
      baris: angkaUtama(k),
    }),
    subjudul('B. Kurva S'),
    grafikKurvaS(k.data.kurvaS, `Kurva S ${k.data.nama} Tahun ${k.data.tahun}`),
    subjudul(jamak ? 'C. Capaian per Perangkat Daerah' : 'C. Sebaran Capaian Sub Kegiatan'),
    ...(jamak ? [grafikPerOpd(k.data.opd)] : []),
    grafikKategori(jamak ? k.data.opd : k.data.sub, jamak ? 'perangkat daerah' : 'sub kegiatan'),
    ...bab('III', 'FAKTOR PENDORONG DAN PENGHAMBAT'),
    subjudul('A. Faktor Pendorong'),
    ...paragrafNarasi(n.faktorPendorong),
    subjudul('B. Faktor Penghambat'),
    ...paragrafNarasi(n.faktorPenghambat),
    ...bab('IV', 'TINDAK LANJUT DAN REKOMENDASI'),
    ...paragrafNarasi(n.tindakLanjut),
    subjudul('Perangkat Daerah Berstatus Merah, Kendala dan Tindak Lanjutnya'),
    ...tabelMerah(o, lebar),
    ...bab('V', 'PENUTUP'),
    ...paragrafNarasi(n.penutup),
    ...ttd(o),
  ];
}

function lampiranRekap(o: OpsiLaporan, lebar: number): FileChild[] {
  const k = o.konteks;
  const baris: IsiSel[][] = k.data.opd.map((opd) =>
    barisRekap(opd).map((v, j) => {
      const teks = formatNilai(v, KOLOM_REKAP[j]!.jenis);
      if (j === KOLOM_REKAP.length - 1 && opd.status) return { teks, ...WARNA_STATUS[opd.status] };
      const kat = kategoriFisik(opd);
      if (j === KOLOM_REKAP.length - 2 && kat) return { teks, isi: WARNA_KATEGORI[kat].slice(1) };
      return teks;
    }),
  );
  const t = k.data.total;
  const jumlah = barisRekap({ ...t, opdId: 0, nama: 'Jumlah', singkatan: '', klaster: 'ekonomi', jumlahSubKegiatan: 0, jumlahTerisi: 0, peringkat: 0 });
  baris.push([
    { teks: 'Jumlah', span: 2, tebal: true, isi: 'E7E6E6' },
    ...jumlah.slice(2).map((v, j) => ({ teks: formatNilai(v, KOLOM_REKAP[j + 2]!.jenis), tebal: true, isi: 'E7E6E6' })),
  ]);
  return [
    judul('LAMPIRAN I'),
    judul(`REKAPITULASI CAPAIAN PER PERANGKAT DAERAH S.D. ${labelTriwulan(k.data.triwulan).toUpperCase()} TAHUN ${k.data.tahun}`),
    paragraf(`${k.data.nama}; dibandingkan dengan ${LABEL_VERSI[k.data.ringkasan.versi]}. Peringkat se-kabupaten.`, {
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
    }),
    tabelWarna({
      lebar,
      ukuranHuruf: 14,
      kolom: KOLOM_REKAP.map((c) => ({ judul: c.judul, bobot: c.bobot, rata: c.jenis === 'teks' ? 'kiri' : 'kanan' })),
      baris,
    }),
    paragraf(
      'Kategori capaian fisik: realisasi fisik dibagi target fisik kumulatif x 100 (Sangat Tinggi >= 91; Tinggi 76-<91; ' +
        'Sedang 66-<76; Rendah 51-<66; Sangat Rendah < 51). Status merah: deviasi < -10 poin (target <= 70%) atau ' +
        '< -5 poin (target > 70%); kuning: deviasi di bawah 0; hijau: realisasi memenuhi target.',
      { ukuranHuruf: 16, spacing: { before: 120 } },
    ),
  ];
}

function bernomor(butir: string[]): string {
  return butir.length > 0 ? butir.map((b, i) => `${i + 1}. ${b}`).join('\n') : '-';
}

function lampiranE81(o: OpsiLaporan, t: TabelE81, i: number, lebar: number): FileChild[] {
  const k = o.konteks;
  const { tahun, triwulan } = k.data;
  const kecil = { ukuranHuruf: 16 };
  const opd = t.opd;
  const pejabatOpd: Pejabat = {
    nama: opd.kepalaNama,
    jabatan: opd.kepalaJabatan || `Kepala ${opd.nama}`,
    pangkat: '',
    nip: opd.kepalaNip,
  };
  const evaluator = tandaTanganLaporan(k, o.pejabat);
  return [
    new Paragraph({ children: i === 0 ? [] : [new PageBreak()] }),
    ...(i === 0 ? [judul('LAMPIRAN II')] : []),
    judul(`EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP ${k.data.daerah.toUpperCase()}`, kecil),
    judul(`RENJA ${opd.nama.toUpperCase()}`, kecil),
    judul(`PERIODE PELAKSANAAN: ${labelTriwulan(triwulan).toUpperCase()} TAHUN ${tahun}`, kecil),
    paragraf('Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: -', {
      ...kecil,
      spacing: { before: 60, after: 60 },
    }),
    paragraf('Anggaran (Rp) dalam juta rupiah. Baris program/kegiatan tanpa indikator sendiri memuat rata-rata tingkat capaian di bawahnya.', { ukuranHuruf: 14, spacing: { after: 60 } }),
    paragrafPenanda(`e81-${i}`),
    ...[
      ['Rata-rata capaian kinerja (%)', formatAngka(t.rataCapaianK, 2)],
      ['Predikat kinerja', t.predikat ?? '-'],
      ['Faktor pendorong keberhasilan pencapaian', bernomor(barisTeks(t.pendorong, 3))],
      ['Faktor penghambat pencapaian kinerja', bernomor(barisTeks(t.penghambat, 3))],
      ['Tindak lanjut yang diperlukan dalam triwulan berikutnya', bernomor(barisTeks(t.tindakLanjut, 3))],
      ['Tindak lanjut yang diperlukan dalam Renja PD berikutnya', '-'],
    ].map(([label, nilai]) => paragraf(`${label}: ${nilai}`, { ...kecil, spacing: { before: 40 } })),
    ...kosong(1),
    tandaTangan(lebar, { ...evaluator, atas: ['Dievaluasi oleh', ...evaluator.atas!] }, {
      pejabat: pejabatOpd,
      atas: ['Disusun oleh', ...evaluator.atas!],
    }),
  ];
}

export async function buatLaporanLengkap(o: OpsiLaporan): Promise<Buffer> {
  const k = o.konteks;
  const ukuran = k.pengaturan.ukuranKertas;
  const lebarL = lebarTeksLanskap(ukuran);
  const dokumen = buatDokumenSeksi({
    ukuran,
    judul: `Laporan Evaluasi ${labelTriwulan(k.data.triwulan)} ${k.data.tahun} - ${k.data.nama}`,
    gayaParagraf: GAYA_E81,
    seksi: [
      { isi: sampul(o) },
      {
        nomorHalaman: true,
        mulaiNomor: 1,
        isi: [judul('KATA PENGANTAR', { spacing: { after: 240 } }), ...paragrafNarasi(o.narasi.kataPengantar), ...ttd(o)],
      },
      { nomorHalaman: true, isi: babBab(o) },
      { nomorHalaman: true, lanskap: true, isi: lampiranRekap(o, lebarL) },
      {
        nomorHalaman: true,
        lanskap: true,
        isi:
          k.tabel.length > 0
            ? k.tabel.flatMap((t, i) => lampiranE81(o, t, i, lebarL))
            : [judul('LAMPIRAN II'), paragraf('Belum ada sub kegiatan pada Renja tahun ini.')],
      },
    ],
  });
  const xml = new Map(k.tabel.map((t, i) => [`e81-${i}`, xmlTabelE81(t, k.data.tahun, k.data.triwulan, lebarL)]));
  return sisipkanXml(await keBuffer(dokumen), xml);
}
