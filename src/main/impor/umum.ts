// Small rules the import kinds share.
import { DitolakError } from '../errors';
import type { ImporInputSah } from './jalur';

export function wajibTahun(input: ImporInputSah): number {
  if (input.tahun === undefined)
    throw new DitolakError('Tahun anggaran wajib dipilih untuk impor ini', [
      { kolom: 'tahun', pesan: 'Tahun anggaran wajib dipilih' },
    ]);
  return input.tahun;
}
