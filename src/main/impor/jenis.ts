// Every kind of import, registered once: the pipeline, the templates and the API find them here.
import type { JenisImpor } from '../../shared/api/impor';
import { imporRenstra } from '../renstra/impor';
import type { JenisImporDef } from './jalur';
import { imporRealisasi } from './realisasi';
import { imporRenja } from './renja';

export const JENIS: { [K in JenisImpor]: JenisImporDef<unknown> } = {
  renja: imporRenja as JenisImporDef<unknown>,
  realisasi: imporRealisasi as JenisImporDef<unknown>,
  renstra: imporRenstra as JenisImporDef<unknown>,
};
