// The quarterly report on real SQLite: figures equal to the dashboard's, the E.81 table's structure in document.xml,
// the native charts, the editable narrative kept per report, and a quarter without realisation.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { formatPersen, formatPoin, formatRupiah } from '../../src/shared/format';
import { bacaDocx, barisTabel } from '../helpers/docx';
import { tempBackend, tempBackendContoh, type TempBackend } from '../helpers/backend';
import { buatContohDomain, TAHUN } from '../helpers/renja';

const KABUPATEN = { cakupan: 'kabupaten', opdId: null, klaster: null } as const;

async function unzip(base64: string) {
  const isi = Buffer.from(base64, 'base64');
  const zip = await JSZip.loadAsync(isi);
  return { isi, zip, docx: await bacaDocx(isi) };
}

/** The rows of the E.81 tables: those whose third cell is a Renja code. */
const POLA_SUB = /^(\d|X)\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/;

describe('laporan evaluasi triwulan on the sample regency', () => {
  let t: TempBackend;
  let b: Backend;
  let tahun: number;
  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
    b = t.b;
    tahun = (await b.call('pengaturan.ambil', {})).tahunAnggaran;
  }, 60_000);
  afterAll(() => t.dispose());

  it('uses the dashboard figures for the regency, every OPD and the Kurva S', async () => {
    const dashboard = await b.call('monev.ringkasan', { tahun, triwulan: 2 });
    const kurva = await b.call('monev.kurvaS', { tahun });
    const k = await susunKonteks(b.ctx.db, { tahun, triwulan: 2, ...KABUPATEN });
    expect(k.data.total).toEqual(dashboard.kabupaten);
    expect(k.data.opd).toEqual(dashboard.opd);
    // The report stops the realisation line at its own quarter; the target line is the dashboard's.
    expect(k.data.kurvaS.map((x) => x.targetFisik)).toEqual(kurva.map((x) => x.targetFisik));
    expect(k.data.kurvaS.slice(0, 3)).toEqual(kurva.slice(0, 3));
    expect(k.data.kurvaS[3]!.realisasiFisik).toBeNull();
    // The E.81 totals per OPD are the dashboard's pagu and realisasi keuangan.
    for (const tabel of k.tabel) {
      const o = dashboard.opd.find((x) => x.opdId === tabel.opd.id)!;
      expect(tabel.jumlah.pagu).toBeCloseTo(o.pagu, 2);
      expect(tabel.jumlah.realisasiRp).toBeCloseTo(o.realisasiKeuangan!, 2);
      const tw = tabel.jumlah.triwulanRp;
      expect(tw[0]! + tw[1]!).toBeCloseTo(o.realisasiKeuangan!, 2);
      expect(tw.slice(2)).toEqual([null, null]);
    }
    expect(k.merah.map((m) => m.opd.opdId).sort()).toEqual(
      dashboard.opd
        .filter((o) => o.status === 'merah')
        .map((o) => o.opdId)
        .sort(),
    );
    expect(k.merah.every((m) => m.kendala.length > 0)).toBe(true);
  });

  it('writes the full report: merged repeated E.81 header, one row per sub kegiatan, subtotals, native charts', async () => {
    const dashboard = await b.call('monev.ringkasan', { tahun, triwulan: 2 });
    const berkas = await b.call('laporan.buat', { tahun, triwulan: 2, ...KABUPATEN, jenis: 'lengkap' });
    expect(berkas.namaBerkas).toBe(`Laporan Evaluasi Triwulan II ${tahun} - Kabupaten Contoh.docx`);
    const { zip, docx } = await unzip(berkas.base64);

    const charts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(3);
    const kurvaXml = await zip.file(charts[0]!)!.async('string');
    const kurva = await b.call('monev.kurvaS', { tahun });
    expect(kurvaXml).toContain(`<c:v>${kurva[2]!.realisasiFisik}</c:v>`);

    const tabel = [...docx.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([x]) => x);
    // One table for the regency, its header repeated on every page; each OPD opens with its band.
    const e81 = tabel.filter((x) => x.includes('Realisasi Kinerja pada Triwulan'));
    expect(e81).toHaveLength(1);
    const pertama = e81[0]!;
    expect(pertama.match(/<w:tblHeader\/>/g)).toHaveLength(4);
    expect(pertama.match(/>RENJA [^<]*</g)).toHaveLength(dashboard.opd.length);
    const kepala = [...pertama.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].slice(0, 4).map(([x]) => x);
    expect(kepala.every((r) => r.includes('<w:tblHeader/>'))).toBe(true);
    // The quarters' title over the four quarter columns; every other title spans the rows below it.
    expect(kepala[0]).toContain('<w:gridSpan w:val="4"/>');
    expect(kepala[0]!.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(13);
    expect(kepala[1]).toContain('<w:vMerge/>');
    // Each of the 11 Permendagri columns 5 to 15 holds K above Rp, one grid column each.
    expect(kepala[2]!.match(/>K</g)).toHaveLength(11);
    expect(kepala[2]!.match(/>Rp</g)).toHaveLength(11);
    expect(pertama.match(/<w:gridCol /g)).toHaveLength(17);
    const bodyRow = [...pertama.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)][4]![0];
    expect(bodyRow).not.toContain('<w:tblHeader/>');

    const rows = barisTabel(e81.join(''));
    const sub = rows.filter((r) => POLA_SUB.test(r[2] ?? ''));
    expect(sub).toHaveLength(dashboard.opd.reduce((a, o) => a + o.jumlahSubKegiatan, 0));
    const k = await susunKonteks(b.ctx.db, { tahun, triwulan: 2, ...KABUPATEN });
    const program = k.tabel.flatMap((x) => x.baris.filter((r) => r.tingkat === 'program'));
    const kegiatan = k.tabel.flatMap((x) => x.baris.filter((r) => r.tingkat === 'kegiatan'));
    expect(rows.filter((r) => /^(\d|X)\.\d{2}\.\d{2}$/.test(r[2] ?? ''))).toHaveLength(program.length);
    expect(rows.filter((r) => /^(\d|X)\.\d{2}\.\d{2}\.\d\.\d{2}$/.test(r[2] ?? ''))).toHaveLength(kegiatan.length);
    expect(rows.filter((r) => r[0] === 'Jumlah')).toHaveLength(dashboard.opd.length);

    // The recap per OPD prints the dashboard's figures in Indonesian format.
    const terbaik = dashboard.opd[0]!;
    const baris = barisTabel(docx.xml).find((r) => r[1] === terbaik.nama && r[0] === '1')!;
    expect(baris.slice(2, 6)).toEqual([
      formatRupiah(terbaik.pagu),
      formatPersen(terbaik.targetFisik).replace('%', ''),
      formatPersen(terbaik.realisasiFisik).replace('%', ''),
      formatPoin(terbaik.deviasiFisik),
    ]);
    const kab = dashboard.kabupaten;
    expect(docx.teks).toContain(
      `realisasi fisik Kabupaten Contoh mencapai ${formatPersen(kab.realisasiFisik)} dari target ${formatPersen(kab.targetFisik)}`,
    );
    // Chapters are one Heading 1 paragraph each ("BAB I", a line break, the title), as the daftar isi lists them.
    for (const judul of ['KATA PENGANTAR', 'BAB I\nPENDAHULUAN', 'BAB II\nHASIL EVALUASI', 'BAB V\nPENUTUP']) {
      expect(docx.paragraf).toContain(judul);
    }
    for (const judul of ['DAFTAR ISI', 'LAMPIRAN I', 'LAMPIRAN II']) expect(docx.paragraf).toContain(judul);
    const heading1 = [...docx.xml.matchAll(/<w:pStyle w:val="Heading1"\/>/g)].length;
    expect(heading1).toBeGreaterThanOrEqual(9);
    expect(docx.xml).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
    // Front matter numbered i, ii, iii; the chapters from 1.
    expect(docx.xml).toContain('<w:pgNumType w:start="1" w:fmt="lowerRoman"/>');
    expect(docx.xml).toContain('<w:pgNumType w:start="1" w:fmt="decimal"/>');
    // Every marker was replaced by its table (a marker is "@@SINERGI-<nonce>-<key>@@").
    expect(docx.xml).not.toMatch(/@@SINERGI-/);
    // The default signatory is the Kepala Bagian.
    expect(docx.teks).toContain('Wa Ode Nurhalisa, S.E., M.Si.');
  }, 60_000);

  it('keeps an edited section per report and prints it; an empty text returns to the data', async () => {
    const kunci = { tahun, triwulan: 3, ...KABUPATEN };
    await b.call('laporan.simpanNarasi', {
      ...kunci,
      bagian: 'penutup',
      teks: 'Penutup yang ditulis ulang oleh Kabag.',
    });
    const n = await b.call('laporan.narasi', kunci);
    const penutup = n.bagian.find((x) => x.bagian === 'penutup')!;
    expect(penutup).toMatchObject({
      teks: 'Penutup yang ditulis ulang oleh Kabag.',
      diubah: true,
      diubahOleh: 'Penguji',
    });
    expect(penutup.bawaan).toContain('Demikian Laporan Evaluasi');
    // Another quarter and another scope keep their own text.
    const lain = await b.call('laporan.narasi', { ...kunci, triwulan: 2 });
    expect(lain.bagian.find((x) => x.bagian === 'penutup')!.diubah).toBe(false);
    const opd = (await b.call('opd.daftar', {}))[0]!;
    const satuOpd = await b.call('laporan.narasi', { ...kunci, cakupan: 'opd', opdId: opd.id });
    expect(satuOpd.judulCakupan).toBe(opd.nama);
    expect(satuOpd.bagian.find((x) => x.bagian === 'penutup')!.diubah).toBe(false);

    const berkas = await b.call('laporan.buat', { ...kunci, jenis: 'lengkap' });
    expect((await bacaDocx(Buffer.from(berkas.base64, 'base64'))).paragraf).toContain(
      'Penutup yang ditulis ulang oleh Kabag.',
    );
    await b.call('laporan.simpanNarasi', { ...kunci, bagian: 'penutup', teks: '  ' });
    const balik = (await b.call('laporan.narasi', kunci)).bagian.find((x) => x.bagian === 'penutup')!;
    expect(balik).toMatchObject({ diubah: false, teks: balik.bawaan });
  }, 60_000);

  it('prints a narrative that quotes a table marker as written, every E.81 table still in its place', async () => {
    const kunci = { tahun, triwulan: 1, ...KABUPATEN };
    const kutipan = 'Catatan penyusun: @@SINERGI-e81-0@@ dan @@SINERGI-SISIP-e81-1@@ bukan tabel.';
    await b.call('laporan.simpanNarasi', { ...kunci, bagian: 'penutup', teks: kutipan });
    const docx = await bacaDocx(
      Buffer.from((await b.call('laporan.buat', { ...kunci, jenis: 'lengkap' })).base64, 'base64'),
    );
    expect(docx.paragraf).toContain(kutipan);
    const e81 = [...docx.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([x]) => x)
      .filter((x) => x.includes('Realisasi Kinerja pada'));
    expect(e81).toHaveLength(1);
    expect(e81[0]!.match(/>RENJA [^<]*</g)).toHaveLength((await b.call('opd.daftar', {})).length);
    await b.call('laporan.simpanNarasi', { ...kunci, bagian: 'penutup', teks: '' });
  }, 60_000);

  it('writes the regent summary in two pages at most and the tables as .xlsx', async () => {
    const kunci = { tahun, triwulan: 2, ...KABUPATEN };
    const ringkasan = await b.call('laporan.buat', { ...kunci, jenis: 'ringkasan' });
    const { zip, docx } = await unzip(ringkasan.base64);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/charts/chart'))).toHaveLength(1);
    for (const judul of ['RINGKASAN EKSEKUTIF', 'A. Angka Utama', 'D. Keputusan/Arahan yang Dimohonkan']) {
      expect(docx.paragraf).toContain(judul);
    }
    const xlsx = await b.call('laporan.eksporXlsx', { ...kunci, cakupan: 'klaster', klaster: 'ekonomi' });
    expect(xlsx.namaBerkas).toBe(`Tabel Evaluasi Triwulan II ${tahun} - Klaster Ekonomi.xlsx`);
    const wb = await JSZip.loadAsync(Buffer.from(xlsx.base64, 'base64'));
    expect(Object.keys(wb.files)).toEqual(expect.arrayContaining(['xl/worksheets/sheet3.xml']));
  }, 60_000);

  it('refuses an OPD scope without an OPD, naming the field', async () => {
    const jawaban = await b.handle('laporan.narasi', { tahun, triwulan: 2, cakupan: 'opd' });
    expect(jawaban).toMatchObject({ ok: false, galat: { jenis: 'validasi', rincian: [{ kolom: 'opdId' }] } });
  });
});

