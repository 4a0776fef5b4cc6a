// The one import pipeline: read -> find the header -> map columns -> sort rows -> the kind's checks -> preview;
// applying it writes in one transaction after a backup. A new kind of import is one entry in JENIS (./jenis.ts).
import type { z } from 'zod';
import type { imporInput, MasalahImpor, PratinjauImpor, SelisihRenja } from '../../shared/api/impor';
import { formatAngka, formatRupiah } from '../../shared/format';
import type { Versi } from '../../shared/renja';
import type { Context } from '../api/context';
import { cadangkanSebelum } from '../backup';
import { DitolakError } from '../errors';
import { bacaBerkas, kosong, type Buku } from './baca';
import { BarisImpor, Catatan, LembarSiap } from './baris';
import { cariHeader, tandaHeader } from './header';
import { jenisAngka, type Medan } from './medan';
import { PenentuOpd } from './opd';
import { ingatPemetaan, pemetaanTersimpan, petakan, type Pilihan, type SpesifikasiMedan } from './pemetaan';
import { pilahBaris, type BarisJumlah } from './pilah';
import type { Templat } from './templat';

export type ImporInputSah = z.output<typeof imporInput>;

/** What a kind is given after the common steps: the rows of every sheet, placed on their OPD. */
export interface Persiapan {
  ctx: Context;
  input: ImporInputSah;
  buku: Buku;
  lembar: LembarSiap[];
  data: BarisImpor[];
  opd: PenentuOpd;
  catatan: Catatan;
}

export interface HasilJenis<T> {
  ringkasan: string[];
  versi: Versi | null;
  selisih?: SelisihRenja | null;
  /** How many records the write would touch; 0 refuses the import as empty. */
  jumlah: number;
  data: T;
}

export interface JenisImporDef<T> {
  /** Fields in the order of the mapping step; required ones refuse the import when no column feeds them. */
  medan(ctx: Context, input: ImporInputSah): Promise<SpesifikasiMedan[]>;
  /** A rule over several fields ("at least one realisation column"), as a message; null when met. */
  periksaKolom?(peta: Map<Medan, number>): string | null;
  /** What the per-OPD counts of the preview count. */
  satuan: string;
  /** The column a file's total row sums (pagu, realisasi keuangan), checked against the rows above it. */
  medanJumlah: Medan | null;
  /** The budget version and quarter the file is for, which pick between "Pagu Murni"/"Pagu Perubahan" columns. */
  konteks(ctx: Context, input: ImporInputSah, buku: Buku): Promise<{ versi: Versi | null; triwulan: number | null }>;
  siapkan(p: Persiapan): Promise<HasilJenis<T>>;
  /** The columns, example rows and notes of this kind's "Unduh templat". */
  templat(ctx: Context): Promise<Templat>;
  /** One transaction; the pipeline has made the backup. */
  tulis(ctx: Context, input: ImporInputSah, hasil: HasilJenis<T>): Promise<void>;
}

const PESAN_TANPA_HEADER =
  'Baris judul kolom tidak ditemukan: berkas harus memiliki kolom Kode (atau kolom berisi kode seperti 1.02.02.2.01.0001) dan kolom lain seperti Uraian, Pagu atau Realisasi fisik';

/** A grand total row against the rows above it, back to the previous grand total: a difference is a warning. */
function periksaJumlah(urutan: (BarisImpor | BarisJumlah)[], catatan: Catatan): void {
  let jumlah = 0;
  let ada = false;
  for (const x of urutan) {
    if (x instanceof BarisImpor) {
      if (x.dihitung !== null) {
        jumlah += x.dihitung;
        ada = true;
      }
      continue;
    }
    if (!x.utama) continue;
    if (x.nilai !== null && ada && Math.abs(x.nilai - jumlah) > 0.005) {
      catatan.tambah('peringatan', {
        lembar: x.lembar,
        baris: x.baris,
        huruf: '',
        kolom: '',
        pesan: `Baris jumlah "${x.teks}" menulis ${formatRupiah(x.nilai)}, sedangkan jumlah baris di atasnya ${formatRupiah(jumlah)} (selisih ${formatRupiah(x.nilai - jumlah)}); yang disimpan adalah baris-barisnya`,
      });
    }
    jumlah = 0;
    ada = false;
  }
}

