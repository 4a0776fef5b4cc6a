// The narrative of one report: the prefilled text of each section, overlaid with what the user saved for it.
import { bersihkanTeks } from '../../shared/teks';
import {
  BAGIAN_NARASI,
  LABEL_BAGIAN,
  type BagianNarasi,
  type KunciLaporan,
  type NarasiBagian,
  type NarasiLaporan,
} from '../../shared/api/laporan';
import type { Db } from '../db/connection';
import { cakupanDari, kunciCakupan } from './cakupan';
import type { KonteksLaporan } from './konteks';
import { narasiBawaan } from './narasiBawaan';

function kunciDb(k: KunciLaporan) {
  const cakupan = cakupanDari(k);
  return { tahun: k.tahun, triwulan: k.triwulan, cakupanJenis: cakupan.jenis, cakupanKunci: kunciCakupan(cakupan) };
}

async function tersimpan(db: Db, k: KunciLaporan) {
  const key = kunciDb(k);
  const rows = await db
    .selectFrom('laporanNarasi')
    .select(['bagian', 'teks', 'diubahOleh', 'diubahPada'])
    .where('tahun', '=', key.tahun)
    .where('triwulan', '=', key.triwulan)
    .where('cakupanJenis', '=', key.cakupanJenis)
    .where('cakupanKunci', '=', key.cakupanKunci)
    .execute();
  return new Map(rows.map((r) => [r.bagian, r]));
}

export async function narasiLaporan(db: Db, k: KunciLaporan, konteks: KonteksLaporan): Promise<NarasiLaporan> {
  const bawaan = narasiBawaan(konteks);
  const simpan = await tersimpan(db, k);
  return {
    judulCakupan: konteks.data.nama,
    belumAdaRealisasi: konteks.data.jumlahTerisi === 0,
    bagian: BAGIAN_NARASI.map((bagian): NarasiBagian => {
      const s = simpan.get(bagian);
      return {
        bagian,
        judul: LABEL_BAGIAN[bagian],
        bawaan: bawaan[bagian],
        teks: s?.teks ?? bawaan[bagian],
        diubah: s !== undefined,
        diubahOleh: s?.diubahOleh ?? '',
        diubahPada: s?.diubahPada ?? null,
      };
    }),
  };
}

/** The text each section prints with: the saved edit or the prefilled text. */
export function teksNarasi(n: NarasiLaporan): Record<BagianNarasi, string> {
  return Object.fromEntries(n.bagian.map((b) => [b.bagian, bersihkanTeks(b.teks)])) as Record<BagianNarasi, string>;
}

/** Saves one section's edit; an empty text deletes it, so the section shows the prefilled text again. */
export async function simpanNarasi(
  db: Db,
  k: KunciLaporan,
  bagian: BagianNarasi,
  teks: string,
  operator: string,
): Promise<void> {
  const key = kunciDb(k);
  if (teks.trim() === '') {
    await db
      .deleteFrom('laporanNarasi')
      .where('tahun', '=', key.tahun)
      .where('triwulan', '=', key.triwulan)
      .where('cakupanJenis', '=', key.cakupanJenis)
      .where('cakupanKunci', '=', key.cakupanKunci)
      .where('bagian', '=', bagian)
      .execute();
    return;
  }
  const nilai = { teks, diubahOleh: operator, diubahPada: new Date().toISOString() };
  await db
    .insertInto('laporanNarasi')
    .values({ ...key, bagian, ...nilai })
    .onConflict((oc) => oc.columns(['tahun', 'triwulan', 'cakupanJenis', 'cakupanKunci', 'bagian']).doUpdateSet(nilai))
    .execute();
}
