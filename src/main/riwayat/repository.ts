// Reading the history for people, and restoring the state before one change.
import type { EntriRiwayat, PerubahanKolom } from '../../shared/api/riwayat';
import { NAMA_BULAN } from '../../shared/format';
import type { Context } from '../api/context';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { periksaPengaturanPengguna } from '../pengaturan/repository';
import { adalahTerkunci, PESAN_PERIODE_TERKUNCI } from '../realisasi/verifikasi';
import { infoTabel, LABEL_IMPOR, TABEL_DIAUDIT } from './pemicu';

type Baris = Record<string, unknown>;

const LABEL_KOLOM: Record<string, string> = {
  realisasi_fisik: 'Realisasi fisik (%)',
  realisasi_keuangan: 'Realisasi keuangan (Rp)',
  target_fisik: 'Target fisik (%)',
  target_keuangan: 'Target keuangan (Rp)',
  pagu: 'Pagu (Rp)',
  realisasi: 'Realisasi',
  target: 'Target',
  permasalahan: 'Permasalahan',
  tindak_lanjut: 'Tindak lanjut',
  faktor_pendorong: 'Faktor pendorong',
  faktor_penghambat: 'Faktor penghambat',
  status: 'Status',
  catatan: 'Catatan',
  nama: 'Nama',
  kode: 'Kode',
  uraian: 'Uraian',
  disahkan_pada: 'Disahkan pada',
  disahkan_oleh: 'Disahkan oleh',
  dibatalkan_pada: 'Pengesahan dibatalkan pada',
  dibatalkan_oleh: 'Pengesahan dibatalkan oleh',
  alasan_batal: 'Alasan pembatalan',
  singkatan: 'Singkatan',
  klaster: 'Klaster',
  kepala_nama: 'Nama kepala',
  kepala_jabatan: 'Jabatan kepala',
  kepala_nip: 'NIP kepala',
  sekretaris_nama: 'Nama sekretaris',
  sekretaris_nip: 'NIP sekretaris',
  alamat: 'Alamat',
  telepon: 'Telepon',
  kontak_nama: 'Nama narahubung',
  kontak_telepon: 'Telepon narahubung',
  jabatan: 'Jabatan',
  pangkat: 'Pangkat/golongan',
  nip: 'NIP',
  kedudukan: 'Kedudukan',
  atas_nama: 'Atas nama',
  untuk_beliau: 'Untuk beliau',
  satuan: 'Satuan',
  baseline: 'Kondisi awal',
  target_akhir: 'Target akhir',
  tahun: 'Tahun',
  visi: 'Visi',
  nama_bupati: 'Nama bupati',
  nama_wakil: 'Nama wakil bupati',
  tahun_awal: 'Tahun awal',
  tahun_akhir: 'Tahun akhir',
};

/** A settings row holds one JSON document: its history reads field by field, not as one long text. */
function bukaPengaturan(tabel: string, isi: Baris | null): Baris | null {
  if (tabel !== 'pengaturan' || typeof isi?.['nilai'] !== 'string') return isi;
  const rata: Baris = {};
  // Nested groups (the status thresholds) down to their fields, "aturanStatus.ambangTarget": one value per line.
  const buka = (awalan: string, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      for (const [k, isiK] of Object.entries(v)) buka(awalan ? `${awalan}.${k}` : k, isiK);
    else rata[awalan || 'nilai'] = Array.isArray(v) ? v.join(', ') : v;
  };
  buka('', JSON.parse(isi['nilai']));
  return rata;
}

function beda(lama: Baris | null, baru: Baris | null): PerubahanKolom[] {
  const kolom = new Set([...Object.keys(lama ?? {}), ...Object.keys(baru ?? {})]);
  return [...kolom]
    .filter((k) => JSON.stringify(lama?.[k]) !== JSON.stringify(baru?.[k]))
    .map((k) => ({
      kolom:
        LABEL_KOLOM[k] ??
        k
          .replaceAll('_', ' ')
          .replaceAll('.', ': ')
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase(),
      lama: lama?.[k] ?? null,
      baru: baru?.[k] ?? null,
    }));
}

