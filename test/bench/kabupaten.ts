// The bench's regency: at scale 1, 40 OPD, 1,500 kegiatan and 6,000 sub kegiatan; every scale multiplies the OPD and
// kegiatan, while the largest OPD (a Dinas PUPR) stays the same so per-OPD work can be compared across scales.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type Sqlite from 'better-sqlite3';
import { openDatabase } from '../../src/main/db/connection';
import { acak } from '../../src/main/sample/renja-contoh';
import { tempDir } from '../helpers/backend';

export const TAHUN = 2026;
/** One large OPD with 130 kegiatan, so its grid holds over 500 sub kegiatan at every scale. */
const KEGIATAN_OPD_TERBESAR = 130;
const SUB_PER_KEGIATAN = 4;

export interface BarisDpa {
  opd: string;
  kode: string;
  nama: string;
  pagu: number | null;
  fisik: number[];
}

export interface Kabupaten {
  opd: string[];
  baris: BarisDpa[];
  kegiatan: number;
  subKegiatan: number;
}

/** OPD codes stay in the 8-segment SIPD form at any scale: urusan 1-8, 40 bidang each. */
const kodeOpd = (o: number) => `${1 + Math.floor(o / 40)}.${String((o % 40) + 1).padStart(2, '0')}`;

export function kabupaten(skala: number): Kabupaten {
  const r = acak(42);
  const jumlahOpd = 40 * skala;
  const jumlahKegiatan = 1500 * skala;
  const opd: string[] = [];
  const baris: BarisDpa[] = [];
  const sisa = (jumlahKegiatan - KEGIATAN_OPD_TERBESAR) / (jumlahOpd - 1);
  for (let o = 0; o < jumlahOpd; o++) {
    const bidang = kodeOpd(o);
    const kode = `${bidang}.0.00.0.00.01.0000`;
    opd.push(kode);
    const target = o === 0 ? KEGIATAN_OPD_TERBESAR : Math.round(o * sisa) - Math.round((o - 1) * sisa);
    for (let k = 0; k < target; k++) {
      const program = `${bidang}.${String(2 + Math.floor(k / 8)).padStart(2, '0')}`;
      // kegiatan numbers restart in every program
      if (k % 8 === 0) baris.push({ opd: kode, kode: program, nama: `PROGRAM ${program}`, pagu: null, fisik: [] });
      const kodeK = `${program}.2.${String((k % 8) + 1).padStart(2, '0')}`;
      baris.push({ opd: kode, kode: kodeK, nama: `Kegiatan ${kodeK}`, pagu: null, fisik: [] });
      for (let s = 0; s < SUB_PER_KEGIATAN; s++) {
        const tw1 = Math.round(10 + r() * 15);
        baris.push({
          opd: kode,
          kode: `${kodeK}.${String(s + 1).padStart(4, '0')}`,
          nama: `Sub kegiatan ${kodeK}.${s + 1} dengan uraian yang panjangnya wajar`,
          pagu: Math.round(1e8 + r() * 2e9),
          fisik: [tw1, tw1 + 25, tw1 + 50, 100],
        });
      }
    }
  }
  return {
    opd,
    baris,
    kegiatan: jumlahKegiatan,
    subKegiatan: baris.filter((b) => b.pagu !== null).length,
  };
}

/** The DPA as SIPD exports it, one sheet; written with ExcelJS's streaming writer so the bench itself stays small. */
export async function berkasDpa(baris: BarisDpa[]): Promise<string> {
  const potongan: Buffer[] = [];
  const { Writable } = await import('node:stream');
  const tujuan = new Writable({
    write(chunk: Buffer, _enc, selesai) {
      potongan.push(chunk);
      selesai();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: tujuan, useSharedStrings: false });
  const ws = wb.addWorksheet('DPA');
  ws.addRow([
    'kode_skpd',
    'kode',
    'uraian',
    'indikator',
    'satuan',
    'target',
    'pagu',
    'target fisik tw1',
    'target fisik tw2',
    'target fisik tw3',
    'target fisik tw4',
  ]).commit();
  for (const b of baris) {
    const sub = b.pagu !== null;
    ws.addRow([
      b.opd,
      b.kode,
      b.nama,
      sub ? 'Jumlah dokumen' : null,
      sub ? 'Dokumen' : null,
      sub ? 4 : null,
      b.pagu,
      ...b.fisik,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(potongan).toString('base64');
}

export function tambahOpd(sqlite: Sqlite.Database, kode: readonly string[]): void {
  const tambah = sqlite.prepare(
    "INSERT INTO opd (kode, nama, klaster, kepala_nama, kepala_nip) VALUES (?, ?, 'ekonomi', 'Kepala', '197001011995031001')",
  );
  sqlite.transaction(() => kode.forEach((k) => tambah.run(k, `OPD ${k}`)))();
}

/** The import's floor: the same rows written with bare prepared statements in one transaction, no checks. */
export async function lantaiInsert(baris: BarisDpa[]): Promise<number> {
  const dir = tempDir('sinergi-lantai-');
  const { sqlite, close } = await openDatabase(join(dir, 'lantai.sqlite'));
  const opd = sqlite.prepare(
    "INSERT INTO opd (kode, nama, klaster, kepala_nama, kepala_nip) VALUES (?, ?, 'ekonomi', 'Kepala', '197001011995031001')",
  );
  const program = sqlite.prepare('INSERT INTO program (opd_id, tahun, kode, nama) VALUES (?, ?, ?, ?)');
  const kegiatan = sqlite.prepare('INSERT INTO kegiatan (program_id, kode, nama) VALUES (?, ?, ?)');
  const sub = sqlite.prepare('INSERT INTO sub_kegiatan (kegiatan_id, kode, nama) VALUES (?, ?, ?)');
  const anggaran = sqlite.prepare("INSERT INTO anggaran (sub_kegiatan_id, versi, pagu) VALUES (?, 'murni', ?)");
  const target = sqlite.prepare(
    "INSERT INTO target_periode (sub_kegiatan_id, versi, bulan, target_fisik) VALUES (?, 'murni', ?, ?)",
  );
  const indikator = sqlite.prepare(
    "INSERT INTO indikator (sub_kegiatan_id, uraian, satuan, target) VALUES (?, 'Jumlah dokumen', 'Dokumen', 4)",
  );
  const t0 = performance.now();
  sqlite.transaction(() => {
    const opdId = new Map<string, number>();
    let p = 0;
    let k = 0;
    for (const b of baris) {
      let o = opdId.get(b.opd);
      if (o === undefined) {
        o = Number(opd.run(b.opd, `OPD ${b.opd}`).lastInsertRowid);
        opdId.set(b.opd, o);
      }
      const segmen = b.kode.split('.').length;
      if (segmen === 3) p = Number(program.run(o, TAHUN, b.kode, b.nama).lastInsertRowid);
      else if (segmen === 5) k = Number(kegiatan.run(p, b.kode, b.nama).lastInsertRowid);
      else {
        const s = Number(sub.run(k, b.kode, b.nama).lastInsertRowid);
        anggaran.run(s, b.pagu);
        b.fisik.forEach((f, i) => target.run(s, (i + 1) * 3, f));
        indikator.run(s);
      }
    }
  })();
  const ms = performance.now() - t0;
  await close();
  rmSync(dir, { recursive: true, force: true });
  return ms;
}
