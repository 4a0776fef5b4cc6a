// The OPD / year / period chooser every monev page opens with; the choice lives in the URL hash query.
import { useCallback, useEffect, useState } from 'react';
import type { Opd } from '../../../shared/api/opd';
import { NAMA_BULAN, formatTriwulan } from '../../../shared/format';
import { api } from '../api/client';
import { useMuat } from './useMuat';
import { OpsiOpd } from './PilihOpd';

export interface Periode {
  opdId: number | null;
  tahun: number;
  bulan: number;
}

function bacaQuery(): URLSearchParams {
  const hash = window.location.hash;
  return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
}

const KUNCI_BERSAMA = 'sinergi.periode';

/** The period last chosen on any page (year, month, OPD), shared by Beranda, Perencanaan, Realisasi and Laporan. */
export function periodeBersama(): Partial<Periode> {
  try {
    const p = JSON.parse(window.localStorage.getItem(KUNCI_BERSAMA) ?? '{}') as Partial<Periode>;
    return typeof p === 'object' && p !== null ? p : {};
  } catch {
    return {};
  }
}

export function simpanPeriodeBersama(p: Partial<Periode>): void {
  try {
    window.localStorage.setItem(KUNCI_BERSAMA, JSON.stringify({ ...periodeBersama(), ...p }));
  } catch {
    // Storage refused: the page still works, the next page starts from the default.
  }
}

/**
 * The quarter of a page that picks quarters only (`hanyaTriwulan`): the chosen month's, rounded, since the period
 * shared with the month pages may be any month; the first while nothing is chosen yet.
 */
/** A quarter page's first period: the last month of the quarter finished last (March within the first quarter). */
export function bulanTriwulanSelesai(hari = new Date()): number {
  return Math.max(3, Math.floor(hari.getMonth() / 3) * 3);
}

export const triwulanPeriode = (periode: Periode | undefined): number =>
  periode ? Math.max(1, Math.round(periode.bulan / 3)) : 1;

/**
 * The chosen period: the URL's query first (`#/realisasi?opd=3&tahun=2026&bulan=6`, so a link or a reload opens
 * it), else the period chosen last on any page, else the latest month with realisation entered, else the budget
 * year. A change is written to both; a change of the URL (a link, the address typed) is followed.
 */
export function usePeriode(bawaan: { bulan: number }): [Periode | undefined, (p: Partial<Periode>) => void, Opd[]] {
  const [pengaturan] = useMuat(() => api('pengaturan.ambil', {}), []);
  const [opd] = useMuat(() => api('opd.daftar', {}), []);
  const [terakhir] = useMuat(() => api('monev.periodeTerakhir', {}), []);
  const [periode, setPeriode] = useState<Periode>();
  const [versiUrl, setVersiUrl] = useState(0);

  useEffect(() => {
    const berubah = () => setVersiUrl((v) => v + 1);
    window.addEventListener('hashchange', berubah);
    return () => window.removeEventListener('hashchange', berubah);
  }, []);

  useEffect(() => {
    if (!pengaturan || !opd || terakhir === undefined) return;
    const q = bacaQuery();
    const s = periodeBersama();
    const opdAda = (id: number | null | undefined) => (id && opd.some((o) => o.id === id) ? id : null);
    const baru: Periode = {
      opdId: opdAda(Number(q.get('opd'))) ?? opdAda(s.opdId) ?? opd[0]?.id ?? null,
      tahun: Number(q.get('tahun')) || s.tahun || terakhir?.tahun || pengaturan.tahunAnggaran,
      bulan: Number(q.get('bulan')) || s.bulan || terakhir?.bulan || bawaan.bulan,
    };
    if (q.has('tahun') || q.has('bulan') || q.has('opd')) simpanPeriodeBersama(baru);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- derived from the URL, the stored choice and data
    setPeriode((lama) =>
      lama && lama.opdId === baru.opdId && lama.tahun === baru.tahun && lama.bulan === baru.bulan ? lama : baru,
    );
  }, [pengaturan, opd, terakhir, versiUrl, bawaan.bulan]);

  const ubah = useCallback((p: Partial<Periode>) => {
    setPeriode((lama) => {
      if (!lama) return lama;
      const baru = { ...lama, ...p };
      const halaman = window.location.hash.replace(/\?.*$/, '');
      const q = new URLSearchParams({ tahun: String(baru.tahun), bulan: String(baru.bulan) });
      if (baru.opdId) q.set('opd', String(baru.opdId));
      window.history.replaceState(null, '', `${halaman}?${q.toString()}`);
      simpanPeriodeBersama(baru);
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
            <OpsiOpd opd={opd} />
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
