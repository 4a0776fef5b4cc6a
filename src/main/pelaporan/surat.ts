// From the tracker to the surat pengingat: the letter's words and figures, a number from the buku agenda, the DOCX,
// the archive, and the reminder recorded on the tracker, all in one transaction.
import type { PemantauanPelaporan, BarisPelaporan, SuratPengingat } from '../../shared/api/pelaporan';
import type { AturanMonev } from '../../shared/monev/aturan';
import { formatAngka, formatTanggal, labelTriwulan } from '../../shared/format';
import { jabatanKepalaOpd } from '../../shared/opd';
import { kalimatTenggat, LABEL_STATUS_LAPORAN, namaLaporan } from '../../shared/pelaporan';
import { hariIni } from '../../shared/rapat';
import { bersihkanSemua } from '../../shared/teks';
import { namaBerkasAman, simpanDokumen } from '../arsip/repository';
import type { Db } from '../db/connection';
import { halamanDari } from '../docx/halaman';
import type { PengaturanHalaman } from '../../shared/api/pengaturan';
import { buatSuratPengingat, lembarLampiranPengingat, type DataSuratPengingat } from '../docx/suratPengingat';
import { ambilPengaturanCetak } from '../pengaturan/repository';
import { pejabat } from '../penandatangan/repository';
import { logo } from '../rapat/dokumen';
import { catatSuratKeluar } from '../rapat/nomor';
import { catatPengingat } from './catat';
import { pantauPelaporan } from './pantau';
import { arsipSurat, barisDiingatkan, pengirim, type InputSurat } from './pengingat';

const PENUTUP = 'Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.';

const ukuran = (u: { ada: number; jumlah: number }) => `${formatAngka(u.ada)} dari ${formatAngka(u.jumlah)}`;

function permintaan(batasBaru: string): string {
  const kapan = batasBaru ? `paling lambat tanggal ${formatTanggal(batasBaru)}` : 'dalam kesempatan pertama';
  return (
    'Sehubungan dengan hal tersebut, dimohon kepada Saudara untuk segera menyampaikan laporan dimaksud melalui ' +
    `Formulir Realisasi OPD ${kapan}, sebagai bahan evaluasi pelaksanaan pembangunan daerah.`
  );
}

type Umum = Omit<DataSuratPengingat, 'nomor' | 'kepada' | 'pembuka' | 'rincian' | 'lampiran'>;

function untukSatuOpd(b: BarisPelaporan, pantau: PemantauanPelaporan, kepala: string, dari: string, tanggal: string) {
  return {
    kepada: { sebutan: kepala },
    lampiran: 0,
    pembuka:
      `Berdasarkan hasil pemantauan ${dari} sampai dengan tanggal ${formatTanggal(tanggal)}, ` +
      `${namaLaporan(pantau.tahun, pantau.triwulan)} dari ${b.nama} belum kami terima secara lengkap, dengan keadaan ` +
      'sebagai berikut:',
    rincian: [
      ['Status laporan', LABEL_STATUS_LAPORAN[b.status]],
      ['Sub kegiatan terisi', ukuran(b.subKegiatan)],
      ['Indikator kinerja terisi', ukuran(b.indikator)],
      ['Batas waktu penyampaian', kalimatTenggat(pantau.tenggat, b.hariTerlambat)],
    ] as [string, string][],
  };
}

function untukBanyakOpd(
  baris: BarisPelaporan[],
  pantau: PemantauanPelaporan,
  dari: string,
  tanggal: string,
  halaman: PengaturanHalaman,
) {
  const daftar = baris.map((b) => ({
    opd: b.nama,
    status: LABEL_STATUS_LAPORAN[b.status],
    subKegiatan: ukuran(b.subKegiatan),
    terlambat: b.hariTerlambat > 0 ? `${formatAngka(b.hariTerlambat)} hari` : '-',
  }));
  return {
    kepada: {
      terlampir: 'Kepala Perangkat Daerah',
      judulLampiran: `DAFTAR PERANGKAT DAERAH YANG BELUM MENYAMPAIKAN LAPORAN ${labelTriwulan(pantau.triwulan).toUpperCase()} TAHUN ${pantau.tahun} SECARA LENGKAP`,
      baris: daftar,
    },
    // Counted from the lampiran's own table between the regency's margins.
    lampiran: lembarLampiranPengingat(daftar, halaman),
    pembuka:
      `Berdasarkan hasil pemantauan ${dari} sampai dengan tanggal ${formatTanggal(tanggal)}, ` +
      `${namaLaporan(pantau.tahun, pantau.triwulan)} dari Perangkat Daerah sebagaimana daftar terlampir belum kami ` +
      `terima secara lengkap. Batas waktu penyampaian laporan tersebut adalah ${kalimatTenggat(pantau.tenggat, 0)}.`,
    rincian: [] as [string, string][],
  };
}

