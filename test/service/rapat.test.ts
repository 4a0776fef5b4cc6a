import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { pembahasanKeLainLain } from '../../src/shared/rapat';
import { rakor, siapkanDunia, type Dunia } from '../helpers/rapat';

describe('rapat: meetings, invitees and agenda', () => {
  let t: TempBackend;
  let b: Backend;
  let d: Dunia;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    d = await siapkanDunia(b);
  });
  afterEach(() => t.dispose());

  it('saves a meeting with OPD and person invitees; an OPD is addressed through its head', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    expect(rapat.peserta.map((p) => [p.nama, p.jabatan, p.instansi])).toEqual([
      ['Kepala Distanak', 'Kepala Dinas Pertanian dan Peternakan', 'Dinas Pertanian dan Peternakan'],
      ['Kepala DKP', 'Kepala Dinas Kelautan dan Perikanan', 'Dinas Kelautan dan Perikanan'],
      ['Kepala Dispar', 'Kepala Dinas Pariwisata', 'Dinas Pariwisata'],
      ['Andi Rahmat, S.E.', 'Pemimpin Cabang', 'Bank Sultra Cabang Sukamakmur'],
    ]);
    expect(rapat.acara.map((a) => a.uraian)).toEqual(['Paparan realisasi s.d. Triwulan III', 'Pembahasan kendala']);
    expect(rapat.nomorSurat).toBe('');

    const [ringkas] = await (await t.reopen()).call('rapat.daftar', {});
    expect(ringkas).toMatchObject({ id: rapat.id, jumlahDiundang: 4, jumlahHadir: 0, jumlahDokumen: 0 });
    expect(await t.b.call('rapat.ambil', { id: rapat.id })).toEqual(rapat);
  });

  it('addresses the secretaries for a Pra-Rakorev', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d, { jenis: 'pra_rakorev', tujuan: 'sekretaris' }));
    expect(rapat.peserta[0]).toMatchObject({
      nama: 'Sekretaris Distanak',
      jabatan: 'Sekretaris Dinas Pertanian dan Peternakan',
    });
  });

  it('saves a meeting without any optional field', async () => {
    const rapat = await b.call('rapat.simpan', {
      jenis: 'lainnya',
      judul: 'Rapat Persiapan Pameran UMKM',
      tanggal: '2026-12-01',
      waktuMulai: '9.30',
      tempat: 'Aula Setda',
      hal: 'Undangan Rapat',
      peserta: [],
    });
    expect(rapat).toMatchObject({
      waktuMulai: '09:30',
      waktuSelesai: '',
      tahun: null,
      triwulan: null,
      pimpinanId: null,
      sifat: 'Biasa',
      tujuan: 'kepala',
      lampiran: null,
      acara: [],
      narasumber: [],
    });
  });

  it('records attendance: present, represented by name, absent, and a walk-in', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    const peserta = rapat.peserta.map((p, i) => ({
      opdId: p.opdId,
      nama: p.opdId === null ? p.nama : '',
      jabatan: p.opdId === null ? p.jabatan : '',
      instansi: p.opdId === null ? p.instansi : '',
      kehadiran: (['hadir', 'diwakili', 'tidak_hadir', 'hadir'] as const)[i]!,
      diwakiliOleh: i === 1 ? 'Nurjannah, S.Pi.' : '',
    }));
    const tamu = {
      opdId: null,
      nama: 'La Ode Tamu',
      jabatan: 'Staf Ahli',
      diundang: false,
      kehadiran: 'hadir' as const,
    };
    const hasil = await b.call('rapat.simpan', { ...rakor(d), id: rapat.id, peserta: [...peserta, tamu] });
    expect(hasil.peserta.map((p) => [p.kehadiran, p.diwakiliOleh, p.diundang])).toEqual([
      ['hadir', '', true],
      ['diwakili', 'Nurjannah, S.Pi.', true],
      ['tidak_hadir', '', true],
      ['hadir', '', true],
      ['hadir', '', false],
    ]);
    const [ringkas] = await b.call('rapat.daftar', {});
    expect(ringkas).toMatchObject({ jumlahDiundang: 4, jumlahHadir: 4 });
  });

  it.each([
    [{ judul: '  ' }, 'judul', 'Judul rapat wajib diisi'],
    [{ tanggal: '2026-02-30' }, 'tanggal', 'Tanggal rapat bukan tanggal yang ada di kalender'],
    [{ waktuMulai: '25:00' }, 'waktuMulai', 'Waktu mulai harus berformat JJ:MM, misalnya 09:00'],
    [{ waktuSelesai: '08:00' }, 'waktuSelesai', 'Waktu selesai harus setelah waktu mulai'],
    [{ triwulan: null }, 'triwulan', 'Triwulan yang dievaluasi wajib diisi untuk Rakor Triwulan'],
    [{ triwulan: 5 }, 'triwulan', 'Triwulan yang dievaluasi tidak boleh lebih dari 4'],
    [
      { jenis: 'arisan' },
      'jenis',
      'Jenis rapat harus salah satu dari: Rakor Triwulan, Pra-Rakorev, Rakorev Pembangunan, Rakerda, Bimtek, Lainnya',
    ],
    [{ sifat: 'Rahasia' }, 'sifat', 'Sifat surat harus salah satu dari: Biasa, Segera, Penting'],
    [{ tanggalSurat: '8 Oktober 2026' }, 'tanggalSurat', 'Tanggal surat harus berformat TTTT-BB-HH'],
    [{ hal: 42 }, 'hal', 'Hal harus berupa teks'],
  ])('refuses %o with a message naming the field, and writes nothing', async (salah, kolom, pesan) => {
    const sebelum = dumpDatabase(b);
    const jawaban = await b.handle('rapat.simpan', { ...rakor(d), ...salah });
    expect(jawaban.ok).toBe(false);
    if (jawaban.ok) return;
    expect(jawaban.galat.jenis).toBe('validasi');
    expect(jawaban.galat.rincian).toContainEqual({ kolom, pesan });
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('refuses bad invitees with the invitee number, and writes nothing', async () => {
    const sebelum = dumpDatabase(b);
    const jawaban = await b.handle('rapat.simpan', {
      ...rakor(d),
      peserta: [
        { opdId: d.opd.distanak },
        { opdId: null, nama: '' },
        { opdId: d.opd.distanak },
        { opdId: d.opd.dkp, kehadiran: 'diwakili' },
      ],
    });
    expect(jawaban.ok).toBe(false);
    if (jawaban.ok) return;
    expect(jawaban.galat.rincian).toEqual(
      expect.arrayContaining([
        { kolom: 'peserta.1.nama', pesan: 'Nama peserta wajib diisi bila peserta bukan OPD' },
        { kolom: 'peserta.2.opdId', pesan: 'Peserta ke-3: OPD yang sama sudah ada pada peserta ke-1' },
        { kolom: 'peserta.3.diwakiliOleh', pesan: 'Nama wakil wajib diisi bila peserta diwakili' },
      ]),
    );
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('refuses an OPD or a signatory that does not exist, naming it, and writes nothing', async () => {
    const sebelum = dumpDatabase(b);
    await expect(b.call('rapat.simpan', rakor(d, { peserta: [{ opdId: 999 }] }))).rejects.toThrow(
      'Peserta ke-1: OPD dengan ID 999 tidak ditemukan',
    );
    await expect(b.call('rapat.simpan', rakor(d, { penandatanganId: 999 }))).rejects.toThrow(
      'Penandatangan undangan: penandatangan dengan ID 999 tidak ditemukan',
    );
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('keeps agenda ids across saves so the minutes stay under their item', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    const [paparan, kendala] = rapat.acara;
    const ditulis = await b.call('rapat.simpanNotulen', {
      rapatId: rapat.id,
      notulisNama: 'Rina Marlina, S.E.',
      notulisNip: '19900101 201503 2 001',
      pembukaan: 'Dibuka pukul 09.15 WITA.',
      kesimpulan: 'Percepatan.',
      pembahasan: [
        { acaraId: paparan!.id, pembicara: 'Kabag', uraian: 'Realisasi 35%.' },
        { acaraId: kendala!.id, pembicara: 'Distanak', uraian: 'E-katalog.' },
      ],
    });
    // Rename the first item, drop the second: the first keeps its minutes, the second's move to "lain-lain".
    const diubah = await b.call('rapat.simpan', {
      ...rakor(d),
      id: rapat.id,
      acara: [{ id: paparan!.id, uraian: 'Paparan realisasi (revisi)' }],
    });
    expect(diubah.acara).toEqual([{ id: paparan!.id, uraian: 'Paparan realisasi (revisi)' }]);
    expect(diubah.notulen.notulisNip).toBe('199001012015032001');
    expect(diubah.notulen.pembahasan.map((p) => [p.acaraId, p.pembicara])).toEqual([
      [paparan!.id, 'Kabag'],
      [null, 'Distanak'],
    ]);
    // The editor moves the rows it holds with the same rule the database keeps (one rule, two homes agreeing).
    expect(diubah.notulen.pembahasan).toEqual(pembahasanKeLainLain(ditulis.notulen.pembahasan, diubah.acara));
    expect(pembahasanKeLainLain(diubah.notulen.pembahasan, diubah.acara)).toBe(diubah.notulen.pembahasan);
  });

  it('refuses minutes for an agenda item of another meeting, and a bad NIP of the notulis', async () => {
    const satu = await b.call('rapat.simpan', rakor(d));
    const dua = await b.call('rapat.simpan', rakor(d, { judul: 'Rapat lain' }));
    const sebelum = dumpDatabase(b);
    await expect(
      b.call('rapat.simpanNotulen', {
        rapatId: dua.id,
        pembahasan: [{ acaraId: satu.acara[0]!.id, uraian: 'x' }],
      }),
    ).rejects.toThrow('Pembahasan ke-1: acara tersebut bukan acara rapat ini');
    const jawaban = await b.handle('rapat.simpanNotulen', { rapatId: dua.id, notulisNip: '123' });
    expect(jawaban.ok ? null : jawaban.galat.rincian).toContainEqual({
      kolom: 'notulisNip',
      pesan: 'NIP notulis: NIP harus terdiri atas 18 digit angka',
    });
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('copies a meeting into the next quarter: same invitees and agenda, new date, no number, no attendance', async () => {
    const asal = await b.call('rapat.simpan', rakor(d));
    await b.call('rapat.terbitkanNomor', { rapatId: asal.id });
    const salinan = await b.call('rapat.salin', { id: asal.id, tanggal: '2027-01-14' });
    expect(salinan).toMatchObject({
      judul: 'Rapat Koordinasi Triwulan IV Bidang Ekonomi Tahun 2026',
      hal: 'Undangan Rapat Koordinasi Triwulan IV',
      tahun: 2026,
      triwulan: 4,
      tanggal: '2027-01-14',
      nomorSurat: '',
      tanggalSurat: '',
      tempat: asal.tempat,
      penandatanganId: d.sekda,
    });
    expect(salinan.acara.map((a) => a.uraian)).toEqual(['Paparan realisasi s.d. Triwulan IV', 'Pembahasan kendala']);
    expect(salinan.peserta.map((p) => [p.opdId, p.nama, p.kehadiran])).toEqual(
      asal.peserta.map((p) => [p.opdId, p.nama, '']),
    );

    const tahunBaru = await b.call('rapat.salin', { id: salinan.id, tanggal: '2027-04-15' });
    expect(tahunBaru).toMatchObject({
      judul: 'Rapat Koordinasi Triwulan I Bidang Ekonomi Tahun 2027',
      tahun: 2027,
      triwulan: 1,
    });
  });

  it('deletes a meeting, but not one that decided follow-ups; an invited OPD cannot be deleted', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    await expect(b.call('opd.hapus', { id: d.opd.distanak })).rejects.toThrow(
      'Dinas Pertanian dan Peternakan tidak dapat dihapus karena masih memiliki data',
    );
    const tl = await b.call('tindakLanjut.simpan', { rapatId: rapat.id, uraian: 'Percepatan', opdIds: [d.opd.dkp] });
    const sebelum = dumpDatabase(b);
    await expect(b.call('rapat.hapus', { id: rapat.id })).rejects.toThrow(
      'tidak dapat dihapus karena memutuskan 1 tindak lanjut dan mencatat 0 kendala',
    );
    expect(dumpDatabase(b)).toBe(sebelum);
    await b.call('tindakLanjut.hapus', { id: tl.id });
    await b.call('rapat.hapus', { id: rapat.id });
    expect(await b.call('rapat.daftar', {})).toEqual([]);
    await expect(b.call('rapat.ambil', { id: rapat.id })).rejects.toThrow(
      `Rapat dengan ID ${rapat.id} tidak ditemukan`,
    );
  });
});
