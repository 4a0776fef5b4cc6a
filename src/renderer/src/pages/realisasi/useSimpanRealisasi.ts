// Saving Realisasi cells: one transaction per operation, queued, each with the newest revision of its rows.
import { useCallback, useRef, useState } from 'react';
import type { LembarRealisasi, PerubahanRealisasi } from '../../../../shared/api/realisasi';
import { api, GalatApi, pesanGalat } from '../../api/client';
import type { SelTempel } from '../../components/grid/tempel';
import { useNotifikasi } from '../../components/Notifikasi';
import { idSub } from './baris';
import { useBerurutan } from '../../components/useBerurutan';

/** Cells to one API change per sub kegiatan, each with the revision of the row the user saw. */
function kePerubahan(sel: SelTempel[], revisi: (subKegiatanId: number) => number): PerubahanRealisasi[] {
  const per = new Map<number, PerubahanRealisasi>();
  for (const s of sel) {
    const subKegiatanId = Number(s.barisId.slice(2));
    const p = per.get(subKegiatanId) ?? { subKegiatanId, revisi: revisi(subKegiatanId) };
    per.set(subKegiatanId, { ...p, [s.kolom]: s.nilai });
  }
  return [...per.values()];
}

export function useSimpanRealisasi(lembar: LembarRealisasi | undefined, muatUlang: () => void, segarkan: () => void) {
  const { tampilkan } = useNotifikasi();
  const [galat, setGalat] = useState(new Map<string, string>());
  const [tersimpanPada, setTersimpanPada] = useState<Date | null>(null);
  // Saves go one after another and each carries the newest revision of its rows: the one the last save returned,
  // or the sheet's when it is newer (revisions only grow), so quick edits of one row are never taken as a conflict.
  const berurutan = useBerurutan();
  const revisiTersimpan = useRef(new Map<number, number>());
  const revisiBaris = useCallback(
    (subKegiatanId: number) =>
      Math.max(
        revisiTersimpan.current.get(subKegiatanId) ?? 0,
        lembar?.baris.find((b) => b.subKegiatanId === subKegiatanId)?.revisi ?? 0,
      ),
    [lembar],
  );

  const tandai = useCallback(
    (tambah: [string, string][], hapus: string[]) => {
      setGalat((lama) => {
        const baru = new Map(lama);
        for (const k of hapus) baru.delete(k);
        for (const [k, v] of tambah) baru.set(k, v);
        return baru;
      });
      queueMicrotask(segarkan);
    },
    [segarkan],
  );

  /** Sends cells as one transaction; on refusal marks every cell main named, and nothing is saved. */
  const kirimSekarang = useCallback(
    async (sel: SelTempel[]): Promise<boolean> => {
      if (!lembar || sel.length === 0) return false;
      const kunci = sel.map((s) => `${s.barisId}|${s.kolom}`);
      try {
        const hasil = await api('realisasi.simpan', {
          opdId: lembar.opdId,
          tahun: lembar.tahun,
          bulan: lembar.bulan,
          perubahan: kePerubahan(sel, revisiBaris),
        });
        for (const [id, r] of Object.entries(hasil.revisi)) revisiTersimpan.current.set(Number(id), r);
        tandai([], kunci);
        setTersimpanPada(new Date());
        muatUlang();
        return true;
      } catch (error) {
        // Someone else saved these rows since they were loaded, or the period was locked: show what is stored.
        if (error instanceof GalatApi && (error.galat.kode === 'konflik' || error.galat.kode === 'terkunci')) {
          muatUlang();
        } else if (error instanceof GalatApi) {
          const tanda = error.galat.rincian.map((r): [string, string] => {
            const [subId, k] = r.kolom.split('.');
            return [`${idSub(Number(subId))}|${k ?? ''}`, r.pesan];
          });
          tandai(tanda, []);
        }
        tampilkan(pesanGalat(error), 'galat');
        return false;
      }
    },
    [lembar, muatUlang, tampilkan, tandai, revisiBaris],
  );

  const kirim = useCallback(
    (sel: SelTempel[]): Promise<boolean> => {
      return berurutan(() => kirimSekarang(sel));
    },
    [berurutan, kirimSekarang],
  );

  return { galat, tandai, kirim, tersimpanPada };
}
