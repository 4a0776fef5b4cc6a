// API of the paparan: slides (.pptx) of a meeting or of a report's period and scope, and the OPD heads' ekspose.
import { z } from 'zod';
import { baca, tulis } from './define';
import { bilanganBulat, id, idOpsional, pilihan } from './fields';
import { lokasi } from './cadangan';
import type { BerkasBanyak, BerkasJadi } from './ekspor';
import { denganCakupan } from './laporan';
import type { DokumenRingkas } from './rapat';
import { tahun } from './renja';
import { KLASTER, LABEL_KLASTER } from '../opd';

export const paparanApi = {
  /** The meeting's deck, kept in its archive like the undangan and notulen; the presenter defaults to the Kabag. */
  'paparan.rapat': tulis<DokumenRingkas>()(z.object({ rapatId: id('ID rapat'), penyajiId: idOpsional('Penyaji') })),
  'paparan.laporan': baca<BerkasJadi>()(denganCakupan({ penyajiId: idOpsional('Penyaji') })),
  /** One short deck per OPD head of a cluster (Rakerda): into a folder, or one .zip when no folder is given. */
  'paparan.ekspose': tulis<BerkasBanyak>()(
    z.object({
      tahun: tahun(),
      triwulan: bilanganBulat('Triwulan', 1, 4),
      klaster: pilihan('Klaster', KLASTER, LABEL_KLASTER),
      folder: lokasi('Folder tujuan').optional(),
    }),
  ),
};
