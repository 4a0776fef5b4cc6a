// Every domain's handlers joined into the one map that IPC, HTTP and the tests dispatch to; a method handled by two
// domains does not compile (shared/gabung.ts).
import { cadanganHandlers } from '../backup/handlers';
import { opdHandlers } from '../opd/handlers';
import { penandatanganHandlers } from '../penandatangan/handlers';
import { pengaturanHandlers } from '../pengaturan/handlers';
import { sistemHandlers } from '../sistem/handlers';
import { renjaHandlers } from '../renja/handlers';
import { realisasiHandlers } from '../realisasi/handlers';
import { monevHandlers } from '../monev/handlers';
import { imporHandlers } from '../impor/handlers';
import { eksporHandlers } from '../ekspor/handlers';
import { riwayatHandlers } from '../riwayat/handlers';
import { fotoHandlers } from '../foto/handlers';
import { rapatHandlers } from '../rapat/handlers';
import { arsipHandlers } from '../arsip/handlers';
import { laporanHandlers } from '../laporan/handlers';
import type { MethodName } from '../../shared/api';
import { gabungTanpaGanda } from '../../shared/gabung';
import type { Handlers } from './context';
import type { Pemuat } from './sunting';
import { opdTersimpan } from '../opd/tersimpan';
import { pengaturanTersimpan } from '../pengaturan/tersimpan';
import { renjaTersimpan } from '../renja/tersimpan';
import { rapatTersimpan } from '../rapat/tersimpan';
import { renstraTersimpan } from '../renstra/tersimpan';
import { renstraHandlers } from '../renstra/handlers';
import { akunHandlers } from '../akun/handlers';
import { pelaporanHandlers } from '../pelaporan/handlers';
import { risikoHandlers } from '../risiko/handlers';
import { kategoriTersimpan } from '../risiko/kategori';
import { kontrakHandlers } from '../kontrak/handlers';
import { kontrakTersimpan } from '../kontrak/repository';
import { paparanHandlers } from '../paparan/handlers';

export const handlers: Handlers = gabungTanpaGanda(
  sistemHandlers,
  pengaturanHandlers,
  opdHandlers,
  penandatanganHandlers,
  cadanganHandlers,
  renjaHandlers,
  realisasiHandlers,
  monevHandlers,
  imporHandlers,
  eksporHandlers,
  riwayatHandlers,
  fotoHandlers,
  rapatHandlers,
  arsipHandlers,
  laporanHandlers,
  renstraHandlers,
  pelaporanHandlers,
  risikoHandlers,
  kontrakHandlers,
  paparanHandlers,
  akunHandlers,
);

/** How each save finds its stored row, so an absent field keeps its value (api/sunting.ts). */
export const pemuatSuntingan: Partial<{ [M in MethodName]: Pemuat<M> }> = gabungTanpaGanda(
  opdTersimpan,
  pengaturanTersimpan,
  renjaTersimpan,
  rapatTersimpan,
  renstraTersimpan,
  kategoriTersimpan,
  kontrakTersimpan,
);
