// The text each narrative section starts with, written from the data; the user edits it before generating.
import type { BagianNarasi } from '../../shared/api/laporan';
import type { AngkaMonev, BarisOpdMonev } from '../../shared/api/monev';
import {
  formatDaftar,
  formatAngka,
  formatPersen,
  formatPoin,
  formatRupiah,
  formatTanggal,
  formatTriwulan,
  labelTriwulan,
} from '../../shared/format';
import {
  KATEGORI_CAPAIAN,
  kategoriFisik,
  LABEL_STATUS,
  type KategoriCapaian,
  type Status,
} from '../../shared/monev/rules';
import { LABEL_VERSI } from '../../shared/renja';
import { angka } from '../monev/hitung';
import type { KonteksLaporan } from './konteks';
import { barisTeks, gabungTeks, teksBernomor } from './kendala';
import { asalRapat } from './rapatPeriode';
import { predikatPerOpd } from './rekap';

export function hitungStatus(rows: { status: Status | null }[]): Record<Status | 'belum', number> {
  const n = { merah: 0, kuning: 0, hijau: 0, belum: 0 };
  for (const r of rows) n[r.status ?? 'belum'] += 1;
  return n;
}

/** "triwulan II" inside a sentence. */
const triwulanKecil = (n: number) => `triwulan ${formatTriwulan(n)}`;
const namaOpd = (o: { singkatan: string; nama: string }) => o.nama || o.singkatan;

function frasaCakupan(k: KonteksLaporan): string {
  const { cakupan, nama } = k.data;
  if (cakupan.jenis === 'kabupaten') return `seluruh perangkat daerah ${nama}`;
  if (cakupan.jenis === 'klaster') return `perangkat daerah ${nama.replace('Klaster', 'klaster')}`;
  return nama;
}

const judulLaporan = (k: KonteksLaporan) =>
  `Laporan Evaluasi Pelaksanaan Program/Kegiatan ${labelTriwulan(k.data.triwulan)} Tahun Anggaran ${k.data.tahun}`;

function kalimatAngka(nama: string, t: AngkaMonev, k: KonteksLaporan): string {
  const sd = `Sampai dengan ${triwulanKecil(k.data.triwulan)} tahun ${k.data.tahun}`;
  const status = t.status ? `, status ${LABEL_STATUS[t.status].toLowerCase()}` : '';
  const devKeu =
    t.deviasiKeuangan == null
      ? ''
      : ` Deviasi keuangan terhadap rencana penarikan dana ${formatPoin(t.deviasiKeuangan)} poin.`;
  return (
    `${sd} realisasi fisik ${nama} mencapai ${formatPersen(t.realisasiFisik)} dari target ` +
    `${formatPersen(t.targetFisik)} (deviasi ${formatPoin(t.deviasiFisik)} poin${status}), sedangkan realisasi ` +
    `keuangan mencapai ${formatRupiah(t.realisasiKeuangan)} atau ${formatPersen(t.persenKeuangan)} dari pagu ` +
    `${formatRupiah(t.pagu)} (${LABEL_VERSI[k.data.ringkasan.versi]}).${devKeu}`
  );
}

