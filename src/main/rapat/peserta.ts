// Invitees of a meeting: an OPD is addressed through its head or secretary as the OPD table has them today.
import { jabatanKepalaOpd } from '../../shared/opd';
import type { Peserta, RapatData } from '../../shared/api/rapat';
import type { TujuanUndangan } from '../../shared/rapat';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';

export async function daftarPeserta(db: Db, rapatId: number, tujuan: TujuanUndangan): Promise<Peserta[]> {
  const rows = await db
    .selectFrom('rapatPeserta as p')
    .leftJoin('opd as o', 'o.id', 'p.opdId')
    .select([
      'p.id',
      'p.opdId',
      'p.nama',
      'p.jabatan',
      'p.instansi',
      'p.diundang',
      'p.kehadiran',
      'p.diwakiliOleh',
      'o.nama as opdNama',
      'o.klaster',
      'o.kepalaNama',
      'o.kepalaJabatan',
      'o.sekretarisNama',
    ])
    .where('p.rapatId', '=', rapatId)
    .orderBy('p.urutan')
    .execute();
  return rows.map((r) => {
    const dasar = {
      id: r.id,
      opdId: r.opdId,
      klaster: r.klaster,
      diundang: r.diundang === 1,
      kehadiran: r.kehadiran,
      diwakiliOleh: r.diwakiliOleh,
    };
    if (r.opdId === null || r.opdNama === null) {
      return { ...dasar, nama: r.nama, jabatan: r.jabatan, instansi: r.instansi };
    }
    return tujuan === 'sekretaris'
      ? { ...dasar, nama: r.sekretarisNama ?? '', jabatan: `Sekretaris ${r.opdNama}`, instansi: r.opdNama }
      : {
          ...dasar,
          nama: r.kepalaNama ?? '',
          jabatan: jabatanKepalaOpd({ nama: r.opdNama, kepalaJabatan: r.kepalaJabatan ?? '' }),
          instansi: r.opdNama,
        };
  });
}

/** References to OPD and signatories must exist; the message names the field instead of a foreign-key error. */
export async function periksaRujukan(db: Db, data: Pick<RapatData, 'peserta' | 'pimpinanId' | 'penandatanganId'>) {
  const opdIds = [...new Set(data.peserta.flatMap((p) => (p.opdId === null ? [] : [p.opdId])))];
  if (opdIds.length > 0) {
    const ada = new Set((await db.selectFrom('opd').select('id').where('id', 'in', opdIds).execute()).map((r) => r.id));
    const i = data.peserta.findIndex((p) => p.opdId !== null && !ada.has(p.opdId));
    if (i >= 0)
      throw new DitolakError(`Peserta ke-${i + 1}: OPD dengan ID ${data.peserta[i]!.opdId} tidak ditemukan`, [
        { kolom: `peserta.${i}.opdId`, pesan: 'OPD tidak ditemukan' },
      ]);
  }
  for (const [kolom, label] of [
    ['pimpinanId', 'Pimpinan rapat'],
    ['penandatanganId', 'Penandatangan undangan'],
  ] as const) {
    const pid = data[kolom];
    if (pid === null) continue;
    const ada = await db.selectFrom('penandatangan').select('id').where('id', '=', pid).executeTakeFirst();
    if (!ada)
      throw new DitolakError(`${label}: penandatangan dengan ID ${pid} tidak ditemukan`, [
        { kolom, pesan: `${label} tidak ditemukan` },
      ]);
  }
}

export async function tulisPeserta(db: Db, rapatId: number, peserta: RapatData['peserta']): Promise<void> {
  await db.deleteFrom('rapatPeserta').where('rapatId', '=', rapatId).execute();
  if (peserta.length === 0) return;
  await db
    .insertInto('rapatPeserta')
    .values(
      peserta.map((p, urutan) => ({
        rapatId,
        urutan,
        opdId: p.opdId,
        // An OPD row takes its names from the OPD table when read; nothing to keep twice.
        nama: p.opdId === null ? p.nama : '',
        jabatan: p.opdId === null ? p.jabatan : '',
        instansi: p.opdId === null ? p.instansi : '',
        diundang: p.diundang ? 1 : 0,
        kehadiran: p.kehadiran,
        diwakiliOleh: p.kehadiran === 'diwakili' ? p.diwakiliOleh : '',
      })),
    )
    .execute();
}
