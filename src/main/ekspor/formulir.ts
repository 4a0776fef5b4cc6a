// The Formulir OPD: a pre-filled .xlsx an OPD fills in offline; only the realisation cells are unlocked. Written as a
// stream (bukuKerja.ts): "all OPD at once" makes one per OPD of the regency.
import { formatTriwulan, NAMA_BULAN } from '../../shared/format';
import { bersihkanSemua } from '../../shared/teks';
import { LABEL_VERSI } from '../../shared/renja';
import type { Db } from '../db/connection';
import { DitolakError } from '../errors';
import { NAMA_LEMBAR_META } from '../impor/baca';
import type { MetaFormulir } from '../impor/realisasi';
import { lembarRealisasi } from '../realisasi/repository';
import { tulisBukuKerja } from './bukuKerja';
import { FORMAT_XLSX } from './formatAngka';

const KOLOM: { judul: string; lebar: number; fmt?: string; isian?: boolean }[] = [
  { judul: 'Kode', lebar: 20 },
  { judul: 'Program/Kegiatan/Sub Kegiatan', lebar: 48 },
  { judul: 'Lokasi', lebar: 18 },
  { judul: 'Pagu (Rp)', lebar: 20, fmt: FORMAT_XLSX.uang },
  { judul: 'Target Fisik (%)', lebar: 11, fmt: FORMAT_XLSX.persen },
  { judul: 'Target Keuangan (Rp)', lebar: 20, fmt: FORMAT_XLSX.uang },
  { judul: 'Indikator', lebar: 30 },
  { judul: 'Satuan', lebar: 10 },
  { judul: 'Realisasi Fisik (%)', lebar: 12, fmt: FORMAT_XLSX.persen, isian: true },
  { judul: 'Realisasi Keuangan (Rp)', lebar: 20, fmt: FORMAT_XLSX.uang, isian: true },
  { judul: 'Realisasi Kinerja', lebar: 12, fmt: FORMAT_XLSX.angka, isian: true },
  { judul: 'Permasalahan/Kendala', lebar: 36, isian: true },
  { judul: 'Tindak Lanjut', lebar: 36, isian: true },
];
const BARIS_HEADER = 6;
const KUNING = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF2CC' } };
// One object per style part, so the streaming writer finds each cell's style by identity (bukuKerja.ts).
const TERBUKA = { locked: false };
const RATA_ATAS = { wrapText: true, vertical: 'top' as const };
const HURUF_JUDUL = { program: { bold: true, italic: false }, kegiatan: { bold: false, italic: true } };

/** Points per line of 11-point text; Excel's default row is one line. */
const TINGGI_BARIS = 15;

/**
 * The height a row needs for its wrapped cells: Excel and LibreOffice keep a stored height when printing, and
 * without one, notes typed later overlap the next row. About one character per unit of column width.
 */
export function tinggiBaris(nilai: (string | number | null)[], lebar: number[]): number | undefined {
  let baris = 1;
  nilai.forEach((v, i) => {
    if (typeof v !== 'string' || v === '') return;
    const muat = Math.max(1, Math.floor((lebar[i] ?? 10) * 1.1) - 1);
    baris = Math.max(
      baris,
      v.split('\n').reduce((a, p) => a + Math.max(1, Math.ceil(p.length / muat)), 0),
    );
  });
  // A one-line row keeps no height, so Excel still grows it when the OPD types a long note.
  return baris > 1 ? baris * TINGGI_BARIS : undefined;
}