function hasilEvaluasi(k: KonteksLaporan): string {
  const d = k.data;
  const tw = triwulanKecil(d.triwulan);
  if (d.jumlahTerisi === 0) {
    return [
      `Sampai dengan ${tw} tahun ${d.tahun} belum ada realisasi yang dilaporkan oleh ${frasaCakupan(k)}, sehingga ` +
        `capaian fisik dan keuangan belum dapat dievaluasi.`,
      `Target fisik kumulatif pada akhir ${tw} adalah ${formatPersen(d.total.targetFisik)} dengan pagu ` +
        `${formatRupiah(d.total.pagu)} (${LABEL_VERSI[d.ringkasan.versi]}). Perangkat daerah diminta segera ` +
        `menyampaikan laporan realisasi.`,
    ].join('\n');
  }
  const paragraf = [kalimatAngka(d.nama, d.total, k)];
  if (d.cakupan.jenis === 'opd') {
    const n = hitungStatus(d.sub.map((s) => angka(s, k.aturan)));
    paragraf.push(
      `Dari ${formatAngka(d.jumlahSub)} sub kegiatan, ${n.hijau} berstatus hijau, ${n.kuning} kuning dan ` +
        `${n.merah} merah; ${n.belum} belum dapat dinilai karena belum melapor atau belum bertarget.`,
    );
  } else if (d.opd.length > 0) {
    const n = hitungStatus(d.opd);
    const terisi = d.opd.filter((o) => o.realisasiFisik != null);
    const [atas, bawah] = [terisi[0], terisi.at(-1)];
    paragraf.push(
      `Dari ${d.opd.length} perangkat daerah, ${n.hijau} berstatus hijau, ${n.kuning} kuning dan ${n.merah} merah` +
        (n.belum ? `; ${n.belum} belum dapat dinilai.` : '.') +
        (atas && bawah && atas !== bawah
          ? ` Realisasi fisik tertinggi dicapai ${namaOpd(atas)} (${formatPersen(atas.realisasiFisik)}) dan ` +
            `terendah ${namaOpd(bawah)} (${formatPersen(bawah.realisasiFisik)}).`
          : ''),
    );
  }
  paragraf.push(
    `Sebanyak ${formatAngka(d.jumlahTerisi)} dari ${formatAngka(d.jumlahSub)} sub kegiatan telah melaporkan ` +
      `realisasi ${tw}.`,
  );
  const lalu = d.sebelumnya?.total;
  if (lalu && lalu.realisasiFisik != null) {
    paragraf.push(
      `Dibandingkan ${triwulanKecil(d.triwulan - 1)}, realisasi fisik bergerak dari ` +
        `${formatPersen(lalu.realisasiFisik)} menjadi ${formatPersen(d.total.realisasiFisik)} dan penyerapan ` +
        `anggaran dari ${formatPersen(lalu.persenKeuangan)} menjadi ${formatPersen(d.total.persenKeuangan)}.`,
    );
  }
  const beda = kalimatBedaPenilaian(k);
  if (beda) paragraf.push(beda);
  paragraf.push(
    'Rekapitulasi per perangkat daerah disajikan pada Lampiran I dan hasil evaluasi terhadap Renja Perangkat Daerah ' +
      '(Formulir E.81 Permendagri 86/2017) pada Lampiran II.',
  );
  return paragraf.join('\n');
}

function faktorPendorong(k: KonteksLaporan): string {
  const teks = barisTeks(
    gabungTeks(k.tabel, (t) => t.pendorong),
    6,
    true,
  );
  const diAtas = k.data.opd
    .filter((o) => o.status === 'hijau')
    .sort((a, b) => (b.deviasiFisik ?? 0) - (a.deviasiFisik ?? 0))
    .slice(0, 5)
    .map((o) => `${namaOpd(o)} (${formatPoin(o.deviasiFisik)} poin)`);
  const bagian: string[] = [];
  if (teks.length > 0) bagian.push('Faktor pendorong yang dilaporkan perangkat daerah:', teksBernomor(teks));
  else
    bagian.push(
      `Perangkat daerah belum menuliskan faktor pendorong dalam laporan realisasi ` +
        `${triwulanKecil(k.data.triwulan)}; bagian ini dapat dilengkapi dari hasil rapat evaluasi.`,
    );
  if (diAtas.length > 0 && k.data.cakupan.jenis !== 'opd')
    bagian.push(`Perangkat daerah dengan realisasi fisik di atas target antara lain ${formatDaftar(diAtas)}.`);
  return bagian.join('\n');
}

function faktorPenghambat(k: KonteksLaporan): string {
  const teks = barisTeks(
    gabungTeks(k.tabel, (t) => t.penghambat),
    8,
    k.data.cakupan.jenis !== 'opd',
  );
  if (teks.length === 0)
    return 'Belum ada kendala yang dituliskan perangkat daerah dalam laporan realisasi triwulan ini.';
  return ['Kendala yang paling banyak dilaporkan perangkat daerah:', teksBernomor(teks)].join('\n');
}