/** A readable name of the changed row, from the row itself and a look-up of its sub kegiatan code. */
async function uraianBaris(db: Db, tabel: string, isi: Baris, kodeSub: Map<number, string>): Promise<string> {
  if (tabel === 'impor') return `${String(isi['berkas'])}: ${String(isi['ringkasan'])}`;
  if (tabel === 'prioritas_sasaran') {
    const p = await db
      .selectFrom('prioritas')
      .select('nama')
      .where('id', '=', Number(isi['prioritas_id']))
      .executeTakeFirst();
    const s = await db
      .selectFrom('rpjmdSasaran')
      .select('uraian')
      .where('id', '=', Number(isi['sasaran_id']))
      .executeTakeFirst();
    return `${p?.nama ?? `prioritas #${String(isi['prioritas_id'])}`}: ${s?.uraian ?? `sasaran #${String(isi['sasaran_id'])}`}`;
  }
  const sendiri = TABEL_DIAUDIT[tabel]?.uraian;
  if (sendiri) return sendiri(isi);
  const bulan = typeof isi['bulan'] === 'number' ? ` s.d. ${NAMA_BULAN[(isi['bulan'] as number) - 1]}` : '';
  const subId = isi['sub_kegiatan_id'];
  if (typeof subId === 'number') {
    if (!kodeSub.has(subId)) {
      const row = await db.selectFrom('subKegiatan').select('kode').where('id', '=', subId).executeTakeFirst();
      kodeSub.set(subId, row?.kode ?? `sub kegiatan #${subId}`);
    }
    const versi = typeof isi['versi'] === 'string' ? ` (${isi['versi'] === 'murni' ? 'Murni' : 'Perubahan'})` : '';
    return `${kodeSub.get(subId)}${bulan}${versi}`;
  }
  for (const k of ['judul', 'kode', 'uraian', 'nama']) {
    if (typeof isi[k] === 'string') return String(isi[k]).slice(0, 120) + bulan;
  }
  const tahun = typeof isi['tahun'] === 'number' ? ` tahun ${isi['tahun']}` : '';
  return `${TABEL_DIAUDIT[tabel]?.label ?? tabel}${bulan}${tahun}`;
}

export async function daftarRiwayat(db: Db, opdId?: number, sebelum?: number, batas = 200): Promise<EntriRiwayat[]> {
  const rows = await db
    .selectFrom('riwayat')
    .selectAll()
    .$if(opdId !== undefined, (qb) => qb.where('opdId', '=', opdId!))
    .$if(sebelum !== undefined, (qb) => qb.where('id', '<', sebelum!))
    .orderBy('id', 'desc')
    .limit(batas)
    .execute();
  const kodeSub = new Map<number, string>();
  const hasil: EntriRiwayat[] = [];
  for (const r of rows) {
    const lama = r.lama ? (JSON.parse(r.lama) as Baris) : null;
    const baru = r.baru ? (JSON.parse(r.baru) as Baris) : null;
    hasil.push({
      id: r.id,
      tabel: r.tabel,
      label: r.tabel === 'impor' ? LABEL_IMPOR : (TABEL_DIAUDIT[r.tabel]?.label ?? r.tabel),
      uraian: await uraianBaris(db, r.tabel, (baru ?? lama)!, kodeSub),
      aksi: r.aksi,
      perubahan: beda(bukaPengaturan(r.tabel, lama), bukaPengaturan(r.tabel, baru)),
      opdId: r.opdId,
      oleh: r.oleh,
      pada: r.pada,
    });
  }
  return hasil;
}

/**
 * Refuses to undo the addition of a row that other rows now hang on (an OPD with its Renja, a Renstra program with
 * its kegiatan): deleting it would fail on a foreign key, or worse, cascade and take the rows added since with it.
 * A key of several columns (a target's sub kegiatan and versi) is matched whole. `di` finds the row among `kunci`.
 */
function tolakBilaBerisi(ctx: Context, tabel: string, kunci: readonly string[], di: string, param: Baris): void {
  const kolom = ctx.sqlite
    .prepare(
      `SELECT m.name AS tabel, f.id, f."from" AS kolom, f."to" AS ke FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = ? ORDER BY m.name, f.id, f.seq`,
    )
    .all(tabel) as { tabel: string; id: number; kolom: string; ke: string | null }[];
  const anak = Map.groupBy(kolom, (k) => `${k.tabel}\u0000${k.id}`);
  const berisi = [...anak.values()].filter((fk) => {
    // A reference without columns names the parent's primary key, column for column.
    const sama = fk.map((k, i) => `c."${k.kolom}" = p."${k.ke ?? kunci[i]}"`).join(' AND ');
    return ctx.sqlite
      .prepare(
        `SELECT 1 FROM "${fk[0]!.tabel}" c WHERE EXISTS (SELECT 1 FROM "${tabel}" p WHERE ${di} AND ${sama}) LIMIT 1`,
      )
      .get(param);
  });
  if (berisi.length === 0) return;
  const label = TABEL_DIAUDIT[tabel]?.label ?? tabel;
  const data = [...new Set(berisi.map(([k]) => TABEL_DIAUDIT[k!.tabel]?.label ?? k!.tabel.replaceAll('_', ' ')))];
  throw new DitolakError(
    `Penambahan ${label} ini tidak dapat dibatalkan karena ${label} tersebut sudah memiliki data (${data.join(', ')}). ` +
      'Hapus data tersebut terlebih dahulu.',
  );
}

