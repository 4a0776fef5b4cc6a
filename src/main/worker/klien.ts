// The window side of the protocol: forwards requests to the worker and back, runs the desktop dialogs the worker asks
// for over the window of the request that needs them, and passes progress on. It never touches the database, so the
// process that draws the window stays free while a report is built.
import type { ApiJawaban } from '../../shared/api';
import type { Kemajuan } from '../../shared/kemajuan';
import { DitolakError } from '../errors';
import type { OsEffects } from '../os';
import type { DariPekerja, HasilBuka, HasilPulihkanAwal, KePekerja, OperasiOs, OpsiPekerja } from './protokol';

/** How to reach a worker: Electron's utilityProcess in the app, a Node worker thread in tests. */
export interface SaluranKePekerja {
  kirim(pesan: KePekerja): void;
  terima(dengar: (pesan: DariPekerja) => void): void;
  /** Called once when the worker has gone, whatever the reason. */
  saatBerhenti(dengar: (kode: number | null) => void): void;
  hentikan(): void;
}

/** What one request brings: the desktop of its window, and where its progress goes. */
export interface PanggilanJauh {
  os: OsEffects;
  kemajuan?: (k: Kemajuan) => void;
}

export const PESAN_PEKERJA_BERHENTI =
  'Proses data Sinergi berhenti tiba-tiba. Data yang sudah disimpan aman; tutup lalu buka kembali Sinergi.';

const BATAS_TUNGGU_TUTUP_MS = 15_000;

function galatInternal(pesan: string): ApiJawaban<never> {
  return { ok: false, galat: { jenis: 'internal', pesan, rincian: [] } };
}

export class BackendPekerja {
  private urut = 0;
  private readonly panggilan = new Map<number, PanggilanJauh & { selesai(j: ApiJawaban<unknown>): void }>();
  private readonly menunggu = new Map<DariPekerja['jenis'], { selesai(p: DariPekerja): void; gagal(e: Error): void }>();
  private berhenti = false;
  private menutup = false;
  private readonly dengarBerhenti: ((kode: number | null) => void)[] = [];
  /** Shows a warning the worker raised outside any request; the console until the desktop sets its own. */
  peringatan: (judul: string, pesan: string) => void = (judul, pesan) => console.error(`[sinergi] ${judul}: ${pesan}`);

  constructor(private readonly saluran: SaluranKePekerja) {
    saluran.terima((pesan) => this.terima(pesan));
    saluran.saatBerhenti((kode) => {
      this.berhenti = true;
      for (const p of this.panggilan.values()) p.selesai(galatInternal(PESAN_PEKERJA_BERHENTI));
      this.panggilan.clear();
      // A worker gone is closed as far as `tutup` is concerned; whoever waits for anything else hears why.
      for (const [jenis, tunggu] of this.menunggu) {
        if (jenis === 'tertutup') tunggu.selesai({ jenis: 'tertutup' });
        else tunggu.gagal(new Error(PESAN_PEKERJA_BERHENTI));
      }
      this.menunggu.clear();
      if (!this.menutup) for (const dengar of this.dengarBerhenti) dengar(kode);
    });
  }

  /** Called when the worker stops without having been asked to close (a crash). */
  saatBerhentiTakTerduga(dengar: (kode: number | null) => void): void {
    this.dengarBerhenti.push(dengar);
  }

  buka(opsi: OpsiPekerja): Promise<HasilBuka> {
    return this.minta({ jenis: 'buka', opsi }, 'hasilBuka').then((p) => (p as { hasil: HasilBuka }).hasil);
  }

  pulihkanAwal(cadangan: string): Promise<HasilPulihkanAwal> {
    return this.minta({ jenis: 'pulihkanAwal', cadangan }, 'hasilPulihkanAwal').then(
      (p) => (p as { hasil: HasilPulihkanAwal }).hasil,
    );
  }

  handle(method: string, input: unknown, panggilan: PanggilanJauh): Promise<ApiJawaban<unknown>> {
    if (this.berhenti || this.menutup) return Promise.resolve(galatInternal(PESAN_PEKERJA_BERHENTI));
    const id = ++this.urut;
    return new Promise((selesai) => {
      this.panggilan.set(id, { ...panggilan, selesai });
      this.saluran.kirim({ jenis: 'panggil', id, method, input });
    });
  }

  /** Lets requests in flight finish, closes the database (the -wal is folded into the file), then ends the worker. */
  async tutup(): Promise<void> {
    if (this.menutup) return;
    this.menutup = true;
    if (!this.berhenti) {
      // A request still running (a report) is let finish, but a quit is not held up for ever.
      const batas = Date.now() + BATAS_TUNGGU_TUTUP_MS;
      while (this.panggilan.size > 0 && Date.now() < batas) await new Promise((r) => setTimeout(r, 20));
      await this.minta({ jenis: 'tutup' }, 'tertutup');
    }
    this.saluran.hentikan();
  }

  private minta(pesan: KePekerja, jawaban: DariPekerja['jenis']): Promise<DariPekerja> {
    if (this.berhenti) return Promise.reject(new Error(PESAN_PEKERJA_BERHENTI));
    return new Promise((selesai, gagal) => {
      this.menunggu.set(jawaban, { selesai, gagal });
      this.saluran.kirim(pesan);
    });
  }

  private terima(pesan: DariPekerja): void {
    switch (pesan.jenis) {
      case 'jawab': {
        const p = this.panggilan.get(pesan.id);
        this.panggilan.delete(pesan.id);
        p?.selesai(pesan.jawaban);
        return;
      }
      case 'kemajuan':
        this.panggilan.get(pesan.id)?.kemajuan?.(pesan.kemajuan);
        return;
      case 'os':
        void this.jalankanOs(pesan);
        return;
      case 'peringatan':
        this.peringatan(pesan.judul, pesan.pesan);
        return;
      default: {
        const tunggu = this.menunggu.get(pesan.jenis);
        this.menunggu.delete(pesan.jenis);
        tunggu?.selesai(pesan);
      }
    }
  }

  private async jalankanOs(pesan: Extract<DariPekerja, { jenis: 'os' }>): Promise<void> {
    const os = this.panggilan.get(pesan.panggilan)?.os;
    try {
      const fungsi = os?.[pesan.operasi] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      if (!os || !fungsi) throw new DitolakError(`Perintah ${namaOperasi(pesan.operasi)} tidak tersedia`);
      const nilai = await fungsi.apply(os, pesan.args);
      this.saluran.kirim({ jenis: 'jawabOs', id: pesan.id, ok: true, nilai });
    } catch (error) {
      const teks = error instanceof Error ? error.message : String(error);
      this.saluran.kirim({ jenis: 'jawabOs', id: pesan.id, ok: false, pesan: teks });
    }
  }
}

function namaOperasi(operasi: OperasiOs): string {
  return {
    simpanBerkas: 'menyimpan berkas',
    bukaBerkas: 'membuka berkas',
    bukaUntukCetak: 'mencetak',
    pilihFolder: 'memilih folder',
    pilihBerkas: 'memilih berkas',
    bukaTautan: 'membuka tautan',
  }[operasi];
}
