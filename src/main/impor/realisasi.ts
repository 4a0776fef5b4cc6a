// Realisation import (a returned Formulir OPD or any sheet with realisation columns): sub kegiatan by code, cumulative
// values, checked by the same periksaRealisasi as a save from the grid and written by the same simpanRealisasi.
import { sql } from 'kysely';
import type { PerubahanRealisasi } from '../../shared/api/realisasi';
import { KOLOM_REALISASI, type KolomRealisasi } from '../../shared/api/realisasi';
import { formatAngka, NAMA_BULAN } from '../../shared/format';
import { LABEL_STATUS_VERIFIKASI, tingkatKode } from '../../shared/renja';
import type { Context } from '../api/context';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { catatFormulirKembali } from '../pelaporan/catat';
import { periksaRealisasi, simpanRealisasi } from '../realisasi/repository';
import { ambilVerifikasi } from '../realisasi/verifikasi';
import { renjaBerlaku, versiPada } from '../monev/berlaku';
import type { Buku } from './baca';
import type { BarisImpor } from './baris';
import type { HasilJenis, ImporInputSah, JenisImporDef, Persiapan } from './jalur';
import { labelMedan, type Medan } from './medan';
import { kolomTemplat } from './templat';
import { wajibTahun } from './umum';

export interface MetaFormulir {
  jenis: 'formulir-realisasi';
  opdKode: string;
  opdNama: string;
  tahun: number;
  bulan: number;
}

interface DataRealisasi {
  opdId: number;
  tahun: number;
  bulan: number;
  perubahan: PerubahanRealisasi[];
}

function metaFormulir(meta: Record<string, unknown> | null): MetaFormulir | null {
  return meta && meta['jenis'] === 'formulir-realisasi' ? (meta as unknown as MetaFormulir) : null;
}

function bulanImpor(input: ImporInputSah, buku: Buku): number {
  const bulan = input.bulan ?? metaFormulir(buku.meta)?.bulan;
  if (bulan === undefined) throw new DitolakError('Periode wajib dipilih untuk impor realisasi');
  return bulan;
}

/** A returned Formulir OPD must be for the OPD, year and period being imported; anything else is refused whole. */
async function periksaFormulir(
  db: Db,
  meta: MetaFormulir,
  opsi: { tahun: number; bulan: number; opdId?: number | undefined },
): Promise<number> {
  const opd = await db.selectFrom('opd').select(['id', 'nama']).where('kode', '=', meta.opdKode).executeTakeFirst();
  const periode = (t: number, b: number) => `s.d. ${NAMA_BULAN[b - 1]} ${t}`;
  if (!opd)
    throw new DitolakError(
      `Formulir ini untuk OPD berkode ${meta.opdKode} (${meta.opdNama}) yang tidak ada di Data Master OPD`,
    );
  if (opsi.opdId !== undefined && opsi.opdId !== opd.id) {
    const dipilih = await db.selectFrom('opd').select('nama').where('id', '=', opsi.opdId).executeTakeFirst();
    throw new DitolakError(
      `Formulir ini milik ${opd.nama}, bukan ${dipilih?.nama ?? 'OPD yang dipilih'}: berkas tidak diimpor`,
    );
  }
  if (meta.tahun !== opsi.tahun || meta.bulan !== opsi.bulan) {
    throw new DitolakError(
      `Formulir ini untuk periode ${periode(meta.tahun, meta.bulan)}, bukan ${periode(opsi.tahun, opsi.bulan)}: berkas tidak diimpor`,
    );
  }
  return opd.id;
}

