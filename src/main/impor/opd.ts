// Which OPD an imported row belongs to: its Kode SKPD column when the file has one, else the OPD chosen in the app.
import type { Db } from '../db/connection';
import type { Header } from './kolom';
import type { BarisImpor } from './nilai';

export interface PenentuOpd {
  untuk(b: BarisImpor): number | null;
  ringkasan(): string[];
}

export async function cariOpd(
  db: Db,
  header: Header,
  data: BarisImpor[],
  opdId: number | undefined,
): Promise<PenentuOpd> {
  const semua = await db.selectFrom('opd').select(['id', 'kode', 'nama']).execute();
  const dipakai = new Set<number>();
  const nama = new Map(semua.map((o) => [o.id, o.nama]));
  const ringkasan = () => {
    const daftar = [...dipakai].map((id) => nama.get(id)!);
    return daftar.length === 1 ? [`Untuk OPD: ${daftar[0]}`] : daftar.length > 1 ? [`Untuk ${daftar.length} OPD`] : [];
  };
  if (header.kolom.has('kodeSkpd')) {
    const perKode = new Map(semua.map((o) => [o.kode, o.id]));
    return {
      untuk(b) {
        const kode = b.teks('kodeSkpd');
        const id = perKode.get(kode);
        if (id === undefined) {
          b.catat('kodeSkpd', kode === '' ? 'Kode SKPD wajib diisi' : `Kode SKPD ${kode} tidak ada di Data Master OPD`);
          return null;
        }
        dipakai.add(id);
        return id;
      },
      ringkasan,
    };
  }
  const ada = opdId !== undefined && nama.has(opdId);
  if (!ada && data[0]) {
    data[0].catat(
      '',
      opdId === undefined
        ? 'Berkas tidak memiliki kolom Kode SKPD: pilih OPD tujuan sebelum mengimpor'
        : `OPD dengan ID ${opdId} tidak ditemukan`,
    );
  }
  return {
    untuk: () => {
      if (!ada) return null;
      dipakai.add(opdId);
      return opdId;
    },
    ringkasan,
  };
}
