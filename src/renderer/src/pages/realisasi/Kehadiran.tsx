// The presence line: who else has this OPD's sheet for this period open, refreshed every 20 s.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';

const SELANG_MS = 20_000;

export function Kehadiran({ opdId, tahun, bulan }: { opdId: number; tahun: number; bulan: number }) {
  const [lainnya, setLainnya] = useState<string[]>([]);
  useEffect(() => {
    let batal = false;
    const lapor = () =>
      api('kehadiran.lapor', { opdId, tahun, bulan }).then(
        (h) => !batal && setLainnya(h.lainnya),
        // A missed report only leaves the line as it was; the sheet itself is unaffected.
        () => undefined,
      );
    void lapor();
    const jam = setInterval(() => void lapor(), SELANG_MS);
    return () => {
      batal = true;
      clearInterval(jam);
    };
  }, [opdId, tahun, bulan]);
  if (lainnya.length === 0) return null;
  return (
    <p className="keterangan" data-testid="kehadiran">
      Juga membuka periode ini: <strong>{lainnya.join(', ')}</strong>. Simpanan yang bertabrakan ditolak dengan nama
      pengubahnya.
    </p>
  );
}
