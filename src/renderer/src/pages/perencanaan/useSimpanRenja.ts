// Saving Perencanaan cells: each cell to where it belongs (simpanSelRenja), one after another in a queue, each with
// the newest revision of its row, so quick edits and multi-cell operations are never taken as a conflict.
import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import type { Versi } from '../../../../shared/renja';
import { pesanGalat } from '../../api/client';
import type { KolomSunting } from '../../components/grid/useOperasiSel';
import type { SelTempel } from '../../components/grid/tempel';
import { useNotifikasi } from '../../components/Notifikasi';
import type { BarisGridRenja } from './kolom';
import { simpanSelRenja } from './simpanSel';
import { KOLOM_SUNTING, suntingBaris } from './bacaSelRenja';
import { useBerurutan } from '../../components/useBerurutan';

/** The kind of each editable column, for typing, paste, fill and clear. */
export function kolomSuntingRenja(id: string): KolomSunting | null {
  if (['nama', 'indikator', 'satuan', 'lokasi', 'sumberDana'].includes(id)) return { jenis: 'teks', label: id };
  if (id === 'targetIndikator') return { jenis: 'bilangan', label: 'Target indikator' };
  if (id === 'pagu' || id.startsWith('targetKeuangan')) return { jenis: 'uang', label: 'Rupiah' };
  if (id.startsWith('targetFisik')) return { jenis: 'persen', label: 'Target fisik' };
  return null;
}

/** The row as it stands after one saved cell, so the next cell of the same operation builds on it. */
function setelah(d: BarisGridRenja, s: SelTempel, kunci: string, revisi: number): BarisGridRenja {
  if (s.kolom === 'indikator' || s.kolom === 'satuan' || s.kolom === 'targetIndikator') {
    const lama = d.indikator ?? {
      id: Number(kunci.split(':')[1]),
      uraian: '',
      satuan: '',
      target: null,
      jenis: 'jumlah' as const,
      arah: 'positif' as const,
      revisi,
    };
    const medan = s.kolom === 'indikator' ? 'uraian' : s.kolom === 'satuan' ? 'satuan' : 'target';
    return { ...d, indikator: { ...lama, [medan]: s.nilai, revisi } };
  }
  if (d.renja.tingkat !== 'subKegiatan' || !KOLOM_SUNTING.test(s.kolom)) return d;
  const hasil = suntingBaris(d.renja, s.kolom, s.nilai);
  return hasil.ok ? { ...d, renja: hasil.baris } : d;
}

export function useSimpanRenja(versi: Versi | undefined, muatUlang: () => void) {
  const { tampilkan } = useNotifikasi();
  const [tersimpanPada, setTersimpanPada] = useState<Date | null>(null);
  const berurutan = useBerurutan();
  const revisiTersimpan = useRef(new Map<string, number>());

  const kirimSekarang = useCallback(
    async (api: GridApi<BarisGridRenja>, sel: SelTempel[]): Promise<boolean> => {
      if (!versi) return false;
      const revisi = (kunci: string, diGrid: number) => Math.max(revisiTersimpan.current.get(kunci) ?? 0, diGrid);
      const kini = new Map<string, BarisGridRenja>();
      try {
        for (const s of sel) {
          const d = kini.get(s.barisId) ?? api.getRowNode(s.barisId)?.data;
          if (!d) continue;
          const hasil = await simpanSelRenja(d, s.kolom, s.nilai, { versi, revisi });
          if (hasil && 'pesan' in hasil) {
            tampilkan(`${d.renja.kode}: ${hasil.pesan}`, 'galat');
            return false;
          }
          if (hasil) {
            revisiTersimpan.current.set(hasil.kunci, hasil.revisi);
            kini.set(s.barisId, setelah(d, s, hasil.kunci, hasil.revisi));
          }
        }
        setTersimpanPada(new Date());
        return true;
      } catch (error) {
        // A conflict (someone else saved the row) or a refusal: the reload shows what is stored now.
        tampilkan(pesanGalat(error), 'galat');
        return false;
      } finally {
        muatUlang();
      }
    },
    [versi, muatUlang, tampilkan],
  );

  const kirim = useCallback(
    (api: GridApi<BarisGridRenja>, sel: SelTempel[]): Promise<boolean> => {
      return berurutan(() => kirimSekarang(api, sel));
    },
    [berurutan, kirimSekarang],
  );
  return { kirim, tersimpanPada };
}
