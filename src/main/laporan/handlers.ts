// Handlers of the quarterly report: its narrative (prefilled, editable, kept per report) and its files.
import { labelTriwulan } from '../../shared/format';
import type { KunciLaporan } from '../../shared/api/laporan';
import type { HandlersFor } from '../api/context';
import { namaBerkasAman } from '../arsip/repository';
import { logoDaerah, penandatanganLaporan } from './bagianDokumen';
import { buatLaporanLengkap } from './dokumenLaporan';
import { fotoCakupan } from './lampiranFoto';
import { susunKonteks, susunKonteksTabel } from './konteks';
import { narasiLaporan, simpanNarasi, teksNarasi } from './narasi';
import { buatRingkasanEksekutif } from './ringkasanEksekutif';
import { buatSuratPengantar } from './suratPengantar';
import { laporanXlsx } from './xlsx';
import { ambilPengaturanCetak } from '../pengaturan/repository';

const kunci = ({ tahun, triwulan, cakupan, opdId, klaster }: KunciLaporan): KunciLaporan => ({
  tahun,
  triwulan,
  cakupan,
  opdId,
  klaster,
});

const namaBerkas = (k: KunciLaporan, awal: string, nama: string, ext: string) =>
  namaBerkasAman(`${awal} ${labelTriwulan(k.triwulan)} ${k.tahun} - ${nama}`, ext);

export const laporanHandlers: HandlersFor<
  'laporan.narasi' | 'laporan.simpanNarasi' | 'laporan.buat' | 'laporan.eksporXlsx'
> = {
  'laporan.narasi': async (input, { db }) => {
    const k = kunci(input);
    return narasiLaporan(db, k, await susunKonteks(db, k));
  },
  'laporan.simpanNarasi': async (input, { db, sesi }) => {
    await simpanNarasi(db, kunci(input), input.bagian, input.teks, sesi.operator);
    const tersimpan = input.teks.trim() !== '';
    return {
      bagian: input.bagian,
      teks: input.teks,
      diubah: tersimpan,
      diubahOleh: tersimpan ? sesi.operator : '',
      diubahPada: tersimpan ? new Date().toISOString() : null,
    };
  },
  'laporan.buat': async (input, { db, kemajuan }) => {
    const k = kunci(input);
    const awal = { lengkap: 'Laporan Evaluasi', ringkasan: 'Ringkasan Eksekutif', pengantar: 'Surat Pengantar' }[
      input.jenis
    ];
    await ambilPengaturanCetak(db, awal.toLowerCase());
    kemajuan({ langkah: 'Mengumpulkan data laporan', selesai: 0, total: 0, satuan: '' });
    const konteks = await susunKonteks(db, k);
    const lengkap = input.jenis === 'lengkap';
    const [narasi, pejabat, logo, foto] = await Promise.all([
      narasiLaporan(db, k, konteks),
      penandatanganLaporan(db, input.penandatanganId),
      logoDaerah(db),
      lengkap
        ? fotoCakupan(
            db,
            konteks.data.sub.map((s) => s.subKegiatanId),
            konteks.data.bulan,
          )
        : Promise.resolve([]),
    ]);
    const opsi = { konteks, narasi: teksNarasi(narasi), pejabat, logo, foto };
    const isi = lengkap
      ? await buatLaporanLengkap(opsi, kemajuan)
      : input.jenis === 'pengantar'
        ? await buatSuratPengantar(opsi)
        : await buatRingkasanEksekutif(opsi);
    return { namaBerkas: namaBerkas(k, awal, konteks.data.nama, 'docx'), base64: isi.toString('base64') };
  },
  'laporan.eksporXlsx': async (input, { db, kemajuan }) => {
    const k = kunci(input);
    await ambilPengaturanCetak(db, 'tabel evaluasi');
    kemajuan({ langkah: 'Mengumpulkan data laporan', selesai: 0, total: 0, satuan: '' });
    const konteks = await susunKonteksTabel(db, k);
    const isi = await laporanXlsx(konteks, kemajuan);
    return { namaBerkas: namaBerkas(k, 'Tabel Evaluasi', konteks.data.nama, 'xlsx'), base64: isi.toString('base64') };
  },
};
