// A database started empty: no sample identity anywhere, documents that print it ask for it in Bahasa Indonesia,
// and the first steps Beranda lists are ticked from the data itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { PENGATURAN_BAKU } from '../../src/shared/api/pengaturan';
import { dumpDatabase, isiPengaturan, tempBackend, type TempBackend } from '../helpers/backend';
import { bacaDocx } from '../helpers/docx';
import { rakor, siapkanDunia } from '../helpers/rapat';
import { buatContohDomain, TAHUN } from '../helpers/renja';

const KEDUANYA = 'Lengkapi Nama Pemerintah Daerah dan Kota Penerbitan Surat di Pengaturan sebelum mencetak';
const RINCIAN_KEDUANYA = [
  { kolom: 'namaPemda', pesan: 'Nama Pemerintah Daerah wajib diisi' },
  { kolom: 'kotaPenerbitan', pesan: 'Kota Penerbitan Surat wajib diisi' },
];

describe('a database started empty', () => {
  let t: TempBackend;
  let b: Backend;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    await b.call('sistem.mulaiKosong', {});
  });
  afterEach(() => t.dispose());

  /** The refusal of a call: its message and the fields it names, after checking it changed nothing. */
  const tolakan = async (method: string, input: unknown, jenis = 'ditolak') => {
    const sebelum = dumpDatabase(b);
    const jawaban = await b.handle(method, input);
    expect(dumpDatabase(b)).toEqual(sebelum);
    if (jawaban.ok) throw new Error(`${method} tidak ditolak`);
    expect(jawaban.galat.jenis).toBe(jenis);
    return { pesan: jawaban.galat.pesan, rincian: jawaban.galat.rincian };
  };

  it('carries no sample identity in its settings, and the defaults carry none either', async () => {
    const pengaturan = await b.call('pengaturan.ambil', {});
    for (const teks of [JSON.stringify(pengaturan), JSON.stringify(PENGATURAN_BAKU)]) {
      expect(teks).not.toMatch(/Contoh|Sukamakmur|contohkab/i);
    }
    expect(pengaturan).toMatchObject({ namaPemda: '', kotaPenerbitan: '', alamat: '', email: '' });
    // The names every regency's nomenclature shares stay, so the form asks only for what is the regency's own.
    expect(pengaturan.namaSekretariat).toBe('Sekretariat Daerah');
  });

  it('refuses the report, the slides and the Renstra check with the fields to fill, naming Pengaturan', async () => {
    await buatContohDomain(b, { tanpaIdentitas: true });
    const kunci = { tahun: TAHUN, triwulan: 2, cakupan: 'kabupaten' as const, opdId: null, klaster: null };
    expect(await tolakan('laporan.buat', { ...kunci, jenis: 'lengkap', penandatanganId: null })).toEqual({
      pesan: `${KEDUANYA} laporan evaluasi`,
      rincian: RINCIAN_KEDUANYA,
    });
    expect((await tolakan('laporan.buat', { ...kunci, jenis: 'pengantar', penandatanganId: null })).pesan).toBe(
      `${KEDUANYA} surat pengantar`,
    );
    expect((await tolakan('laporan.eksporXlsx', kunci)).pesan).toBe(`${KEDUANYA} tabel evaluasi`);
    expect((await tolakan('paparan.laporan', { ...kunci, penyajiId: null })).pesan).toBe(`${KEDUANYA} paparan`);
    expect((await tolakan('renstra.konsistensiDocx', { tahun: TAHUN })).pesan).toBe(`${KEDUANYA} laporan konsistensi`);
    // The narrative on screen is still shown: only what is printed needs the regency's name.
    expect((await b.call('laporan.narasi', kunci)).bagian.length).toBeGreaterThan(0);
  });

  it('refuses the undangan and notulen but prints the daftar hadir, which carries no kop', async () => {
    const dunia = await siapkanDunia(b, 0, { identitas: false });
    const rapat = await b.call('rapat.simpan', rakor(dunia));
    expect((await tolakan('rapat.buatDokumen', { rapatId: rapat.id, jenis: 'undangan' })).pesan).toBe(
      `${KEDUANYA} undangan`,
    );
    expect((await tolakan('rapat.buatDokumen', { rapatId: rapat.id, jenis: 'notulen' })).pesan).toBe(
      `${KEDUANYA} notulen`,
    );
    const hadir = await b.call('rapat.buatDokumen', { rapatId: rapat.id, jenis: 'daftar_hadir' });
    expect(hadir.namaBerkas).toMatch(/\.docx$/);
  });

  it('keeps the identity required when Pengaturan is saved, and prints the one given', async () => {
    await buatContohDomain(b, { tanpaIdentitas: true });
    // Saving the year alone still asks for the name: the form is where the identity is completed.
    expect((await tolakan('pengaturan.simpan', { tahunAnggaran: TAHUN }, 'validasi')).rincian).toEqual([
      { kolom: 'namaPemda', pesan: 'Nama pemerintah daerah wajib diisi' },
      { kolom: 'kotaPenerbitan', pesan: 'Kota penerbitan wajib diisi' },
    ]);
    await isiPengaturan(b, { namaPemda: 'Pemerintah Kota Baubau', kotaPenerbitan: 'Baubau', tahunAnggaran: TAHUN });
    const kunci = { tahun: TAHUN, triwulan: 2, cakupan: 'kabupaten' as const, opdId: null, klaster: null };
    const berkas = await b.call('laporan.buat', { ...kunci, jenis: 'pengantar', penandatanganId: null });
    expect(berkas.namaBerkas).toBe(`Surat Pengantar Triwulan II ${TAHUN} - Kota Baubau.docx`);
    const { teks } = await bacaDocx(Buffer.from(berkas.base64, 'base64'));
    expect(teks).toContain('PEMERINTAH KOTA BAUBAU');
    expect(teks).toContain('Wali Kota Baubau');
    expect(teks).not.toMatch(/Contoh|Sukamakmur/);
  });

  it('ticks each first step from the data: identity, OPD, the Renja of the year, a realisasi', async () => {
    const langkah = async () => (await b.call('sistem.status', {})).langkahAwal;
    expect(await langkah()).toEqual({
      instansi: false,
      opd: false,
      renja: false,
      realisasi: false,
      tahunAnggaran: PENGATURAN_BAKU.tahunAnggaran,
    });
    await isiPengaturan(b, {
      namaPemda: 'Pemerintah Kabupaten Buton',
      kotaPenerbitan: 'Pasarwajo',
      tahunAnggaran: 2031,
    });
    expect(await langkah()).toMatchObject({ instansi: true, opd: false, renja: false, tahunAnggaran: 2031 });
    // The Renja is of TAHUN, not of the budget year in Pengaturan: that step waits for the year's own Renja.
    const ids = await buatContohDomain(b, { tanpaIdentitas: true });
    expect(await langkah()).toMatchObject({ instansi: true, opd: true, renja: false, realisasi: false });
    await b.call('pengaturan.simpan', { ...(await b.call('pengaturan.ambil', {})), tahunAnggaran: TAHUN });
    expect(await langkah()).toMatchObject({ renja: true, realisasi: false, tahunAnggaran: TAHUN });
    await b.call('realisasi.simpan', {
      opdId: ids.opd.id,
      tahun: TAHUN,
      bulan: 3,
      perubahan: [{ subKegiatanId: ids.a.id, realisasiFisik: 10, realisasiKeuangan: null }],
    });
    expect(await langkah()).toEqual({
      instansi: true,
      opd: true,
      renja: true,
      realisasi: true,
      tahunAnggaran: TAHUN,
    });
  });
});

describe('a database loaded with the sample', () => {
  it('lists no first steps: the sample is a working regency', async () => {
    const t = await tempBackend();
    try {
      await t.b.call('sistem.muatDataContoh', {});
      const status = await t.b.call('sistem.status', {});
      expect(status.langkahAwal).toBeNull();
      expect((await t.b.call('pengaturan.ambil', {})).namaPemda).toBe('Pemerintah Kabupaten Contoh');
    } finally {
      await t.dispose();
    }
  });
});
