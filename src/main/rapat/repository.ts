// Queries of meetings: list, read, save (with invitees and agenda), delete, and copy into the next quarter.
import { sql } from 'kysely';
import type { Acara, Rapat, RapatData, RapatRingkas } from '../../shared/api/rapat';
import type { Triwulan } from '../../shared/format';
import { gantiTriwulan, triwulanBerikut } from '../../shared/rapat';
import type { Db } from '../db/connection';
import { simpanMenurutId } from '../db/simpan';
import { DitolakError } from '../errors';
import { pengesahanBerlaku } from './pengesahan';
import { daftarPeserta, periksaRujukan, tulisPeserta } from './peserta';

const teksJson = (s: string): string[] => {
  const nilai = JSON.parse(s) as unknown;
  return Array.isArray(nilai) ? nilai.map(String) : [];
};

export async function daftarRapat(db: Db): Promise<RapatRingkas[]> {
  const rows = await db
    .selectFrom('rapat as r')
    .select((eb) => [
      'r.id',
      'r.jenis',
      'r.judul',
      'r.tahun',
      'r.triwulan',
      'r.tanggal',
      'r.tempat',
      'r.nomorSurat',
      eb
        .selectFrom('rapatPeserta as p')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('p.rapatId', '=', 'r.id')
        .where('p.diundang', '=', 1)
        .as('jumlahDiundang'),
      eb
        .selectFrom('rapatPeserta as p')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('p.rapatId', '=', 'r.id')
        .where('p.kehadiran', 'in', ['hadir', 'diwakili'])
        .as('jumlahHadir'),
      eb
        .selectFrom('dokumen as d')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('d.rapatId', '=', 'r.id')
        .as('jumlahDokumen'),
    ])
    .orderBy('r.tanggal', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => ({
    ...r,
    jumlahDiundang: r.jumlahDiundang ?? 0,
    jumlahHadir: r.jumlahHadir ?? 0,
    jumlahDokumen: r.jumlahDokumen ?? 0,
  }));
}

export async function ambilRapat(db: Db, id: number): Promise<Rapat> {
  const r = await db.selectFrom('rapat').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new DitolakError(`Rapat dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`);
  const [peserta, acara, pembahasan, sah] = await Promise.all([
    daftarPeserta(db, id, r.tujuan),
    db.selectFrom('rapatAcara').select(['id', 'uraian']).where('rapatId', '=', id).orderBy('urutan').execute(),
    db
      .selectFrom('rapatPembahasan')
      .select(['id', 'acaraId', 'pembicara', 'uraian'])
      .where('rapatId', '=', id)
      .orderBy('urutan')
      .execute(),
    pengesahanBerlaku(db, id),
  ]);
  return {
    id: r.id,
    jenis: r.jenis,
    judul: r.judul,
    tahun: r.tahun,
    triwulan: r.triwulan,
    tanggal: r.tanggal,
    waktuMulai: r.waktuMulai,
    waktuSelesai: r.waktuSelesai,
    tempat: r.tempat,
    pimpinanId: r.pimpinanId,
    penandatanganId: r.penandatanganId,
    atasNama: r.atasNama,
    tujuan: r.tujuan,
    nomorSurat: r.nomorSurat,
    tanggalSurat: r.tanggalSurat,
    sifat: r.sifat,
    lampiran: r.lampiran,
    hal: r.hal,
    pembuka: r.pembuka,
    penutup: r.penutup,
    narasumber: teksJson(r.narasumber),
    tembusan: teksJson(r.tembusan),
    acara,
    peserta,
    notulen: {
      notulisNama: r.notulisNama,
      notulisNip: r.notulisNip,
      pembukaan: r.pembukaan,
      kesimpulan: r.kesimpulan,
      pembahasan,
    },
    notulenSah: sah && { disahkanPada: sah.disahkanPada, disahkanOleh: sah.disahkanOleh },
    revisi: r.revisi,
  };
}

/** Agenda items keep their ids across saves, so the minutes written under them stay attached. */
async function tulisAcara(db: Db, rapatId: number, acara: { id?: number | undefined; uraian: string }[]) {
  const lama = new Set(
    (await db.selectFrom('rapatAcara').select('id').where('rapatId', '=', rapatId).execute()).map((a) => a.id),
  );
  const asing = acara.findIndex((a) => a.id !== undefined && !lama.has(a.id));
  if (asing >= 0)
    throw new DitolakError(`Acara ke-${asing + 1} bukan acara rapat ini`, [
      { kolom: `acara.${asing}.id`, pesan: 'Acara tidak ditemukan pada rapat ini' },
    ]);
  const tetap = new Set(acara.flatMap((a) => (a.id === undefined ? [] : [a.id])));
  const dibuang = [...lama].filter((id) => !tetap.has(id));
  if (dibuang.length > 0) await db.deleteFrom('rapatAcara').where('id', 'in', dibuang).execute();
  for (const [urutan, a] of acara.entries()) {
    if (a.id === undefined) await db.insertInto('rapatAcara').values({ rapatId, urutan, uraian: a.uraian }).execute();
    else await db.updateTable('rapatAcara').set({ urutan, uraian: a.uraian }).where('id', '=', a.id).execute();
  }
}