async function siapkan(p: Persiapan): Promise<HasilJenis<DataRealisasi>> {
  const tahun = wajibTahun(p.input);
  const bulan = bulanImpor(p.input, p.buku);
  const meta = metaFormulir(p.buku.meta);
  const opdFormulir = meta ? await periksaFormulir(p.ctx.db, meta, { tahun, bulan, opdId: p.input.opdId }) : null;
  const versi = await versiPada(p.ctx.db, tahun, bulan);
  const kolom = KOLOM_REALISASI.filter((k) => p.lembar.some((l) => l.peta.has(k)));
  const perubahan: PerubahanRealisasi[] = [];
  const asal = new Map<number, BarisImpor>();
  const subPerOpd = new Map<number, Map<string, { id: number; berindikator: boolean }>>();
  const opdDipakai = new Set<number>();

  for (const b of p.data) {
    const kode = b.kode();
    const tingkat = tingkatKode(kode);
    if (tingkat === 'program' || tingkat === 'kegiatan') continue;
    if (tingkat === null) {
      b.catat(
        'kode',
        kode === '' ? 'Kode wajib diisi' : `Kode "${kode}" bukan kode sub kegiatan (contoh 1.02.02.2.01.0001)`,
      );
      continue;
    }
    const opdId = opdFormulir ?? b.opdId;
    if (opdId === null) continue;
    opdDipakai.add(opdId);
    const subs = subPerOpd.get(opdId) ?? (await subKegiatan(p.ctx.db, opdId, tahun, bulan));
    subPerOpd.set(opdId, subs);
    const sub = subs.get(kode);
    if (!sub) {
      b.catat('kode', `Sub kegiatan ${kode} tidak ada di Renja OPD ini tahun ${tahun}`);
      continue;
    }
    const sebelum = asal.get(sub.id);
    if (sebelum) {
      b.catat('kode', `Sub kegiatan ${kode} sudah tertulis di baris ${sebelum.nomor}`);
      continue;
    }
    asal.set(sub.id, b);
    // Every column the file has is written, an empty cell as empty: clearing a cell clears the stored value.
    const x: PerubahanRealisasi = { subKegiatanId: sub.id };
    for (const k of kolom) {
      if (k === 'realisasiFisik' || k === 'realisasiKeuangan') x[k] = b.angka(k);
      else if (k === 'realisasiKinerja') {
        const v = b.angka(k);
        if (v !== null || sub.berindikator) x.realisasiKinerja = v;
      } else x[k] = b.teks(k);
    }
    b.dihitung = x.realisasiKeuangan ?? null;
    perubahan.push(x);
    p.opd.hitung(opdId);
  }

  const [opdId = null, ...lain] = opdDipakai;
  if (lain.length > 0)
    p.catatan.berkas('masalah', 'Satu berkas realisasi hanya untuk satu OPD: berkas ini memuat baris beberapa OPD');
  else if (opdId !== null && perubahan.length > 0) {
    // The grid's own check: pagu, cumulative order against neighbouring months, indicator (and any lock on the period).
    const { galat } = await periksaRealisasi(p.ctx.db, { opdId, tahun, bulan, perubahan });
    for (const g of galat) {
      const [sub, k] = g.kolom.split('.') as [string, KolomRealisasi | undefined];
      const b = asal.get(Number(sub));
      if (b) b.catat(k && (KOLOM_REALISASI as readonly string[]).includes(k) ? (k as Medan) : '', g.pesan);
      else p.catatan.berkas('masalah', g.pesan);
    }
    const status = (await ambilVerifikasi(p.ctx.db, { opdId, tahun, bulan })).status;
    // Said in the preview already: the write would be refused by the lock anyway.
    if (status === 'diverifikasi')
      p.catatan.berkas(
        'masalah',
        `Realisasi ${p.opd.nama(opdId)} s.d. ${NAMA_BULAN[bulan - 1]} ${tahun} sudah ${LABEL_STATUS_VERIFIKASI.diverifikasi} dan terkunci: buka verifikasi (dengan alasan) di halaman Realisasi sebelum mengimpor`,
      );
    else if (status === 'diterima')
      p.catatan.berkas(
        'peringatan',
        `Realisasi ${p.opd.nama(opdId)} s.d. ${NAMA_BULAN[bulan - 1]} ${tahun} sudah berstatus ${LABEL_STATUS_VERIFIKASI.diterima}: angka yang sudah diterima akan berubah`,
      );
  }
  return {
    ringkasan: [
      `${formatAngka(perubahan.length)} sub kegiatan, realisasi s.d. ${NAMA_BULAN[bulan - 1]} ${tahun}`,
      `Kolom yang ditulis: ${kolom.map((k) => labelMedan(k)).join(', ') || '-'}`,
    ],
    versi,
    jumlah: perubahan.length,
    data: { opdId: opdId ?? 0, tahun, bulan, perubahan },
  };
}

