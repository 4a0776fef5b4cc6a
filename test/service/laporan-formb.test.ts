// Form B of an OPD and the regency's E.81 recap, in the DOCX and the .xlsx, on the sample regency under the
// regency's own predikat bands: bobot from pagu, tertimbang columns summing to the dashboard's figures.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { formatNilai } from '../../src/main/laporan/rekap';
import { KOLOM_FORM_B, KOLOM_REKAP_E81 } from '../../src/main/laporan/formB';
import { formatAngka, formatPersen, formatRupiah } from '../../src/shared/format';
import { PRESET_PREDIKAT } from '../../src/shared/monev/aturan';
import { rataRata } from '../../src/shared/monev/rollup';
import { kategoriCapaian } from '../../src/shared/monev/rules';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { bacaDocx, barisTabel } from '../helpers/docx';

const angka = (s: string) => Number(s.replace(/^Rp/, '').replace(/\./g, '').replace(',', '.'));

describe('Form B and the regency E.81 recap', () => {
  let t: TempBackend;
  let tahun: number;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    await t.b.call('pengaturan.simpanMonev', {
      aturanStatus: { batasMerahRendah: -10, batasMerahTinggi: -5, ambangTarget: 70 },
      rumusNegatif: 'kebalikan',
      predikat: PRESET_PREDIKAT.rentang90,
    });
    tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
  }, 60_000);
  afterAll(() => t.dispose());

  it("gives an OPD's report its Form B: bobot sums to 100, tertimbang to the dashboard's fisik and penyerapan", async () => {
    const dashboard = await t.b.call('monev.ringkasan', { tahun, triwulan: 2 });
    const o = dashboard.opd.find((x) => x.realisasiFisik != null && x.jumlahSubKegiatan > 5)!;
    const kunci = { tahun, triwulan: 2, cakupan: 'opd', opdId: o.opdId, klaster: null } as const;
    const docx = await bacaDocx(
      Buffer.from((await t.b.call('laporan.buat', { ...kunci, jenis: 'lengkap' })).base64, 'base64'),
    );
    expect(docx.teks).toContain(`FORM B REALISASI FISIK DAN KEUANGAN ${o.nama.toUpperCase()}`);
    const tabel = [...docx.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].find(([x]) => x.includes('Tertimbang Fisik'))!;
    const [kepala, ...baris] = barisTabel(tabel[0]);
    expect(kepala).toEqual(KOLOM_FORM_B.map((k) => k.judul));
    const sub = baris.filter((r) => /^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/.test(r[0]!));
    expect(sub).toHaveLength(o.jumlahSubKegiatan);
    const jumlah = baris.at(-1)!;
    expect(jumlah[1]).toBe('Jumlah');
    expect(sub.reduce((a, r) => a + angka(r[3]!), 0)).toBeCloseTo(100, 0);
    expect(jumlah[2]).toBe(formatRupiah(o.pagu));
    // Tertimbang fisik and keuangan add up to the OPD's pagu-weighted realisation, as the dashboard has it.
    expect(jumlah[6]).toBe(formatPersen(o.realisasiFisik).replace('%', ''));
    expect(jumlah[10]).toBe(formatPersen(o.persenKeuangan).replace('%', ''));
    expect(jumlah[11]).toBe(formatRupiah(o.pagu - o.realisasiKeuangan!));
  });

  it('recaps E.81 per OPD for the regency with totals and the predikat in the bands in use, in both files', async () => {
    const kunci = { tahun, triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;
    const k = await susunKonteks(t.b.ctx.db, kunci);
    const docx = await bacaDocx(
      Buffer.from((await t.b.call('laporan.buat', { ...kunci, jenis: 'lengkap' })).base64, 'base64'),
    );
    const tabel = [...docx.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].find(([x]) =>
      x.includes('Rata-rata Capaian Kinerja'),
    )!;
    const [kepala, ...baris] = barisTabel(tabel[0]);
    expect(kepala).toEqual(KOLOM_REKAP_E81.map((x) => x.judul));
    expect(baris).toHaveLength(k.tabel.length + 1);
    const rata = rataRata(k.tabel.map((x) => x.rataCapaianK));
    const jumlah = baris.at(-1)!;
    expect(jumlah[0]).toBe('Jumlah');
    expect(jumlah[5]).toBe(formatAngka(rata, 2));
    expect(jumlah[6]).toBe(kategoriCapaian(rata, PRESET_PREDIKAT.rentang90));
    expect(jumlah[2]).toBe(formatRupiah(k.tabel.reduce((a, x) => a + x.jumlah.pagu, 0)));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await t.b.call('laporan.eksporXlsx', kunci)).base64, 'base64') as never);
    const ws = wb.getWorksheet('Rekap E.81')!;
    const xlsx: string[][] = [];
    for (let r = 5; r <= ws.rowCount; r++)
      xlsx.push(
        KOLOM_REKAP_E81.map((c, j) => formatNilai((ws.getRow(r).getCell(j + 1).value ?? null) as never, c.jenis)),
      );
    expect(xlsx).toEqual(baris);
    const formB = wb.getWorksheet('Form B')!;
    let opd = 0;
    formB.eachRow((row) => {
      if (row.getCell(2).value === 'Jumlah') opd++;
    });
    expect(opd).toBe(k.tabel.length);
  });
});
