// The report of the sample regency read back from document.xml: every cell holding a number, a sum of money or a code
// is wide enough for its text at its font size, so Word never wraps "28.269,40", "Rp835.677.100.000,00" or a code.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barisTegak, MARGIN_SEL, TINGGI_BARIS } from '../../src/main/laporan/lebarKolomE81';
import { kataTerlebar } from '../../src/shared/ukurTeks';
import { isiPengaturan, tempBackend, type TempBackend } from '../helpers/backend';
import { atribut, selSempit } from '../helpers/docx';

interface JudulSalah {
  tabel: number;
  teks: string;
  masalah: string;
}

/**
 * The header titles of an E.81 table that do not fit: a flat one whose word is wider than its cell, a turned one whose
 * lines are wider than its cell or longer than the header rows it spans (LibreOffice cuts it there).
 */
function judulSalah(tbl: string, n: number): { salah: JudulSalah[]; tegak: string[] } {
  const kolom = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  const baris = [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)]
    .map(([tr]) => tr)
    .filter((tr) => tr.includes('<w:tblHeader/>'));
  const tinggi = baris.map((tr) => atribut(tr, /<w:trHeight w:val="(\d+)"/));
  // Each row's cells with their first grid column, so a title's merged cells below it can be found.
  const sel = baris.map((tr) => {
    let j = 0;
    return [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => {
      const span = atribut(tc, /<w:gridSpan w:val="(\d+)"/) || 1;
      const x = { tc, awal: j, span };
      j += span;
      return x;
    });
  });
  const salah: JudulSalah[] = [];
  const tegak: string[] = [];
  for (const [i, isi] of sel.entries()) {
    for (const { tc, awal, span } of isi) {
      const teks = [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join(' ')
        .trim();
      if (!teks || tc.includes('<w:vMerge/>')) continue;
      const lebar = kolom.slice(awal, awal + span).reduce((a, b) => a + b, 0) - 2 * MARGIN_SEL;
      if (!tc.includes('<w:textDirection w:val="btLr"/>')) {
        if (kataTerlebar(teks, 14, true) > lebar)
          salah.push({ tabel: n, teks, masalah: `kata lebih lebar dari ${lebar}` });
        continue;
      }
      tegak.push(teks);
      let turun = 1;
      while (sel[i + turun]?.find((s) => s.awal === awal)?.tc.includes('<w:vMerge/>')) turun++;
      const panjang = tinggi.slice(i, i + turun).reduce((a, b) => a + b, 0);
      const perlu = barisTegak(teks, panjang) * TINGGI_BARIS;
      if (perlu > lebar)
        salah.push({ tabel: n, teks, masalah: `${perlu} twip baris > lebar ${lebar} (panjang ${panjang})` });
    }
  }
  return { salah, tegak };
}

// The default margins, and a regency's 4 cm left and 3 cm right: the table must fit the narrower page as it is, numbers
// whole. Landscape width between the margins in twips: (297 - left - right) mm.
describe.each([
  { halaman: 'default margins', margin: {}, lebarMaks: 14_287 },
  { halaman: '4 cm left, 3 cm right', margin: { marginKiri: 4, marginKanan: 3 }, lebarMaks: 12_869 },
])('E.81 column widths on the sample regency, $halaman', ({ margin, lebarMaks }) => {
  let t: TempBackend;
  let xml: string;
  let gaya: string;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    await isiPengaturan(t.b, margin);
    const tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
    const berkas = await t.b.call('laporan.buat', {
      tahun,
      triwulan: 2,
      cakupan: 'kabupaten',
      opdId: null,
      klaster: null,
      jenis: 'lengkap',
    });
    const zip = await JSZip.loadAsync(Buffer.from(berkas.base64, 'base64'));
    xml = await zip.file('word/document.xml')!.async('string');
    gaya = await zip.file('word/styles.xml')!.async('string');
  }, 60_000);
  afterAll(() => t.dispose());

  it('sets the table in 7 to 8 pt and fits every number and code on one line', () => {
    const e81 = /<w:style [^>]*w:styleId="E81"[\s\S]*?<\/w:style>/.exec(gaya)![0];
    const sz = atribut(e81, /<w:sz w:val="(\d+)"/);
    expect(sz).toBeGreaterThanOrEqual(14);
    expect(sz).toBeLessThanOrEqual(16);
    const tabel = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([x]) => x)
      .filter((x) => x.includes('Realisasi Kinerja pada Triwulan'));
    // One table for the regency's OPD, laid out once.
    expect(tabel).toHaveLength(1);
    const hasil = tabel.map((x, i) => selSempit(x, i, sz));
    // Codes, pagu, realisation and capaian of every row: thousands of cells.
    expect(hasil.reduce((a, h) => a + h.diperiksa, 0)).toBeGreaterThan(10_000);
    expect(hasil.flatMap((h) => h.sempit).slice(0, 5)).toEqual([]);
  });

  it('fits every number and sum of money of the other tables on one line, and breaks no word', () => {
    const tabel = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([x]) => x)
      .filter((x) => !x.includes('Realisasi Kinerja pada Triwulan'));
    // The document's own size (12 pt) where a run does not set one.
    const hasil = tabel.map((x, i) => selSempit(x, i, 24, true));
    // The recaps of Lampiran I, the E.81 recap, the kendala and follow-up tables: hundreds of cells.
    expect(hasil.reduce((a, h) => a + h.diperiksa, 0)).toBeGreaterThan(300);
    expect(hasil.flatMap((h) => h.sempit).slice(0, 5)).toEqual([]);
  });

  it('turns an empty column title on its side, within the header rows it spans', () => {
    const tabel = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([x]) => x)
      .filter((x) => x.includes('Realisasi Kinerja pada Triwulan'));
    const hasil = tabel.map((x, i) => judulSalah(x, i));
    const tegak = hasil.flatMap((h) => h.tegak);
    // No, Unit and Keterangan, and the Renstra column the sample leaves empty (no realisation before the Renstra's
    // first year): turned, each is about a third as wide as its title's longest word.

    expect(tegak.filter((t) => t === 'No')).toHaveLength(tabel.length);
    expect(tegak).toContain('Tingkat Capaian Renstra PD (%)');
    expect(hasil.flatMap((h) => h.salah).slice(0, 5)).toEqual([]);
  });

  it('keeps the table within the landscape page and its header rows repeated', () => {
    for (const [tbl] of xml.matchAll(
      /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?Realisasi Kinerja pada Triwulan[\s\S]*?<\/w:tbl>/g,
    )) {
      const lebar = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((a, m) => a + Number(m[1]), 0);
      expect(lebar).toBeLessThanOrEqual(lebarMaks);
      expect(lebar).toBeGreaterThan(lebarMaks - 20);
      expect(tbl.match(/<w:tblHeader\/>/g)).toHaveLength(4);
    }
  });
});
