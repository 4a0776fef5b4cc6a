// The quiet "Tersimpan pukul 10.32" beside a grid: where the eye is after typing, not a toast in a corner.
import { formatPukul } from '../../../../shared/format';

export function StatusSimpan({ pada }: { pada: Date | null }) {
  return (
    <span className="status-simpan" role="status" aria-live="polite" data-testid="status-simpan">
      {pada ? `Tersimpan pukul ${formatPukul(pada)}` : ''}
    </span>
  );
}
