// The paparan on the sample regency, read back from the .pptx: the same figures as monev.ringkasan under the
// regency's own (non-default) settings, native charts with the series values, the meeting's kendala and follow-ups,
// the Rakerda clusters, the OPD heads' ekspose, legibility limits, and periods without data.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { OPD_PER_SLIDE } from '../../src/main/paparan/isi';
import { lambangContoh } from '../../src/main/sample/lambang-contoh';
import type { Ringkasan } from '../../src/shared/api/monev';
import {
  formatHariTanggal,
  formatPersenLisan,
  formatPoinLisan,
  formatRupiah,
  formatRupiahLisan,
} from '../../src/shared/format';
import { tempBackendContoh, type TempBackend } from '../helpers/backend';
import { bacaPptx, grafikSlide, type IsiPptx } from '../helpers/pptx';

const KABUPATEN = { cakupan: 'kabupaten', opdId: null, klaster: null } as const;

function hitung(r: Ringkasan) {
  const n = { hijau: 0, kuning: 0, merah: 0, belum: 0 };
  for (const o of r.opd) n[o.status ?? 'belum'] += 1;
  return n;
}

/** Every text size on every slide (sz in hundredths of a point), charts included. */
async function ukuranHuruf(p: IsiPptx): Promise<number[]> {
  const xml = [...p.slide.map((s) => s.xml), ...p.grafik.values()];
  return xml.flatMap((x) => [...x.matchAll(/ sz="(\d+)"/g)].map(([, n]) => Number(n)));
}

