// What the tracker remembers besides the figures: when each OPD's Formulir went out and first came back, and every
// reminder sent.
import type { RingkasPengingat } from '../../shared/api/pelaporan';
import type { CaraPengingat } from '../../shared/pelaporan';
import type { Db } from '../db/connection';

/** The first time counts: a form re-sent or re-imported later does not move the dates the tracker judges by. */
export async function catatFormulirDikirim(db: Db, opdIds: number[], tahun: number, bulan: number): Promise<void> {
  if (opdIds.length === 0) return;
  const pada = new Date().toISOString();
  await db
    .insertInto('formulirOpd')
    .values(opdIds.map((opdId) => ({ opdId, tahun, bulan, dikirimPada: pada, kembaliPada: null })))
    .onConflict((oc) =>
      oc
        .columns(['opdId', 'tahun', 'bulan'])
        .doUpdateSet((eb) => ({ dikirimPada: eb.fn.coalesce('formulirOpd.dikirimPada', 'excluded.dikirimPada') })),
    )
    .execute();
}

/** Called inside the transaction that writes an applied realisation import of the OPD and period. */
export async function catatFormulirKembali(db: Db, opdId: number, tahun: number, bulan: number): Promise<void> {
  const pada = new Date().toISOString();
  await db
    .insertInto('formulirOpd')
    .values({ opdId, tahun, bulan, dikirimPada: null, kembaliPada: pada })
    .onConflict((oc) =>
      oc
        .columns(['opdId', 'tahun', 'bulan'])
        .doUpdateSet((eb) => ({ kembaliPada: eb.fn.coalesce('formulirOpd.kembaliPada', 'excluded.kembaliPada') })),
    )
    .execute();
}

export async function formulirPeriode(
  db: Db,
  tahun: number,
  bulan: number,
): Promise<Map<number, { dikirimPada: string | null; kembaliPada: string | null }>> {
  const rows = await db
    .selectFrom('formulirOpd')
    .select(['opdId', 'dikirimPada', 'kembaliPada'])
    .where('tahun', '=', tahun)
    .where('bulan', '=', bulan)
    .execute();
  return new Map(rows.map(({ opdId, ...r }) => [opdId, r]));
}

export async function catatPengingat(
  db: Db,
  p: {
    opdIds: number[];
    tahun: number;
    triwulan: number;
    cara: CaraPengingat;
    oleh: string;
    dokumenId?: number | null;
    nomorSurat?: string;
  },
): Promise<void> {
  if (p.opdIds.length === 0) return;
  await db
    .insertInto('pengingat')
    .values(
      p.opdIds.map((opdId) => ({
        opdId,
        tahun: p.tahun,
        triwulan: p.triwulan,
        cara: p.cara,
        oleh: p.oleh,
        dokumenId: p.dokumenId ?? null,
        nomorSurat: p.nomorSurat ?? '',
        pada: new Date().toISOString(),
      })),
    )
    .execute();
}

export async function pengingatPeriode(
  db: Db,
  tahun: number,
  triwulan: number,
): Promise<Map<number, RingkasPengingat>> {
  const rows = await db
    .selectFrom('pengingat')
    .select(['opdId', 'cara', 'pada', 'oleh'])
    .where('tahun', '=', tahun)
    .where('triwulan', '=', triwulan)
    .orderBy('pada')
    .orderBy('id')
    .execute();
  const hasil = new Map<number, RingkasPengingat>();
  for (const { opdId, ...r } of rows) {
    const lama = hasil.get(opdId);
    hasil.set(opdId, { jumlah: (lama?.jumlah ?? 0) + 1, terakhir: r });
  }
  return hasil;
}
