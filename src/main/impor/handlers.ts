// Import: the same reading and checking for the preview and the write, so what the preview promises is what is written.
import type { HandlersFor } from '../api/context';
import { JENIS } from './jenis';
import { siapkanImpor, terapkanImpor } from './jalur';
import { lupakanPemetaan } from './pemetaan';
import { templatXlsx } from './templat';

export const imporHandlers: HandlersFor<
  'impor.pratinjau' | 'impor.terapkan' | 'impor.templat' | 'impor.lupakanPemetaan'
> = {
  'impor.pratinjau': async (input, ctx) => (await siapkanImpor(JENIS[input.jenis], input, ctx)).pratinjau,
  'impor.terapkan': (input, ctx) => terapkanImpor(JENIS[input.jenis], input, ctx),
  'impor.templat': ({ jenis }, ctx) => templatXlsx(ctx, jenis, JENIS[jenis]),
  'impor.lupakanPemetaan': async ({ tanda }, { db }) => ({ dihapus: await lupakanPemetaan(db, tanda) }),
};
