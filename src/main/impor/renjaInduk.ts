// Program and kegiatan of an imported Renja: their names (from the file, else as stored) and the pagu they state.
import { formatRupiah } from '../../shared/format';
import type { BarisRenjaMassal } from '../renja/tulis';
import type { BarisImpor } from './baris';
import type { Persiapan } from './jalur';

/** Parents named in the file win; otherwise the names already stored; otherwise it is a problem. */
export async function namaInduk(
  p: Persiapan,
  tahun: number,
  baris: BarisRenjaMassal[],
  asal: BarisImpor[],
  namaFile: Map<string, string>,
): Promise<void> {
  const namaDb = new Map<string, string>();
  for (const opdId of new Set(baris.map((h) => h.opdId))) {
    const rows = await p.ctx.db
      .selectFrom('program as p')
      .leftJoin('kegiatan as k', 'k.programId', 'p.id')
      .select(['p.kode as pk', 'p.nama as pn', 'k.kode as kk', 'k.nama as kn'])
      .where('p.opdId', '=', opdId)
      .where('p.tahun', '=', tahun)
      .execute();
    for (const r of rows) {
      namaDb.set(`${opdId}|${r.pk}`, r.pn);
      if (r.kk && r.kn) namaDb.set(`${opdId}|${r.kk}`, r.kn);
    }
  }
  baris.forEach((h, i) => {
    const nama = (kode: string) => namaFile.get(`${h.opdId}|${kode}`) || namaDb.get(`${h.opdId}|${kode}`);
    const prog = nama(h.programKode);
    const keg = nama(h.kegiatanKode);
    if (!prog)
      asal[i]!.catat(
        'kode',
        `Program ${h.programKode} tidak ada di berkas maupun di Renja: tambahkan baris programnya`,
      );
    if (!keg)
      asal[i]!.catat(
        'kode',
        `Kegiatan ${h.kegiatanKode} tidak ada di berkas maupun di Renja: tambahkan baris kegiatannya`,
      );
    h.programNama = prog ?? '';
    h.kegiatanNama = keg ?? '';
  });
}

/** A program or kegiatan row that states its pagu is a subtotal: a difference from its sub kegiatan is a warning. */
export function periksaPaguInduk(
  baris: BarisRenjaMassal[],
  paguInduk: Map<string, { b: BarisImpor; pagu: number }>,
): void {
  const jumlah = new Map<string, number>();
  for (const h of baris) {
    for (const kode of [h.programKode, h.kegiatanKode]) {
      const k = `${h.opdId}|${kode}`;
      jumlah.set(k, (jumlah.get(k) ?? 0) + h.pagu);
    }
  }
  for (const [k, { b, pagu }] of paguInduk) {
    const isi = jumlah.get(k) ?? 0;
    if (Math.abs(isi - pagu) > 0.005)
      b.peringatkan(
        'pagu',
        `Pagu ${k.split('|')[1]} di berkas ${formatRupiah(pagu)}, sedangkan jumlah sub kegiatannya ${formatRupiah(isi)}`,
      );
  }
}
