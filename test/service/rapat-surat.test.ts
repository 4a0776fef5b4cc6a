import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src/main/backend';
import type { OsEffects } from '../../src/main/os';
import { lambangContoh } from '../../src/main/sample/lambang-contoh';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { barisTabel, bacaDocx, harusBerurutan } from '../helpers/docx';
import { simpanUntukDilihat } from '../helpers/dataDokumen';
import { rakor, siapkanDunia, type Dunia } from '../helpers/rapat';

describe('rapat: letter numbers and documents', () => {
  let t: TempBackend;
  let b: Backend;
  let d: Dunia;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    d = await siapkanDunia(b);
  });
  afterEach(() => t.dispose());

  it('numbers invitations from the pattern with a running number per year, never twice', async () => {
    const satu = await b.call('rapat.simpan', rakor(d));
    const dua = await b.call('rapat.simpan', rakor(d, { judul: 'Rapat kedua', hal: 'Undangan Rapat Kedua' }));
    const tahunDepan = await b.call('rapat.simpan', rakor(d, { judul: 'Rapat 2027', tanggalSurat: '2027-01-05' }));

    expect((await b.call('rapat.terbitkanNomor', { rapatId: satu.id })).nomorSurat).toBe('000.1.5/1/Ekbang/2026');
    expect((await b.call('rapat.terbitkanNomor', { rapatId: dua.id })).nomorSurat).toBe('000.1.5/2/Ekbang/2026');
    expect((await b.call('rapat.terbitkanNomor', { rapatId: tahunDepan.id })).nomorSurat).toBe('000.1.5/1/Ekbang/2027');
    // Asking again keeps the number.
    expect((await b.call('rapat.terbitkanNomor', { rapatId: satu.id })).nomorSurat).toBe('000.1.5/1/Ekbang/2026');

    // A number already given is refused with the letter that has it; nothing changes.
    const sebelum = dumpDatabase(b);
    const jawaban = await b.handle('rapat.terbitkanNomor', { rapatId: dua.id, nomorUrut: 1 });
    expect(jawaban.ok ? null : jawaban.galat).toMatchObject({
      jenis: 'ditolak',
      pesan:
        'Nomor urut 1 tahun 2026 sudah dipakai untuk surat "Undangan Rapat Koordinasi Triwulan III" tanggal 8 Oktober 2026',
    });
    expect(dumpDatabase(b)).toBe(sebelum);

    // Editing the number takes the one typed; the replaced one stays in the register, never to be issued again.
    expect((await b.call('rapat.terbitkanNomor', { rapatId: dua.id, nomorUrut: 57 })).nomorSurat).toBe(
      '000.1.5/57/Ekbang/2026',
    );
    const register = await b.call('suratKeluar.daftar', { tahun: 2026 });
    expect(register.map((s) => [s.nomorUrut, s.hal, s.rapatId])).toEqual([
      [1, 'Undangan Rapat Koordinasi Triwulan III', satu.id],
      [2, '[Dibatalkan] Undangan Rapat Kedua', null],
      [57, 'Undangan Rapat Kedua', dua.id],
    ]);
    const baru = await b.call('rapat.simpan', rakor(d, { judul: 'Rapat ketiga' }));
    expect((await b.call('rapat.terbitkanNomor', { rapatId: baru.id })).nomorSurat).toBe('000.1.5/58/Ekbang/2026');

    // Deleting a meeting keeps its number taken.
    await b.call('rapat.hapus', { id: baru.id });
    expect((await b.call('suratKeluar.daftar', { tahun: 2026 })).at(-1)).toMatchObject({
      nomorUrut: 58,
      rapatId: null,
    });
  });

  it('generates the invitation: kop, nomor, hal, Yth., date, time, signature with NIP, lampiran rows', async () => {
    await b.call('pengaturan.simpanLogo', { mime: 'image/png', base64: lambangContoh().toString('base64') });
    const rapat = await b.call('rapat.simpan', rakor(d, { tanggalSurat: '2026-10-08' }));
    await b.call('rapat.terbitkanNomor', { rapatId: rapat.id });
    const dok = await b.call('rapat.buatDokumen', { rapatId: rapat.id, jenis: 'undangan' });
    expect(dok).toMatchObject({
      rapatId: rapat.id,
      jenis: 'undangan',
      namaBerkas: 'Surat Undangan Rapat Koordinasi Triwulan III Bidang Ekonomi Tahun 2026 2026-10-15.docx',
    });
    expect(dok.ukuran).toBeGreaterThan(5000);
    const { namaBerkas, base64 } = await b.call('arsip.unduh', { id: dok.id });
    expect(namaBerkas).toBe(dok.namaBerkas);
    const { teks, xml } = await bacaDocx(Buffer.from(base64, 'base64'));
    harusBerurutan(teks, [
      'PEMERINTAH KABUPATEN CONTOH',
      'Nomor',
      '000.1.5/1/Ekbang/2026',
      'Sukamakmur, 8 Oktober 2026',
      'Lampiran',
      '1 (satu) lembar',
      'Hal',
      'Undangan Rapat Koordinasi Triwulan III',
      'Yth.\tPeserta Rapat\n(daftar terlampir)',
      'Dalam rangka evaluasi pelaksanaan program dan kegiatan perangkat daerah Triwulan III Tahun 2026',
      'Kamis, 15 Oktober 2026',
      '09.00 WITA s.d. selesai',
      'Ruang Pola Kantor Bupati Contoh',
      '1.\tPaparan realisasi s.d. Triwulan III',
      'a.n. BUPATI CONTOH',
      'SEKRETARIS DAERAH,',
      'Drs. H. Muhammad Yusuf Tamrin, M.Si.',
      'NIP. 19700101 200003 1 001',
      'Tembusan:',
      'LAMPIRAN SURAT UNDANGAN',
      'Kepala Dinas Pertanian dan Peternakan',
      'Pemimpin Cabang',
    ]);
    expect(xml.includes('<pic:pic')).toBe(true);
    const baris = barisTabel(xml);
    const mulai = baris.findIndex((r) => r[0] === 'No.');
    expect(baris.slice(mulai + 1, mulai + 5).map((r) => r[3])).toEqual([
      'Dinas Pertanian dan Peternakan',
      'Dinas Kelautan dan Perikanan',
      'Dinas Pariwisata',
      'Bank Sultra Cabang Sukamakmur',
    ]);
  });

  it('puts 60 invitees in a lampiran of as many sheets as they take, and without a number leaves it blank', async () => {
    const tambahan: number[] = [];
    for (let i = 0; i < 56; i++) {
      const opd = await b.call('opd.simpan', {
        kode: `7.01.0.00.0.00.${String(10 + Math.floor(i / 10)).padStart(2, '0')}.${String(i).padStart(4, '0')}`,
        nama: `Kecamatan Contoh ${i + 1}`,
        klaster: 'pemerintahan',
        kepalaNama: `Camat ${i + 1}`,
        kepalaJabatan: `Camat Contoh ${i + 1}`,
        kepalaNip: '197001011995031001',
      });
      tambahan.push(opd.id);
    }
    const peserta = [...Object.values(d.opd), ...tambahan].map((opdId) => ({ opdId }));
    expect(peserta).toHaveLength(60);
    const rapat = await b.call('rapat.simpan', rakor(d, { peserta, tanggalSurat: '' }));
    const dok = await b.call('rapat.buatDokumen', { rapatId: rapat.id, jenis: 'undangan' });
    const { base64 } = await b.call('arsip.unduh', { id: dok.id });
    simpanUntukDilihat('undangan-60-api.docx', Buffer.from(base64, 'base64'));
    const { teks, xml } = await bacaDocx(Buffer.from(base64, 'base64'));
    harusBerurutan(teks, [
      '000.1.5/\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/Ekbang/',
      '2 (dua) lembar',
      'Kepala Perangkat Daerah\n(daftar terlampir)',
    ]);
    const baris = barisTabel(xml);
    const lampiran = baris.slice(baris.findIndex((r) => r[0] === 'No.'));
    expect(lampiran.filter((r) => /^\d+\.$/.test(r[0] ?? ''))).toHaveLength(60);
    expect(lampiran.at(-2)?.[2]).toBe('Camat Contoh 56');
  });

  it('generates the attendance list and the minutes with the follow-ups, and archives every version', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    await b.call('rapat.simpanNotulen', {
      rapatId: rapat.id,
      notulisNama: 'Rina Marlina, S.E.',
      notulisNip: '199001012015032001',
      pembukaan: 'Dibuka pukul 09.15 WITA.',
      kesimpulan: '1. Percepatan pengadaan.',
      pembahasan: [{ acaraId: rapat.acara[0]!.id, pembicara: 'Kepala Distanak', uraian: 'Bibit & pupuk "terlambat".' }],
    });
    await b.call('tindakLanjut.simpan', {
      rapatId: rapat.id,
      uraian: 'Menyusun rencana percepatan',
      opdIds: [d.opd.distanak, d.opd.dkp],
      batasWaktu: '2026-11-30',
    });
    const hadir = await b.call('rapat.buatDokumen', { rapatId: rapat.id, jenis: 'daftar_hadir' });
    const dh = await bacaDocx(Buffer.from((await b.call('arsip.unduh', { id: hadir.id })).base64, 'base64'));
    const baris = barisTabel(dh.xml).filter((r) => r.length === 5);
    expect(baris.map((r) => r[3])).toEqual([
      'Instansi/OPD',
      'Dinas Pertanian dan Peternakan',
      'Dinas Kelautan dan Perikanan',
      'Dinas Pariwisata',
      'Bank Sultra Cabang Sukamakmur',
      '',
      '',
      '',
      '',
      '',
    ]);

    await b.call('rapat.buatDokumen', { rapatId: rapat.id, jenis: 'notulen' });
    const notulen = await b.call('rapat.buatDokumen', { rapatId: rapat.id, jenis: 'notulen' });
    const nt = await bacaDocx(Buffer.from((await b.call('arsip.unduh', { id: notulen.id })).base64, 'base64'));
    harusBerurutan(nt.teks, [
      'NOTULEN RAPAT',
      'Rapat Koordinasi Triwulan III Bidang Ekonomi Tahun 2026',
      'Kamis, 15 Oktober 2026',
      'Ir. La Ode Budiman, M.Si. (Asisten Perekonomian dan Pembangunan)',
      'diundang 4; kehadiran belum dicatat',
      '1. Paparan realisasi s.d. Triwulan III',
      'Kepala Distanak:',
      'Bibit & pupuk "terlambat".',
      'Percepatan pengadaan.',
      'Menyusun rencana percepatan',
      'DKP, Distanak',
      '30 November 2026',
      'NIP. 19900101 201503 2 001',
      'NIP. 19720505 200003 1 002',
    ]);

    const arsip = await b.call('arsip.daftar', { rapatId: rapat.id });
    expect(arsip.map((a) => a.jenis)).toEqual(['notulen', 'notulen', 'daftar_hadir']);
    expect(arsip[0]!.dibuatPada >= arsip[2]!.dibuatPada).toBe(true);
    const [ringkas] = await b.call('rapat.daftar', {});
    expect(ringkas?.jumlahDokumen).toBe(3);
  });

  it('opens an archived document: asks where to save, writes it, opens it; a cancel opens nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinergi-buka-'));
    const dibuka: string[] = [];
    let batal = false;
    let tanpaProgram = false;
    const os: OsEffects = {
      simpanBerkas: (nama, isi) => {
        if (batal) return Promise.resolve(null);
        const path = join(dir, nama);
        writeFileSync(path, isi);
        return Promise.resolve(path);
      },
      bukaBerkas: (path) => {
        if (tanpaProgram) return Promise.reject(new Error('Tidak ada aplikasi untuk membuka .docx'));
        dibuka.push(path);
        return Promise.resolve();
      },
    };
    const desktop = await createBackend({ dataPath: join(dir, 'sinergi.sqlite'), os });
    try {
      const dd = await siapkanDunia(desktop);
      const rapat = await desktop.call('rapat.simpan', rakor(dd));
      const dok = await desktop.call('rapat.buatDokumen', { rapatId: rapat.id, jenis: 'undangan' });
      const { path } = await desktop.call('arsip.buka', { id: dok.id });
      expect(path).toBe(join(dir, dok.namaBerkas));
      expect(dibuka).toEqual([path]);
      expect((await bacaDocx(readFileSync(path!))).teks).toContain('SEKRETARIS DAERAH,');
      // Saved but not opened: the path, with a warning saying where it is and why it did not open.
      tanpaProgram = true;
      const { peringatan } = await desktop.call('arsip.buka', { id: dok.id });
      expect(peringatan).toBe(
        `Berkas tersimpan di ${path}, tetapi tidak dapat dibuka otomatis (Tidak ada aplikasi untuk membuka .docx). ` +
          'Bukalah dari File Explorer.',
      );
      batal = true;
      expect(await desktop.call('arsip.buka', { id: dok.id })).toEqual({ path: null, peringatan: null });
      expect(dibuka).toHaveLength(1);
      await expect(desktop.call('arsip.buka', { id: 999 })).rejects.toThrow(
        'Dokumen dengan ID 999 tidak ditemukan di arsip',
      );
    } finally {
      await desktop.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
