// Ringkasan Eksekutif untuk Bupati: at most two pages under the kop surat: the headline figures, the Kurva S, what
// changed since last quarter, the OPD that need the regent's attention, the decisions requested.
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { formatPersen, formatPoin, formatRupiah, labelTriwulan } from '../../shared/format';
import { LABEL_VERSI } from '../../shared/renja';
import { judul, paragraf, subjudul, tandaTangan } from '../docx/blok';
import { buatDokumenSeksi, halamanDari, keBuffer, lebarTeks } from '../docx/halaman';
import { kopSurat } from '../docx/kop';
import { tabelWarna } from '../docx/tabelWarna';
import { LABEL_STATUS } from '../../shared/monev/rules';
import { paragrafNarasi, tandaTanganLaporan, WARNA_STATUS } from './bagianDokumen';
import type { OpsiLaporan } from './dokumenLaporan';
import { grafikKurvaS } from './grafik';

function kartu(o: OpsiLaporan) {
  const t = o.konteks.data.total;
  const lebar = lebarTeks(halamanDari(o.konteks.pengaturan));
  const status = t.status ? WARNA_STATUS[t.status] : undefined;
  const besar = (teks: string, kecil: string) => `${teks}\n${kecil}`;
  const belum = o.konteks.data.jumlahTerisi === 0;
  return tabelWarna({
    lebar,
    ukuranHuruf: 18,
    kolom: [
      { judul: 'Pagu', bobot: 1, rata: 'tengah' },
      { judul: 'Realisasi keuangan', bobot: 1, rata: 'tengah' },
      { judul: 'Realisasi fisik', bobot: 1, rata: 'tengah' },
      { judul: 'Deviasi fisik', bobot: 1, rata: 'tengah' },
    ],
    baris: [
      [
        {
          teks: besar(formatRupiah(t.pagu, { desimal: false }), LABEL_VERSI[o.konteks.data.ringkasan.versi]),
          tebal: true,
        },
        {
          teks: belum
            ? besar('-', 'belum ada realisasi')
            : besar(
                formatRupiah(t.realisasiKeuangan, { desimal: false }),
                `penyerapan ${formatPersen(t.persenKeuangan)}`,
              ),
          tebal: true,
        },
        { teks: besar(formatPersen(t.realisasiFisik), `target ${formatPersen(t.targetFisik)}`), tebal: true },
        {
          teks: t.status
            ? besar(`${formatPoin(t.deviasiFisik)} poin`, `status ${LABEL_STATUS[t.status].toLowerCase()}`)
            : besar('-', 'belum dapat dinilai'),
          tebal: true,
          ...(status ?? {}),
        },
      ],
    ],
  });
}

export function buatRingkasanEksekutif(o: OpsiLaporan): Promise<Buffer> {
  const { data, pengaturan } = o.konteks;
  const lebar = lebarTeks(halamanDari(pengaturan));
  const n = o.narasi;
  const isi = [
    ...kopSurat(pengaturan, o.logo, lebar),
    judul('RINGKASAN EKSEKUTIF'),
    judul(`EVALUASI PELAKSANAAN PROGRAM/KEGIATAN ${labelTriwulan(data.triwulan).toUpperCase()} TAHUN ${data.tahun}`),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
      children: [new TextRun({ text: `${data.nama}: untuk Bupati, melalui Sekretaris Daerah`, size: 20 })],
    }),
    subjudul('A. Angka Utama'),
    kartu(o),
    grafikKurvaS(data.kurvaS, `Kurva S ${data.nama}`, 210),
    subjudul(`B. Perkembangan Dibanding ${data.triwulan > 1 ? labelTriwulan(data.triwulan - 1) : 'Triwulan Lalu'}`),
    ...paragrafNarasi(n.perkembangan),
    subjudul('C. Perangkat Daerah yang Memerlukan Perhatian Bupati'),
    ...paragrafNarasi(n.perhatian),
    subjudul('D. Keputusan/Arahan yang Dimohonkan'),
    ...paragrafNarasi(n.keputusan),
    paragraf('', { spacing: { after: 120 } }),
    tandaTangan(lebar, tandaTanganLaporan(o.konteks, o.pejabat)),
  ];
  return keBuffer(
    buatDokumenSeksi({
      halaman: halamanDari(pengaturan),
      judul: `Ringkasan Eksekutif ${labelTriwulan(data.triwulan)} ${data.tahun} - ${data.nama}`,
      seksi: [{ isi, nomorHalaman: true }],
    }),
  );
}
