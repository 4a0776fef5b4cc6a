// The worker's side of the protocol: opens the data file, serves requests, asks the desktop for dialogs on behalf of
// a request, reports progress, and closes cleanly. The channel is given, so Electron and Node workers share it all.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { createBackend, type Backend } from '../backend';
import { pindahkanCadanganLama, pulihkanSaatMulai } from '../backup';
import { BasisDataRusakError, pesanSqlite } from '../db/integritas';
import { DitolakError } from '../errors';
import { pelaporKemajuan } from '../kemajuan';
import { osTanpaDesktop, type OsEffects } from '../os';
import type { DariPekerja, HasilBuka, KePekerja, OperasiOs, OpsiPekerja } from './protokol';

export interface Saluran {
  kirim(pesan: DariPekerja): void;
  terima(dengar: (pesan: KePekerja) => void): void;
}

/** Why the data file could not be opened, in words that say what to check. */
function pesanGagalBuka(error: unknown, dataPath: string): string {
  if (error instanceof DitolakError) return error.message;
  if (error instanceof Sqlite.SqliteError) return pesanSqlite(error.code) ?? error.message;
  const kode = (error as { code?: unknown } | null)?.code;
  if (typeof kode === 'string' && /^(ENOENT|ENOTDIR|EACCES|EPERM|EROFS|EIO|ENODEV|EBUSY)$/.test(kode)) {
    return (
      `Folder data ${dirname(dataPath)} tidak dapat dibuat atau ditulisi (${kode}). Pastikan drive atau folder ` +
      'jaringan itu terpasang dan dapat ditulisi, atau atur SINERGI_DATA ke lokasi lain.'
    );
  }
  return error instanceof Error ? error.message : String(error);
}

export function layani(saluran: Saluran): void {
  let backend: Backend | null = null;
  let opsiBuka: OpsiPekerja | null = null;
  let urutOs = 0;
  const osTertunda = new Map<number, { selesai(nilai: unknown): void; gagal(e: Error): void }>();

  const peringatan = (judul: string, pesan: string) => saluran.kirim({ jenis: 'peringatan', judul, pesan });
  const osUntuk = (panggilan: number): Required<OsEffects> => {
    const minta = <T>(operasi: OperasiOs, ...args: unknown[]) =>
      new Promise<T>((selesai, gagal) => {
        const id = ++urutOs;
        osTertunda.set(id, { selesai: (nilai) => selesai(nilai as T), gagal });
        saluran.kirim({ jenis: 'os', id, panggilan, operasi, args });
      });
    return {
      simpanBerkas: (namaSaran, isi) => minta('simpanBerkas', namaSaran, isi),
      bukaBerkas: (path) => minta('bukaBerkas', path),
      bukaUntukCetak: (namaBerkas, isi) => minta('bukaUntukCetak', namaBerkas, isi),
      pilihFolder: (judul) => minta('pilihFolder', judul),
      pilihBerkas: (judul, ekstensi) => minta('pilihBerkas', judul, ekstensi),
      bukaTautan: (url) => minta('bukaTautan', url),
      peringatan,
    };
  };

  const buka = async (opsi: OpsiPekerja): Promise<HasilBuka> => {
    opsiBuka = opsi;
    try {
      mkdirSync(dirname(opsi.dataPath), { recursive: true });
      if (opsi.folderCadanganLama) {
        try {
          await pindahkanCadanganLama(opsi.folderCadanganLama, opsi.folderCadangan);
        } catch (error) {
          // Old backups left where they were are still backups; the data must open regardless.
          console.error('[sinergi] cadangan lama tidak dapat dipindahkan:', error);
        }
      }
      // Work after opening (the background check) has no request of its own: its warnings go to main's dialog.
      backend = await createBackend({
        dataPath: opsi.dataPath,
        folderCadangan: opsi.folderCadangan,
        os: { ...osTanpaDesktop, peringatan },
      });
      return { ok: true };
    } catch (error) {
      if (error instanceof BasisDataRusakError) {
        return { ok: false, rusak: true, pesan: error.message, cadanganTerakhir: error.cadanganTerakhir };
      }
      return { ok: false, rusak: false, pesan: pesanGagalBuka(error, opsi.dataPath) };
    }
  };

  const panggil = async (id: number, method: string, input: unknown) => {
    const jawaban = backend
      ? await backend.handle(method, input, {
          os: osUntuk(id),
          kemajuan: pelaporKemajuan((kemajuan) => saluran.kirim({ jenis: 'kemajuan', id, kemajuan })),
        })
      : { ok: false as const, galat: { jenis: 'internal' as const, pesan: 'Data belum dibuka', rincian: [] } };
    saluran.kirim({ jenis: 'jawab', id, jawaban });
  };

  saluran.terima((pesan) => {
    switch (pesan.jenis) {
      case 'buka':
        void buka(pesan.opsi).then((hasil) => saluran.kirim({ jenis: 'hasilBuka', hasil }));
        return;
      case 'pulihkanAwal': {
        const opsi = opsiBuka;
        if (!opsi)
          return saluran.kirim({ jenis: 'hasilPulihkanAwal', hasil: { ok: false, pesan: 'Data belum dibuka' } });
        void pulihkanSaatMulai(opsi.dataPath, opsi.folderCadangan, pesan.cadangan).then(
          (rusak) => saluran.kirim({ jenis: 'hasilPulihkanAwal', hasil: { ok: true, rusak } }),
          (error: unknown) =>
            saluran.kirim({
              jenis: 'hasilPulihkanAwal',
              hasil: { ok: false, pesan: pesanGagalBuka(error, opsi.dataPath) },
            }),
        );
        return;
      }
      case 'panggil':
        void panggil(pesan.id, pesan.method, pesan.input);
        return;
      case 'jawabOs': {
        const tunggu = osTertunda.get(pesan.id);
        osTertunda.delete(pesan.id);
        if (pesan.ok) tunggu?.selesai(pesan.nilai);
        else tunggu?.gagal(new DitolakError(pesan.pesan));
        return;
      }
      case 'tutup': {
        const tutup = backend?.close() ?? Promise.resolve();
        backend = null;
        void tutup.then(
          () => saluran.kirim({ jenis: 'tertutup' }),
          (error: unknown) => {
            console.error('[sinergi] menutup data gagal:', error);
            saluran.kirim({ jenis: 'tertutup' });
          },
        );
        return;
      }
    }
  });
}