export async function formulirXlsx(
  db: Db,
  opdId: number,
  tahun: number,
  bulan: number,
): Promise<{ namaBerkas: string; isi: Buffer }> {
  const opd = bersihkanSemua(
    await db.selectFrom('opd').select(['kode', 'nama', 'singkatan']).where('id', '=', opdId).executeTakeFirst(),
  );
  if (!opd) throw new DitolakError(`OPD dengan ID ${opdId} tidak ditemukan`);
  const lembar = bersihkanSemua(await lembarRealisasi(db, opdId, tahun, bulan));
  if (lembar.baris.length === 0)
    throw new DitolakError(`${opd.nama} belum memiliki Renja tahun ${tahun}: formulir tidak dapat dibuat`);

  const isi = await tulisBukuKerja(async (wb, komit) => {
    const ws = wb.addWorksheet('Formulir Realisasi', {
      views: [{ state: 'frozen', ySplit: BARIS_HEADER, xSplit: 2 }],
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const periode = `s.d. ${NAMA_BULAN[bulan - 1]} ${tahun}${bulan % 3 === 0 ? ` (Triwulan ${formatTriwulan(bulan / 3)})` : ''}`;
    ws.getCell('A1').value = 'FORMULIR REALISASI PELAKSANAAN PROGRAM/KEGIATAN/SUB KEGIATAN';
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.getCell('A2').value = `Perangkat Daerah: ${opd.nama} (${opd.kode})`;
    ws.getCell('A3').value =
      `Tahun anggaran ${tahun} · realisasi kumulatif ${periode} · dibandingkan dengan ${LABEL_VERSI[lembar.versi]}`;
    ws.getCell('A4').value =
      'Isi hanya sel berwarna kuning. Fisik dan keuangan diisi kumulatif s.d. akhir periode; realisasi kinerja diisi capaian triwulan ini. Jangan mengubah kolom kode.';
    ws.getCell('A4').font = { italic: true };
    ws.mergeCells('A4:H4');
    ws.getCell('A4').alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(4).height = 2 * TINGGI_BARIS;

    const header = ws.getRow(BARIS_HEADER);
    KOLOM.forEach((k, i) => {
      const c = header.getCell(i + 1);
      c.value = k.judul;
      c.font = { bold: true };
      c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
      ws.getColumn(i + 1).width = k.lebar;
      if (k.fmt) ws.getColumn(i + 1).numFmt = k.fmt;
    });
    header.height = 32;

    const lebar = KOLOM.map((k) => k.lebar);
    let r = BARIS_HEADER + 1;
    let program = -1;
    let kegiatan = -1;
    const judul = (kode: string, nama: string, tebal: boolean) => {
      const row = ws.getRow(r++);
      row.getCell(1).value = kode;
      row.getCell(2).value = nama;
      row.getCell(2).alignment = RATA_ATAS;
      const tinggi = tinggiBaris([kode, nama], lebar);
      if (tinggi) row.height = tinggi;
      row.font = tebal ? HURUF_JUDUL.program : HURUF_JUDUL.kegiatan;
      komit(row);
    };
    for (const s of lembar.baris) {
      if (s.programId !== program) {
        judul(s.programKode, s.programNama, true);
        program = s.programId;
      }
      if (s.kegiatanId !== kegiatan) {
        judul(s.kegiatanKode, s.kegiatanNama, false);
        kegiatan = s.kegiatanId;
      }
      const row = ws.getRow(r++);
      const nilai = [
        s.kode,
        s.nama,
        s.lokasi,
        s.pagu,
        s.targetFisik,
        s.targetKeuangan,
        s.indikator?.uraian ?? '',
        s.indikator?.satuan ?? '',
        s.realisasiFisik,
        s.realisasiKeuangan,
        s.indikator?.realisasi ?? null,
        s.permasalahan,
        s.tindakLanjut,
      ];
      nilai.forEach((v, i) => {
        const c = row.getCell(i + 1);
        c.value = v;
        if (KOLOM[i]!.isian) {
          c.protection = TERBUKA;
          c.fill = KUNING;
        }
      });
      row.getCell(9).dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 100],
        showErrorMessage: true,
        errorTitle: 'Realisasi fisik',
        error: 'Realisasi fisik harus angka 0 sampai 100',
      };
      row.getCell(10).dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [0, s.pagu],
        showErrorMessage: true,
        errorTitle: 'Realisasi keuangan',
        error: 'Realisasi keuangan tidak boleh negatif atau melebihi pagu',
      };
      row.alignment = RATA_ATAS;
      const tinggi = tinggiBaris(nilai, lebar);
      if (tinggi) row.height = tinggi;
      komit(row);
    }
    // Locked, not secret: the lock keeps codes from being edited by accident; there is no password to lose.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
    ws.commit();

    const meta: MetaFormulir = { jenis: 'formulir-realisasi', opdKode: opd.kode, opdNama: opd.nama, tahun, bulan };
    const metaWs = wb.addWorksheet(NAMA_LEMBAR_META, { state: 'veryHidden' });
    metaWs.getCell('A1').value = JSON.stringify(meta);
    metaWs.commit();
  });

  const nama = `Formulir Realisasi ${opd.singkatan || opd.nama} ${NAMA_BULAN[bulan - 1]} ${tahun}.xlsx`.replace(
    /[\\/:*?"<>|]/g,
    '-',
  );
  return { namaBerkas: nama, isi };
}
