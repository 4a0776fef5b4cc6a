import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { hariIni } from '../../src/shared/rapat';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { rakor, siapkanDunia, type Dunia } from '../helpers/rapat';

describe('rapat: follow-ups and obstacles across meetings', () => {
  let t: TempBackend;
  let b: Backend;
  let d: Dunia;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    d = await siapkanDunia(b);
  });
  afterEach(() => t.dispose());

  it('carries open follow-ups and obstacles to the next meeting, which reviews them', async () => {
    const tw3 = await b.call('rapat.simpan', rakor(d));
    const lambat = await b.call('tindakLanjut.simpan', {
      rapatId: tw3.id,
      uraian: 'Menyusun rencana percepatan',
      opdIds: [d.opd.distanak],
      batasWaktu: '2020-01-31',
      status: 'proses',
    });
    const selesai = await b.call('tindakLanjut.simpan', {
      rapatId: tw3.id,
      uraian: 'Melengkapi data',
      opdIds: [d.opd.dispar, d.opd.dkp],
      status: 'selesai',
      bukti: 'Data lengkap',
    });
    const kendala = await b.call('kendala.simpan', {
      rapatId: tw3.id,
      uraian: 'Bibit belum tayang di e-katalog',
      opdId: d.opd.distanak,
      tingkat: 'provinsi',
    });
    expect(lambat).toMatchObject({ terlambat: true, asal: { rapatId: tw3.id, tanggal: '2026-10-15' }, ditinjau: [] });
    expect(kendala).toMatchObject({
      status: 'belum',
      tingkat: 'provinsi',
      opd: { nama: 'Dinas Pertanian dan Peternakan' },
    });

    // The next quarter's meeting, a copy: the open items come along; the finished one does not.
    const tw4 = await b.call('rapat.salin', { id: tw3.id, tanggal: '2027-01-14' });
    const view = await b.call('rapat.tindakLanjut', { rapatId: tw4.id });
    expect(view.ditinjau.map((x) => x.id)).toEqual([lambat.id]);
    expect(view.kendalaDitinjau.map((x) => x.id)).toEqual([kendala.id]);
    expect(view.tawaran).toEqual([]);
    expect(view.diputuskan).toEqual([]);

    // A meeting built by hand is offered the open items instead, and takes them with a note.
    const lain = await b.call('rapat.simpan', rakor(d, { judul: 'Rakor lain', tanggal: '2027-02-01' }));
    const tawaran = await b.call('rapat.tindakLanjut', { rapatId: lain.id });
    expect(tawaran.tawaran.map((x) => x.id)).toEqual([lambat.id]);
    expect(tawaran.kendalaTawaran.map((x) => x.id)).toEqual([kendala.id]);
    const setelah = await b.call('rapat.simpanTinjauan', {
      rapatId: lain.id,
      tindakLanjut: [{ id: lambat.id, catatan: 'Diminta segera' }],
      kendala: [{ id: kendala.id }],
    });
    expect(setelah.tawaran).toEqual([]);
    expect(setelah.ditinjau[0]?.ditinjau.map((x) => [x.judul, x.catatan])).toEqual([
      ['Rapat Koordinasi Triwulan IV Bidang Ekonomi Tahun 2026', ''],
      ['Rakor lain', 'Diminta segera'],
    ]);
    // An earlier meeting is not offered what a later one decided.
    expect((await b.call('rapat.tindakLanjut', { rapatId: tw3.id })).tawaran).toEqual([]);
    expect(selesai.opd.map((o) => o.singkatan)).toEqual(['DKP', 'Dispar']);

    // Saving again replaces the meeting's reviews of both kinds: the follow-up left out is offered again, the kendala
    // carries the new note, and the other meetings' reviews stay.
    const ganti = await b.call('rapat.simpanTinjauan', {
      rapatId: lain.id,
      tindakLanjut: [],
      kendala: [{ id: kendala.id, catatan: 'Dikawal provinsi' }],
    });
    expect(ganti.tawaran.map((x) => x.id)).toEqual([lambat.id]);
    expect(ganti.ditinjau).toEqual([]);
    expect(ganti.kendalaDitinjau.map((x) => [x.id, x.ditinjau.map((t) => [t.judul, t.catatan])])).toEqual([
      [
        kendala.id,
        [
          ['Rapat Koordinasi Triwulan IV Bidang Ekonomi Tahun 2026', ''],
          ['Rakor lain', 'Dikawal provinsi'],
        ],
      ],
    ]);
    expect((await b.call('rapat.tindakLanjut', { rapatId: tw4.id })).ditinjau.map((x) => x.id)).toEqual([lambat.id]);
  });

  it('lists open follow-ups by OPD, the OPD with most overdue first (then by name), overdue items first', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    const tl = (uraian: string, opdIds: number[], batasWaktu: string | null, status = 'belum' as const) =>
      b.call('tindakLanjut.simpan', { rapatId: rapat.id, uraian, opdIds, batasWaktu, status });
    await tl('Dispar nanti', [d.opd.dispar], '2099-12-31');
    await tl('Distanak nanti', [d.opd.distanak], '2099-06-30');
    await tl('Distanak terlambat', [d.opd.distanak, d.opd.dkp], '2020-03-31');
    await tl('Tanpa batas', [d.opd.dkp], null);
    await b.call('tindakLanjut.simpan', {
      rapatId: rapat.id,
      uraian: 'Sudah selesai',
      opdIds: [d.opd.dpupr],
      batasWaktu: '2020-01-01',
      status: 'selesai',
    });
    const perOpd = await b.call('tindakLanjut.perOpd', {});
    expect(perOpd.map((g) => [g.opd.singkatan, g.jumlahTerlambat, g.butir.map((x) => x.uraian)])).toEqual([
      ['DKP', 1, ['Distanak terlambat', 'Tanpa batas']],
      ['Distanak', 1, ['Distanak terlambat', 'Distanak nanti']],
      ['Dispar', 0, ['Dispar nanti']],
    ]);
    const semua = await b.call('tindakLanjut.daftar', { status: 'semua' });
    expect(semua.map((x) => x.uraian)).toEqual([
      'Distanak terlambat',
      'Sudah selesai',
      'Distanak nanti',
      'Dispar nanti',
      'Tanpa batas',
    ]);
    expect((await b.call('tindakLanjut.daftar', {})).map((x) => x.uraian)).not.toContain('Sudah selesai');
    expect(hariIni()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('updates a follow-up and its responsible OPD in one go', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    const tl = await b.call('tindakLanjut.simpan', { rapatId: rapat.id, uraian: 'A', opdIds: [d.opd.dkp] });
    const diubah = await b.call('tindakLanjut.simpan', {
      ...tl,
      rapatId: rapat.id,
      opdIds: [d.opd.dispar],
      status: 'selesai',
      bukti: 'Laporan No. 12 & foto "lapangan"',
    });
    expect(diubah).toMatchObject({ id: tl.id, status: 'selesai', bukti: 'Laporan No. 12 & foto "lapangan"' });
    expect(diubah.opd.map((o) => o.singkatan)).toEqual(['Dispar']);
  });

  it.each([
    [{ uraian: '' }, 'uraian', 'Uraian tindak lanjut wajib diisi'],
    [{ opdIds: [] }, 'opdIds', 'OPD penanggung jawab wajib dipilih (paling sedikit satu)'],
    [{ batasWaktu: '2026-13-01' }, 'batasWaktu', 'Batas waktu bukan tanggal yang ada di kalender'],
    [{ status: 'tunda' }, 'status', 'Status harus salah satu dari: Belum, Proses, Selesai'],
  ])('refuses a follow-up with %o naming the field, and writes nothing', async (salah, kolom, pesan) => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    const sebelum = dumpDatabase(b);
    const jawaban = await b.handle('tindakLanjut.simpan', {
      rapatId: rapat.id,
      uraian: 'Percepatan',
      opdIds: [d.opd.dkp],
      ...salah,
    });
    expect(jawaban.ok ? null : jawaban.galat.rincian).toContainEqual({ kolom, pesan });
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it("refuses unknown references and a review of a meeting's own items, and writes nothing", async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    const tl = await b.call('tindakLanjut.simpan', { rapatId: rapat.id, uraian: 'A', opdIds: [d.opd.dkp] });
    const sebelum = dumpDatabase(b);
    await expect(
      b.call('tindakLanjut.simpan', { rapatId: rapat.id, uraian: 'B', opdIds: [d.opd.dkp, 999] }),
    ).rejects.toThrow('OPD penanggung jawab: OPD dengan ID 999 tidak ditemukan');
    await expect(b.call('kendala.simpan', { rapatId: 999, uraian: 'K' })).rejects.toThrow(
      'Rapat tempat kendala diangkat: rapat dengan ID 999 tidak ditemukan',
    );
    const jawaban = await b.handle('kendala.simpan', { rapatId: rapat.id, uraian: 'K', tingkat: 'kecamatan' });
    expect(jawaban.ok ? null : jawaban.galat.rincian).toContainEqual({
      kolom: 'tingkat',
      pesan: 'Tingkat penanganan harus salah satu dari: OPD, Forum Rakor, DPRD, Pemerintah Provinsi, Pemerintah Pusat',
    });
    await expect(b.call('rapat.simpanTinjauan', { rapatId: rapat.id, tindakLanjut: [{ id: tl.id }] })).rejects.toThrow(
      'Tindak lanjut ke-1 diputuskan pada rapat ini sendiri, bukan rapat sebelumnya',
    );
    await expect(b.call('kendala.hapus', { id: 999 })).rejects.toThrow('Kendala dengan ID 999 tidak ditemukan');
    expect(dumpDatabase(b)).toBe(sebelum);
  });
});
