// Daftar Hadir: the meeting's particulars and one row per invitee to sign, numbers staggered so neighbours sign apart.
import { AlignmentType, Paragraph, TextRun, type FileChild } from 'docx';
import { formatHariTanggal, type ZonaWaktu } from '../../shared/format';
import { blokTitikDua, judul, kosong, tabelBernomor } from './blok';
import { buatDokumen, keBuffer, lebarTeks, mm, UKURAN_HURUF_TABEL, type Halaman } from './halaman';
import { waktuRapat } from './undangan';

export interface BarisHadir {
  nama: string;
  jabatan: string;
  instansi: string;
}

export interface DataDaftarHadir {
  halaman: Halaman;
  zona: ZonaWaktu;
  judul: string;
  tanggal: string;
  waktuMulai: string;
  waktuSelesai: string;
  tempat: string;
  peserta: BarisHadir[];
  /** Empty rows at the end for those who come without being on the list. */
  barisKosong: number;
}

/** Odd numbers sign at the left of the cell, even numbers in the middle. */
function selTandaTangan(no: number): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: no % 2 === 0 ? { left: mm(14) } : undefined,
      children: [new TextRun({ text: `${no}.`, size: UKURAN_HURUF_TABEL })],
    }),
  ];
}

export function susunDaftarHadir(d: DataDaftarHadir): FileChild[] {
  const lebar = lebarTeks(d.halaman);
  const baris = [
    ...d.peserta.map((p) => [p.nama, p.jabatan, p.instansi]),
    ...Array.from({ length: d.barisKosong }, () => ['', '', '']),
  ].map((b, i) => [...b, selTandaTangan(i + 1)]);
  return [
    judul('DAFTAR HADIR'),
    judul(d.judul.toUpperCase(), { spacing: { after: 240 } }),
    blokTitikDua(
      [
        ['Hari/tanggal', formatHariTanggal(d.tanggal)],
        ['Waktu', waktuRapat(d.waktuMulai, d.waktuSelesai, d.zona)],
        ['Tempat', d.tempat],
      ],
      { lebar, lebarLabel: mm(30) },
    ),
    ...kosong(1),
    ...tabelBernomor({
      lebar,
      tinggiBaris: 11,
      kolom: [
        { judul: 'Nama', bobot: 24 },
        { judul: 'Jabatan', bobot: 22 },
        { judul: 'Instansi/OPD', bobot: 22 },
        { judul: 'Tanda Tangan', bobot: 26 },
      ],
      baris,
    }),
    new Paragraph({}),
  ];
}

export function buatDaftarHadir(d: DataDaftarHadir): Promise<Buffer> {
  return keBuffer(buatDokumen({ halaman: d.halaman, judul: `Daftar Hadir: ${d.judul}`, isi: susunDaftarHadir(d) }));
}
