// Surat pengantar of the report to the Bupati (Tata Naskah Dinas, as the undangan): kop, Nomor/Sifat/Lampiran/Hal,
// "Yth. Bupati ...", the report's headline figures in five points (domain.md), signature and tembusan.
import type { FileChild } from 'docx';
import { formatAngka, formatPersen, formatPoin, formatRupiah, labelTriwulan } from '../../shared/format';
import { LABEL_STATUS } from '../../shared/monev/rules';
import { kepalaDaerah } from '../../shared/rapat';
import { daftarBernomor, kosong, teksBerjalan } from '../docx/blok';
import { buatDokumen, halamanDari, keBuffer, lebarTeks, mm } from '../docx/halaman';
import { kopSurat } from '../docx/kop';
import { blokTandaTangan, blokTembusan, blokYth, kepalaSurat, paragrafPenutup } from '../docx/surat';
import type { OpsiLaporan } from './dokumenLaporan';
import { hitungStatus } from './narasiBawaan';
import { predikatCakupan } from './rekap';

/** The five points: penyerapan, then fisik, then the results of programs and sub kegiatan, the OPD to watch. */
export function butirPengantar(o: OpsiLaporan): string[] {
  const k = o.konteks;
  const t = k.data.total;
  const program = k.tabel.flatMap((x) => x.baris.filter((b) => b.tingkat === 'program'));
  const sub = k.tabel.flatMap((x) => x.baris.filter((b) => b.tingkat === 'subKegiatan'));
  const dinilai = (b: { kategori: unknown }) => b.kategori != null;
  const n = hitungStatus(k.data.opd);
  return [
    `Penyerapan anggaran ${formatRupiah(t.realisasiKeuangan)} atau ${formatPersen(t.persenKeuangan)} dari pagu ` +
      `${formatRupiah(t.pagu)}.`,
    `Realisasi fisik ${formatPersen(t.realisasiFisik)} dari target kumulatif ${formatPersen(t.targetFisik)} ` +
      `(deviasi ${formatPoin(t.deviasiFisik)} poin${t.status ? `, status ${LABEL_STATUS[t.status].toLowerCase()}` : ''}).`,
    `Capaian kinerja program: ${formatAngka(program.filter(dinilai).length)} dari ${formatAngka(program.length)} ` +
      `program telah dapat dinilai, dengan predikat kinerja ${predikatCakupan(k.tabel, k.aturan) ?? '-'} ` +
      `terhadap target tahunan.`,
    `Capaian indikator sub kegiatan: ${formatAngka(k.data.jumlahTerisi)} dari ${formatAngka(sub.length)} sub kegiatan ` +
      `telah melaporkan realisasi s.d. ${labelTriwulan(k.data.triwulan)}.`,
    k.data.cakupan.jenis === 'opd'
      ? `Perangkat daerah berstatus ${k.data.total.status ? LABEL_STATUS[k.data.total.status].toLowerCase() : 'belum dinilai'}.`
      : `Dari ${formatAngka(k.data.opd.length)} perangkat daerah, ${n.hijau} berstatus hijau, ${n.kuning} kuning dan ` +
        `${n.merah} merah; rincian dan tindak lanjutnya terdapat dalam laporan.`,
  ];
}

export function susunSuratPengantar(o: OpsiLaporan): FileChild[] {
  const { pengaturan, data } = o.konteks;
  const lebar = lebarTeks(halamanDari(pengaturan));
  const hal = `Laporan Evaluasi Pelaksanaan Program/Kegiatan ${labelTriwulan(data.triwulan)} Tahun ${data.tahun}`;
  const tanggal = new Date().toISOString().slice(0, 10);
  return [
    ...kopSurat(pengaturan, o.logo, lebar),
    // The number comes from the buku agenda when the letter is signed.
    kepalaSurat(
      {
        nomor: '',
        sifat: 'Biasa',
        lampiran: '1 (satu) berkas',
        hal,
        kota: pengaturan.kotaPenerbitan,
        tanggalSurat: tanggal,
      },
      lebar,
    ),
    ...kosong(1),
    ...blokYth([kepalaDaerah(pengaturan.namaPemda)]),
    ...teksBerjalan(
      `Dengan hormat, bersama ini kami sampaikan ${hal} ${data.nama}, dengan pokok-pokok sebagai berikut:`,
      { indent: { firstLine: mm(10) }, spacing: { before: 120, after: 80 } },
    ),
    ...daftarBernomor(butirPengantar(o)),
    ...teksBerjalan('Demikian disampaikan, atas perhatian dan arahan Bapak diucapkan terima kasih.', {
      indent: { firstLine: mm(10) },
      spacing: { before: 120, after: 80 },
      keepNext: true,
    }),
    ...blokTandaTangan(lebar, o.pejabat, null),
    ...blokTembusan([`Sekretaris Daerah ${data.daerah}`]),
    paragrafPenutup(),
  ];
}

export function buatSuratPengantar(o: OpsiLaporan): Promise<Buffer> {
  const { pengaturan, data } = o.konteks;
  const judul = `Surat Pengantar Laporan Evaluasi ${labelTriwulan(data.triwulan)} ${data.tahun}`;
  return keBuffer(buatDokumen({ halaman: halamanDari(pengaturan), judul, isi: susunSuratPengantar(o) }));
}
