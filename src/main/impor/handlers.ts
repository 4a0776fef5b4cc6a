// Import: the same reading and checking for the preview and the write, so what the preview promises is what is written.
import type { z } from 'zod';
import type { imporInput, PratinjauImpor } from '../../shared/api/impor';
import { formatAngka } from '../../shared/format';
import type { Context, HandlersFor } from '../api/context';
import { cadangkanSebelum } from '../backup';
import { DitolakError } from '../errors';
import { simpanRealisasi } from '../realisasi/repository';
import { catatFormulirKembali } from '../pelaporan/catat';
import { bacaBerkas } from './baca';
import { cariHeader } from './kolom';
import { siapkanRealisasi } from './realisasi';
import { siapkanRenja, tulisImporRenja } from './renja';

type Input = z.output<typeof imporInput>;

async function siapkan(input: Input, ctx: Context) {
  const lembar = await bacaBerkas(input.namaBerkas, Buffer.from(input.base64, 'base64'));
  const header = cariHeader(lembar.baris);
  if (!header) {
    throw new DitolakError(
      'Baris judul kolom tidak ditemukan: berkas harus memiliki kolom Kode dan kolom lain seperti Uraian, Pagu atau Realisasi fisik',
    );
  }
  const umum = { jenis: input.jenis, barisHeader: header.indeks + 1, kolomDikenali: header.dikenali };
  if (input.jenis === 'renja') {
    const { pratinjau, baris } = await siapkanRenja(ctx.db, lembar, header, input);
    const tulis = () => tulisImporRenja(ctx, input, pratinjau.ringkasan, baris);
    return { pratinjau: { ...umum, ...pratinjau }, tulis };
  }
  const r = await siapkanRealisasi(ctx.db, lembar, header, input);
  const tulis = () => {
    if (r.opdId === null) throw new DitolakError('Tidak ada baris realisasi yang dapat diimpor');
    const opdId = r.opdId;
    return simpanRealisasi(ctx.db, {
      opdId,
      tahun: input.tahun,
      bulan: r.bulan,
      perubahan: r.perubahan,
      operator: ctx.sesi.operator,
      // The figures came back from the OPD: the tracker's "Formulir kembali", in the same transaction.
      sesudahTulis: (trx) => catatFormulirKembali(trx, opdId, input.tahun, r.bulan),
    });
  };
  return { pratinjau: { ...umum, ...r.pratinjau }, tulis };
}

export const imporHandlers: HandlersFor<'impor.pratinjau' | 'impor.terapkan'> = {
  'impor.pratinjau': async (input, ctx) => (await siapkan(input, ctx)).pratinjau,
  'impor.terapkan': async (input, ctx): Promise<PratinjauImpor> => {
    const { pratinjau, tulis } = await siapkan(input, ctx);
    if (pratinjau.masalah.length > 0) {
      const m = pratinjau.masalah[0]!;
      throw new DitolakError(
        `Impor dibatalkan, tidak ada data yang diubah: ${formatAngka(pratinjau.masalah.length)} masalah, mis. baris ${m.baris}${m.kolom ? ` kolom ${m.kolom}` : ''}: ${m.pesan}`,
        pratinjau.masalah.map((x) => ({ kolom: `${x.baris}.${x.kolom}`, pesan: x.pesan })),
      );
    }
    if (pratinjau.jumlahBarisData === 0) throw new DitolakError('Berkas tidak berisi baris data di bawah judul kolom');
    // A wrong file imported over a quarter's work must be one restore away.
    await cadangkanSebelum(ctx, 'impor');
    await tulis();
    return pratinjau;
  },
};
