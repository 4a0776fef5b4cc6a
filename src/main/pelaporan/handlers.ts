import type { HandlersFor } from '../api/context';
import { ambilPengaturanMonev } from '../pengaturan/repository';
import { pantauPelaporan } from './pantau';
import { arsipSurat, kirimPesan, pesanPengingat } from './pengingat';
import { buatSuratPengingatOpd } from './surat';
import { daftarTenggat, simpanTenggat } from './tenggat';

export const pelaporanHandlers: HandlersFor<
  | 'pelaporan.pantau'
  | 'pelaporan.tenggat'
  | 'pelaporan.simpanTenggat'
  | 'pelaporan.buatSurat'
  | 'pelaporan.arsipSurat'
  | 'pelaporan.pesan'
  | 'pelaporan.kirimPesan'
> = {
  'pelaporan.pantau': async (input, { db }) => pantauPelaporan(db, input, await ambilPengaturanMonev(db)),
  'pelaporan.tenggat': ({ tahun }, { db }) => daftarTenggat(db, tahun),
  'pelaporan.simpanTenggat': (input, { db }) => simpanTenggat(db, input),
  'pelaporan.buatSurat': async (input, { db, sesi }) =>
    buatSuratPengingatOpd(db, input, await ambilPengaturanMonev(db), sesi.operator),
  'pelaporan.arsipSurat': ({ tahun, triwulan }, { db }) => arsipSurat(db, tahun, triwulan),
  'pelaporan.pesan': async (input, { db }) => pesanPengingat(db, input, await ambilPengaturanMonev(db)),
  'pelaporan.kirimPesan': async (input, { db, os, sesi }) => {
    const pesan = await kirimPesan(db, input, await ambilPengaturanMonev(db), sesi.operator);
    // Opened after the record is written: a link that fails to open is still a message the user can copy and send.
    const buka = input.cara === 'whatsapp' && pesan.tautan !== null ? os.bukaTautan?.(pesan.tautan) : undefined;
    const dibuka = (await buka?.catch(() => false)) === true;
    return { ...pesan, dibuka };
  },
};