describe('laporan on the worked example of domain.md', () => {
  let t: TempBackend;
  let b: Backend;
  let ids: Awaited<ReturnType<typeof buatContohDomain>>;
  beforeAll(async () => {
    t = await tempBackend();
    b = t.b;
    ids = await buatContohDomain(b);
  });
  afterAll(() => t.dispose());

  it('says there is no realisation yet instead of failing', async () => {
    const kunci = { tahun: TAHUN, triwulan: 1, cakupan: 'opd', opdId: ids.opd.id, klaster: null } as const;
    const n = await b.call('laporan.narasi', kunci);
    expect(n.belumAdaRealisasi).toBe(true);
    expect(n.bagian.find((x) => x.bagian === 'hasilEvaluasi')!.teks).toContain(
      'Sampai dengan triwulan I tahun 2026 belum ada realisasi yang dilaporkan oleh Dinas Pertanian',
    );
    for (const jenis of ['lengkap', 'ringkasan'] as const) {
      const { docx } = await unzip((await b.call('laporan.buat', { ...kunci, jenis })).base64);
      expect(docx.teks).toMatch(/belum ada realisasi/i);
    }
  });

  it('fills the E.81 row of each sub kegiatan from the quarters, with capaian and kategori by the rules', async () => {
    const simpan = (bulan: number, perubahan: object[]) =>
      b.call('realisasi.simpan', { opdId: ids.opd.id, tahun: TAHUN, bulan, perubahan: perubahan as never });
    // What a sub kegiatan wrote in an earlier month is not the quarter's: only the report month's texts count.
    await simpan(3, [
      {
        subKegiatanId: ids.a.id,
        realisasiFisik: 20,
        realisasiKeuangan: 50_000_000,
        realisasiKinerja: 10,
        permasalahan: 'Lahan belum siap',
        faktorPendorong: 'Cuaca baik',
      },
    ]);
    await simpan(6, [
      {
        subKegiatanId: ids.a.id,
        realisasiFisik: 35,
        realisasiKeuangan: 120_000_000,
        realisasiKinerja: 16,
        permasalahan: 'Tender ulang',
        tindakLanjut: 'Percepatan lelang',
      },
      { subKegiatanId: ids.b.id, realisasiFisik: 45, realisasiKeuangan: 50_000_000 },
    ]);
    const k = await susunKonteks(b.ctx.db, {
      tahun: TAHUN,
      triwulan: 2,
      cakupan: 'opd',
      opdId: ids.opd.id,
      klaster: null,
    });
    expect(k.data.total).toMatchObject({ pagu: 500_000_000, realisasiKeuangan: 170_000_000, status: 'merah' });
    const [tabel] = k.tabel;
    expect(tabel!.baris.map((r) => [r.tingkat, r.kode])).toEqual([
      ['program', '3.27.02'],
      ['kegiatan', '3.27.02.2.01'],
      ['subKegiatan', '3.27.02.2.01.0001'],
      ['subKegiatan', '3.27.02.2.01.0002'],
    ]);
    const a = tabel!.baris[2]!;
    expect(a.triwulanRp).toEqual([50_000_000, 70_000_000, null, null]);
    expect(a.realisasiRp).toBe(120_000_000);
    expect(a.capaianRp).toBeCloseTo(30, 10);
    // jumlah indicator: 10 + 16 = 26 of 40 kios = 65% -> Rendah (51 <= x < 66)
    expect(a.indikator[0]).toMatchObject({ triwulan: [10, 16, null, null], realisasi: 26, target: 40 });
    expect(a.capaianK).toBeCloseTo(65, 10);
    expect(a.kategori).toBe('Rendah');
    const kegiatan = tabel!.baris[1]!;
    expect(kegiatan).toMatchObject({
      pagu: 500_000_000,
      realisasiRp: 170_000_000,
      triwulanRp: [50_000_000, 120_000_000, null, null],
    });
    // Without indicators of its own, a parent shows the mean of its children's capaian (only A has one).
    expect(kegiatan.capaianK).toBeCloseTo(65, 10);
    // The kegiatan is merah as in domain.md (deviasi -11 points), and lists what A reported.
    expect(k.merah.map((m) => [m.opd.nama, m.kendala[0]?.teks, m.tindakLanjut[0]?.teks])).toEqual([
      ['Dinas Pertanian', 'Tender ulang', 'Percepatan lelang'],
    ]);
    expect(tabel!.penghambat).toEqual([{ teks: 'Tender ulang', jumlah: 1, opd: [] }]);
    expect(tabel!.pendorong).toEqual([]);
    expect(tabel!.tindakLanjut).toEqual([{ teks: 'Percepatan lelang', jumlah: 1, opd: [] }]);

    const { docx } = await unzip(
      (
        await b.call('laporan.buat', {
          tahun: TAHUN,
          triwulan: 2,
          cakupan: 'opd',
          opdId: ids.opd.id,
          klaster: null,
          jenis: 'lengkap',
        })
      ).base64,
    );
    const baris = barisTabel(docx.xml).find((r) => r[2] === '3.27.02.2.01.0001')!;
    // K and Rp (millions) per quarter, then the year's realisation and capaian.
    expect(baris.slice(9, 11)).toEqual(['40', '400,00']);
    expect(baris.slice(11, 15)).toEqual(['10', '50,00', '16', '70,00']);
    expect(baris.slice(19, 23)).toEqual(['26', '120,00', '65,00', '30,00']);
    expect(baris.at(-1)).toBe('Rendah');
    expect(docx.teks).toContain('Tender ulang');
  });
});
