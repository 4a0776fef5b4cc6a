// A small regency for meeting tests: OPD of two clusters, two signatories, and a meeting input to vary.
import type { Backend } from '../../src/main/backend';
import type { RapatInput } from '../../src/shared/api/rapat';
import { isiPengaturan } from './backend';

export interface Dunia {
  opd: { distanak: number; dkp: number; dispar: number; dpupr: number };
  sekda: number;
  asisten: number;
}

/** identitas false: the regency's name and town left as a database started empty has them (blank). */
export async function siapkanDunia(b: Backend, jumlahOpdTambahan = 0, { identitas = true } = {}): Promise<Dunia> {
  if (identitas) await isiPengaturan(b, { polaNomorSurat: '000.1.5/{urut}/Ekbang/{tahun}' });
  const opd = async (kode: string, nama: string, klaster: 'ekonomi' | 'infrastruktur', singkatan: string) =>
    (
      await b.call('opd.simpan', {
        kode,
        nama,
        singkatan,
        klaster,
        kepalaNama: `Kepala ${singkatan}`,
        kepalaJabatan: `Kepala ${nama}`,
        kepalaNip: '197001011995031001',
        sekretarisNama: `Sekretaris ${singkatan}`,
        sekretarisNip: '198001012005012001',
      })
    ).id;
  const dunia: Dunia = {
    opd: {
      distanak: await opd('3.27.0.00.0.00.01.0000', 'Dinas Pertanian dan Peternakan', 'ekonomi', 'Distanak'),
      dkp: await opd('3.25.0.00.0.00.01.0000', 'Dinas Kelautan dan Perikanan', 'ekonomi', 'DKP'),
      dispar: await opd('3.26.0.00.0.00.01.0000', 'Dinas Pariwisata', 'ekonomi', 'Dispar'),
      dpupr: await opd('1.03.0.00.0.00.01.0000', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'infrastruktur', 'DPUPR'),
    },
    sekda: (
      await b.call('penandatangan.simpan', {
        nama: 'Drs. H. Muhammad Yusuf Tamrin, M.Si.',
        jabatan: 'Sekretaris Daerah',
        pangkat: 'Pembina Utama Madya (IV/d)',
        nip: '197001012000031001',
        atasNama: 'Bupati Contoh',
      })
    ).id,
    asisten: (
      await b.call('penandatangan.simpan', {
        nama: 'Ir. La Ode Budiman, M.Si.',
        jabatan: 'Asisten Perekonomian dan Pembangunan',
        pangkat: 'Pembina Utama Muda (IV/c)',
        nip: '197205052000031002',
      })
    ).id,
  };
  for (let i = 0; i < jumlahOpdTambahan; i++) {
    const kode = `7.01.0.00.0.00.${String(10 + Math.floor(i / 100)).padStart(2, '0')}.${String(i).padStart(4, '0')}`;
    await opd(kode, `Kecamatan Contoh ${i + 1}`, 'infrastruktur', `Kec. ${i + 1}`);
  }
  return dunia;
}

export function rakor(d: Dunia, ubah: Partial<RapatInput> = {}): RapatInput {
  return {
    jenis: 'rakor_triwulan',
    judul: 'Rapat Koordinasi Triwulan III Bidang Ekonomi Tahun 2026',
    tahun: 2026,
    triwulan: 3,
    tanggal: '2026-10-15',
    waktuMulai: '09:00',
    waktuSelesai: 'selesai',
    tempat: 'Ruang Pola Kantor Bupati Contoh',
    pimpinanId: d.asisten,
    penandatanganId: d.sekda,
    tanggalSurat: '2026-10-08',
    sifat: 'Penting',
    hal: 'Undangan Rapat Koordinasi Triwulan III',
    acara: [{ uraian: 'Paparan realisasi s.d. Triwulan III' }, { uraian: 'Pembahasan kendala' }],
    narasumber: ['Asisten Perekonomian dan Pembangunan'],
    tembusan: ['Bupati Contoh (sebagai laporan)'],
    peserta: [
      { opdId: d.opd.distanak },
      { opdId: d.opd.dkp },
      { opdId: d.opd.dispar },
      { opdId: null, nama: 'Andi Rahmat, S.E.', jabatan: 'Pemimpin Cabang', instansi: 'Bank Sultra Cabang Sukamakmur' },
    ],
    ...ubah,
  };
}
