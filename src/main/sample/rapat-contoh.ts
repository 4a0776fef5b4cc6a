// Meetings of Kabupaten Contoh for the sample data: last quarter's Rakor with minutes and follow-ups (one overdue),
// this quarter's Pra-Rakorev with the OPD secretaries, and next week's Rakor copied from the first.
import {
  kendalaInput,
  notulenInput,
  rapatInput,
  tindakLanjutInput,
  type KendalaInput,
  type RapatInput,
  type TindakLanjutInput,
} from '../../shared/api/rapat';
import { labelTriwulan, type Triwulan } from '../../shared/format';
import { hariIni } from '../../shared/rapat';
import { akhirTriwulan as akhirTriwulanTahun } from '../../shared/pelaporan';
import type { Db } from '../db/connection';
import { simpanLogo } from '../pengaturan/repository';
import { tulisNomor } from '../rapat/nomor';
import { tulisNotulen } from '../rapat/notulen';
import { ambilRapat, tulisRapat, tulisSalinan } from '../rapat/repository';
import { tulisKendala, tulisTindakLanjut, tulisTinjauan } from '../rapat/tulisTindakLanjut';
import { lambangContoh } from './lambang-contoh';

interface Periode {
  tahun: number;
  triwulan: Triwulan;
}

function geserHari(tanggal: string, hari: number): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + hari);
  // Meetings are held on working days: a weekend date moves to Monday.
  const minggu = d.getUTCDay();
  if (minggu === 6) d.setUTCDate(d.getUTCDate() + 2);
  if (minggu === 0) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function periodeSebelum(p: Periode): Periode {
  return p.triwulan === 1
    ? { tahun: p.tahun - 1, triwulan: 4 }
    : { tahun: p.tahun, triwulan: (p.triwulan - 1) as Triwulan };
}

function akhirTriwulan(p: Periode): string {
  return akhirTriwulanTahun(p.tahun, p.triwulan);
}

