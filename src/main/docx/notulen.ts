// Notulen Rapat: header block, pembukaan, pembahasan per agenda item and speaker, kesimpulan, the follow-ups and
// obstacles with their status, signed by the notulis and the pimpinan rapat.
import { Paragraph, type FileChild } from 'docx';
import { formatHariTanggal, formatTanggal, type ZonaWaktu } from '../../shared/format';
import { jabatanLengkap } from '../../shared/tandaTangan';
import {
  blokTitikDua,
  daftarBernomor,
  judul,
  paragraf,
  subjudul,
  tabelBernomor,
  tandaTangan,
  teksBerjalan,
  type Pejabat,
} from './blok';
import { buatDokumen, keBuffer, lebarTeks, mm, type Halaman } from './halaman';
import { waktuRapat } from './undangan';

export interface ButirPembahasan {
  pembicara: string;
  uraian: string;
}

export interface BarisTindakLanjut {
  uraian: string;
  penanggungJawab: string;
  batasWaktu: string | null;
  status: string;
  /** For a follow-up of an earlier meeting: that meeting, e.g. "Rakor Triwulan II (10 Juli 2026)". */
  asal?: string;
}

export interface BarisKendala {
  uraian: string;
  opd: string;
  tingkat: string;
  status: string;
  solusi: string;
}

export interface DataNotulen {
  halaman: Halaman;
  zona: ZonaWaktu;
  kota: string;
  judul: string;
  tanggal: string;
  waktuMulai: string;
  waktuSelesai: string;
  tempat: string;
  pimpinan: Pejabat | null;
  notulis: { nama: string; nip: string };
  /** e.g. "diundang 12; hadir 9 (2 diwakili); tidak hadir 3". */
  ringkasanPeserta: string;
  pembukaan: string;
  pembahasan: { acara: string; butir: ButirPembahasan[] }[];
  kesimpulan: string;
  tindakLanjut: BarisTindakLanjut[];
  tindakLanjutSebelumnya: BarisTindakLanjut[];
  kendala: BarisKendala[];
}

const KOSONG_TEKS = '-';

function bagianPembahasan(d: DataNotulen): FileChild[] {
  if (d.pembahasan.length === 0) return [paragraf(KOSONG_TEKS)];
  return d.pembahasan.flatMap((p, i) => [
    paragraf(`${i + 1}. ${p.acara}`, { tebal: true, keepNext: true, spacing: { before: 80, after: 40 } }),
    ...p.butir.flatMap((b) => [
      ...(b.pembicara ? [paragraf(`${b.pembicara}:`, { indent: { left: mm(6) }, keepNext: true })] : []),
      ...teksBerjalan(b.uraian, { indent: { left: mm(6) } }),
    ]),
  ]);
}

function tabelTindakLanjut(lebar: number, baris: BarisTindakLanjut[], denganAsal: boolean): FileChild[] {
  return tabelBernomor({
    lebar,
    kosong: KOSONG_TEKS,
    kolom: [
      { judul: 'Tindak Lanjut', bobot: denganAsal ? 26 : 40 },
      ...(denganAsal ? [{ judul: 'Diputuskan pada', bobot: 16 }] : []),
      { judul: 'Penanggung Jawab', bobot: 20 },
      { judul: 'Batas Waktu', bobot: 15, rata: 'tengah' as const },
      { judul: 'Status', bobot: 15, rata: 'tengah' as const },
    ],
    baris: baris.map((b) => [
      b.uraian,
      ...(denganAsal ? [b.asal ?? ''] : []),
      b.penanggungJawab,
      b.batasWaktu ? formatTanggal(b.batasWaktu) : '-',
      b.status,
    ]),
  });
}

function tabelKendala(lebar: number, baris: BarisKendala[]): FileChild[] {
  return tabelBernomor({
    lebar,
    kosong: KOSONG_TEKS,
    kolom: [
      { judul: 'Kendala', bobot: 26 },
      { judul: 'OPD', bobot: 14 },
      { judul: 'Tingkat Penanganan', bobot: 18 },
      { judul: 'Status', bobot: 16 },
      { judul: 'Solusi', bobot: 20 },
    ],
    baris: baris.map((b) => [b.uraian, b.opd || '-', b.tingkat, b.status, b.solusi || '-']),
  });
}

export function susunNotulen(d: DataNotulen): FileChild[] {
  const lebar = lebarTeks(d.halaman);
  const kesimpulan = d.kesimpulan
    .split('\n')
    .map((s) => s.replace(/^\s*(\d+[.)]|[-•])\s*/, '').trim())
    .filter(Boolean);
  return [
    judul('NOTULEN RAPAT', { spacing: { after: 240 } }),
    blokTitikDua(
      [
        ['Rapat', d.judul],
        ['Hari/tanggal', formatHariTanggal(d.tanggal)],
        ['Waktu', waktuRapat(d.waktuMulai, d.waktuSelesai, d.zona)],
        ['Tempat', d.tempat],
        ['Pimpinan Rapat', d.pimpinan ? `${d.pimpinan.nama} (${jabatanLengkap(d.pimpinan)})` : '-'],
        ['Notulis', d.notulis.nama],
        ['Peserta', d.ringkasanPeserta],
      ],
      { lebar, lebarLabel: mm(35), spasiAntarBaris: 40 },
    ),
    subjudul('A. Pembukaan'),
    ...(d.pembukaan.trim() ? teksBerjalan(d.pembukaan) : [paragraf(KOSONG_TEKS)]),
    subjudul('B. Pembahasan'),
    ...bagianPembahasan(d),
    subjudul('C. Kesimpulan/Keputusan'),
    ...(kesimpulan.length > 0 ? daftarBernomor(kesimpulan) : [paragraf(KOSONG_TEKS)]),
    subjudul('D. Tindak Lanjut'),
    ...tabelTindakLanjut(lebar, d.tindakLanjut, false),
    subjudul('E. Tindak Lanjut Rapat Sebelumnya'),
    ...tabelTindakLanjut(lebar, d.tindakLanjutSebelumnya, true),
    subjudul('F. Kendala'),
    ...tabelKendala(lebar, d.kendala),
    // The closing sentence travels with the signatures, so they never stand alone on a page.
    paragraf('Demikian notulen rapat ini dibuat untuk dipergunakan sebagaimana mestinya.', {
      keepNext: true,
      spacing: { before: 240, after: 240 },
    }),
    tandaTangan(
      lebar,
      { pejabat: d.pimpinan, atas: [`${d.kota}, ${formatTanggal(d.tanggal)}`], peran: 'Pimpinan Rapat' },
      {
        pejabat: d.notulis.nama
          ? {
              nama: d.notulis.nama,
              jabatan: 'Notulis',
              kedudukan: '',
              atasNama: '',
              untukBeliau: '',
              pangkat: '',
              nip: d.notulis.nip,
            }
          : null,
        atas: [''],
        peran: 'Notulis',
      },
    ),
    new Paragraph({}),
  ];
}

export function buatNotulen(d: DataNotulen): Promise<Buffer> {
  return keBuffer(buatDokumen({ halaman: d.halaman, judul: `Notulen: ${d.judul}`, isi: susunNotulen(d) }));
}
