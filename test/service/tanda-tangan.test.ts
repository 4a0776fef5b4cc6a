// Signatures as offices sign (Permendagri 1/2023: a.n., u.b., Plt./Plh./Pj.) and page margins from Pengaturan, on
// real documents of the sample regency: every kind the app makes, read back from the unzipped DOCX and passed through
// the vendored OOXML checker.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import type { PenandatanganInput } from '../../src/shared/api/penandatangan';
import { formatTanggal } from '../../src/shared/format';
import { ATURAN_MONEV_BAKU, PRESET_PREDIKAT } from '../../src/shared/monev/aturan';
import { dumpDatabase, isiPengaturan, tempBackendContoh, tempDir, type TempBackend } from '../helpers/backend';
import { bacaDocx, selSempit } from '../helpers/docx';

const PEMERIKSA = join(import.meta.dirname, '../tools/ooxml-check/check');

const KABAG = {
  nama: 'Wa Ode Nurhalisa, S.E., M.Si.',
  jabatan: 'Kepala Bagian Perekonomian dan Sumber Daya Alam',
  pangkat: 'Pembina (IV/a)',
  nip: '198104042006042003',
};
const SEKDA = {
  nama: 'Drs. H. Muhammad Yusuf Tamrin, M.Si.',
  jabatan: 'Sekretaris Daerah',
  pangkat: 'Pembina Utama Madya (IV/d)',
  nip: '197001012000031001',
};
const ASISTEN = {
  nama: 'Ir. La Ode Budiman, M.Si.',
  jabatan: 'Asisten Perekonomian dan Pembangunan',
  pangkat: 'Pembina Utama Muda (IV/c)',
  nip: '197205052000031002',
};

/** Each way of signing, with the lines it prints between the place/date and the space to sign. */
const CARA: { nama: string; input: PenandatanganInput; baris: string[] }[] = [
  { nama: 'in own name', input: KABAG, baris: ['KEPALA BAGIAN PEREKONOMIAN DAN SUMBER DAYA ALAM,'] },
  {
    nama: 'Plt.',
    input: { ...KABAG, kedudukan: 'Plt.' },
    baris: ['Plt. KEPALA BAGIAN PEREKONOMIAN DAN SUMBER DAYA ALAM,'],
  },
  {
    nama: 'Plh.',
    input: { ...KABAG, kedudukan: 'Plh.' },
    baris: ['Plh. KEPALA BAGIAN PEREKONOMIAN DAN SUMBER DAYA ALAM,'],
  },
  { nama: 'Pj.', input: { ...SEKDA, kedudukan: 'Pj.' }, baris: ['Pj. SEKRETARIS DAERAH,'] },
  {
    nama: 'a.n. (typed with its a.n.)',
    input: { ...SEKDA, atasNama: 'a.n. Bupati Contoh' },
    baris: ['a.n. BUPATI CONTOH', 'SEKRETARIS DAERAH,'],
  },
  {
    nama: 'a.n. and Plt.',
    input: { ...SEKDA, kedudukan: 'Plt.', atasNama: 'Bupati Contoh' },
    baris: ['a.n. BUPATI CONTOH', 'Plt. SEKRETARIS DAERAH,'],
  },
  {
    nama: 'a.n. and u.b.',
    input: { ...ASISTEN, atasNama: 'Bupati Contoh', untukBeliau: 'Sekretaris Daerah' },
    baris: ['a.n. BUPATI CONTOH', 'SEKRETARIS DAERAH', 'u.b.', 'ASISTEN PEREKONOMIAN DAN PEMBANGUNAN,'],
  },
];

/**
 * The paragraphs with text right above the signatory's name (the first signature in the text); the blank lines to
 * sign on are empty <w:p/>, which bacaDocx does not list.
 */
function barisDiAtasNama(paragraf: string[], nama: string, jumlah: number): string[] {
  const i = paragraf.indexOf(nama);
  expect(i, `nama ${nama} ada di dokumen`).toBeGreaterThan(0);
  return paragraf.slice(i - jumlah, i);
}

const pgMar = (xml: string) => [...xml.matchAll(/<w:pgMar [^>]*\/>/g)].map(([m]) => m);
const atribut = (tag: string, nama: string) => new RegExp(`w:${nama}="(\\d+)"`).exec(tag)?.[1];

/** A partial save, as the grids send it: what is not given keeps its stored value. */
async function sebagian(b: Backend, method: 'rapat.simpan' | 'pengaturan.simpan', isi: Record<string, unknown>) {
  const jawaban = await b.handle(method, isi);
  if (!jawaban.ok) throw new Error(jawaban.galat.pesan);
  return jawaban.nilai as Record<string, unknown>;
}

