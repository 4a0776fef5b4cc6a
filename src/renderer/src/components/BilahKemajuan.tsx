// Progress of long work, as main reports it: a bar that fills when the step can be counted, and what is being done.
import { formatKemajuan, type Kemajuan } from '../../../shared/kemajuan';

export function BilahKemajuan({
  judul,
  kemajuan,
  rincian,
}: {
  judul: string;
  kemajuan: Kemajuan | null;
  rincian?: string;
}) {
  const terhitung = kemajuan !== null && kemajuan.total > 0;
  return (
    <div className="kemajuan" role="status" aria-live="polite">
      <progress aria-label={judul} {...(terhitung ? { value: kemajuan.selesai, max: kemajuan.total } : {})} />
      <span>
        <strong>{judul}</strong>
        {kemajuan ? ` · ${formatKemajuan(kemajuan)}` : '…'}
        {rincian ? ` · ${rincian}` : ''}
      </span>
    </div>
  );
}
