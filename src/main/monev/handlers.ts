import type { HandlersFor } from '../api/context';
import { kurvaS, ringkasan } from './hitung';

export const monevHandlers: HandlersFor<'monev.ringkasan' | 'monev.kurvaS'> = {
  'monev.ringkasan': ({ tahun, triwulan }, { db }) => ringkasan(db, tahun, triwulan),
  'monev.kurvaS': ({ tahun, opdId }, { db }) => kurvaS(db, tahun, opdId),
};