export function buatSuratPengingatOpd(
  db: Db,
  input: InputSurat,
  aturan: AturanMonev,
  operator: string,
): Promise<SuratPengingat[]> {
  return db.transaction().execute(async (trx) => {
    const tanggalSurat = input.tanggalSurat || hariIni();
    const pantau = await pantauPelaporan(
      trx,
      { tahun: input.tahun, triwulan: input.triwulan, perTanggal: tanggalSurat },
      aturan,
    );
    const baris = await barisDiingatkan(trx, pantau, input.opdIds, 'opdIds');
    const pengaturan = await ambilPengaturanCetak(trx, 'surat pengingat');
    const penandatangan = await pejabat(trx, input.penandatanganId);
    const dari = pengirim(pengaturan);
    const hal = `Penyampaian Laporan Realisasi ${labelTriwulan(input.triwulan)} Tahun ${input.tahun}`;
    const umum: Umum = {
      halaman: halamanDari(pengaturan),
      instansi: pengaturan,
      logo: await logo(trx),
      kota: pengaturan.kotaPenerbitan,
      tanggalSurat,
      sifat: 'Segera',
      hal,
      permintaan: permintaan(input.batasBaru),
      penutup: PENUTUP,
      penandatangan,
      atasNama: null,
      tembusan: input.tembusan,
    };
    const kepala = new Map(
      (
        await trx.selectFrom('opd').select(['id', 'nama', 'kepalaJabatan']).where('id', 'in', input.opdIds).execute()
      ).map((o) => [o.id, jabatanKepalaOpd(o)]),
    );
    const surat =
      input.bentuk === 'kolektif'
        ? [{ opd: baris, isi: untukBanyakOpd(baris, pantau, dari, tanggalSurat, pengaturan) }]
        : baris.map((b) => ({ opd: [b], isi: untukSatuOpd(b, pantau, kepala.get(b.opdId)!, dari, tanggalSurat) }));
    const dibuat = new Set<number>();
    const judulBerkas = `Surat Pengingat Laporan ${labelTriwulan(input.triwulan)} ${input.tahun}`;
    for (const s of surat) {
      const tujuan =
        s.opd.length === 1 ? kepala.get(s.opd[0]!.opdId)! : `${s.opd.length} perangkat daerah (daftar terlampir)`;
      const nomor = await catatSuratKeluar(trx, { tanggal: tanggalSurat, hal, tujuan });
      const data = bersihkanSemua({ ...umum, ...s.isi, nomor });
      const namaBerkas = namaBerkasAman(
        `${judulBerkas} - ${s.opd.length === 1 ? s.opd[0]!.singkatan || s.opd[0]!.nama : `${s.opd.length} OPD`}`,
        'docx',
      );
      const dokumen = await simpanDokumen(trx, {
        rapatId: null,
        jenis: 'surat_pengingat',
        namaBerkas,
        isi: await buatSuratPengingat(data),
      });
      dibuat.add(dokumen.id);
      await catatPengingat(trx, {
        opdIds: s.opd.map((b) => b.opdId),
        tahun: input.tahun,
        triwulan: input.triwulan,
        cara: 'surat',
        oleh: operator,
        dokumenId: dokumen.id,
        nomorSurat: nomor,
      });
    }
    return (await arsipSurat(trx, input.tahun, input.triwulan)).filter((d) => dibuat.has(d.id)).reverse();
  });
}
