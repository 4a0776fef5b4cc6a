// `npm run bench`: regency-scale figures (40 OPD, 1,500 kegiatan, 6,000 sub kegiatan, 12 monthly periods).
// Prints times and ratios; it asserts nothing about speed, which depends on the machine.
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { createBackend, type Backend } from '../../src/main/backend';
import { lebarTeksLanskap } from '../../src/main/documents/halaman';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { xmlTabelE81 } from '../../src/main/laporan/tabelE81Xml';
import { barisTabel } from '../helpers/docx';
import { openDatabase } from '../../src/main/db/connection';
import { tempDir } from '../helpers/backend';
import { acak } from '../../src/main/sample/renja-contoh';
import { siapkanImpor } from '../../src/main/impor/jalur';
import { imporRenja, tulisImporRenja } from '../../src/main/impor/renja';

const TAHUN = 2026;
const OPD = 40;
const KEGIATAN = 1500;
/** One large OPD (like a Dinas PUPR) with 130 kegiatan, so its grid holds over 500 sub kegiatan. */
const KEGIATAN_OPD_TERBESAR = 130;
const SUB_PER_KEGIATAN = 4;

interface Baris {
  opd: string;
  kode: string;
  nama: string;
  pagu: number | null;
  fisik: number[];
}

function regency(): Baris[] {
  const r = acak(42);
  const rows: Baris[] = [];
  let kegiatan = 0;
  for (let o = 0; o < OPD; o++) {
    const opd = `1.${String(o + 1).padStart(2, '0')}.0.00.0.00.01.0000`;
    const bidang = `1.${String(o + 1).padStart(2, '0')}`;
    const sisa = (KEGIATAN - KEGIATAN_OPD_TERBESAR) / (OPD - 1);
    const target = o === 0 ? KEGIATAN_OPD_TERBESAR : Math.round(o * sisa) - Math.round((o - 1) * sisa);
    for (let k = 0; k < target; k++, kegiatan++) {
      const program = `${bidang}.${String(2 + Math.floor(k / 8)).padStart(2, '0')}`;
      // kegiatan numbers restart in every program
      if (k % 8 === 0) rows.push({ opd, kode: program, nama: `PROGRAM ${program}`, pagu: null, fisik: [] });
      const kode = `${program}.2.${String((k % 8) + 1).padStart(2, '0')}`;
      rows.push({ opd, kode, nama: `Kegiatan ${kode}`, pagu: null, fisik: [] });
      for (let s = 0; s < SUB_PER_KEGIATAN; s++) {
        const tw1 = Math.round(10 + r() * 15);
        rows.push({
          opd,
          kode: `${kode}.${String(s + 1).padStart(4, '0')}`,
          nama: `Sub kegiatan ${kode}.${s + 1} dengan uraian yang panjangnya wajar`,
          pagu: Math.round(1e8 + r() * 2e9),
          fisik: [tw1, tw1 + 25, tw1 + 50, 100],
        });
      }
    }
  }
  return rows;
}

