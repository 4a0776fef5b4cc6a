// Lists an Operator OPD may read, cut down to the rows of their own OPD after the handler ran.
import type { MetodeBerCakupan } from '../../shared/api/izin';
import type { Result } from '../../shared/api';
import { jumlahPelaporan } from '../pelaporan/pantau';

/** Complete by type: a method declared `saring` in IZIN without an entry here does not compile. */
export const SARING: { [M in MetodeBerCakupan<'saring'>]: (hasil: Result<M>, opdId: number) => Result<M> } = {
  'opd.daftar': (hasil, opdId) => hasil.filter((o) => o.id === opdId),
  // Their own tracker row, with the counts above it recomputed from that row alone.
  'pelaporan.pantau': (hasil, opdId) => {
    const opd = hasil.opd.filter((b) => b.opdId === opdId);
    return { ...hasil, ...jumlahPelaporan(opd), opd, tanpaRenja: 0 };
  },
};
