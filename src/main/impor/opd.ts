// Which OPD an imported row belongs to: its Kode/Nama SKPD column, an OPD title row above its block, the sheet's title
// or name, and only then the OPD chosen in the app. A row that cannot be placed is a problem naming it.
import { POLA_KODE_OPD } from '../../shared/opd';
import type { Db } from '../db/connection';
import type { Sel } from './baca';
import type { BarisImpor } from './baris';

interface Opd {
  id: number;
  kode: string;
  nama: string;
  singkatan: string;
}

/** An OPD named by the file: found in Data Master OPD, or not (the text is kept to name it in the message). */
export type OpdDisebut = { opd: Opd } | { tidakDikenal: string };

const KODE_OPD_DI_TEKS = /\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}/;
const sederhana = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
// "SKPD : Dinas Pertanian", "Perangkat Daerah: ...", "Unit Organisasi : ..."
const LABEL_OPD = /^(nama\s+)?(skpd|opd|perangkat daerah|unit organisasi|organisasi|unit kerja|unit)\s*:?\s*/i;

export class PenentuOpd {
  private readonly perKode: Map<string, Opd>;
  private readonly perNama: Map<string, Opd>;
  readonly dipakai = new Map<number, number>();

  constructor(
    private readonly semua: Opd[],
    /** The OPD chosen in the app, for rows the file does not place. */
    private readonly pilihan: number | undefined,
  ) {
    this.perKode = new Map(semua.map((o) => [o.kode, o]));
    this.perNama = new Map(
      semua.flatMap((o) => [
        [sederhana(o.nama), o] as const,
        ...(o.singkatan ? [[sederhana(o.singkatan), o] as const] : []),
      ]),
    );
  }

  static async muat(db: Db, pilihan: number | undefined): Promise<PenentuOpd> {
    return new PenentuOpd(await db.selectFrom('opd').select(['id', 'kode', 'nama', 'singkatan']).execute(), pilihan);
  }

  nama(id: number): string {
    return this.semua.find((o) => o.id === id)?.nama ?? `OPD ${id}`;
  }

  get opdPilihan(): number | undefined {
    return this.pilihan !== undefined && this.semua.some((o) => o.id === this.pilihan) ? this.pilihan : undefined;
  }

  /** An OPD code in the text, or the whole text (after a label such as "SKPD :") being an OPD's name. */
  dariTeks(teks: string): OpdDisebut | null {
    const kode = KODE_OPD_DI_TEKS.exec(teks)?.[0];
    if (kode) {
      const o = this.perKode.get(kode);
      return o ? { opd: o } : { tidakDikenal: teks.trim() };
    }
    const o = this.perNama.get(sederhana(teks.replace(LABEL_OPD, '')));
    return o ? { opd: o } : null;
  }

  /** An OPD named by any text cell of a row (a title row above the table or above a block). */
  dariBaris(sel: Sel[]): OpdDisebut | null {
    const teks = sel.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    for (const t of teks) {
      const d = this.dariTeks(t);
      if (d) return d;
    }
    // "SKPD :" in one cell and the name or code in the next.
    const gabung = teks.join(' ');
    return teks.length > 1 ? this.dariTeks(gabung) : null;
  }

  /** A code cell holding an eight-segment OPD code heads the OPD's block in multi-OPD SIPD exports. */
  static kodeOpd(kode: string): boolean {
    return POLA_KODE_OPD.test(kode);
  }

  /**
   * Places a row: its own SKPD column first, then the block or sheet it sits in, then the app's choice.
   * `konteks` is the OPD named above the row (block title, else sheet title or name), if any.
   */
  tempatkan(b: BarisImpor, konteks: OpdDisebut | null): number | null {
    const kolom = b.ada('kodeSkpd') ? 'kodeSkpd' : b.ada('namaSkpd') ? 'namaSkpd' : null;
    const teks = kolom ? b.teks(kolom) : '';
    let id: number | null = null;
    if (kolom && teks !== '') {
      const o = kolom === 'kodeSkpd' ? this.perKode.get(teks.replace(/\s+/g, '')) : this.perNama.get(sederhana(teks));
      if (o) id = o.id;
      else b.catat(kolom, `${kolom === 'kodeSkpd' ? 'Kode SKPD' : 'SKPD'} "${teks}" tidak ada di Data Master OPD`);
    } else if (konteks && 'opd' in konteks) id = konteks.opd.id;
    else if (konteks) b.catat('', `OPD "${konteks.tidakDikenal}" di judul blok ini tidak ada di Data Master OPD`);
    else if (this.opdPilihan !== undefined) id = this.opdPilihan;
    else
      b.catat(
        kolom ?? '',
        kolom
          ? 'Kode SKPD wajib diisi, atau pilih OPD tujuan sebelum mengimpor'
          : 'Baris ini tidak dapat ditempatkan pada OPD mana pun: berkas tidak memiliki kolom Kode SKPD atau judul OPD, dan OPD tujuan belum dipilih',
      );
    b.opdId = id;
    return id;
  }

  /** Counts the rows a kind stores per OPD, for the preview. */
  hitung(opdId: number): void {
    this.dipakai.set(opdId, (this.dipakai.get(opdId) ?? 0) + 1);
  }

  perOpd(satuan: string): { nama: string; jumlah: number; satuan: string }[] {
    return [...this.dipakai].map(([id, jumlah]) => ({ nama: this.nama(id), jumlah, satuan }));
  }
}
