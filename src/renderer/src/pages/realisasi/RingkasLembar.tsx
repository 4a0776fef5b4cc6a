// The sheet's totals as one slim line above the grid: version compared with, pagu, fisik, deviasi, penyerapan.
import type { LembarRealisasi } from '../../../../shared/api/realisasi';
import { formatPersen, formatPoin, formatRupiah } from '../../../../shared/format';
import { LABEL_VERSI } from '../../../../shared/renja';
import type { BarisGrid } from './baris';
import { BerubahSetelahDiterima } from './Verifikasi';

export function RingkasLembar({ lembar, total }: { lembar: LembarRealisasi; total: BarisGrid }) {
  return (
    <div className="ringkas-lembar">
      <span title="Target dan pagu yang menjadi pembanding realisasi periode ini">
        <strong data-testid="versi">{LABEL_VERSI[lembar.versi]}</strong>
      </span>
      <span>
        Pagu <strong>{formatRupiah(total.pagu, { desimal: false })}</strong>
      </span>
      <span>
        Fisik <strong data-testid="total-fisik">{formatPersen(total.realisasiFisik)}</strong> dari target{' '}
        {formatPersen(total.targetFisik)}
      </span>
      <span className={total.status ? `status-${total.status}` : ''}>
        Deviasi <strong data-testid="total-deviasi">{formatPoin(total.deviasiFisik)}</strong> poin
      </span>
      <span>
        Penyerapan <strong data-testid="total-penyerapan">{formatPersen(total.persenKeuangan)}</strong>
      </span>
      <BerubahSetelahDiterima verifikasi={lembar.verifikasi} />
    </div>
  );
}