/**
 * Puts the row back as it was before the change: an edit or a deletion restores the old values, an addition is
 * removed. The restore is itself recorded in the history, so it can be undone the same way.
 */
export async function pulihkan(ctx: Context, id: number): Promise<void> {
  const entri = await ctx.db.selectFrom('riwayat').selectAll().where('id', '=', id).executeTakeFirst();
  if (!entri) throw new DitolakError(`Riwayat dengan ID ${id} tidak ditemukan`);
  if (entri.tabel === 'impor') {
    throw new DitolakError(
      'Impor berkas dibatalkan lewat Cadangan & Pemulihan: pulihkan cadangan "impor" yang dibuat tepat sebelum impor ini',
    );
  }
  // Restoring would approve or withdraw without the reason and the snapshot the Notulen page asks for.
  if (entri.tabel === 'notulen_sah')
    throw new DitolakError('Pengesahan notulen diubah di halaman Notulen rapat: sahkan atau batalkan di sana');
  const info = TABEL_DIAUDIT[entri.tabel] ? infoTabel(ctx.sqlite, entri.tabel) : null;
  if (!info) throw new DitolakError(`Perubahan pada ${entri.tabel} tidak dapat dipulihkan`);
  const kunci = JSON.parse(entri.kunci) as Baris;
  const lama = entri.lama ? (JSON.parse(entri.lama) as Baris) : null;
  if (entri.tabel === 'pengaturan' && typeof lama?.['nilai'] === 'string')
    periksaPengaturanPengguna(String(kunci['kunci']), JSON.parse(lama['nilai']));
  // Table and column names come from the schema (infoTabel), never from the request. IS, not =: a key column of a
  // table without a primary key (renstra_pagu's two owners) may be NULL.
  const di = info.kunci.map((k) => `"${k}" IS @k_${k}`).join(' AND ');
  const param = Object.fromEntries(info.kunci.map((k) => [`k_${k}`, kunci[k]]));
  try {
    await ctx.db.connection().execute(async () => {
      ctx.sqlite.transaction(() => {
        if (entri.aksi === 'tambah') {
          tolakBilaBerisi(ctx, entri.tabel, info.kunci, di, param);
          ctx.sqlite.prepare(`DELETE FROM "${entri.tabel}" WHERE ${di}`).run(param);
          return;
        }
        const kolom = info.kolom.filter((k) => lama && k in lama);
        const nilai = Object.fromEntries(kolom.map((k) => [`v_${k}`, lama![k]]));
        const ada = ctx.sqlite.prepare(`SELECT 1 FROM "${entri.tabel}" WHERE ${di}`).get(param);
        if (ada) {
          const set = kolom.filter((k) => !info.kunci.includes(k)).map((k) => `"${k}" = @v_${k}`);
          if (set.length > 0)
            ctx.sqlite.prepare(`UPDATE "${entri.tabel}" SET ${set.join(', ')} WHERE ${di}`).run({ ...param, ...nilai });
        } else {
          const daftar = kolom.map((k) => `"${k}"`).join(', ');
          ctx.sqlite
            .prepare(`INSERT INTO "${entri.tabel}" (${daftar}) VALUES (${kolom.map((k) => `@v_${k}`).join(', ')})`)
            .run(nilai);
        }
      })();
    });
  } catch (error) {
    if (adalahTerkunci(error)) throw new DitolakError(PESAN_PERIODE_TERKUNCI, [], 'terkunci');
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT')) {
      throw new DitolakError(
        `Nilai lama tidak dapat dipulihkan karena data terkait sudah berubah atau terhapus (${error.message})`,
      );
    }
    throw error;
  }
}
