import type { HandlersFor } from '../api/context';
import { paparanLaporan, paparanRapat } from './buat';
import { eksposeKlaster } from './ekspose';

export const paparanHandlers: HandlersFor<'paparan.rapat' | 'paparan.laporan' | 'paparan.ekspose'> = {
  'paparan.rapat': ({ rapatId, penyajiId }, { db }) => paparanRapat(db, rapatId, penyajiId),
  'paparan.laporan': ({ tahun, triwulan, cakupan, opdId, klaster, penyajiId }, { db }) =>
    paparanLaporan(db, { tahun, triwulan, cakupan, opdId, klaster }, penyajiId),
  'paparan.ekspose': ({ tahun, triwulan, klaster, folder }, { db, kemajuan }) =>
    eksposeKlaster(db, { tahun, triwulan }, klaster, folder, kemajuan),
};