export async function siapkanImpor<T>(def: JenisImporDef<T>, input: ImporInputSah, ctx: Context) {
  ctx.kemajuan({ langkah: `Membaca ${input.namaBerkas}`, selesai: 0, total: 0, satuan: '' });
  const buku = await bacaBerkas(input.namaBerkas, Buffer.from(input.base64, 'base64'));
  const jumlahBaris = buku.lembar.reduce((a, l) => a + l.baris.length, 0);
  ctx.kemajuan({ langkah: 'Memeriksa baris', selesai: 0, total: jumlahBaris, satuan: 'baris' });
  const daftarMedan = await def.medan(ctx, input);
  const konteks = await def.konteks(ctx, input, buku);
  const diingat = await pemetaanTersimpan(ctx.db);
  const catatan = new Catatan();
  const opd = await PenentuOpd.muat(ctx.db, input.opdId);
  const medanAngka = daftarMedan.map((m) => m.medan).filter((m) => jenisAngka(m) !== null);
  const pratinjauLembar: PratinjauImpor['lembar'] = [];
  const siap: LembarSiap[] = [];
  const dilewati: PratinjauImpor['dilewati'] = [];
  const barisJumlah: BarisJumlah[] = [];
  const data: BarisImpor[] = [];
  const urutan: (BarisImpor | BarisJumlah)[][] = [];
  let perluPemetaan = false;

  for (const l of buku.lembar) {
    const header = cariHeader(l);
    if (!header) {
      if (!l.tersembunyi && l.baris.some((r) => !r.every(kosong)))
        dilewati.push({ lembar: l.nama, baris: 0, alasan: 'lembar tanpa baris judul kolom yang dikenali' });
      continue;
    }
    if (l.tersembunyi) {
      catatan.berkas(
        'masalah',
        `Lembar "${l.nama}" tersembunyi tetapi berisi tabel: tampilkan lembar itu (Unhide) bila isinya ikut diimpor, atau hapus lembarnya`,
        l.nama,
      );
      continue;
    }
    const tanda = tandaHeader(input.jenis, header);
    const manual = input.pemetaan?.filter((p) => p.tanda === tanda) ?? [];
    const hasilPeta = petakan(header, daftarMedan, {
      manual: manual.length > 0 ? (Object.fromEntries(manual.map((p) => [p.medan, p.kolom])) as Pilihan) : null,
      diingat: diingat[tanda]?.kolom ?? null,
      ...konteks,
    });
    const aturan = def.periksaKolom?.(hasilPeta.peta);
    const salahPeta = [...hasilPeta.masalah, ...(aturan ? [aturan] : [])];
    for (const p of salahPeta) catatan.berkas('masalah', p, l.nama, header.indeks + 1);
    for (const p of hasilPeta.peringatan) catatan.berkas('peringatan', p, l.nama, header.indeks + 1);
    const ls = new LembarSiap(l, header, hasilPeta.peta, catatan);
    let jumlahData = 0;
    if (salahPeta.length > 0) perluPemetaan = true;
    else {
      const p = pilahBaris(ls, opd, medanAngka, def.medanJumlah);
      data.push(...p.data);
      barisJumlah.push(...p.jumlah);
      dilewati.push(...p.dilewati);
      jumlahData = p.data.length;
      siap.push(ls);
      urutan.push(p.urutan);
    }
    pratinjauLembar.push({
      nama: l.nama,
      barisHeader: header.indeks + 1,
      barisHeaderAwal: header.awal + 1,
      tanda,
      pemetaan: hasilPeta.asal,
      kolom: hasilPeta.kolom,
      medan: hasilPeta.medan,
      jumlahBarisData: jumlahData,
    });
  }
  if (pratinjauLembar.length === 0 && catatan.masalah.length === 0) throw new DitolakError(PESAN_TANPA_HEADER);

  const hasil: HasilJenis<T> | null =
    siap.length > 0 && !perluPemetaan
      ? await def.siapkan({ ctx, input, buku, lembar: siap, data, opd, catatan })
      : null;
  if (hasil) for (const u of urutan) periksaJumlah(u, catatan);

  const urut = (a: MasalahImpor, b: MasalahImpor) =>
    buku.lembar.findIndex((l) => l.nama === a.lembar) - buku.lembar.findIndex((l) => l.nama === b.lembar) ||
    a.baris - b.baris;
  const pratinjau: PratinjauImpor = {
    jenis: input.jenis,
    versi: hasil?.versi ?? konteks.versi,
    pengodean: buku.pengodean,
    lembar: pratinjauLembar,
    perluPemetaan,
    jumlahBarisData: data.length,
    ringkasan: hasil?.ringkasan ?? [],
    perOpd: opd.perOpd(def.satuan),
    barisJumlah: barisJumlah.map(({ utama: _u, ...b }) => b),
    dilewati,
    peringatan: catatan.peringatan.sort(urut),
    masalah: catatan.masalah.sort(urut),
    selisih: hasil?.selisih ?? null,
  };
  return { pratinjau, hasil };
}

export async function terapkanImpor<T>(
  def: JenisImporDef<T>,
  input: ImporInputSah,
  ctx: Context,
): Promise<PratinjauImpor> {
  const { pratinjau, hasil } = await siapkanImpor(def, input, ctx);
  if (pratinjau.masalah.length > 0) {
    const m = pratinjau.masalah[0]!;
    const kolom = m.huruf && m.kolom ? `${m.huruf} (${m.kolom})` : m.huruf || m.kolom;
    const tempat = [
      m.lembar && pratinjau.lembar.length > 1 ? `lembar ${m.lembar}` : '',
      m.baris ? `baris ${m.baris}` : '',
      kolom ? `kolom ${kolom}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    throw new DitolakError(
      `Impor dibatalkan, tidak ada data yang diubah: ${formatAngka(pratinjau.masalah.length)} masalah, mis. ${tempat ? `${tempat}: ` : ''}${m.pesan}`,
      pratinjau.masalah.map((x) => ({ kolom: `${x.lembar}!${x.huruf}${x.baris}`, pesan: x.pesan })),
    );
  }
  if (!hasil || hasil.jumlah === 0) throw new DitolakError('Berkas tidak berisi baris data di bawah judul kolom');
  // A wrong file imported over a quarter's work must be one restore away.
  ctx.kemajuan({ langkah: 'Mencadangkan data sebelum impor', selesai: 0, total: 0, satuan: '' });
  await cadangkanSebelum(ctx, 'impor');
  await def.tulis(ctx, input, hasil);
  if (input.pemetaan?.length) await ingatPemetaan(ctx.db, input.pemetaan);
  return pratinjau;
}