/** The OPD's sub kegiatan in the version realisation of the month is measured against. */
async function subKegiatan(db: Db, opdId: number, tahun: number, bulan: number) {
  const { dari, syarat } = await renjaBerlaku(db, tahun, bulan);
  const { rows } = await sql<{ id: number; kode: string; ada: 0 | 1 }>`
    SELECT s.id, s.kode, EXISTS (SELECT 1 FROM indikator i WHERE i.sub_kegiatan_id = s.id) AS ada
    ${dari}
    WHERE ${syarat} AND p.opd_id = ${opdId}`.execute(db.withoutPlugins());
  return new Map(rows.map((r) => [r.kode, { id: r.id, berindikator: r.ada === 1 }]));
}

export const imporRealisasi: JenisImporDef<DataRealisasi> = {
  templat: () =>
    Promise.resolve({
      kolom: [
        kolomTemplat(
          'Kode',
          'kode',
          20,
          'Kode sub kegiatan seperti di Renja (1.02.02.2.01.0001). Wajib. Baris program dan kegiatan boleh ada; dilewati.',
        ),
        kolomTemplat('Sub Kegiatan', null, 40, 'Nama sub kegiatan, untuk dibaca; tidak diimpor.'),
        kolomTemplat('Realisasi Fisik (%)', 'realisasiFisik', 12, 'Kumulatif s.d. akhir periode, 0-100.'),
        kolomTemplat(
          'Realisasi Keuangan (Rp)',
          'realisasiKeuangan',
          18,
          'Kumulatif s.d. akhir periode, tidak melebihi pagu.',
        ),
        kolomTemplat('Realisasi Kinerja', 'realisasiKinerja', 12, 'Capaian indikator keluaran pada triwulan ini.'),
        kolomTemplat('Permasalahan/Kendala', 'permasalahan', 36, 'Kendala pelaksanaan.'),
        kolomTemplat('Faktor Pendorong', 'faktorPendorong', 30, ''),
        kolomTemplat('Faktor Penghambat', 'faktorPenghambat', 30, ''),
        kolomTemplat('Tindak Lanjut', 'tindakLanjut', 36, 'Rencana tindak lanjut.'),
      ],
      contoh: [
        [
          '3.27.02.2.01.0001',
          'Pengawasan Pupuk Bersubsidi',
          35,
          120_000_000,
          12,
          'Lelang ulang',
          '',
          'Penyedia terlambat',
          'Percepatan kontrak',
        ],
      ],
      catatan: [
        'Satu berkas untuk satu OPD dan satu periode: pilih OPD dan periode di halaman Realisasi sebelum mengimpor. Sel kosong mengosongkan nilai yang tersimpan; kolom yang tidak ada di berkas tidak mengubah apa pun.',
      ],
    }),
  medan: () =>
    Promise.resolve([
      { medan: 'kode', wajib: true },
      { medan: 'kodeSkpd', wajib: false },
      { medan: 'namaSkpd', wajib: false },
      ...KOLOM_REALISASI.map((medan) => ({ medan, wajib: false })),
    ]),
  periksaKolom: (peta) =>
    KOLOM_REALISASI.some((k) => peta.has(k))
      ? null
      : 'Tidak ada kolom realisasi (Realisasi fisik, Realisasi keuangan, Permasalahan, ...): pilih kolomnya pada pemetaan kolom',
  satuan: 'sub kegiatan',
  medanJumlah: 'realisasiKeuangan',
  konteks: async (ctx: Context, input, buku) => {
    const bulan = bulanImpor(input, buku);
    const tahun = wajibTahun(input);
    return {
      versi: await versiPada(ctx.db, tahun, bulan),
      triwulan: bulan % 3 === 0 ? bulan / 3 : null,
    };
  },
  siapkan,
  tulis: async (ctx, _input, { data }) => {
    await simpanRealisasi(ctx.db, {
      ...data,
      operator: ctx.sesi.operator,
      // The figures came back from the OPD: the tracker's "Formulir kembali", in the same transaction.
      sesudahTulis: (trx) => catatFormulirKembali(trx, data.opdId, data.tahun, data.bulan),
    });
  },
};
