// The OPD / year / period chooser every monev page opens with; the choice lives in the URL hash query.
import { useCallback, useEffect, useState } from 'react';
import type { Opd } from '../../../shared/api/opd';
import { NAMA_BULAN, formatTriwulan } from '../../../shared/format';
import { api } from '../api/client';
import { useMuat } from './useMuat';

export interface Periode {
  opdId: number | null;
  tahun: number;
  bulan: number;
}

function bacaQuery(): URLSearchParams {
  const hash = window.location.hash;
  return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
}

/** The chosen period, kept in the hash (`#/realisasi?opd=3&tahun=2026&bulan=6`) so a reload keeps it. */
export function usePeriode(bawaan: { bulan: number }): [Periode | undefined, (p: Partial<Periode>) => void, Opd[]] {
  const [pengaturan] = useMuat(() => api('pengaturan.ambil', {}), []);
  const [opd] = useMuat(() => api('opd.daftar', {}), []);
  const [periode, setPeriode] = useState<Periode>();

  useEffect(() => {
    if (!pengaturan || !opd || periode) return;
    const q = bacaQuery();
    const opdId = Number(q.get('opd')) || opd[0]?.id || null;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- initialised once from the URL after settings load
    setPeriode({
      opdId,
      tahun: Number(q.get('tahun')) || pengaturan.tahunAnggaran,
      bulan: Number(q.get('bulan')) || bawaan.bulan,
    });
  }, [pengaturan, opd, periode, bawaan.bulan]);

  const ubah = useCallback((p: Partial<Periode>) => {
    setPeriode((lama) => {
      if (!lama) return lama;
      const baru = { ...lama, ...p };
      const halaman = window.location.hash.replace(/\?.*$/, '');
      const q = new URLSearchParams({ tahun: String(baru.tahun), bulan: String(baru.bulan) });
      if (baru.opdId) q.set('opd', String(baru.opdId));
      window.history.replaceState(null, '', `${halaman}?${q.toString()}`);
      return baru;
    });
  }, []);
  return [periode, ubah, opd ?? []];
}

export function labelBulan(bulan: number): string {
  const tw = bulan % 3 === 0 ? ` (Triwulan ${formatTriwulan(bulan / 3)})` : '';
  return `s.d. ${NAMA_BULAN[bulan - 1]}${tw}`;
}

export function PilihPeriode({
  periode,
  ubah,
  opd,
  denganOpd = true,
  denganPeriode = true,
  hanyaTriwulan = false,
}: {
  periode: Periode;
  ubah: (p: Partial<Periode>) => void;
  opd: Opd[];
  denganOpd?: boolean;
  /** False where the year is the unit (the annual plan). */
  denganPeriode?: boolean;
  hanyaTriwulan?: boolean;
}) {
  const bulan = hanyaTriwulan ? [3, 6, 9, 12] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return (
    <div className="pilih-periode">
      {denganOpd && (
        <label>
          <span>OPD</span>
          <select
            value={periode.opdId ?? ''}
            onChange={(e) => ubah({ opdId: Number(e.target.value) })}
            aria-label="OPD"
          >
            {opd.map((o) => (
              <option key={o.id} value={o.id}>
                {o.nama}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>Tahun</span>
        <input
          type="number"
          value={periode.tahun}
          min={2000}
          max={2100}
          onChange={(e) => ubah({ tahun: Number(e.target.value) })}
          aria-label="Tahun"
        />
      </label>
      {denganPeriode && (
        <label>
          <span>Periode</span>
          <select value={periode.bulan} onChange={(e) => ubah({ bulan: Number(e.target.value) })} aria-label="Periode">
            {bulan.map((b) => (
              <option key={b} value={b}>
                {hanyaTriwulan ? `Triwulan ${formatTriwulan(b / 3)}` : labelBulan(b)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