function tindakLanjut(k: KonteksLaporan): string {
  const d = k.data;
  const rencana = barisTeks(
    gabungTeks(k.tabel, (t) => t.tindakLanjut),
    6,
    d.cakupan.jenis !== 'opd',
  );
  const berikut = d.triwulan < 4 ? triwulanKecil(d.triwulan + 1) : 'Renja tahun berikutnya';
  const rekomendasi: string[] = [];
  const merah = k.merah.map((m) => namaOpd(m.opd));
  if (merah.length > 0)
    rekomendasi.push(
      `Perangkat daerah berstatus merah (${formatDaftar(merah)}) menyusun rencana aksi percepatan dan melaporkan ` +
        `kemajuannya pada rapat evaluasi ${berikut}.`,
    );
  const kuning = d.opd.filter((o) => o.status === 'kuning').length;
  if (kuning > 0)
    rekomendasi.push(
      `${kuning} perangkat daerah berstatus kuning menjaga laju pelaksanaan agar deviasi tidak melebar.`,
    );
  const belum = d.jumlahSub - d.jumlahTerisi;
  if (belum > 0)
    rekomendasi.push(`${formatAngka(belum)} sub kegiatan yang belum melaporkan realisasi segera dilengkapi datanya.`);
  rekomendasi.push(
    d.triwulan < 4
      ? 'Kendala yang bersifat lintas perangkat daerah dibahas dalam Rakor/Rakorev yang dipimpin Asisten atau ' +
          'Sekretaris Daerah.'
      : 'Faktor pendorong dan penghambat tahun ini menjadi masukan penyusunan Renja Perangkat Daerah tahun berikutnya.',
  );
  const bagian: string[] = [];
  if (rencana.length > 0) bagian.push('Tindak lanjut yang direncanakan perangkat daerah:', teksBernomor(rencana));
  bagian.push('Rekomendasi:', teksBernomor(rekomendasi));
  return bagian.join('\n');
}

function perkembangan(k: KonteksLaporan): string {
  const d = k.data;
  const lalu = d.sebelumnya;
  if (!lalu || lalu.total.realisasiFisik == null)
    return d.triwulan === 1
      ? 'Triwulan I adalah triwulan pertama tahun anggaran; belum ada triwulan sebelumnya sebagai pembanding.'
      : 'Belum ada realisasi triwulan sebelumnya sebagai pembanding.';
  if (d.jumlahTerisi === 0) return 'Belum ada realisasi triwulan ini yang dapat dibandingkan dengan triwulan lalu.';
  const twLalu = labelTriwulan(d.triwulan - 1);
  const baris = [
    `Realisasi fisik: ${formatPersen(lalu.total.realisasiFisik)} (${twLalu}) menjadi ` +
      `${formatPersen(d.total.realisasiFisik)}; target ${formatPersen(d.total.targetFisik)}.`,
    `Penyerapan anggaran: ${formatPersen(lalu.total.persenKeuangan)} menjadi ${formatPersen(d.total.persenKeuangan)}.`,
  ];
  if (d.cakupan.jenis !== 'opd') {
    const sebelum = new Map(lalu.opd.map((o) => [o.opdId, o]));
    const urut: Record<Status, number> = { merah: 0, kuning: 1, hijau: 2 };
    const membaik: string[] = [];
    const memburuk: string[] = [];
    for (const o of d.opd) {
      const s = sebelum.get(o.opdId)?.status;
      if (!s || !o.status || s === o.status) continue;
      (urut[o.status] > urut[s] ? membaik : memburuk).push(`${namaOpd(o)} (${s} menjadi ${o.status})`);
    }
    const merahLalu = lalu.opd.filter((o) => o.status === 'merah').length;
    baris.push(`OPD berstatus merah: ${merahLalu} menjadi ${k.merah.length}.`);
    if (membaik.length) baris.push(`Membaik: ${formatDaftar(membaik.slice(0, 8))}.`);
    if (memburuk.length) baris.push(`Memburuk: ${formatDaftar(memburuk.slice(0, 8))}.`);
  }
  return baris.join('\n');
}

export function kalimatOpdMerah(o: BarisOpdMonev): string {
  return (
    `${namaOpd(o)}: fisik ${formatPersen(o.realisasiFisik)} dari target ${formatPersen(o.targetFisik)} ` +
    `(deviasi ${formatPoin(o.deviasiFisik)} poin), penyerapan ${formatPersen(o.persenKeuangan)}`
  );
}

