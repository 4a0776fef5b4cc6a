// The editor's form state: a meeting as the API takes it, with every field present.
import type { Peserta, Rapat, RapatInput } from '../../../../shared/api/rapat';
import { hariIni, tujuanBaku } from '../../../../shared/rapat';

export type PesertaForm = Omit<Peserta, 'id'> & { kunci: string };
export type FormRapat = Required<Omit<RapatInput, 'id' | 'revisi' | 'peserta' | 'acara'>> & {
  id?: number;
  revisi?: number;
  nomorSurat: string;
  peserta: PesertaForm[];
  acara: { id?: number; uraian: string }[];
};

let urut = 0;
/** A stable React key for rows that have no id yet. */
export const kunciBaru = () => `baru-${++urut}`;

export function rapatBaru(tahunAnggaran: number): FormRapat {
  const hari = hariIni();
  const bulan = Number(hari.slice(5, 7));
  // A new Rakor usually evaluates the quarter just ended.
  const triwulan = bulan <= 3 ? 4 : Math.ceil(bulan / 3) - 1;
  return {
    jenis: 'rakor_triwulan',
    judul: '',
    tahun: bulan <= 3 ? tahunAnggaran - 1 : tahunAnggaran,
    triwulan,
    tanggal: hari,
    waktuMulai: '09:00',
    waktuSelesai: 'selesai',
    tempat: '',
    pimpinanId: null,
    penandatanganId: null,
    atasNama: '',
    tujuan: tujuanBaku('rakor_triwulan'),
    tanggalSurat: '',
    sifat: 'Biasa',
    lampiran: null,
    hal: '',
    pembuka: '',
    penutup: '',
    narasumber: [],
    tembusan: [],
    nomorSurat: '',
    acara: [],
    peserta: [],
  };
}

export function dariRapat(r: Rapat): FormRapat {
  const { notulen: _notulen, peserta, ...sisa } = r;
  return { ...sisa, peserta: peserta.map((p) => ({ ...p, kunci: `p-${p.id}` })) };
}

export function keInput(f: FormRapat): RapatInput {
  const { nomorSurat: _nomor, peserta, ...sisa } = f;
  return {
    ...sisa,
    peserta: peserta.map((p) => ({
      opdId: p.opdId,
      nama: p.opdId === null ? p.nama : '',
      jabatan: p.opdId === null ? p.jabatan : '',
      instansi: p.opdId === null ? p.instansi : '',
      diundang: p.diundang,
      kehadiran: p.kehadiran,
      diwakiliOleh: p.diwakiliOleh,
    })),
  };
}
