// Renja/DPA rows from an import file: program and kegiatan rows give names, sub kegiatan rows carry pagu and targets.
import type { MasalahImpor, PratinjauImpor } from '../../shared/api/impor';
import { formatAngka, formatRupiah } from '../../shared/format';
import { kodeInduk, LABEL_VERSI, tingkatKode, type Versi } from '../../shared/renja';
import type { Db } from '../db/connection';
import { periksaTarget } from '../renja/repository';
import { denganSqlite, tulisRenjaSync, type BarisRenjaMassal, type HasilTulis } from '../renja/tulis';
import type { Context } from '../api/context';
import { catatImpor, tanpaRiwayat } from '../riwayat/pemicu';
import type { Lembar } from './baca';
import { LABEL_MEDAN, SEMUA_BULAN, type Header } from './kolom';
import { barisData, type BarisImpor } from './nilai';
import { cariOpd } from './opd';

/**
 * The plan of one row: per quarter from the TW columns, or from the month columns where the OPD plans monthly
 * (the quarter is then month 3, 6, 9, 12, never typed twice); a TW column that contradicts its month is a problem.
 */
function targetDariBaris(b: BarisImpor) {
  const targetFisik: (number | null)[] = [];
  const targetKeuangan: (number | null)[] = [];
  const bulanLain: { bulan: number; targetFisik: number | null; targetKeuangan: number | null }[] = [];
  const satu = (tw: 1 | 2 | 3 | 4, jenis: 'Fisik' | 'Keuangan'): number | null => {
    const kolomTw = `target${jenis}${tw}` as const;
    const kolomBulan = `target${jenis}Bulan${(tw * 3) as 3 | 6 | 9 | 12}` as const;
    const satuan = jenis === 'Fisik' ? 'persen' : 'uang';
    const dariTw = b.angka(kolomTw, satuan);
    const dariBulan = b.angka(kolomBulan, satuan);
    if (dariTw !== null && dariBulan !== null && Math.abs(dariTw - dariBulan) > 1e-9) {
      b.catat(kolomTw, `${LABEL_MEDAN[kolomTw]} berbeda dengan ${LABEL_MEDAN[kolomBulan]}: isi salah satu saja`);
    }
    return dariTw ?? dariBulan;
  };
  for (const tw of [1, 2, 3, 4] as const) {
    targetFisik.push(satu(tw, 'Fisik'));
    targetKeuangan.push(satu(tw, 'Keuangan'));
  }
  for (const bulan of SEMUA_BULAN.filter((x) => x % 3 !== 0)) {
    const fisik = b.angka(`targetFisikBulan${bulan}`, 'persen');
    const keuangan = b.angka(`targetKeuanganBulan${bulan}`, 'uang');
    if (fisik !== null || keuangan !== null) bulanLain.push({ bulan, targetFisik: fisik, targetKeuangan: keuangan });
  }
  return { targetFisik, targetKeuangan, bulanLain };
}