function perhatian(k: KonteksLaporan): string {
  if (k.data.jumlahTerisi === 0)
    return 'Belum ada realisasi yang dilaporkan, sehingga belum ada OPD yang dapat dinilai.';
  const beda = kalimatBedaPenilaian(k);
  const merah = perhatianMerah(k);
  return beda ? `${merah}\n${beda}` : merah;
}

function perhatianMerah(k: KonteksLaporan): string {
  if (k.merah.length === 0) return 'Tidak ada perangkat daerah berstatus merah pada triwulan ini.';
  const register = new Map(k.rapat.map((r) => [r.opd.id, r]));
  const butir = k.merah.slice(0, 8).map((m) => {
    const kendala = m.kendala[0] ? `; kendala utama: ${m.kendala[0].teks}` : '';
    // What the OPD was asked to do at a meeting and has not done by its due date.
    const terlambat = (register.get(m.opd.opdId)?.tindakLanjut ?? []).filter((t) => t.terlambat);
    const tl = terlambat.length
      ? `; tindak lanjut terlambat: ${terlambat
          .slice(0, 3)
          .map((t) => `${t.uraian} (${asalRapat(t)}, batas ${formatTanggal(t.batasWaktu)})`)
          .join('; ')}`
      : '';
    return `${kalimatOpdMerah(m.opd)}${kendala}${tl}.`;
  });
  const lagi = k.merah.length > 8 ? `\nDan ${k.merah.length - 8} perangkat daerah lainnya (lihat lampiran).` : '';
  return `${k.merah.length} perangkat daerah berstatus merah:\n${teksBernomor(butir)}${lagi}`;
}

/**
 * The OPD whose two ratings lie furthest apart, explained: read side by side, "Tinggi" and "Sangat Rendah" for one
 * OPD look like a contradiction unless the report says what each measures.
 */
export function kalimatBedaPenilaian(k: KonteksLaporan): string | null {
  const predikat = predikatPerOpd(k.tabel);
  const rata = new Map(k.tabel.map((t) => [t.opd.id, t.rataCapaianK]));
  let pilih: { o: BarisOpdMonev; fisik: KategoriCapaian; kinerja: KategoriCapaian; jarak: number } | null = null;
  for (const o of k.data.opd) {
    const fisik = kategoriFisik(o.realisasiFisik, o.targetFisik, k.aturan);
    const kinerja = predikat.get(o.opdId);
    if (!fisik || !kinerja) continue;
    const jarak = KATEGORI_CAPAIAN.indexOf(kinerja) - KATEGORI_CAPAIAN.indexOf(fisik);
    if (jarak !== 0 && Math.abs(jarak) > Math.abs(pilih?.jarak ?? 0)) pilih = { o, fisik, kinerja, jarak };
  }
  if (!pilih) return null;
  const { o, fisik, kinerja, jarak } = pilih;
  const sebab =
    jarak > 0
      ? 'pekerjaan fisiknya berjalan sesuai jadwal kumulatif, sedangkan indikator kinerjanya baru mencapai sebagian ' +
        'target setahun'
      : 'indikator kinerjanya telah banyak tercapai, sedangkan pekerjaan fisiknya tertinggal dari jadwal kumulatif';
  return (
    `${namaOpd(o)} berkategori realisasi fisik ${fisik} (realisasi fisik ${formatPersen(o.realisasiFisik)} dari ` +
    `target kumulatif ${formatPersen(o.targetFisik)}) tetapi berpredikat kinerja ${kinerja} (rata-rata capaian ` +
    `indikator ${formatPersen(rata.get(o.opdId) ?? null)} dari target tahunan): ${sebab}.`
  );
}

function keputusan(k: KonteksLaporan): string {
  const d = k.data;
  if (d.jumlahTerisi === 0)
    return teksBernomor([
      `Arahan kepada seluruh perangkat daerah untuk segera menyampaikan laporan realisasi ` +
        `${triwulanKecil(d.triwulan)}.`,
    ]);
  const butir: string[] = [];
  const merah = k.merah.map((m) => m.opd.singkatan || m.opd.nama);
  if (merah.length > 0)
    butir.push(
      `Arahan kepada Kepala Perangkat Daerah berstatus merah (${formatDaftar(merah)}) untuk menyampaikan rencana aksi ` +
        `percepatan dan memaparkannya pada rapat evaluasi triwulan berikutnya.`,
    );
  const kendala = gabungTeks(k.tabel, (t) => t.penghambat)[0];
  if (kendala)
    butir.push(
      `Penugasan Sekretaris Daerah untuk memimpin penyelesaian kendala yang paling banyak dilaporkan: ` +
        `${kendala.teks.charAt(0).toLowerCase()}${kendala.teks.slice(1)}.`,
    );
  butir.push('Persetujuan penyampaian hasil evaluasi ini kepada seluruh perangkat daerah sebagai bahan perbaikan.');
  return teksBernomor(butir);
}

