// The E.81 annex of a regency with its own predikat bands: the form's title, the column formulas and the predikat
// legend are printed once for the annex, and its header once for all OPD; each OPD opens with its name and closes with
// its own figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { RUMUS_KOLOM_E81 } from '../../src/main/laporan/tabelE81Xml';
import { kalimatPredikat, PRESET_PREDIKAT } from '../../src/shared/monev/aturan';
import { formatAngka } from '../../src/shared/format';
import { tempBackendContoh, type TempBackend } from '../helpers/backend';
import { bacaDocx, barisTabel, type IsiDocx } from '../helpers/docx';

const hitung = (teks: string, bagian: string) => teks.split(bagian).length - 1;

describe('E.81 annex of a regency, printed compactly', () => {
  let t: TempBackend;
  let tahun: number;
  let docx: IsiDocx;
  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
    tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
    const aturan = await t.b.call('pengaturan.ambilMonev', {});
    await t.b.call('pengaturan.simpanMonev', { ...aturan, predikat: PRESET_PREDIKAT.rentang90 });
    const berkas = await t.b.call('laporan.buat', { tahun, triwulan: 2, cakupan: 'kabupaten', jenis: 'lengkap' });
    docx = await bacaDocx(Buffer.from(berkas.base64, 'base64'));
  }, 60_000);
  afterAll(() => t.dispose());

  it('prints the form title, the column formulas and the legend of the bands in use once', async () => {
    const k = await susunKonteks(t.b.ctx.db, { tahun, triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null });
    expect(k.tabel.length).toBeGreaterThan(30);
    expect(hitung(docx.teks, 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP')).toBe(1);
    expect(hitung(docx.teks, 'PERIODE PELAKSANAAN: TRIWULAN II')).toBe(1);
    for (const tb of k.tabel) expect(hitung(docx.teks, `RENJA ${tb.opd.nama.toUpperCase()}\n`), tb.opd.nama).toBe(1);
    const catatan = docx.paragraf.find((p) => p.startsWith('Setiap kolom 5 sampai 15'))!;
    expect(catatan).toContain(`kolom ${RUMUS_KOLOM_E81}.`);
    // The regency's bands, not Permendagri 86's defaults, and nowhere else in the annex.
    expect(catatan).toContain(`Predikat Kinerja: ${kalimatPredikat(PRESET_PREDIKAT.rentang90)}.`);
    expect(kalimatPredikat(PRESET_PREDIKAT.rentang90)).not.toBe(kalimatPredikat(PRESET_PREDIKAT.permendagri86));
    expect(hitung(docx.teks, kalimatPredikat(PRESET_PREDIKAT.rentang90))).toBe(2); // the note and BAB II's recap
  });

  it('prints one table: its header once, each OPD opening with its Renja and closing with its own figures', async () => {
    const k = await susunKonteks(t.b.ctx.db, { tahun, triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null });
    const e81 = [...docx.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([x]) => x)
      .filter((x) => x.includes('Realisasi Kinerja pada Triwulan'));
    expect(e81).toHaveLength(1);
    const baris = barisTabel(e81[0]!);
    const nomor = baris.filter((r) => r[0] === '1' && r[1] === '2' && r[2] === '3' && r.length === 17);
    expect(nomor).toEqual([Array.from({ length: 17 }, (_, i) => String(i + 1))]);
    // Band, rows, Jumlah, summary: OPD after OPD in the context's order.
    const pita = baris.flatMap((r, i) => (r.length === 1 && r[0]!.startsWith('RENJA ') ? [i] : []));
    // A cell's paragraphs read as one text: the Renja, then the sasaran RKPD it serves.
    expect(pita.map((i) => baris[i]![0]!.split('Indikator dan target kinerja Perangkat Daerah')[0])).toEqual(
      k.tabel.map((tb) => `RENJA ${tb.opd.nama.toUpperCase()}`),
    );
    for (const [n, tb] of k.tabel.entries()) {
      const akhir = n + 1 < pita.length ? pita[n + 1]! : baris.length;
      const [jumlah, ringkasan] = baris.slice(akhir - 2, akhir);
      expect(jumlah![0], tb.opd.nama).toBe('Jumlah');
      // The OPD's rows between its band and its Jumlah: one per program, kegiatan and sub kegiatan.
      expect(akhir - 2 - pita[n]! - 1, tb.opd.nama).toBe(tb.baris.length);
      expect(ringkasan, tb.opd.nama).toHaveLength(2);
      expect(ringkasan![0]).toContain(
        `Rata-rata capaian kinerja (%): ${formatAngka(tb.rataCapaianK, 2)}; Predikat Kinerja: ${tb.predikat ?? '-'}` +
          'Faktor pendorong keberhasilan pencapaian: ',
      );
      expect(ringkasan![1]).toMatch(/^Tindak lanjut yang diperlukan dalam triwulan berikutnya: /);
    }
  });
});
