// Kendala scored and coded: scales 1-5 and their band, the category list the regency edits, and the regency view
// (heat map, top risks, sums per category and per OPD) across OPD.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { kendalaMenurutKategori } from '../../src/main/risiko/peta';
import type { KendalaInput } from '../../src/shared/api/rapat';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { buatOpdUji, TAHUN_DEPAN as T } from '../helpers/pelaporan';

describe('kendala as risks', () => {
  let t: TempBackend;
  let b: Backend;
  let rapatId: number;
  let opd: { id: number; nama: string }[];
  let kategori: Record<string, number>;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    await b.call('sistem.aturOperator', { nama: 'Penguji' });
    opd = [];
    for (const [i, nama] of ['Dinas PU', 'Dinas Pertanian', 'Dinas Kesehatan'].entries())
      opd.push(await buatOpdUji(b, i + 1, nama, { tahun: T, denganRenja: false }));
    const rapat = await b.call('rapat.simpan', {
      jenis: 'lainnya',
      judul: 'Rakor Identifikasi Risiko',
      tanggal: `${T}-04-20`,
      waktuMulai: '09:00',
      tempat: 'Aula Bappeda',
      hal: 'Undangan Rakor',
      peserta: [],
    });
    rapatId = rapat.id;
    kategori = Object.fromEntries((await b.call('kategoriKendala.daftar', {})).map((k) => [k.nama, k.id]));
  });
  afterEach(() => t.dispose());

  const kendala = (k: Omit<KendalaInput, 'rapatId'>) => b.call('kendala.simpan', { rapatId, ...k });

  it('starts from the default category list of domain.md', async () => {
    expect((await b.call('kategoriKendala.daftar', {})).map((k) => k.nama)).toEqual([
      'Perencanaan',
      'Pengadaan barang/jasa',
      'SDM',
      'Regulasi/juknis',
      'Dana transfer',
      'Lahan/perizinan',
      'Cuaca/alam',
      'Pihak ketiga',
      'Lainnya',
    ]);
  });

  it('scores a kendala from its two scales and refuses a scale outside 1-5 or one without the other', async () => {
    const k = await kendala({
      uraian: 'Tender ulang jalan poros',
      opdId: opd[0]!.id,
      kategoriId: kategori['Pengadaan barang/jasa']!,
      kemungkinan: 4,
      dampak: 5,
    });
    expect(k).toMatchObject({
      kemungkinan: 4,
      dampak: 5,
      skor: 20,
      band: 'Sangat Tinggi',
      kategori: { nama: 'Pengadaan barang/jasa' },
    });
    // Only the status changes: the score and the category stay (partial save).
    expect(await b.call('kendala.simpan', { id: k.id, revisi: k.revisi, status: 'proses' } as never)).toMatchObject({
      skor: 20,
      status: 'proses',
      kategori: { nama: 'Pengadaan barang/jasa' },
    });
    const sebelum = dumpDatabase(b);
    for (const [isian, kolom, pesan] of [
      [{ kemungkinan: 0, dampak: 3 }, 'kemungkinan', 'Kemungkinan (1-5) tidak boleh kurang dari 1'],
      [{ kemungkinan: 3, dampak: 6 }, 'dampak', 'Dampak (1-5) tidak boleh lebih dari 5'],
      [{ kemungkinan: 2.5, dampak: 3 }, 'kemungkinan', 'Kemungkinan (1-5) harus berupa angka'],
      [
        { kemungkinan: 3, dampak: null },
        'dampak',
        'Kemungkinan dan dampak diisi keduanya (1-5) atau dikosongkan keduanya',
      ],
    ] as const) {
      const jawaban = await b.handle('kendala.simpan', { id: k.id, ...isian });
      expect(jawaban, JSON.stringify(isian)).toMatchObject({
        ok: false,
        galat: { jenis: 'validasi', rincian: [{ kolom, pesan }] },
      });
    }
    await expect(b.call('kendala.simpan', { id: k.id, kategoriId: 999 } as never)).rejects.toThrow(
      'Kategori kendala dengan ID 999 tidak ditemukan',
    );
    expect(dumpDatabase(b)).toBe(sebelum);
    // Both cleared: no longer scored.
    expect(await b.call('kendala.simpan', { id: k.id, kemungkinan: null, dampak: null } as never)).toMatchObject({
      skor: null,
      band: null,
    });
  });

  it('lets the regency rename, add and remove categories, but not remove one in use or add one twice', async () => {
    const lahan = kategori['Lahan/perizinan']!;
    await kendala({
      uraian: 'Lahan pasar belum bebas',
      opdId: opd[0]!.id,
      kategoriId: lahan,
      kemungkinan: 3,
      dampak: 3,
    });
    const [pertama] = await b.call('kategoriKendala.daftar', {});
    const ganti = await b.call('kategoriKendala.simpan', { id: lahan, nama: 'Lahan, perizinan dan AMDAL' });
    expect(ganti).toMatchObject({ nama: 'Lahan, perizinan dan AMDAL', urutan: 6, jumlahKendala: 1 });
    const baru = await b.call('kategoriKendala.simpan', { nama: 'Bencana sosial' });
    expect(baru).toMatchObject({ urutan: 10, jumlahKendala: 0 });
    await expect(b.call('kategoriKendala.simpan', { nama: 'sdm' })).rejects.toThrow('Kategori kendala "sdm" sudah ada');
    await expect(b.call('kategoriKendala.hapus', { id: lahan })).rejects.toThrow(
      'Kategori "Lahan, perizinan dan AMDAL" masih dipakai oleh 1 kendala',
    );
    await b.call('kategoriKendala.hapus', { id: baru.id });
    const daftar = await b.call('kategoriKendala.daftar', {});
    expect(daftar).toHaveLength(9);
    expect(daftar[0]).toEqual(pertama);
    expect((await b.call('kendala.daftar', { status: 'semua' }))[0]!.kategori!.nama).toBe('Lahan, perizinan dan AMDAL');
  });

  it('maps the risks across OPD: heat map cells, top risks, sums per OPD and per category, high risks first', async () => {
    const [pu, tani, kes] = opd as [(typeof opd)[0], (typeof opd)[0], (typeof opd)[0]];
    const k = kategori;
    await kendala({
      uraian: 'Tender ulang',
      opdId: pu.id,
      kategoriId: k['Pengadaan barang/jasa']!,
      kemungkinan: 5,
      dampak: 5,
    });
    await kendala({
      uraian: 'Lahan belum bebas',
      opdId: pu.id,
      kategoriId: k['Lahan/perizinan']!,
      kemungkinan: 3,
      dampak: 4,
    });
    await kendala({
      uraian: 'Bibit belum tayang',
      opdId: tani.id,
      kategoriId: k['Pengadaan barang/jasa']!,
      kemungkinan: 2,
      dampak: 2,
    });
    await kendala({ uraian: 'Musim hujan', opdId: tani.id, kategoriId: k['Cuaca/alam']!, kemungkinan: 4, dampak: 4 });
    await kendala({
      uraian: 'DAK tahap II terlambat',
      opdId: kes.id,
      kategoriId: k['Dana transfer']!,
      kemungkinan: 4,
      dampak: 4,
    });
    await kendala({ uraian: 'Belum dinilai', opdId: kes.id });
    const selesai = await kendala({ uraian: 'Sudah teratasi', opdId: kes.id, kemungkinan: 5, dampak: 5 });
    await b.call('kendala.simpan', { id: selesai.id, status: 'selesai' } as never);

    const peta = await b.call('risiko.peta', { status: 'terbuka' });
    expect(peta).toMatchObject({ jumlahKendala: 6, belumDinilai: 1 });
    expect(peta.sel).toHaveLength(25);
    const sel = (kemungkinan: number, dampak: number) =>
      peta.sel.find((s) => s.kemungkinan === kemungkinan && s.dampak === dampak)!;
    expect(sel(5, 5)).toEqual({ kemungkinan: 5, dampak: 5, skor: 25, band: 'Sangat Tinggi', jumlah: 1 });
    expect(sel(4, 4)).toMatchObject({ skor: 16, band: 'Tinggi', jumlah: 2 });
    expect(sel(3, 4)).toMatchObject({ skor: 12, band: 'Sedang', jumlah: 1 });
    expect(sel(1, 1)).toMatchObject({ skor: 1, band: 'Sangat Rendah', jumlah: 0 });
    expect(peta.sel.reduce((n, s) => n + s.jumlah, 0)).toBe(5);
    expect(peta.teratas.map((x) => [x.uraian, x.skor])).toEqual([
      ['Tender ulang', 25],
      ['Musim hujan', 16],
      ['DAK tahap II terlambat', 16],
      ['Lahan belum bebas', 12],
      ['Bibit belum tayang', 4],
    ]);
    expect(peta.perOpd.map((o) => [o.opd?.nama, o.jumlah, o.jumlahTinggi, o.totalSkor, o.skorTertinggi])).toEqual([
      ['Dinas PU', 2, 1, 37, 25],
      ['Dinas Pertanian', 2, 1, 20, 16],
      ['Dinas Kesehatan', 2, 1, 16, 16],
    ]);
    expect(peta.perKategori.map((g) => [g.kategori?.nama ?? null, g.jumlah, g.jumlahTinggi, g.totalSkor])).toEqual([
      ['Pengadaan barang/jasa', 2, 1, 29],
      // Equal: the regency's list order decides.
      ['Dana transfer', 1, 1, 16],
      ['Cuaca/alam', 1, 1, 16],
      ['Lahan/perizinan', 1, 0, 12],
      [null, 1, 0, 0],
    ]);

    // What the report's kendala section calls: the same groups, each with its items, highest score first.
    const grup = await kendalaMenurutKategori(b.ctx.db, { status: 'terbuka' });
    expect(grup[0]!.butir.map((x) => x.uraian)).toEqual(['Tender ulang', 'Bibit belum tayang']);
    // All kendala, the settled one included, and one OPD only.
    const semua = await b.call('risiko.peta', { status: 'semua', opdId: kes.id });
    expect(semua.teratas.map((x) => x.uraian)).toEqual(['Sudah teratasi', 'DAK tahap II terlambat']);
    expect(semua.jumlahKendala).toBe(3);
  });
});