export async function siapkanRenja(
  db: Db,
  lembar: Lembar,
  header: Header,
  opsi: { tahun: number; versi: Versi; opdId?: number | undefined },
): Promise<{ pratinjau: Omit<PratinjauImpor, 'jenis' | 'barisHeader' | 'kolomDikenali'>; baris: BarisRenjaMassal[] }> {
  const masalah: MasalahImpor[] = [];
  const data = barisData(lembar.baris, header, masalah);
  if (!header.kolom.has('nama'))
    masalah.push({ baris: header.indeks + 1, kolom: '', pesan: 'Kolom Uraian/Nama tidak ditemukan' });
  if (!header.kolom.has('pagu'))
    masalah.push({ baris: header.indeks + 1, kolom: '', pesan: 'Kolom Pagu tidak ditemukan' });
  const opd = await cariOpd(db, header, data, opsi.opdId);
  const nama = new Map<string, string>();
  const hasil: BarisRenjaMassal[] = [];
  const nomor: number[] = [];
  const kodeDilihat = new Map<string, number>();

  for (const b of data) {
    const kode = b.teks('kode');
    const uraian = b.teks('nama');
    const tingkat = tingkatKode(kode);
    if (!tingkat) {
      // Urusan and bidang rows (1, 1.02) head SIPD exports; they carry nothing Sinergi stores.
      if (/^\d(\.\d{2})?$/.test(kode)) continue;
      b.catat(
        'kode',
        kode === ''
          ? 'Kode wajib diisi'
          : `Kode "${kode}" bukan kode program, kegiatan atau sub kegiatan (contoh 1.02.02.2.01.0001)`,
      );
      continue;
    }
    const opdId = opd.untuk(b);
    if (opdId === null) continue;
    const kunci = `${opdId}|${kode}`;
    if (kodeDilihat.has(kunci)) {
      b.catat('kode', `Kode ${kode} sudah tertulis di baris ${kodeDilihat.get(kunci)}`);
      continue;
    }
    kodeDilihat.set(kunci, b.nomor);
    if (uraian === '') b.catat('nama', 'Uraian wajib diisi');
    if (tingkat !== 'subKegiatan') {
      nama.set(kunci, uraian);
      continue;
    }
    const pagu = b.angka('pagu', 'uang', true);
    const { targetFisik, targetKeuangan, bulanLain } = targetDariBaris(b);
    const target = b.angka('target', 'bilangan');
    if (pagu !== null) {
      const semua = [
        ...[3, 6, 9, 12].map((bulan, i) => ({
          bulan,
          targetFisik: targetFisik[i]!,
          targetKeuangan: targetKeuangan[i]!,
        })),
        ...bulanLain,
      ];
      for (const s of periksaTarget(semua, pagu)) b.catat('', s.pesan);
    }
    const kegiatanKode = kodeInduk(kode)!;
    const programKode = kodeInduk(kegiatanKode)!;
    hasil.push({
      opdId,
      tahun: opsi.tahun,
      programKode,
      programNama: '',
      kegiatanKode,
      kegiatanNama: '',
      subKode: kode,
      subNama: uraian,
      lokasi: b.teks('lokasi'),
      sumberDana: b.teks('sumberDana'),
      pagu: pagu ?? 0,
      targetFisik,
      targetKeuangan,
      targetBulanLain: bulanLain,
      indikator: b.teks('indikator') ? { uraian: b.teks('indikator'), satuan: b.teks('satuan'), target } : null,
    });
    nomor.push(b.nomor);
  }

  // Parents named in the file win; otherwise the names already in the database; otherwise it is a problem.
  const namaDb = new Map<string, string>();
  for (const opdId of new Set(hasil.map((h) => h.opdId))) {
    const rows = await db
      .selectFrom('program as p')
      .leftJoin('kegiatan as k', 'k.programId', 'p.id')
      .select(['p.kode as pk', 'p.nama as pn', 'k.kode as kk', 'k.nama as kn'])
      .where('p.opdId', '=', opdId)
      .where('p.tahun', '=', opsi.tahun)
      .execute();
    for (const r of rows) {
      namaDb.set(`${opdId}|${r.pk}`, r.pn);
      if (r.kk && r.kn) namaDb.set(`${opdId}|${r.kk}`, r.kn);
    }
  }
  hasil.forEach((h, i) => {
    const namaInduk = (kode: string) => nama.get(`${h.opdId}|${kode}`) ?? namaDb.get(`${h.opdId}|${kode}`);
    const p = namaInduk(h.programKode);
    const k = namaInduk(h.kegiatanKode);
    if (!p)
      masalah.push({
        baris: nomor[i]!,
        kolom: 'Kode',
        pesan: `Program ${h.programKode} tidak ada di berkas maupun di Renja: tambahkan baris programnya`,
      });
    if (!k)
      masalah.push({
        baris: nomor[i]!,
        kolom: 'Kode',
        pesan: `Kegiatan ${h.kegiatanKode} tidak ada di berkas maupun di Renja: tambahkan baris kegiatannya`,
      });
    h.programNama = p ?? '';
    h.kegiatanNama = k ?? '';
  });

  const jumlahPagu = hasil.reduce((a, h) => a + h.pagu, 0);
  const ringkasan = [
    `${formatAngka(new Set(hasil.map((h) => `${h.opdId}|${h.programKode}`)).size)} program, ${formatAngka(new Set(hasil.map((h) => `${h.opdId}|${h.kegiatanKode}`)).size)} kegiatan, ${formatAngka(hasil.length)} sub kegiatan`,
    `Jumlah pagu ${formatRupiah(jumlahPagu)} (${LABEL_VERSI[opsi.versi]}, tahun ${opsi.tahun})`,
    ...opd.ringkasan(),
  ];
  masalah.sort((a, b) => a.baris - b.baris);
  return { pratinjau: { versi: opsi.versi, jumlahBarisData: data.length, ringkasan, masalah }, baris: hasil };
}

/**
 * Writes an import's rows in one transaction. New rows are many and carry no old value, so they get one summary
 * entry in the history; rows the file changes keep every old value there.
 */
export function tulisImporRenja(
  ctx: Pick<Context, 'db' | 'sqlite' | 'sesi' | 'kemajuan'>,
  opsi: { versi: Versi; namaBerkas: string },
  ringkasan: string[],
  baris: BarisRenjaMassal[],
): Promise<HasilTulis> {
  const opd = new Set(baris.map((b) => b.opdId));
  return tanpaRiwayat(ctx.sqlite, ['tambah'], () =>
    denganSqlite(ctx.db, ctx.sqlite, () => {
      const hasil = tulisRenjaSync(ctx.sqlite, opsi.versi, baris, ctx.kemajuan);
      catatImpor(ctx.sqlite, {
        berkas: opsi.namaBerkas,
        ringkasan,
        opdId: opd.size === 1 ? [...opd][0]! : null,
        operator: ctx.sesi.operator,
      });
      return hasil;
    }),
  );
}
