// The whole API contract: method name -> zod input schema and result type, shared by main, preload-side client and tests.
import { z } from 'zod';
import { gabungTanpaGanda } from '../gabung';
import type { Method } from './define';
import { cadanganApi } from './cadangan';
import { opdApi } from './opd';
import { pengaturanApi } from './pengaturan';
import { penandatanganApi } from './penandatangan';
import { sistemApi } from './sistem';
import { renjaApi } from './renja';
import { realisasiApi } from './realisasi';
import { monevApi } from './monev';
import { imporApi } from './impor';
import { eksporApi } from './ekspor';
import { riwayatApi } from './riwayat';
import { fotoApi } from './foto';
import { rapatApi } from './rapat';
import { arsipApi } from './arsip';
import { laporanApi } from './laporan';
import { renstraApi } from './renstra';
import { pelaporanApi } from './pelaporan';
import { risikoApi } from './risiko';
import { kontrakApi } from './kontrak';
import { paparanApi } from './paparan';
import { akunApi } from './akun';

// Messages zod writes itself (rare: our fields carry their own) are Indonesian too.
z.config(z.locales.id());

/** Every domain's methods; a method name declared twice does not compile (see gabung.ts). */
export const contract = gabungTanpaGanda(
  sistemApi,
  pengaturanApi,
  opdApi,
  penandatanganApi,
  cadanganApi,
  renjaApi,
  realisasiApi,
  monevApi,
  imporApi,
  eksporApi,
  riwayatApi,
  fotoApi,
  rapatApi,
  arsipApi,
  laporanApi,
  renstraApi,
  pelaporanApi,
  risikoApi,
  kontrakApi,
  paparanApi,
  akunApi,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Result<M extends MethodName> = Contract[M] extends Method<z.ZodType, infer R> ? R : never;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export type { ApiGalat, ApiJawaban } from './define';
