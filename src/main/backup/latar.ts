// What Sinergi does right after opening the data, in the background so the first screen does not wait: the full
// integrity check when it is due (the first start of a day, or after the last session ended without closing the
// file), then the day's backup. A restore and closing the backend wait for this work.
import type { Context } from '../api/context';
import type { OpenedDatabase } from '../db/connection';
import { tandaiPeriksaPenuh } from '../db/integritas';
import { periksaPenuhDiLatar } from '../db/periksaLatar';
import { cadangkanHarianSaatMulai } from '.';
import { harianSudahAda } from './cadangan';

export interface HasilLatar {
  /** `gagal`: the check itself could not run (logged); the backup is still made. */
  periksaPenuh: 'baik' | 'rusak' | 'tidak-perlu' | 'gagal';
  /** The day's backup made now, or null (already there, a new empty file, or damage found). */
  cadanganHarian: string | null;
}

export const JUDUL_RUSAK = 'Data Sinergi perlu dipulihkan';

export const pesanRusak = (path: string, temuan: string) =>
  `Pemeriksaan menyeluruh menemukan kerusakan pada berkas data ${path} (${temuan}). ` +
  'Tutup Sinergi lalu buka kembali: Sinergi akan memeriksa berkas itu dan menawarkan pemulihan dari cadangan ' +
  'terakhir yang baik. Cadangan harian hari ini tidak dibuat, agar cadangan yang baik tidak tergeser.';

export function mulaiKerjaLatar(
  ctx: Context,
  dibuka: Pick<OpenedDatabase, 'tutupTidakBersih' | 'diperiksaPenuh'>,
  /** False for a file this start created: nothing in it to check or back up. */
  adaSebelumnya: boolean,
  lewat: (kerja: () => Promise<HasilLatar>) => Promise<HasilLatar>,
): Promise<HasilLatar> {
  if (!adaSebelumnya) return Promise.resolve({ periksaPenuh: 'tidak-perlu', cadanganHarian: null });
  const awalHari = !harianSudahAda(ctx.folderCadangan, new Date());
  const perluPeriksa = !dibuka.diperiksaPenuh && (awalHari || dibuka.tutupTidakBersih);
  return lewat(async (): Promise<HasilLatar> => {
    let periksaPenuh: HasilLatar['periksaPenuh'] = perluPeriksa ? 'baik' : 'tidak-perlu';
    if (perluPeriksa) {
      let temuan: string | null = null;
      try {
        temuan = await periksaPenuhDiLatar(ctx.dataPath);
      } catch (error) {
        console.error('[sinergi] pemeriksaan menyeluruh tidak dapat dijalankan:', error);
        periksaPenuh = 'gagal';
      }
      if (temuan !== null) {
        // The next start checks fully before opening and offers the latest good backup.
        tandaiPeriksaPenuh(ctx.dataPath, temuan);
        const pesan = pesanRusak(ctx.dataPath, temuan);
        if (ctx.os.peringatan) ctx.os.peringatan(JUDUL_RUSAK, pesan);
        else console.error(`[sinergi] ${JUDUL_RUSAK}: ${pesan}`);
        return { periksaPenuh: 'rusak', cadanganHarian: null };
      }
    }
    return { periksaPenuh, cadanganHarian: await cadangkanHarianSaatMulai(ctx) };
  });
}