async function fileRenja(rows: Baris[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
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
  ]);
  for (const b of rows) {
    ws.addRow([
      b.opd,
      b.kode,
      b.nama,
      b.pagu === null ? null : 'Jumlah dokumen',
      b.pagu === null ? null : 'Dokumen',
      b.pagu === null ? null : 4,
      b.pagu,
      ...b.fisik,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function waktu<T>(label: string, kerja: () => Promise<T> | T): Promise<{ ms: number; hasil: T }> {
  const t0 = performance.now();
  const hasil = await kerja();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms`);
  return { ms, hasil };
}

/** The floor: the same rows written with bare prepared statements in one transaction, no checks. */
function lantai(dir: string, rows: Baris[]): Promise<number> {
  return openDatabase(join(dir, 'lantai.sqlite')).then(async ({ sqlite, close }) => {
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
      for (const b of rows) {
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
    return ms;
  });
}

/** The write step of the import alone, on a fresh database, for the ratio to the floor. */
async function tulisSaja(dir: string, rows: Baris[], base64: string): Promise<number> {
  const backend = await createBackend({ dataPath: join(dir, 'tulis.sqlite') });
  const { sqlite } = backend.ctx;
  const tambahOpd = sqlite.prepare(
    "INSERT INTO opd (kode, nama, klaster, kepala_nama, kepala_nip) VALUES (?, ?, 'ekonomi', 'Kepala', '197001011995031001')",
  );
  for (const kode of new Set(rows.map((r) => r.opd))) tambahOpd.run(kode, `OPD ${kode}`);
  const input = { jenis: 'renja' as const, namaBerkas: 'dpa.xlsx', base64, tahun: TAHUN, versi: 'murni' as const };
  const { hasil } = await siapkanImpor(imporRenja, input, backend.ctx);
  const t0 = performance.now();
  await tulisImporRenja(backend.ctx, { versi: 'murni', namaBerkas: 'dpa.xlsx' }, hasil!.ringkasan, hasil!.data.baris);
  const ms = performance.now() - t0;
  await backend.close();
  return ms;
}

it('regency-scale benchmark', { timeout: 600_000 }, async () => {
  const dir = tempDir('sinergi-bench-');
  try {
    const rows = regency();
    const subs = rows.filter((r) => r.pagu !== null).length;
    console.log(
      `\nData: ${OPD} OPD, ${rows.filter((r) => r.kode.split('.').length === 5).length} kegiatan, ${subs} sub kegiatan\n`,
    );
    const base64 = await fileRenja(rows);
    const backend = await createBackend({ dataPath: join(dir, 'sinergi.sqlite') });
    const sqlite = backend.ctx.sqlite;
    const tambahOpd = sqlite.prepare(
      "INSERT INTO opd (kode, nama, klaster, kepala_nama, kepala_nip) VALUES (?, ?, 'ekonomi', 'Kepala', '197001011995031001')",
    );
    for (const kode of new Set(rows.map((r) => r.opd))) tambahOpd.run(kode, `OPD ${kode}`);
    await backend.call('sistem.aturOperator', { nama: 'Bench' });

    const berkas = { jenis: 'renja' as const, namaBerkas: 'dpa.xlsx', base64, tahun: TAHUN, versi: 'murni' as const };
    const pratinjau = await waktu('Impor Renja 6.000 baris: pratinjau (baca .xlsx + periksa)', () =>
      backend.call('impor.pratinjau', berkas),
    );
    if (pratinjau.hasil.masalah.length > 0) throw new Error(JSON.stringify(pratinjau.hasil.masalah.slice(0, 3)));
    const impor = await waktu('Impor Renja 6.000 baris: terapkan (baca + periksa + tulis)', () =>
      backend.call('impor.terapkan', berkas),
    );
    const floor = await lantai(dir, rows);
    const tulis = await tulisSaja(dir, rows, base64);
    const baris = (label: string, nilai: string) => console.log(`${label.padEnd(58)} ${nilai.padStart(7)}`);
    baris('  lantai: insert better-sqlite3 polos, satu transaksi', `${floor.toFixed(0)} ms`);
    baris('  bagian tulis impor saja (upsert per kode, satu transaksi)', `${tulis.toFixed(0)} ms`);
    baris('  rasio tulis impor / lantai', `${(tulis / floor).toFixed(2)} x   (sasaran <= 3)`);
    baris(
      '  rasio impor utuh (baca .xlsx + periksa + cadangan + tulis) / lantai',
      `${(impor.ms / floor).toFixed(2)} x`,
    );

    // 12 monthly periods of targets and nine months of realisation, as an OPD reporting monthly would have.
    await waktu('Isi 12 bulan target dan 9 bulan realisasi (persiapan)', () => {
      const ids = sqlite.prepare('SELECT id FROM sub_kegiatan').pluck().all() as number[];
      const target = sqlite.prepare(
        "INSERT OR REPLACE INTO target_periode (sub_kegiatan_id, versi, bulan, target_fisik, target_keuangan) VALUES (?, 'murni', ?, ?, NULL)",
      );
      const real = sqlite.prepare(
        "INSERT INTO realisasi (sub_kegiatan_id, bulan, realisasi_fisik, realisasi_keuangan, diubah_oleh) VALUES (?, ?, ?, 0, 'Bench')",
      );
      sqlite.transaction(() => {
        for (const id of ids) {
          for (let m = 1; m <= 12; m++) target.run(id, m, (100 * m) / 12);
          for (let m = 1; m <= 9; m++) real.run(id, m, (90 * m) / 12);
        }
      })();
    });

    await waktu('Rollup seluruh kabupaten, satu triwulan (monev.ringkasan)', () =>
      backend.call('monev.ringkasan', { tahun: TAHUN, triwulan: 3 }),
    );
    const opd = (await backend.call('opd.daftar', {}))[0]!;
    const lembar = await waktu('Muat grid Realisasi OPD terbesar (realisasi.lembar)', () =>
      backend.call('realisasi.lembar', { opdId: opd.id, tahun: TAHUN, bulan: 9 }),
    );
    console.log(`  (${lembar.hasil.baris.length} sub kegiatan)`);
    const perubahan = lembar.hasil.baris
      .slice(0, 500)
      .map((b) => ({ subKegiatanId: b.subKegiatanId, realisasiFisik: 70, realisasiKeuangan: 1000 }));
    await waktu(`Terapkan tempelan ${perubahan.length} baris x 2 kolom (realisasi.simpan)`, () =>
      backend.call('realisasi.simpan', { opdId: opd.id, tahun: TAHUN, bulan: 9, perubahan }),
    );
    await benchLaporan(backend);
    await backend.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The full regency report (issue #5): generated through the API, and compared with its floor, the same E.81 rows
 * (every cell's text) written as a plain table with docx alone.
 */
async function benchLaporan(backend: Backend): Promise<void> {
  const kunci = { tahun: TAHUN, triwulan: 3, cakupan: 'kabupaten', opdId: null, klaster: null } as const;
  const laporan = await waktu('Laporan evaluasi lengkap seluruh kabupaten (laporan.buat)', () =>
    backend.call('laporan.buat', { ...kunci, jenis: 'lengkap' }),
  );
  const konteks = await susunKonteks(backend.ctx.db, kunci);
  const lebar = lebarTeksLanskap('A4');
  const sel = konteks.tabel.map((t) => barisTabel(xmlTabelE81(t, TAHUN, 3, lebar)));
  const jumlahBaris = sel.reduce((a, t) => a + t.length, 0);
  const t0 = performance.now();
  const dokumen = new Document({
    sections: sel.map((baris) => ({
      children: [
        new Table({
          rows: baris.map(
            (b) =>
              new TableRow({
                children: b.map(
                  (teks) => new TableCell({ children: [new Paragraph({ children: [new TextRun(teks)] })] }),
                ),
              }),
          ),
        }),
      ],
    })),
  });
  await Packer.toBuffer(dokumen);
  const lantaiDocx = performance.now() - t0;
  const baris = (label: string, nilai: string) => console.log(`${label.padEnd(58)} ${nilai.padStart(7)}`);
  baris(
    `  (${konteks.tabel.length} tabel E.81, ${jumlahBaris} baris, ${((laporan.hasil.base64.length * 0.75) / 1e6).toFixed(1)} MB)`,
    '',
  );
  baris('  lantai: baris tabel yang sama dengan docx saja', `${lantaiDocx.toFixed(0)} ms`);
  baris('  rasio laporan utuh / lantai docx', `${(laporan.ms / lantaiDocx).toFixed(2)} x   (sasaran < 5 s)`);
}
