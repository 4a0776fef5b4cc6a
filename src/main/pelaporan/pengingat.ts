// Reminders without internet: a ready message per OPD contact (copied, or opened as a wa.me link) and the surat
// pengingat (one per OPD, or one with a lampiran). Both start from the tracker's row, and each one sent is recorded.
import type { z } from 'zod';
import type {
  BarisPelaporan,
  PemantauanPelaporan,
  PesanPengingat,
  SuratPengingat,
  suratPengingatInput,
} from '../../shared/api/pelaporan';
import type { Pengaturan } from '../../shared/api/pengaturan';
import type { AturanMonev } from '../../shared/monev/aturan';
import { LABEL_STATUS_LAPORAN, teksPesanPengingat, type CaraPengingat } from '../../shared/pelaporan';
import { hariIni } from '../../shared/rapat';
import { bisaWhatsApp, tautanWhatsApp } from '../../shared/telepon';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { namaDaerah } from '../laporan/cakupan';
import { ambilPengaturan } from '../pengaturan/repository';
import { namaOpd } from '../realisasi/verifikasi';
import { catatPengingat } from './catat';
import { pantauPelaporan, type PeriodePantau } from './pantau';

/**
 * "Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah Kabupaten Contoh": who the reminders come from. A
 * regency name not yet filled in is left out: the message still reads right, and a letter (surat.ts) asks for it.
 */
export function pengirim(p: Pick<Pengaturan, 'namaBagian' | 'namaSekretariat' | 'namaPemda'>): string {
  return [p.namaBagian, p.namaSekretariat, namaDaerah(p.namaPemda)].filter((s) => s.trim() !== '').join(' ');
}

/**
 * The tracker rows of the OPD asked for. An unknown OPD, one without a Renja that year and one whose report has come
 * in are refused by name: a reminder to an OPD that has reported would be wrong on paper.
 */
export async function barisDiingatkan(
  db: Db,
  pantau: PemantauanPelaporan,
  opdIds: number[],
  kolom: string,
): Promise<BarisPelaporan[]> {
  const hasil: BarisPelaporan[] = [];
  for (const id of opdIds) {
    const nama = await namaOpd(db, id).catch(() => {
      throw new DitolakError(`OPD dengan ID ${id} tidak ditemukan`, [{ kolom, pesan: 'OPD tidak ditemukan' }]);
    });
    const baris = pantau.opd.find((b) => b.opdId === id);
    if (!baris)
      throw new DitolakError(`${nama} tidak memiliki Renja tahun ${pantau.tahun}: tidak ada laporan yang ditagih`, [
        { kolom, pesan: 'OPD tanpa Renja' },
      ]);
    if (!baris.perluDiingatkan)
      throw new DitolakError(
        `${nama} sudah menyampaikan laporan (${LABEL_STATUS_LAPORAN[baris.status]}): tidak perlu diingatkan`,
        [{ kolom, pesan: 'Laporan sudah masuk' }],
      );
    hasil.push(baris);
  }
  return hasil;
}

function pesanUntuk(b: BarisPelaporan, pantau: PemantauanPelaporan, dari: string): PesanPengingat {
  const teks = teksPesanPengingat({
    kontakNama: b.kontakNama,
    opdNama: b.nama,
    tahun: pantau.tahun,
    triwulan: pantau.triwulan,
    status: b.status,
    subKegiatanTerisi: b.subKegiatan.ada,
    subKegiatanJumlah: b.subKegiatan.jumlah,
    tenggat: pantau.tenggat,
    hariTerlambat: b.hariTerlambat,
    pengirim: dari,
  });
  return {
    opdId: b.opdId,
    teks,
    kontakNama: b.kontakNama,
    telepon: b.kontakTelepon,
    tautan: bisaWhatsApp(b.kontakTelepon) ? tautanWhatsApp(b.kontakTelepon, teks) : null,
  };
}

export async function pesanPengingat(
  db: Db,
  p: PeriodePantau & { opdId: number },
  aturan: AturanMonev,
): Promise<PesanPengingat> {
  const pantau = await pantauPelaporan(db, p, aturan);
  const [baris] = await barisDiingatkan(db, pantau, [p.opdId], 'opdId');
  return pesanUntuk(baris!, pantau, pengirim(await ambilPengaturan(db)));
}

/** Records the message as sent; the caller opens the link (desktop) or the user copies the text. */
export function kirimPesan(
  db: Db,
  p: { tahun: number; triwulan: number; opdId: number; cara: Extract<CaraPengingat, 'whatsapp' | 'salin'> },
  aturan: AturanMonev,
  operator: string,
): Promise<PesanPengingat> {
  return db.transaction().execute(async (trx) => {
    const pesan = await pesanPengingat(trx, { ...p, perTanggal: hariIni() }, aturan);
    if (p.cara === 'whatsapp' && pesan.tautan === null) {
      const nama = await namaOpd(trx, p.opdId);
      throw new DitolakError(
        pesan.telepon === ''
          ? `Telepon kontak ${nama} belum diisi di Data Master OPD: salin teks pesan dan kirim dengan cara lain`
          : `Telepon kontak ${nama} bukan nomor seluler, tidak dapat dibuka di WhatsApp: salin teks pesan`,
        [{ kolom: 'cara', pesan: 'Tidak ada nomor WhatsApp' }],
      );
    }
    await catatPengingat(trx, {
      opdIds: [p.opdId],
      tahun: p.tahun,
      triwulan: p.triwulan,
      cara: p.cara,
      oleh: operator,
    });
    return pesan;
  });
}

/** The reminder letters archived for a quarter, newest first, with the OPD each was addressed to. */
export async function arsipSurat(db: Db, tahun: number, triwulan: number): Promise<SuratPengingat[]> {
  const rows = await db
    .selectFrom('pengingat as g')
    .innerJoin('dokumen as d', 'd.id', 'g.dokumenId')
    .innerJoin('opd as o', 'o.id', 'g.opdId')
    .select(['d.id', 'd.rapatId', 'd.jenis', 'd.namaBerkas', 'd.dibuatPada', 'g.nomorSurat', 'o.nama as opd'])
    .select((eb) => eb.fn<number>('length', ['d.isi']).as('ukuran'))
    .where('g.tahun', '=', tahun)
    .where('g.triwulan', '=', triwulan)
    .where('g.cara', '=', 'surat')
    .orderBy('d.dibuatPada', 'desc')
    .orderBy('d.id', 'desc')
    .orderBy('o.kode')
    .execute();
  return [...Map.groupBy(rows, (r) => r.id).values()].map((grup) => {
    const { opd: _opd, ...dokumen } = grup[0]!;
    return { ...dokumen, opd: grup.map((r) => r.opd) };
  });
}

export type InputSurat = z.output<typeof suratPengingatInput>;
