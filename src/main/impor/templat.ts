// Templates per kind of import (filled in a later step).
import type { BerkasJadi } from '../../shared/api/ekspor';
import type { JenisImpor } from '../../shared/api/impor';
import { DitolakError } from '../errors';

export function templatXlsx(jenis: JenisImpor): Promise<BerkasJadi> {
  return Promise.reject(new DitolakError(`Templat ${jenis} belum tersedia`));
}