function dasarHukum(k: KonteksLaporan): string {
  const daerah = k.data.daerah;
  const perda = [
    `Peraturan Daerah ${daerah} tentang Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran ${k.data.tahun}`,
  ];
  if (k.data.ringkasan.versi === 'perubahan')
    perda.push(
      `Peraturan Daerah ${daerah} tentang Perubahan Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran ${k.data.tahun}`,
    );
  return [
    'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir ' +
      'dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 ' +
      'Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang',
    'Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah',
    'Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi ' +
      'Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah tentang Rencana Pembangunan Jangka Panjang ' +
      'Daerah dan Rencana Pembangunan Jangka Menengah Daerah, serta Tata Cara Perubahan Rencana Pembangunan Jangka ' +
      'Panjang Daerah, Rencana Pembangunan Jangka Menengah Daerah, dan Rencana Kerja Pemerintah Daerah',
    'Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan ' +
      'Pembangunan dan Keuangan Daerah beserta perubahannya',
    'Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah',
    ...perda,
  ].join('\n');
}

export function narasiBawaan(k: KonteksLaporan): Record<BagianNarasi, string> {
  const d = k.data;
  const p = k.pengaturan;
  const tw = triwulanKecil(d.triwulan);
  return {
    kataPengantar: [
      `Puji syukur kita panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya ${judulLaporan(k)} ` +
        `${frasaCakupan(k)} dapat diselesaikan.`,
      `Laporan ini disusun oleh ${p.namaBagian} ${p.namaSekretariat} ${d.daerah} sebagai pelaksanaan pengendalian dan ` +
        `evaluasi sebagaimana diamanatkan Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017, dan disampaikan kepada ` +
        `Bupati melalui Sekretaris Daerah sebagai bahan pengambilan keputusan.`,
      'Terima kasih kami sampaikan kepada seluruh perangkat daerah yang telah menyampaikan laporan realisasi. Saran dan ' +
        'masukan untuk penyempurnaan laporan ini sangat kami harapkan.',
    ].join('\n'),
    pendahuluan: [
      'Pengendalian dan evaluasi pelaksanaan rencana pembangunan daerah merupakan bagian dari siklus perencanaan ' +
        'sebagaimana diatur dalam Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017. Evaluasi terhadap hasil Rencana ' +
        'Kerja Perangkat Daerah (Renja PD) dilakukan setiap triwulan untuk mengetahui capaian realisasi fisik dan ' +
        'keuangan, mengenali kendala, dan merumuskan langkah percepatan.',
      `Maksud penyusunan laporan ini adalah menyajikan hasil evaluasi pelaksanaan program, kegiatan dan sub kegiatan ` +
        `${frasaCakupan(k)} sampai dengan ${tw} Tahun Anggaran ${d.tahun}. Tujuannya memberikan gambaran capaian ` +
        `kinerja dan realisasi anggaran, menunjukkan perangkat daerah yang memerlukan perhatian, serta menyampaikan ` +
        `rekomendasi tindak lanjut kepada Bupati.`,
    ].join('\n'),
    dasarHukum: dasarHukum(k),
    hasilEvaluasi: hasilEvaluasi(k),
    faktorPendorong: faktorPendorong(k),
    faktorPenghambat: faktorPenghambat(k),
    tindakLanjut: tindakLanjut(k),
    penutup:
      `Demikian ${judulLaporan(k)} ini disusun sebagai bahan informasi dan pertimbangan Bupati dalam pengendalian ` +
      `pelaksanaan program dan kegiatan perangkat daerah. Atas perhatian dan arahan Bapak Bupati disampaikan terima kasih.`,
    perkembangan: perkembangan(k),
    perhatian: perhatian(k),
    keputusan: keputusan(k),
  };
}
