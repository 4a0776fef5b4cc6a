// Text that would break a document: characters XML 1.0 forbids and bidi overrides. Cleaned when typed; and a bad
// character already in old data (written here straight into SQLite) never makes any generated file unopenable.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { bersihkanTeks } from '../../src/shared/teks';
import { tempBackendContoh, type TempBackend } from '../helpers/backend';

const BURUK = ['\uFFFF', '\uFFFE', '\u0001', '\u202E', '\u2066', '\uD800'];

/** Every XML part of an Office file, each parsed by a conforming XML parser: the problems found. */
async function bagianRusak(base64: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const rusak: string[] = [];
  for (const [nama, berkas] of Object.entries(zip.files)) {
    if (berkas.dir || !/\.(xml|rels)$/.test(nama)) continue;
    const parser = new SaxesParser();
    parser.on('error', (e) => rusak.push(`${nama}: ${e.message}`));
    parser.write(await berkas.async('string')).close();
  }
  return rusak;
}

describe('text at the boundary', () => {
  let t: TempBackend;
  let b: Backend;
  let tahun: number;
  beforeAll(async () => {
    t = await tempBackendContoh('Penguji');
    b = t.b;
    tahun = (await b.call('pengaturan.ambil', {})).tahunAnggaran;
  }, 60_000);
  afterAll(() => t.dispose());

  it('drops forbidden and bidi characters from typed text, keeps the rest', async () => {
    expect(bersihkanTeks('Dinas\uFFFF Pertanian\u202E\u0000 😀 Ω\n\tbaris')).toBe('Dinas Pertanian 😀 Ω\n\tbaris');
    const [opd] = await b.call('opd.daftar', {});
    const disimpan = await b.call('opd.simpan', { ...opd!, nama: `${opd!.nama}\uFFFF`, alamat: 'Jl.\u202E Poros' });
    expect(disimpan.nama).toBe(opd!.nama);
    expect(disimpan.alamat).toBe('Jl. Poros');
    const rapat = (await b.call('rapat.daftar', {}))[0]!;
    const lengkap = await b.call('rapat.ambil', { id: rapat.id });
    const baru = await b.call('rapat.simpan', { id: rapat.id, judul: 'Rakor \u202Etriwulan' } as never);
    expect(baru.judul).toBe('Rakor triwulan');
    expect(baru.peserta).toHaveLength(lengkap.peserta.length);
  });

  it('makes every document well-formed even when old rows carry bad characters', { timeout: 120_000 }, async () => {
    const sqlite = b.ctx.sqlite;
    // Straight into SQLite, as an older version or another tool might have left them.
    sqlite.exec(`UPDATE opd SET nama = nama || ${BURUK.map((c) => `char(${c.codePointAt(0)})`).join(' || ')}`);
    for (const [tabel, kolom] of [
      ['sub_kegiatan', 'nama'],
      ['kegiatan', 'nama'],
      ['program', 'nama'],
      ['indikator', 'uraian'],
      ['realisasi', 'permasalahan'],
      ['realisasi', 'faktor_pendorong'],
      ['rapat', 'judul'],
      ['rapat', 'tempat'],
      ['rapat_peserta', 'nama'],
      ['rapat_acara', 'uraian'],
      ['kendala', 'uraian'],
      ['tindak_lanjut', 'uraian'],
      ['penandatangan', 'nama'],
      ['renstra_program', 'nama'],
      ['rpjmd_sasaran', 'uraian'],
    ] as const) {
      // Triwulan III is received, not verified: the lock triggers would (rightly) stop a change of I and II.
      const di = tabel === 'realisasi' ? ' WHERE bulan = 9' : '';
      sqlite.exec(`UPDATE ${tabel} SET ${kolom} = ${kolom} || char(65535) || char(8238) || char(1)${di}`);
    }
    const pengaturan = JSON.parse(
      sqlite.prepare(`SELECT nilai FROM pengaturan WHERE kunci = 'instansi'`).pluck().get() as string,
    ) as Record<string, unknown>;
    sqlite
      .prepare(`UPDATE pengaturan SET nilai = ? WHERE kunci = 'instansi'`)
      .run(JSON.stringify({ ...pengaturan, namaBagian: `Bagian Perekonomian\uFFFF\u202E` }));
    sqlite
      .prepare(
        `INSERT INTO laporan_narasi (tahun, triwulan, cakupan_jenis, cakupan_kunci, bagian, teks, diubah_oleh)
         VALUES (?, 3, 'kabupaten', '', 'penutup', ?, 'Penguji')`,
      )
      .run(tahun, 'Demikian laporan ini\uFFFF\u0002.');

    const kunci = { tahun, triwulan: 3, cakupan: 'kabupaten', opdId: null, klaster: null } as const;
    const [opd] = await b.call('opd.daftar', {});
    const rapat = (await b.call('rapat.daftar', {}))[0]!;
    const rpjmd = (await b.call('rpjmd.daftar', {}))[0]!;
    const arsip = async (jenis: 'undangan' | 'daftar_hadir' | 'notulen') => {
      const d = await b.call('rapat.buatDokumen', { rapatId: rapat.id, jenis });
      return b.call('arsip.unduh', { id: d.id });
    };
    const berkas = {
      'laporan lengkap': await b.call('laporan.buat', { ...kunci, jenis: 'lengkap', penandatanganId: null }),
      ringkasan: await b.call('laporan.buat', { ...kunci, jenis: 'ringkasan', penandatanganId: null }),
      'laporan OPD': await b.call('laporan.buat', {
        ...kunci,
        cakupan: 'opd',
        opdId: opd!.id,
        jenis: 'lengkap',
        penandatanganId: null,
      }),
      'tabel .xlsx': await b.call('laporan.eksporXlsx', kunci),
      undangan: await arsip('undangan'),
      'daftar hadir': await arsip('daftar_hadir'),
      notulen: await arsip('notulen'),
      konsistensi: await b.call('renstra.konsistensiDocx', { tahun }),
      formulir: await b.call('ekspor.formulir', { opdId: opd!.id, tahun, bulan: 9 }),
      'ekspor grid': await b.call('ekspor.tabel', {
        judul: `OPD\uFFFF`,
        kolom: [{ judul: 'Nama', jenis: 'teks' }],
        baris: [[`Dinas\uFFFE\u202E`]],
      }),
    };
    expect(rpjmd.id).toBeGreaterThan(0);
    const masalah: string[] = [];
    for (const [jenis, f] of Object.entries(berkas)) {
      for (const r of await bagianRusak(f.base64)) masalah.push(`${jenis}: ${r}`);
      if (bersihkanTeks(f.namaBerkas) !== f.namaBerkas)
        masalah.push(`${jenis}: nama berkas ${JSON.stringify(f.namaBerkas)}`);
    }
    expect(masalah).toEqual([]);
  });
});