/** The meeting row, invitees and agenda; the caller holds the transaction. */
export async function tulisRapat(db: Db, input: RapatData): Promise<number> {
  const { id, acara, peserta, narasumber, tembusan, ...kolom } = input;
  await periksaRujukan(db, input);
  const baris = { ...kolom, narasumber: JSON.stringify(narasumber), tembusan: JSON.stringify(tembusan) };
  const ubah = { ...baris, diubahPada: new Date().toISOString() };
  const rapatId = await simpanMenurutId(db, 'rapat', id, 'Rapat', baris, ubah);
  // The register follows the letter's subject as it is edited.
  if (id !== undefined) await db.updateTable('suratKeluar').set({ hal: kolom.hal }).where('rapatId', '=', id).execute();
  await tulisPeserta(db, rapatId, peserta);
  await tulisAcara(db, rapatId, acara);
  return rapatId;
}

export function simpanRapat(db: Db, input: RapatData): Promise<Rapat> {
  return db.transaction().execute(async (trx) => ambilRapat(trx, await tulisRapat(trx, input)));
}

export async function hapusRapat(db: Db, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const rapat = await trx.selectFrom('rapat').select(['judul']).where('id', '=', id).executeTakeFirst();
    if (!rapat) throw new DitolakError(`Rapat dengan ID ${id} tidak ditemukan (mungkin sudah dihapus)`);
    const [tl, kendala] = await Promise.all(
      (['tindakLanjut', 'kendala'] as const).map((t) =>
        trx
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('rapatId', '=', id)
          .executeTakeFirstOrThrow(),
      ),
    );
    if (tl!.n + kendala!.n > 0) {
      throw new DitolakError(
        `${rapat.judul} tidak dapat dihapus karena memutuskan ${tl!.n} tindak lanjut dan mencatat ${kendala!.n} ` +
          'kendala. Hapus tindak lanjut dan kendala tersebut terlebih dahulu.',
      );
    }
    await trx.deleteFrom('rapat').where('id', '=', id).execute();
  });
}

/** Open follow-ups and obstacles the source meeting decided or reviewed go onto the copy's agenda. */
async function bawaYangTerbuka(db: Db, dariRapat: number, keRapat: number): Promise<void> {
  await sql`INSERT OR IGNORE INTO tindak_lanjut_tinjauan (tindak_lanjut_id, rapat_id)
    SELECT id, ${keRapat} FROM tindak_lanjut WHERE status <> 'selesai' AND (rapat_id = ${dariRapat}
      OR id IN (SELECT tindak_lanjut_id FROM tindak_lanjut_tinjauan WHERE rapat_id = ${dariRapat}))`.execute(db);
  await sql`INSERT OR IGNORE INTO kendala_tinjauan (kendala_id, rapat_id)
    SELECT id, ${keRapat} FROM kendala WHERE status <> 'selesai' AND (rapat_id = ${dariRapat}
      OR id IN (SELECT kendala_id FROM kendala_tinjauan WHERE rapat_id = ${dariRapat}))`.execute(db);
}

/** Same invitees, agenda, place and signatories; the next quarter in title and subject; no number, no minutes. */
export function salinRapat(db: Db, id: number, tanggal: string): Promise<Rapat> {
  return db.transaction().execute((trx) => tulisSalinan(trx, id, tanggal));
}

export async function tulisSalinan(trx: Db, id: number, tanggal: string): Promise<Rapat> {
  const asal = await ambilRapat(trx, id);
  const lama = asal.tahun !== null && asal.triwulan !== null ? { tahun: asal.tahun, triwulan: asal.triwulan } : null;
  const baru = lama ? triwulanBerikut(lama.tahun, lama.triwulan as Triwulan) : null;
  const geser = (teks: string) => (lama && baru ? gantiTriwulan(teks, lama, baru) : teks);
  const salinan: RapatData = {
    jenis: asal.jenis,
    judul: geser(asal.judul),
    tahun: baru?.tahun ?? asal.tahun,
    triwulan: baru?.triwulan ?? asal.triwulan,
    tanggal,
    waktuMulai: asal.waktuMulai,
    waktuSelesai: asal.waktuSelesai,
    tempat: asal.tempat,
    pimpinanId: asal.pimpinanId,
    penandatanganId: asal.penandatanganId,
    atasNama: asal.atasNama,
    tujuan: asal.tujuan,
    tanggalSurat: '',
    sifat: asal.sifat,
    lampiran: asal.lampiran,
    hal: geser(asal.hal),
    pembuka: geser(asal.pembuka),
    penutup: asal.penutup,
    acara: asal.acara.map((a: Acara) => ({ uraian: geser(a.uraian) })),
    narasumber: asal.narasumber,
    tembusan: asal.tembusan,
    peserta: asal.peserta
      .filter((p) => p.diundang)
      .map((p) =>
        p.opdId !== null
          ? { opdId: p.opdId, nama: '', jabatan: '', instansi: '', diundang: true, kehadiran: '', diwakiliOleh: '' }
          : { ...p, kehadiran: '' as const, diwakiliOleh: '' },
      ),
  };
  const rapatId = await tulisRapat(trx, salinan);
  await bawaYangTerbuka(trx, id, rapatId);
  return ambilRapat(trx, rapatId);
}
