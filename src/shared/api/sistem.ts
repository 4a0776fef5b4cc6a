// API of the application itself: first-start choice, sample data, version.
import { z } from 'zod';
import { method } from './define';

export interface StatusSistem {
  /** True until the user has chosen to start empty or to load the sample data. */
  perluMemilihAwal: boolean;
  jumlahOpd: number;
  versiAplikasi: string;
  versiSkema: string;
  lokasiData: string;
}

export const sistemApi = {
  'sistem.status': method<StatusSistem>()(z.object({})),
  'sistem.mulaiKosong': method<StatusSistem>()(z.object({})),
  'sistem.muatDataContoh': method<StatusSistem>()(z.object({})),
};
