// The Konsistensi report as DOCX: kop, title, a count per rule, then each rule's findings by OPD and code for the Rakor.
import { bersihkanSemua } from '../../shared/teks';
import { AlignmentType } from 'docx';
import type { Konsistensi } from '../../shared/api/renstra';
import { formatAngka, formatTanggal } from '../../shared/format';
import { ATURAN_KONSISTENSI, LABEL_ATURAN } from '../../shared/renstra/konsistensi';
import { hariIni } from '../../shared/rapat';
import type { Db } from '../db/connection';
import { judul, kosong, paragraf, subjudul, tabelBernomor, type FileChild } from '../docx/blok';
import { buatDokumen, halamanDari, keBuffer, lebarTeks, type Halaman } from '../docx/halaman';
import { kopSurat, type GambarLogo, type Instansi } from '../docx/kop';
import { ambilLogo, ambilPengaturanCetak } from '../pengaturan/repository';

export interface DataDokumenKonsistensi {
  halaman: Halaman;
  instansi: Instansi & { namaBagian: string; kotaPenerbitan: string };
  logo: GambarLogo | null;
  tanggal: string;
  hasil: Konsistensi;
}

const HURUF_A = 65;

export function susunKonsistensi(d: DataDokumenKonsistensi): FileChild[] {
  const lebar = lebarTeks(d.halaman);
  const { hasil } = d;
  const periode = hasil.rpjmd
    ? `RPJMD ${hasil.rpjmd.tahunAwal}-${hasil.rpjmd.tahunAkhir}`
    : 'RPJMD belum diisi untuk tahun ini';
  const perAturan = ATURAN_KONSISTENSI.map((a) => ({ aturan: a, temuan: hasil.temuan.filter((t) => t.aturan === a) }));
  const isi: FileChild[] = [
    ...kopSurat(d.instansi, d.logo, lebar),
    judul('HASIL PEMERIKSAAN KONSISTENSI PERENCANAAN DAN PENGANGGARAN'),
    judul(`RPJMD, RENSTRA PERANGKAT DAERAH DAN RENJA PERANGKAT DAERAH TAHUN ${hasil.tahun}`),
    paragraf(`${d.instansi.namaPemda} — ${periode}`, { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
    subjudul('Ringkasan'),
    ...tabelBernomor({
      lebar,
      kolom: [
        { judul: 'Pemeriksaan', bobot: 74 },
        { judul: 'Jumlah temuan', bobot: 20, rata: 'kanan' },
      ],
      baris: perAturan.map((p) => [LABEL_ATURAN[p.aturan], formatAngka(p.temuan.length)]),
      jumlah: ['Jumlah', formatAngka(hasil.temuan.length)],
    }),
  ];
  perAturan.forEach((p, i) => {
    isi.push(subjudul(`${String.fromCharCode(HURUF_A + i)}. ${LABEL_ATURAN[p.aturan]}`));
    if (p.temuan.length === 0) {
      isi.push(paragraf('Tidak ada temuan.', { spacing: { after: 120 } }));
      return;
    }
    isi.push(
      ...tabelBernomor({
        lebar,
        kolom: [
          { judul: 'Perangkat Daerah', bobot: 27 },
          { judul: 'Kode', bobot: 14 },
          { judul: 'Uraian temuan', bobot: 53 },
        ],
        baris: p.temuan.map((t) => [t.opd, t.kode, t.pesan]),
      }),
    );
  });
  isi.push(
    ...kosong(1),
    paragraf(
      `Disusun oleh ${d.instansi.namaBagian}, ${d.instansi.kotaPenerbitan}, ${formatTanggal(d.tanggal)}, sebagai bahan Rapat Koordinasi.`,
      { ukuranHuruf: 20 },
    ),
  );
  return isi;
}

export async function konsistensiDocx(db: Db, hasil: Konsistensi, tanggal = hariIni()) {
  const pengaturan = await ambilPengaturanCetak(db, 'laporan konsistensi');
  const l = await ambilLogo(db);
  const isi = susunKonsistensi({
    halaman: halamanDari(pengaturan),
    instansi: pengaturan,
    logo: l ? { isi: Buffer.from(l.base64, 'base64'), mime: l.mime } : null,
    tanggal,
    hasil: bersihkanSemua(hasil),
  });
  const buffer = await keBuffer(
    buatDokumen({ halaman: halamanDari(pengaturan), judul: `Konsistensi ${hasil.tahun}`, isi }),
  );
  return { namaBerkas: `Konsistensi Renstra-Renja ${hasil.tahun}.docx`, base64: buffer.toString('base64') };
}
