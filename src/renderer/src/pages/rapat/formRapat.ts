// The editor's form state: a meeting and its minutes as the API takes them, with every field present.
import type { Notulen, NotulenInput, Peserta, Rapat, RapatInput } from '../../../../shared/api/rapat';
import { formatNip } from '../../../../shared/format';
import { hariIni, triwulanDievaluasi, tujuanBaku } from '../../../../shared/rapat';

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

export function rapatBaru(): FormRapat {
  const hari = hariIni();
  // A new Rakor usually evaluates the quarter just ended.
  const { tahun, triwulan } = triwulanDievaluasi(hari);
  return {
    jenis: 'rakor_triwulan',
    judul: '',
    tahun,
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

/** The minutes as the editor holds them; a discussion row has a React key until it is saved. */
export interface ButirNotulen {
  kunci: string;
  acaraId: number | null;
  pembicara: string;
  uraian: string;
}
export interface FormNotulen {
  notulisNama: string;
  notulisNip: string;
  pembukaan: string;
  kesimpulan: string;
  pembahasan: ButirNotulen[];
}

export function dariNotulen(n: Notulen): FormNotulen {
  return {
    notulisNama: n.notulisNama,
    notulisNip: formatNip(n.notulisNip),
    pembukaan: n.pembukaan,
    kesimpulan: n.kesimpulan,
    pembahasan: n.pembahasan.map(({ id, acaraId, pembicara, uraian }) => ({
      kunci: `b-${id}`,
      acaraId,
      pembicara,
      uraian,
    })),
  };
}

const butirHampa = (b: ButirNotulen) => b.pembicara.trim() === '' && b.uraian.trim() === '';

/**
 * Every field of the minutes, so a save replaces them as the editor shows them; a discussion row still wholly empty
 * (just added) holds nothing to keep and is left out.
 */
export function keNotulenInput(n: FormNotulen, rapatId: number, revisi: number | undefined): NotulenInput {
  return {
    rapatId,
    revisi,
    notulisNama: n.notulisNama,
    notulisNip: n.notulisNip,
    pembukaan: n.pembukaan,
    kesimpulan: n.kesimpulan,
    pembahasan: n.pembahasan
      .filter((b) => !butirHampa(b))
      .map(({ acaraId, pembicara, uraian }) => ({ acaraId, pembicara, uraian })),
  };
}

/** The discussion rows (numbered from 1) with a speaker but no text yet: the minutes wait for them to save alone. */
export const butirKosong = (n: FormNotulen): number[] =>
  n.pembahasan.flatMap((b, i) => (b.uraian.trim() === '' && !butirHampa(b) ? [i + 1] : []));

/**
 * The list with a new discussion row for the agenda item the user is on: after that item's last row, so the minutes
 * stay grouped by agenda item.
 */
export function tambahButir(daftar: ButirNotulen[], acaraId: number | null): ButirNotulen[] {
  const baru: ButirNotulen = { kunci: kunciBaru(), acaraId, pembicara: '', uraian: '' };
  const terakhir = daftar.map((b) => b.acaraId).lastIndexOf(acaraId);
  const di = terakhir < 0 ? daftar.length : terakhir + 1;
  return [...daftar.slice(0, di), baru, ...daftar.slice(di)];
}