async function dokumenRapat(b: Backend, rapatId: number, jenis: 'undangan' | 'daftar_hadir' | 'notulen') {
  const arsip = await b.call('rapat.buatDokumen', { rapatId, jenis });
  return Buffer.from((await b.call('arsip.unduh', { id: arsip.id })).base64, 'base64');
}

describe('signatures and margins on every document', () => {
  let t: TempBackend;
  let b: Backend;
  let tahun: number;
  let rapatId: number;
  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
    b = t.b;
    tahun = (await b.call('pengaturan.ambil', {})).tahunAnggaran;
    rapatId = (await b.call('rapat.daftar', {}))[0]!.id;
  }, 60_000);
  afterAll(() => t.dispose());

  it('refuses a u.b. without a.n. and an unknown kedudukan, naming the field, and changes nothing', async () => {
    const sebelum = dumpDatabase(b);
    const ub = await b.handle('penandatangan.simpan', { ...ASISTEN, untukBeliau: 'Sekretaris Daerah' });
    expect(ub.ok ? null : ub.galat).toMatchObject({
      pesan: expect.stringContaining(
        'Untuk beliau (u.b.) hanya dipakai di bawah atas nama (a.n.): isi Atas nama (a.n.) lebih dulu',
      ) as string,
    });
    const plt = await b.handle('penandatangan.simpan', { ...KABAG, kedudukan: 'PLT' });
    expect(plt.ok ? null : plt.galat).toMatchObject({
      pesan: expect.stringContaining(
        'Kedudukan (Plt./Plh./Pj.) harus salah satu dari: Definitif, Plt. (pelaksana tugas), Plh. (pelaksana harian), ' +
          'Pj. (penjabat)',
      ) as string,
    });
    // Taking the a.n. away from a signatory who signs u.b. is refused too: the pair is checked after the merge.
    const asisten = (await b.call('penandatangan.daftar', {})).find((p) => p.untukBeliau !== '')!;
    const lepas = await b.handle('penandatangan.simpan', { id: asisten.id, atasNama: '' });
    expect(lepas.ok).toBe(false);
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it.each(CARA)('prints a signatory $nama in the undangan and the report', { timeout: 60_000 }, async (c) => {
    const p = await b.call('penandatangan.simpan', c.input);
    await sebagian(b, 'rapat.simpan', { id: rapatId, penandatanganId: p.id, atasNama: '' });
    const undangan = await bacaDocx(await dokumenRapat(b, rapatId, 'undangan'));
    expect(barisDiAtasNama(undangan.paragraf, c.input.nama, c.baris.length + 1)).toEqual(['', ...c.baris]);

    const kunci = { tahun, triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;
    const ringkasan = await b.call('laporan.buat', { ...kunci, jenis: 'ringkasan', penandatanganId: p.id });
    const laporan = await bacaDocx(Buffer.from(ringkasan.base64, 'base64'));
    expect(barisDiAtasNama(laporan.paragraf, c.input.nama, c.baris.length + 1)).toEqual([
      `Sukamakmur, ${formatTanggal(new Date())}`,
      ...c.baris,
    ]);
  });

  it('lets one letter sign otherwise than its signatory, or without a.n.', async () => {
    const asisten = (await b.call('penandatangan.daftar', {})).find((p) => p.untukBeliau !== '')!;
    await sebagian(b, 'rapat.simpan', { id: rapatId, penandatanganId: asisten.id, atasNama: 'a.n. SEKRETARIS DAERAH' });
    let undangan = await bacaDocx(await dokumenRapat(b, rapatId, 'undangan'));
    expect(barisDiAtasNama(undangan.paragraf, asisten.nama, 2)).toEqual([
      'a.n. SEKRETARIS DAERAH',
      'ASISTEN PEREKONOMIAN DAN PEMBANGUNAN,',
    ]);
    await sebagian(b, 'rapat.simpan', { id: rapatId, atasNama: '-' });
    undangan = await bacaDocx(await dokumenRapat(b, rapatId, 'undangan'));
    expect(barisDiAtasNama(undangan.paragraf, asisten.nama, 2)).toEqual(['', 'ASISTEN PEREKONOMIAN DAN PEMBANGUNAN,']);
  });

  it('reads settings saved by the version before margins: the regency keeps its name, the margins their defaults', async () => {
    const lama = { ...(await b.call('pengaturan.ambil', {})), namaPemda: 'Pemerintah Kota Baubau' } as Record<
      string,
      unknown
    >;
    for (const k of ['marginAtas', 'marginKanan', 'marginBawah', 'marginKiri']) delete lama[k];
    b.ctx.sqlite.prepare("UPDATE pengaturan SET nilai = ? WHERE kunci = 'instansi'").run(JSON.stringify(lama));
    expect(await b.call('pengaturan.ambil', {})).toMatchObject({
      namaPemda: 'Pemerintah Kota Baubau',
      marginAtas: 2,
      marginKanan: 2,
      marginBawah: 2,
      marginKiri: 2.5,
    });
    await isiPengaturan(b);
  });

  // A value another version wrote and these rules refuse (a margin beyond 5 cm, a kode pos of letters, a broken
  // predikat band) used to turn every setting back to its default: the regency's name gone from every document, its
  // thresholds from every status.
  it('falls back to the default of a refused field alone and keeps every other saved setting', async () => {
    const tersimpan = {
      ...(await b.call('pengaturan.ambil', {})),
      namaPemda: 'Pemerintah Kota Baubau',
      marginKiri: 4,
      marginBawah: 9,
      kodePos: 'abcde',
    };
    b.ctx.sqlite.prepare("UPDATE pengaturan SET nilai = ? WHERE kunci = 'instansi'").run(JSON.stringify(tersimpan));
    expect(await b.call('pengaturan.ambil', {})).toEqual({ ...tersimpan, marginBawah: 2, kodePos: '' });
    const monev = {
      aturanStatus: { batasMerahRendah: -15, batasMerahTinggi: -8, ambangTarget: 60 },
      rumusNegatif: 'kebalikan',
      predikat: { batas: [50, 60, 70, 80], termasukBatas: true },
    };
    b.ctx.sqlite
      .prepare("INSERT OR REPLACE INTO pengaturan (kunci, nilai) VALUES ('monev', ?)")
      .run(JSON.stringify(monev));
    expect(await b.call('pengaturan.ambilMonev', {})).toEqual({ ...monev, predikat: PRESET_PREDIKAT.permendagri86 });
    await isiPengaturan(b, { marginKiri: 2.5 });
    await b.call('pengaturan.simpanMonev', ATURAN_MONEV_BAKU);
  });

  it(
    'keeps the margins as they were by default, and prints 4 cm left / 3 cm bottom in every kind of document',
    { timeout: 300_000 },
    async () => {
      const bawaan = pgMar((await bacaDocx(await dokumenRapat(b, rapatId, 'undangan'))).xml);
      expect(bawaan).toEqual([
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1417" w:header="567" w:footer="567" w:gutter="0"/>',
      ]);

      // Outside 1-5 cm is refused with the field's name, and nothing is saved.
      const sebelum = dumpDatabase(b);
      const lebar = await b.handle('pengaturan.simpan', { marginKiri: 6 });
      expect(lebar.ok ? null : lebar.galat).toMatchObject({
        pesan: expect.stringContaining('Margin kiri harus antara 1 dan 5 cm') as string,
      });
      expect(dumpDatabase(b)).toBe(sebelum);

      const disimpan = await sebagian(b, 'pengaturan.simpan', { marginKiri: 4, marginBawah: 3 });
      expect([
        disimpan['marginAtas'],
        disimpan['marginKanan'],
        disimpan['marginBawah'],
        disimpan['marginKiri'],
      ]).toEqual([2, 2, 3, 4]);
      // A signatory who signs a.n. as Plt., as the report and the letters below print it.
      const plt = await b.call('penandatangan.simpan', { ...SEKDA, kedudukan: 'Plt.', atasNama: 'Bupati Contoh' });
      await sebagian(b, 'rapat.simpan', { id: rapatId, penandatanganId: plt.id, atasNama: '' });

      const kunci = { tahun, triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;
      const [opd] = await b.call('opd.daftar', {});
      const pantau = await b.call('pelaporan.pantau', { tahun, triwulan: 4 });
      const belum = pantau.opd.filter((o) => o.status === 'belum_ada_data' || o.status === 'sebagian').slice(0, 2);
      const [pengingat] = await b.call('pelaporan.buatSurat', {
        tahun,
        triwulan: 4,
        opdIds: belum.map((o) => o.opdId),
        bentuk: 'kolektif',
        penandatanganId: plt.id,
        tembusan: [],
      });
      const dariBase64 = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
      const berkas: Record<string, Buffer> = {
        undangan: await dokumenRapat(b, rapatId, 'undangan'),
        daftarHadir: await dokumenRapat(b, rapatId, 'daftar_hadir'),
        notulen: await dokumenRapat(b, rapatId, 'notulen'),
        laporan: dariBase64(
          await b.call('laporan.buat', {
            ...kunci,
            cakupan: 'opd',
            opdId: opd!.id,
            jenis: 'lengkap',
            penandatanganId: plt.id,
          }),
        ),
        ringkasan: dariBase64(await b.call('laporan.buat', { ...kunci, jenis: 'ringkasan', penandatanganId: plt.id })),
        pengantar: dariBase64(await b.call('laporan.buat', { ...kunci, jenis: 'pengantar', penandatanganId: plt.id })),
        pengingat: dariBase64(await b.call('arsip.unduh', { id: pengingat!.id })),
        konsistensi: dariBase64(await b.call('renstra.konsistensiDocx', { tahun })),
      };
      const folder = tempDir('sinergi-margin-');
      for (const [nama, isi] of Object.entries(berkas)) {
        const { xml, teks } = await bacaDocx(isi);
        const semua = pgMar(xml);
        expect(semua.length, nama).toBeGreaterThan(0);
        // Every section, the landscape lampiran of the report included.
        for (const m of semua) {
          expect([atribut(m, 'top'), atribut(m, 'right'), atribut(m, 'bottom'), atribut(m, 'left')], nama).toEqual([
            '1134',
            '1134',
            '1701',
            '2268',
          ]);
        }
        if (['undangan', 'laporan', 'ringkasan', 'pengantar', 'pengingat'].includes(nama))
          expect(teks, nama).toContain('a.n. BUPATI CONTOH\nPlt. SEKRETARIS DAERAH,');
        // Between the narrower margins every table still holds its numbers on one line and its words whole (the E.81
        // in its style's 7 pt, the others in the document's 12 pt where a run sets no size).
        const tabel = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([x]) => x);
        const sempit = tabel.flatMap(
          (x, i) => selSempit(x, i, x.includes('Realisasi Kinerja pada Triwulan') ? 14 : 24, true).sempit,
        );
        expect(sempit.slice(0, 3), nama).toEqual([]);
        writeFileSync(join(folder, `${nama}.docx`), isi);
        if (process.env['SINERGI_SIMPAN_DOKUMEN']) writeFileSync(join('/tmp/tandatangan', `${nama}.docx`), isi);
      }
      const keluaran = execFileSync(
        PEMERIKSA,
        Object.keys(berkas).map((n) => join(folder, `${n}.docx`)),
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      for (const n of Object.keys(berkas)) expect(keluaran).toContain(`== ${n}:`);
      expect(keluaran.split('\n').filter((l) => /^\s+\d+\s/.test(l) && !l.includes('note (Word accepts)'))).toEqual([]);

      // The report's workbook prints between the same margins (inches: 2 cm = 0.79, 3 cm = 1.18, 4 cm = 1.57).
      const xlsx = await JSZip.loadAsync(dariBase64(await b.call('laporan.eksporXlsx', kunci)));
      const lembar = Object.keys(xlsx.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
      expect(lembar.length).toBeGreaterThan(2);
      for (const f of lembar) {
        const m = /<pageMargins [^>]*\/>/.exec(await xlsx.file(f)!.async('string'))?.[0] ?? '';
        const inci = (sisi: string) => new RegExp(` ${sisi}="([\\d.]+)"`).exec(m)?.[1];
        expect([inci('left'), inci('right'), inci('top'), inci('bottom')], f).toEqual(['1.57', '0.79', '0.79', '1.18']);
      }

      // So do the Formulir an OPD fills and any grid exported, on the regency's paper: A4 (Excel's 9), then F4 (14).
      const lembarCetak = async () => {
        const formulir = await JSZip.loadAsync(
          dariBase64(await b.call('ekspor.formulir', { opdId: opd!.id, tahun, bulan: 6 })),
        );
        const grid = await JSZip.loadAsync(
          dariBase64(
            await b.call('ekspor.tabel', {
              judul: 'Realisasi',
              subjudul: 'Juni',
              kolom: [{ judul: 'Program', jenis: 'teks' }],
              baris: [['Program A']],
            }),
          ),
        );
        return Promise.all([
          formulir.file('xl/worksheets/sheet1.xml')!.async('string'),
          grid.file('xl/worksheets/sheet1.xml')!.async('string'),
        ]);
      };
      const halamanLembar = (xml: string) => {
        const m = /<pageMargins [^>]*\/>/.exec(xml)?.[0] ?? '';
        const nilai = (teks: string, sisi: string) => new RegExp(` ${sisi}="([\\d.]+)"`).exec(teks)?.[1];
        const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
        return [nilai(m, 'left'), nilai(m, 'bottom'), nilai(setup, 'paperSize'), nilai(setup, 'fitToWidth')];
      };
      for (const xml of await lembarCetak()) expect(halamanLembar(xml)).toEqual(['1.57', '1.18', '9', '1']);
      await sebagian(b, 'pengaturan.simpan', { ukuranKertas: 'F4' });
      for (const xml of await lembarCetak()) expect(halamanLembar(xml)).toEqual(['1.57', '1.18', '14', '1']);
      // A grid's header row repeats on every printed page.
      const grid = await JSZip.loadAsync(
        dariBase64(
          await b.call('ekspor.tabel', {
            judul: 'Data',
            subjudul: '',
            kolom: [{ judul: 'A', jenis: 'teks' }],
            baris: [],
          }),
        ),
      );
      expect(await grid.file('xl/workbook.xml')!.async('string')).toContain(
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Data&apos;!$4:$4</definedName>',
      );
    },
  );
});