export async function muatRapatContoh(trx: Db): Promise<void> {
  await simpanLogo(trx, lambangContoh(), 'image/png');
  const opd = await trx.selectFrom('opd').select(['id', 'singkatan', 'klaster']).orderBy('kode').execute();
  const idOpd = (singkatan: string) => opd.find((o) => o.singkatan === singkatan)!.id;
  const [sekda, asisten] = await trx.selectFrom('penandatangan').select('id').orderBy('id').execute();

  const hari = hariIni();
  const sekarang: Periode = {
    tahun: Number(hari.slice(0, 4)),
    triwulan: Math.ceil(Number(hari.slice(5, 7)) / 3) as Triwulan,
  };
  const lalu = periodeSebelum(sekarang);
  const sebelumnya = periodeSebelum(lalu);

  // 1. Rakor of the quarter before last: held, attended, minutes written, letter numbered.
  const rakor: RapatInput = {
    jenis: 'rakor_triwulan',
    judul: `Rapat Koordinasi ${labelTriwulan(sebelumnya.triwulan)} Bidang Ekonomi Tahun ${sebelumnya.tahun}`,
    tahun: sebelumnya.tahun,
    triwulan: sebelumnya.triwulan,
    tanggal: geserHari(akhirTriwulan(sebelumnya), 15),
    waktuMulai: '09:00',
    waktuSelesai: 'selesai',
    tempat: 'Ruang Rapat Asisten Perekonomian dan Pembangunan, Kantor Bupati Contoh',
    pimpinanId: asisten!.id,
    penandatanganId: sekda!.id,
    tanggalSurat: geserHari(akhirTriwulan(sebelumnya), 8),
    sifat: 'Penting',
    hal: `Undangan Rapat Koordinasi ${labelTriwulan(sebelumnya.triwulan)} Bidang Ekonomi`,
    acara: [
      { uraian: `Paparan realisasi fisik dan keuangan s.d. ${labelTriwulan(sebelumnya.triwulan)}` },
      { uraian: 'Pembahasan kendala pelaksanaan kegiatan dan rencana tindak lanjut' },
    ],
    narasumber: ['Asisten Perekonomian dan Pembangunan', 'Kepala Bagian Perekonomian dan Sumber Daya Alam'],
    tembusan: ['Bupati Contoh (sebagai laporan)', 'Wakil Bupati Contoh (sebagai laporan)'],
    peserta: [
      ...opd
        .filter((o) => o.klaster === 'ekonomi')
        .map((o, i) => ({
          opdId: o.id,
          kehadiran: i === 2 ? ('diwakili' as const) : i === 5 ? ('tidak_hadir' as const) : ('hadir' as const),
          diwakiliOleh: i === 2 ? 'Wa Ode Hasnawati, S.E.' : '',
        })),
      {
        opdId: null,
        nama: 'Andi Rahmat Hidayat, S.E.',
        jabatan: 'Pemimpin Cabang',
        instansi: 'Bank Sultra Cabang Sukamakmur',
        kehadiran: 'hadir' as const,
      },
    ],
  };
  const idRakor = await tulisRapat(trx, rapatInput.parse(rakor));
  await tulisNomor(trx, idRakor, null);
  const { acara } = await ambilRapat(trx, idRakor);
  await tulisNotulen(
    trx,
    notulenInput.parse({
      rapatId: idRakor,
      notulisNama: 'Rina Marlina, S.E.',
      notulisNip: '199001012015032001',
      pembukaan: 'Rapat dibuka oleh Asisten Perekonomian dan Pembangunan pukul 09.15 WITA.',
      kesimpulan:
        'OPD dengan status merah menyusun rencana percepatan pelaksanaan kegiatan.\n' +
        'Kendala pengadaan bibit melalui e-katalog dikoordinasikan dengan Pemerintah Provinsi.',
      pembahasan: [
        {
          acaraId: acara[0]!.id,
          pembicara: 'Kepala Bagian Perekonomian dan SDA',
          uraian: 'Realisasi fisik bidang ekonomi berada di bawah target; tiga OPD berstatus merah.',
        },
        {
          acaraId: acara[1]!.id,
          pembicara: 'Kepala Dinas Pertanian dan Peternakan',
          uraian: 'Pengadaan bibit terhambat karena produk penyedia belum tayang di e-katalog.',
        },
      ],
    }),
  );
  const tl = async (t: TindakLanjutInput) => tulisTindakLanjut(trx, tindakLanjutInput.parse(t));
  const kendala = async (k: KendalaInput) => tulisKendala(trx, kendalaInput.parse(k));
  const kategori = new Map(
    (await trx.selectFrom('kategoriKendala').select(['id', 'nama']).execute()).map((k) => [k.nama, k.id]),
  );
  /** Category and risk scales of a sample kendala, as seed 003's monthly risk identification scores them. */
  const risiko = (nama: string, kemungkinan: number, dampak: number) => ({
    kategoriId: kategori.get(nama) ?? null,
    kemungkinan,
    dampak,
  });
  const akhirLalu = akhirTriwulan(lalu);
  const terlambat = await tl({
    rapatId: idRakor,
    uraian: 'Menyusun rencana percepatan pengadaan bibit dan menyampaikannya kepada Bagian Perekonomian',
    opdIds: [idOpd('Distanak')],
    batasWaktu: geserHari(akhirTriwulan(sebelumnya), 45),
    status: 'proses',
  });
  await tl({
    rapatId: idRakor,
    uraian: 'Melengkapi data realisasi fisik dan keuangan pada aplikasi monev',
    opdIds: [idOpd('Dispar'), idOpd('DPMPTSP')],
    batasWaktu: geserHari(akhirTriwulan(sebelumnya), 30),
    status: 'selesai',
    bukti: 'Data lengkap, diverifikasi Bagian Perekonomian',
  });
  const pasar = await tl({
    rapatId: idRakor,
    uraian: 'Berkoordinasi dengan BPKAD untuk percepatan pencairan termin pembangunan pasar rakyat',
    opdIds: [idOpd('Diskoperindag'), idOpd('BPKAD')],
    batasWaktu: geserHari(akhirLalu, 75),
    status: 'belum',
  });
  const bibit = await kendala({
    rapatId: idRakor,
    uraian: 'Produk bibit unggul belum tayang di e-katalog sehingga pengadaan tertunda',
    opdId: idOpd('Distanak'),
    tingkat: 'provinsi',
    status: 'proses',
    solusi: 'Koordinasi dengan Dinas Pertanian Provinsi dan LKPP',
    ...risiko('Pengadaan barang/jasa', 3, 4),
  });
  await kendala({
    rapatId: idRakor,
    uraian: 'Penetapan pemenang tender pembangunan pasar rakyat terlambat',
    opdId: idOpd('Diskoperindag'),
    tingkat: 'forum_rakor',
    status: 'belum',
    ...risiko('Pengadaan barang/jasa', 4, 5),
  });

  // 2. Pra-Rakorev of last quarter with every OPD's secretary; reviews the open items of the Rakor.
  const praRakorev: RapatInput = {
    jenis: 'pra_rakorev',
    judul: `Pra Rapat Koordinasi dan Evaluasi ${labelTriwulan(lalu.triwulan)} Tahun ${lalu.tahun}`,
    tahun: lalu.tahun,
    triwulan: lalu.triwulan,
    tanggal: geserHari(akhirLalu, 8),
    waktuMulai: '08:30',
    waktuSelesai: '12:00',
    tempat: 'Ruang Pola Kantor Bupati Contoh',
    pimpinanId: asisten!.id,
    penandatanganId: asisten!.id,
    tujuan: 'sekretaris',
    tanggalSurat: geserHari(akhirLalu, 3),
    hal: `Undangan Pra Rakorev ${labelTriwulan(lalu.triwulan)}`,
    acara: [
      { uraian: `Evaluasi capaian fisik dan keuangan OPD s.d. ${labelTriwulan(lalu.triwulan)}` },
      { uraian: 'Identifikasi kendala dan rencana tindak lanjut sebelum Rakorev' },
    ],
    peserta: opd.filter((o) => o.singkatan !== 'Setda').map((o) => ({ opdId: o.id })),
  };
  const idPra = await tulisRapat(trx, rapatInput.parse(praRakorev));
  await tulisNomor(trx, idPra, null);
  await tulisTinjauan(trx, {
    rapatId: idPra,
    tindakLanjut: [
      { id: terlambat.id, catatan: 'Rencana percepatan belum diterima; Distanak diminta segera menyampaikan.' },
      { id: pasar.id, catatan: '' },
    ],
    kendala: [{ id: bibit.id, catatan: 'Surat ke Pemerintah Provinsi telah dikirim.' }],
  });
  await tl({
    rapatId: idPra,
    uraian: 'Sekretaris OPD memverifikasi data realisasi sebelum disampaikan pada Rakorev',
    opdIds: [idOpd('DPUPR'), idOpd('Disperkim')],
    batasWaktu: geserHari(akhirLalu, 20),
    status: 'belum',
  });

  // Obstacles the OPD secretaries raised, scored for the regency's risk map.
  for (const [singkatan, uraian, nama, k, d] of [
    ['DPUPR', 'Curah hujan tinggi menghambat pekerjaan pengaspalan jalan poros', 'Cuaca/alam', 4, 4],
    ['Dinkes', 'DAK Fisik tahap II rehabilitasi puskesmas belum disalurkan', 'Dana transfer', 3, 4],
    ['Disdikbud', 'Petunjuk teknis pembangunan ruang kelas baru terlambat terbit', 'Regulasi/juknis', 2, 3],
    ['DLH', 'Lahan perluasan TPA belum bersertifikat', 'Lahan/perizinan', 3, 5],
    ['Disperkim', 'Tenaga teknis pengawas lapangan terbatas', 'SDM', 4, 3],
    ['Dishub', 'Penyedia lampu jalan tenaga surya wanprestasi', 'Pihak ketiga', 2, 4],
  ] as const) {
    await kendala({ rapatId: idPra, uraian, opdId: idOpd(singkatan), tingkat: 'opd', ...risiko(nama, k, d) });
  }

  // 3. Next week's Rakor: the first one copied into the next quarter (same invitees and agenda, open items carried).
  await tulisSalinan(trx, idRakor, geserHari(hari, 7));
}