describe('paparan on the sample regency with the regency’s own monev settings', () => {
  let t: TempBackend;
  let b: Backend;
  let tahun: number;
  let r: Ringkasan;
  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
    b = t.b;
    tahun = (await b.call('pengaturan.ambil', {})).tahunAnggaran;
    const baku = await b.call('monev.ringkasan', { tahun, triwulan: 3 });
    const monev = await b.call('pengaturan.ambilMonev', {});
    // Stricter than the kontrak-kritis default: more OPD turn merah, so a deck judging by the default would differ.
    await b.call('pengaturan.simpanMonev', {
      ...monev,
      aturanStatus: { batasMerahRendah: -3, batasMerahTinggi: -2, ambangTarget: 60 },
    });
    r = await b.call('monev.ringkasan', { tahun, triwulan: 3 });
    expect(hitung(r).merah).toBeGreaterThan(hitung(baku).merah);
  }, 60_000);
  afterAll(() => t.dispose());

  it('builds the report deck from monev.ringkasan: headline figures, Kurva S and ranking as native charts', async () => {
    const berkas = await b.call('paparan.laporan', { tahun, triwulan: 3, ...KABUPATEN, penyajiId: null });
    expect(berkas.namaBerkas).toBe(`Paparan Triwulan III ${tahun} - Kabupaten Contoh.pptx`);
    const p = await bacaPptx(berkas.base64);
    const merah = r.opd.filter((o) => o.status === 'merah');
    expect(p.slide).toHaveLength(3 + Math.ceil(r.opd.length / OPD_PER_SLIDE) + merah.length + 1);

    const angka = p.slide[1]!;
    const k = r.kabupaten;
    const n = hitung(r);
    expect(angka.teks).toEqual(
      expect.arrayContaining([
        formatRupiahLisan(k.pagu),
        formatRupiahLisan(k.realisasiKeuangan),
        formatPersenLisan(k.realisasiFisik),
        formatPoinLisan(k.deviasiFisik),
        `${n.hijau} OPD hijau`,
        `${n.kuning} OPD kuning`,
        `${n.merah} OPD merah`,
        `${n.belum} belum dinilai`,
      ]),
    );
    // The exact figures go to the presenter's notes.
    expect(angka.catatan).toContain(`Pagu: ${formatRupiah(k.pagu)}`);

    const kurva = await b.call('monev.kurvaS', { tahun });
    const [grafikKurva] = await grafikSlide(p, 2);
    expect(grafikKurva).toContain('<c:lineChart>');
    for (const titik of kurva.slice(1, 4)) expect(grafikKurva).toContain(`<c:v>${titik.realisasiFisik}</c:v>`);
    expect(grafikKurva).toContain(`<c:v>${kurva[4]!.targetFisik}</c:v>`);
    expect(grafikKurva).toContain('formatCode="[$-421]#,##0.0"');

    const [peringkat] = await grafikSlide(p, 3);
    expect(peringkat).toContain('<c:barChart>');
    expect(peringkat).toContain('<c:barDir val="bar"/>');
    for (const o of r.opd.slice(0, OPD_PER_SLIDE)) {
      expect(peringkat).toContain(`<c:v>${o.realisasiFisik}</c:v>`);
      expect(peringkat).toContain(`<c:v>${o.persenKeuangan}</c:v>`);
      expect(peringkat).toContain(`<c:v>${o.peringkat}. ${o.singkatan}</c:v>`);
    }
    expect(p.slide[3]!.teks[0]).toBe(`Peringkat OPD 1–${OPD_PER_SLIDE}`);

    // One slide per OPD in merah under these settings, most behind first.
    const judulMerah = p.slide.slice(3 + Math.ceil(r.opd.length / OPD_PER_SLIDE), -1).map((s) => s.teks[0]);
    expect(judulMerah).toEqual(
      [...merah].sort((a, c) => (a.deviasiFisik ?? 0) - (c.deviasiFisik ?? 0)).map((o) => o.nama),
    );
    expect(p.slide.at(-1)!.teks[0]).toBe('Keputusan yang perlu diambil');
  });

  it('keeps slides legible: 16:9, text at 18 pt or more, at most six lines of list', async () => {
    const berkas = await b.call('paparan.laporan', { tahun, triwulan: 3, ...KABUPATEN, penyajiId: null });
    const p = await bacaPptx(berkas.base64);
    const presentasi = await p.zip.file('ppt/presentation.xml')!.async('string');
    expect(presentasi).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    const ukuran = await ukuranHuruf(p);
    expect(ukuran.length).toBeGreaterThan(100);
    expect(Math.min(...ukuran)).toBeGreaterThanOrEqual(1800);
    for (const s of p.slide) {
      const butir = (s.xml.match(/<a:buChar /g) ?? []).length + (s.xml.match(/<a:tr /g) ?? []).length;
      expect(butir).toBeLessThanOrEqual(6);
    }
    // The regency's colours and logo from Pengaturan (the sample's green, its lambang).
    expect(p.slide[0]!.xml).toContain('<a:srgbClr val="198246"/>');
    expect(Object.keys(p.zip.files).some((f) => f.startsWith('ppt/media/'))).toBe(true);
  });

  it('builds a meeting’s deck, archives it with the meeting, and shows kendala and earlier follow-ups per OPD', async () => {
    const rapat = await b.call('rapat.daftar', {});
    const pra = rapat.find((x) => x.jenis === 'pra_rakorev')!;
    // The sample's meetings follow today's date; this one is set to the quarter the sample has realisation for.
    const detail = await b.call('rapat.simpan', {
      ...(await b.call('rapat.ambil', { id: pra.id })),
      tahun,
      triwulan: 3,
    });
    const dok = await b.call('paparan.rapat', { rapatId: pra.id, penyajiId: null });
    expect(dok).toMatchObject({
      rapatId: pra.id,
      jenis: 'paparan',
      namaBerkas: `Paparan ${pra.judul} ${pra.tanggal}.pptx`,
    });
    expect((await b.call('arsip.daftar', { rapatId: pra.id })).map((d) => d.id)).toContain(dok.id);

    const p = await bacaPptx((await b.call('arsip.unduh', { id: dok.id })).base64);
    const kabag = (await b.call('penandatangan.daftar', {})).find((x) => /kepala bagian/i.test(x.jabatan))!;
    expect(p.slide[0]!.teks).toEqual(
      expect.arrayContaining([
        pra.judul,
        `Paparan realisasi fisik dan keuangan s.d. Triwulan III Tahun ${tahun}`,
        formatHariTanggal(pra.tanggal),
        detail.tempat,
        kabag.nama,
        kabag.jabatan,
      ]),
    );
    // Distanak is merah under the stricter settings: its kendala from the Rakor with its status, and the follow-up the
    // Rakor decided, overdue.
    const distanak = p.slide.find((s) => s.teks[0] === 'Dinas Pertanian dan Peternakan')!;
    expect(distanak.teks).toEqual(
      expect.arrayContaining([
        'Kendala: Produk bibit unggul belum tayang di e-katalog sehingga pengadaan tertunda',
        'Dalam penanganan',
        'Tindak lanjut: Menyusun rencana percepatan pengadaan bibit dan menyampaikannya kepada Bagian Perekonomian',
        'Proses (terlambat)',
      ]),
    );
    const penutup = p.slide.at(-1)!;
    // The report's first decision, its long list of OPD shortened; then what this forum itself must settle.
    expect(penutup.teks.slice(3)).toEqual([
      expect.stringMatching(
        /^Arahan kepada Kepala Perangkat Daerah berstatus merah \([^,]+, [^,]+, [^,]+ dan \d+ lainnya\) untuk menyampaikan rencana aksi/,
      ),
      'Keputusan forum atas kendala Diskoperindag: Penetapan pemenang tender pembangunan pasar rakyat terlambat',
      '1 tindak lanjut melewati batas waktu: tetapkan batas waktu baru',
    ]);
    expect(penutup.catatan).toContain('Penugasan Sekretaris Daerah untuk memimpin penyelesaian kendala');
  });

  it('looks at the cluster a meeting invites, and gives the Rakerda one slide per cluster', async () => {
    const rakor = (await b.call('rapat.daftar', {})).find((x) => x.judul.includes('Bidang Ekonomi'))!;
    await b.call('rapat.simpan', { ...(await b.call('rapat.ambil', { id: rakor.id })), tahun, triwulan: 2 });
    const dokRakor = await b.call('paparan.rapat', { rapatId: rakor.id, penyajiId: null });
    const p = await bacaPptx((await b.call('arsip.unduh', { id: dokRakor.id })).base64);
    const ekonomi = await susunKonteks(b.ctx.db, {
      tahun,
      triwulan: 2,
      cakupan: 'klaster',
      opdId: null,
      klaster: 'ekonomi',
    });
    expect(p.slide[1]!.teks).toEqual(
      expect.arrayContaining([
        `Klaster Ekonomi · s.d. Triwulan II Tahun ${tahun}`,
        formatPersenLisan(ekonomi.data.total.realisasiFisik),
      ]),
    );

    const rakerda = await b.call('rapat.simpan', {
      jenis: 'rakerda',
      judul: `Rapat Kerja Daerah Tahun ${tahun}`,
      tahun,
      triwulan: 3,
      tanggal: `${tahun}-12-15`,
      waktuMulai: '08:00',
      tempat: 'Aula Kantor Bupati Contoh',
      hal: 'Undangan Rakerda',
      peserta: [],
    });
    const dok = await b.call('paparan.rapat', { rapatId: rakerda.id, penyajiId: null });
    const d = await bacaPptx((await b.call('arsip.unduh', { id: dok.id })).base64);
    const klaster = d.slide.filter((s) => s.teks[0]?.startsWith('Klaster '));
    expect(klaster.map((s) => s.teks[0])).toEqual([
      'Klaster Pembangunan Manusia',
      'Klaster Ekonomi',
      'Klaster Infrastruktur',
      'Klaster Pemerintahan',
    ]);
    // Each cluster's total is the report's for that cluster, by the same rollup and settings.
    for (const [i, kunci] of (['pembangunan_manusia', 'ekonomi', 'infrastruktur', 'pemerintahan'] as const).entries()) {
      const k = await susunKonteks(b.ctx.db, { tahun, triwulan: 3, cakupan: 'klaster', opdId: null, klaster: kunci });
      const n = { hijau: 0, kuning: 0, merah: 0 };
      for (const o of k.data.opd) if (o.status) n[o.status] += 1;
      expect(klaster[i]!.teks).toEqual(
        expect.arrayContaining([
          formatRupiahLisan(k.data.total.pagu),
          formatPersenLisan(k.data.total.realisasiFisik),
          formatPoinLisan(k.data.total.deviasiFisik),
          `${n.merah} OPD merah`,
        ]),
      );
    }
  });

  it('says so on the slides when a period has no realisation or the year has no Renja', async () => {
    const tw4 = await bacaPptx(
      (await b.call('paparan.laporan', { tahun, triwulan: 4, ...KABUPATEN, penyajiId: null })).base64,
    );
    expect(tw4.slide.map((s) => s.teks[0])).toEqual([
      'Evaluasi Pelaksanaan Program dan Kegiatan',
      'Realisasi fisik dan keuangan',
      'Kurva S Kabupaten Contoh',
      'Keputusan yang perlu diambil',
    ]);
    expect(tw4.slide[1]!.teks).toContain(`Belum ada realisasi yang dilaporkan s.d. Triwulan IV Tahun ${tahun}.`);
    // The target line is drawn; the realisation line has no quarter IV point.
    const [kurva] = await grafikSlide(tw4, 2);
    expect(kurva).toContain('<c:lineChart>');

    const kosong = await bacaPptx(
      (await b.call('paparan.laporan', { tahun: tahun + 1, triwulan: 1, ...KABUPATEN, penyajiId: null })).base64,
    );
    expect(kosong.slide).toHaveLength(2);
    expect(kosong.slide[1]!.teks).toContain(
      `Belum ada data Renja tahun ${tahun + 1}, sehingga realisasi belum dapat dipaparkan.`,
    );
    expect(kosong.slide[1]!.catatan).toContain('isi atau impor Renja di Perencanaan');
  });

  it(
    'writes one ekspose per OPD head of a cluster, with photos, into one .zip or a folder',
    { timeout: 60_000 },
    async () => {
      const ekonomi = r.opd.filter((o) => o.klaster === 'ekonomi');
      const distanak = r.opd.find((o) => o.singkatan === 'Distanak')!;
      const opd = (await b.call('opd.daftar', {})).find((o) => o.id === distanak.opdId)!;
      const sub = await b.ctx.db
        .selectFrom('subKegiatan as s')
        .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
        .innerJoin('program as p', 'p.id', 'k.programId')
        .select(['s.id', 's.nama'])
        .where('p.opdId', '=', distanak.opdId)
        .where('p.tahun', '=', tahun)
        .executeTakeFirstOrThrow();
      await b.call('foto.tambah', {
        subKegiatanId: sub.id,
        bulan: 9,
        keterangan: 'Penyaluran bibit ke kelompok tani',
        mime: 'image/png',
        base64: lambangContoh().toString('base64'),
      });
      const baru = await b.call('opd.simpan', {
        kode: '3.27.0.00.0.00.09.0000',
        nama: 'Dinas Uji Tanpa Renja',
        singkatan: 'DUTR',
        klaster: 'ekonomi',
        kepalaNama: 'Drs. Uji Coba',
        kepalaJabatan: 'Kepala Dinas Uji',
        kepalaNip: '197001011995031001',
      });

      const hasil = await b.call('paparan.ekspose', { tahun, triwulan: 3, klaster: 'ekonomi' });
      expect(hasil).toMatchObject({ jenis: 'zip', jumlah: ekonomi.length, dilewati: [baru.nama] });
      if (hasil.jenis !== 'zip') throw new Error('zip');
      expect(hasil.namaBerkas).toBe(`Ekspose Klaster Ekonomi Triwulan III ${tahun}.zip`);
      const zip = await JSZip.loadAsync(Buffer.from(hasil.base64, 'base64'));
      const nama = Object.keys(zip.files);
      expect(nama).toHaveLength(ekonomi.length);
      const berkas = nama.find((x) => x.endsWith(`${opd.nama}.pptx`))!;
      const p = await bacaPptx(await zip.file(berkas)!.async('uint8array'));
      expect(p.slide[0]!.teks).toEqual(expect.arrayContaining([opd.nama, opd.kepalaNama, opd.kepalaJabatan]));
      expect(p.slide[1]!.teks).toEqual(
        expect.arrayContaining([
          formatRupiahLisan(distanak.pagu),
          formatPersenLisan(distanak.realisasiFisik),
          `Peringkat ${distanak.peringkat} dari ${r.opd.length} OPD Kabupaten Contoh`,
        ]),
      );
      expect(p.slide.map((s) => s.teks[0])).toEqual([
        opd.nama,
        'Realisasi fisik dan keuangan',
        `Kurva S ${opd.singkatan}`,
        'Sub kegiatan paling tertinggal',
        'Kendala dan tindak lanjut',
        'Dokumentasi kemajuan fisik',
      ]);
      expect(p.slide[5]!.teks).toContain(`${sub.nama}: Penyaluran bibit ke kelompok tani`);
      expect(Object.keys(p.zip.files).filter((f) => f.startsWith('ppt/media/')).length).toBeGreaterThanOrEqual(2);

      const folder = mkdtempSync(join(tmpdir(), 'ekspose-'));
      try {
        const keFolder = await b.call('paparan.ekspose', { tahun, triwulan: 3, klaster: 'ekonomi', folder });
        expect(keFolder).toMatchObject({ jenis: 'folder', folder, jumlah: ekonomi.length });
        expect(readdirSync(folder).sort()).toEqual(nama.sort());
        await bacaPptx(readFileSync(join(folder, berkas)));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );

  it('refuses an unknown meeting or a cluster without Renja by name, and archives nothing', async () => {
    await expect(b.call('paparan.rapat', { rapatId: 999, penyajiId: null })).rejects.toThrow(
      'Rapat dengan ID 999 tidak ditemukan',
    );
    await expect(b.call('paparan.ekspose', { tahun: tahun + 1, triwulan: 1, klaster: 'ekonomi' })).rejects.toThrow(
      `Belum ada OPD Klaster Ekonomi yang memiliki Renja tahun ${tahun + 1}`,
    );
  });
});
