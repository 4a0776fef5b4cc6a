// Reminders without internet: the ready message and its wa.me link, the surat pengingat per OPD and with a lampiran
// (numbered from the buku agenda, archived, read back from the DOCX), each recorded on the tracker; contact phones in
// Data Master OPD normalised to +62.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src/main/backend';
import { osTanpaDesktop } from '../../src/main/os';
import { formatHariTanggal } from '../../src/shared/format';
import { barisTabel, bacaDocx, harusBerurutan } from '../helpers/docx';
import { dumpDatabase, isiPengaturan } from '../helpers/backend';
import { buatOpdUji, laporTw1, TAHUN_DEPAN as T, type OpdUji } from '../helpers/pelaporan';

describe('reminders', () => {
  let dir: string;
  let b: Backend;
  let dibuka: string[];
  let belum: OpdUji;
  let sebagian: OpdUji;
  let lengkap: OpdUji;
  let kantor: OpdUji;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sinergi-pengingat-'));
    dibuka = [];
    // The desktop's side effect, recorded instead of opening a browser.
    const os = { ...osTanpaDesktop, bukaTautan: (url: string) => Promise.resolve(dibuka.push(url) > 0) };
    b = await createBackend({ dataPath: join(dir, 'sinergi.sqlite'), os });
    await b.call('sistem.aturOperator', { nama: 'Penguji' });
    await isiPengaturan(b);
    belum = await buatOpdUji(b, 1, 'Dinas Belum', { tahun: T, kontakNama: 'Rahmat', kontakTelepon: '0812-3456-7890' });
    sebagian = await buatOpdUji(b, 2, 'Dinas Sebagian', { tahun: T });
    lengkap = await buatOpdUji(b, 3, 'Dinas Lengkap', { tahun: T });
    kantor = await buatOpdUji(b, 4, 'Dinas Kantor', { tahun: T, kontakNama: 'Ani', kontakTelepon: '(0403) 21001' });
    await laporTw1(b, sebagian, T, [{ subKegiatanId: sebagian.a, realisasiFisik: 30, realisasiKeuangan: 1e8 }]);
    await laporTw1(b, lengkap, T, [
      { subKegiatanId: lengkap.a, realisasiFisik: 40, realisasiKeuangan: 1.6e8 },
      { subKegiatanId: lengkap.b, realisasiFisik: 20, realisasiKeuangan: 2e7 },
    ]);
  }, 60_000);
  afterEach(async () => {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pengingat = async (o: OpdUji) =>
    (await b.call('pelaporan.pantau', { tahun: T, triwulan: 1 })).opd.find((r) => r.opdId === o.id)!.pengingat;

  it('writes the message for the contact with the figures and deadline, and a wa.me link for a mobile number', async () => {
    const pesan = await b.call('pelaporan.pesan', { tahun: T, triwulan: 1, opdId: belum.id, perTanggal: `${T}-04-15` });
    expect(pesan.teks).toBe(
      [
        'Yth. Bapak/Ibu Rahmat (Dinas Belum),',
        '',
        `Dengan hormat, kami mengingatkan bahwa laporan realisasi fisik dan keuangan Triwulan I Tahun ${T} ` +
          `(s.d. Maret ${T}) belum kami terima. Batas waktu penyampaian: ${formatHariTanggal(`${T}-04-10`)} (lewat 5 hari).`,
        '',
        'Mohon laporan segera disampaikan melalui Formulir Realisasi OPD. Terima kasih.',
        '',
        'Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah Kabupaten Contoh',
      ].join('\n'),
    );
    expect(pesan.telepon).toBe('+6281234567890');
    const url = new URL(pesan.tautan!);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/6281234567890');
    expect(url.searchParams.get('text')).toBe(pesan.teks);

    const sebagianPesan = await b.call('pelaporan.pesan', { tahun: T, triwulan: 1, opdId: sebagian.id });
    expect(sebagianPesan.teks).toContain('Yth. Bapak/Ibu pengelola laporan Dinas Sebagian,');
    expect(sebagianPesan.teks).toContain('belum lengkap (1 dari 2 sub kegiatan terisi)');
    expect(sebagianPesan.tautan).toBeNull();
    // A landline cannot receive WhatsApp: copy the text instead.
    expect((await b.call('pelaporan.pesan', { tahun: T, triwulan: 1, opdId: kantor.id })).tautan).toBeNull();
  });

  it('records a message sent, opens WhatsApp on the desktop, and refuses what cannot be sent', async () => {
    const kirim = await b.call('pelaporan.kirimPesan', { tahun: T, triwulan: 1, opdId: belum.id, cara: 'whatsapp' });
    expect(kirim.dibuka).toBe(true);
    expect(dibuka).toEqual([kirim.tautan]);
    expect(await pengingat(belum)).toMatchObject({ jumlah: 1, terakhir: { cara: 'whatsapp', oleh: 'Penguji' } });

    const sebelum = dumpDatabase(b);
    await expect(
      b.call('pelaporan.kirimPesan', { tahun: T, triwulan: 1, opdId: sebagian.id, cara: 'whatsapp' }),
    ).rejects.toThrow('Telepon kontak Dinas Sebagian belum diisi di Data Master OPD');
    await expect(
      b.call('pelaporan.kirimPesan', { tahun: T, triwulan: 1, opdId: kantor.id, cara: 'whatsapp' }),
    ).rejects.toThrow('Telepon kontak Dinas Kantor bukan nomor seluler');
    await expect(
      b.call('pelaporan.kirimPesan', { tahun: T, triwulan: 1, opdId: lengkap.id, cara: 'salin' }),
    ).rejects.toThrow('Dinas Lengkap sudah menyampaikan laporan (Lengkap): tidak perlu diingatkan');
    expect(dumpDatabase(b)).toBe(sebelum);
    expect(dibuka).toHaveLength(1);

    await b.call('pelaporan.kirimPesan', { tahun: T, triwulan: 1, opdId: sebagian.id, cara: 'salin' });
    expect(await pengingat(sebagian)).toMatchObject({ jumlah: 1, terakhir: { cara: 'salin' } });
  });

  it('makes one letter per OPD, numbered from the buku agenda, archived and recorded', async () => {
    const sekda = await b.call('penandatangan.simpan', {
      nama: 'Drs. H. Muhammad Yusuf Tamrin, M.Si.',
      jabatan: 'Sekretaris Daerah',
      pangkat: 'Pembina Utama Madya (IV/d)',
      nip: '197001012000031001',
      atasNama: 'Bupati Contoh',
    });
    const surat = await b.call('pelaporan.buatSurat', {
      tahun: T,
      triwulan: 1,
      opdIds: [belum.id, sebagian.id],
      bentuk: 'per_opd',
      penandatanganId: sekda.id,
      tanggalSurat: `${T}-04-15`,
      batasBaru: `${T}-04-20`,
      tembusan: ['Bupati Contoh (sebagai laporan)'],
    });
    expect(surat.map((s) => [s.opd, s.nomorSurat, s.jenis])).toEqual([
      [['Dinas Belum'], `000.1.5/1/Ekbang/${T}`, 'surat_pengingat'],
      [['Dinas Sebagian'], `000.1.5/2/Ekbang/${T}`, 'surat_pengingat'],
    ]);
    expect(surat[0]!.namaBerkas).toBe(`Surat Pengingat Laporan Triwulan I ${T} - Dinas Belum.docx`);
    const agenda = await b.call('suratKeluar.daftar', { tahun: T });
    expect(agenda.map((s) => [s.nomor, s.tujuan, s.hal, s.rapatId])).toEqual([
      [`000.1.5/1/Ekbang/${T}`, 'Kepala Dinas Belum', `Penyampaian Laporan Realisasi Triwulan I Tahun ${T}`, null],
      [`000.1.5/2/Ekbang/${T}`, 'Kepala Dinas Sebagian', `Penyampaian Laporan Realisasi Triwulan I Tahun ${T}`, null],
    ]);

    const { base64 } = await b.call('arsip.unduh', { id: surat[1]!.id });
    const { teks } = await bacaDocx(Buffer.from(base64, 'base64'));
    harusBerurutan(teks, [
      'PEMERINTAH KABUPATEN CONTOH',
      `000.1.5/2/Ekbang/${T}`,
      `Sukamakmur, 15 April ${T}`,
      'Segera',
      'Lampiran',
      '-',
      `Penyampaian Laporan Realisasi Triwulan I Tahun ${T}`,
      'Yth.\tKepala Dinas Sebagian',
      'Tempat',
      `Berdasarkan hasil pemantauan Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah Kabupaten Contoh sampai dengan tanggal 15 April ${T}, laporan realisasi fisik dan keuangan Triwulan I Tahun ${T} (s.d. Maret ${T}) dari Dinas Sebagian belum kami terima secara lengkap`,
      'Status laporan',
      'Sebagian',
      'Sub kegiatan terisi',
      '1 dari 2',
      'Indikator kinerja terisi',
      '0 dari 1',
      'Batas waktu penyampaian',
      `${formatHariTanggal(`${T}-04-10`)} (lewat 5 hari)`,
      `Formulir Realisasi OPD paling lambat tanggal 20 April ${T}`,
      'Demikian disampaikan',
      'a.n. BUPATI CONTOH',
      'SEKRETARIS DAERAH,',
      'Drs. H. Muhammad Yusuf Tamrin, M.Si.',
      'NIP. 19700101 200003 1 001',
      'Tembusan:',
      'Bupati Contoh (sebagai laporan)',
    ]);
    expect(teks).not.toContain('LAMPIRAN SURAT');
    expect(await pengingat(belum)).toMatchObject({ jumlah: 1, terakhir: { cara: 'surat' } });
    expect((await b.call('pelaporan.arsipSurat', { tahun: T, triwulan: 1 })).map((s) => s.id).sort()).toEqual(
      surat.map((s) => s.id).sort(),
    );
  });

  it('makes one letter to all with the list in a lampiran', async () => {
    const [surat] = await b.call('pelaporan.buatSurat', {
      tahun: T,
      triwulan: 1,
      opdIds: [belum.id, sebagian.id, kantor.id],
      bentuk: 'kolektif',
      tanggalSurat: `${T}-04-15`,
    });
    expect(surat!.opd).toEqual(['Dinas Belum', 'Dinas Sebagian', 'Dinas Kantor']);
    const { base64 } = await b.call('arsip.unduh', { id: surat!.id });
    const { teks, xml } = await bacaDocx(Buffer.from(base64, 'base64'));
    harusBerurutan(teks, [
      'Lampiran',
      '1 (satu) lembar',
      'Yth.\tKepala Perangkat Daerah\n(daftar terlampir)',
      'dari Perangkat Daerah sebagaimana daftar terlampir belum kami terima secara lengkap',
      `Batas waktu penyampaian laporan tersebut adalah ${formatHariTanggal(`${T}-04-10`)}.`,
      'dalam kesempatan pertama',
      'LAMPIRAN SURAT',
      `000.1.5/1/Ekbang/${T}`,
      `DAFTAR PERANGKAT DAERAH YANG BELUM MENYAMPAIKAN LAPORAN TRIWULAN I TAHUN ${T} SECARA LENGKAP`,
    ]);
    const tabel = barisTabel(xml);
    const mulai = tabel.findIndex((r) => r[0] === 'No.');
    expect(tabel.slice(mulai)).toEqual([
      ['No.', 'Perangkat Daerah', 'Status laporan', 'Sub kegiatan terisi', 'Terlambat'],
      ['1.', 'Dinas Belum', 'Belum ada data', '0 dari 2', '5 hari'],
      ['2.', 'Dinas Sebagian', 'Sebagian', '1 dari 2', '5 hari'],
      ['3.', 'Dinas Kantor', 'Belum ada data', '0 dari 2', '5 hari'],
      // The signature block under the list.
      expect.any(Array),
    ]);
    for (const o of [belum, sebagian, kantor]) expect((await pengingat(o)).jumlah).toBe(1);
    expect((await b.call('suratKeluar.daftar', { tahun: T }))[0]!.tujuan).toBe('3 perangkat daerah (daftar terlampir)');
  });

  it('refuses a letter to an OPD that has reported or does not exist, taking no number and writing nothing', async () => {
    const sebelum = dumpDatabase(b);
    const dasar = { tahun: T, triwulan: 1, bentuk: 'per_opd' as const };
    await expect(b.call('pelaporan.buatSurat', { ...dasar, opdIds: [belum.id, lengkap.id] })).rejects.toThrow(
      'Dinas Lengkap sudah menyampaikan laporan (Lengkap): tidak perlu diingatkan',
    );
    await expect(b.call('pelaporan.buatSurat', { ...dasar, opdIds: [9999] })).rejects.toThrow(
      'OPD dengan ID 9999 tidak ditemukan',
    );
    const kosong = await b.handle('pelaporan.buatSurat', { ...dasar, opdIds: [] });
    expect(kosong).toMatchObject({
      ok: false,
      galat: { jenis: 'validasi', pesan: 'OPD yang diingatkan wajib dipilih (paling sedikit satu)' },
    });
    expect(dumpDatabase(b)).toBe(sebelum);
  });
});

describe('contact phone in Data Master OPD', () => {
  let dir: string;
  let b: Backend;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sinergi-telepon-'));
    b = await createBackend({ dataPath: join(dir, 'sinergi.sqlite') });
  });
  afterEach(async () => {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the usual ways of typing a number as +62, refuses impossible ones naming the field, keeps the rest', async () => {
    const opd = await buatOpdUji(b, 1, 'Dinas Telepon', { tahun: T, denganRenja: false });
    for (const [ketik, simpan] of [
      ['0812-3456-7890', '+6281234567890'],
      ['+62 812 3456 7890', '+6281234567890'],
      ['62 81234567890', '+6281234567890'],
      ['81234567890', '+6281234567890'],
      ['(0403) 21001', '+6240321001'],
      ['', ''],
    ]) {
      expect((await b.call('opd.simpan', { id: opd.id, kontakTelepon: ketik } as never)).kontakTelepon, ketik).toBe(
        simpan,
      );
    }
    // A partial save: only the contact changes.
    await b.call('opd.simpan', { id: opd.id, kontakTelepon: '081234567890', kontakNama: 'Rahmat' } as never);
    const sebelum = dumpDatabase(b);
    for (const [ketik, pesan] of [
      ['0812 3456', 'Telepon kontak (WhatsApp) terlalu pendek untuk nomor telepon Indonesia'],
      ['0812 3456 7890 1234', 'Telepon kontak (WhatsApp) terlalu panjang untuk nomor telepon Indonesia'],
      ['+60 12 345 6789', 'Telepon kontak (WhatsApp) harus nomor Indonesia (+62)'],
      ['+62 0812 3456 789', 'Telepon kontak (WhatsApp) tidak boleh berawalan 0 setelah kode negara'],
      ['0812-3456-789O', 'Telepon kontak (WhatsApp) hanya boleh berisi angka, spasi, tanda +, - dan ( )'],
    ]) {
      const jawaban = await b.handle('opd.simpan', { id: opd.id, kontakTelepon: ketik });
      expect(jawaban, ketik).toMatchObject({ ok: false, galat: { jenis: 'validasi', pesan } });
      if (!jawaban.ok) expect(jawaban.galat.rincian[0]!.kolom).toBe('kontakTelepon');
    }
    expect(dumpDatabase(b)).toBe(sebelum);
    const [tersimpan] = await b.call('opd.daftar', {});
    expect(tersimpan).toMatchObject({ kontakNama: 'Rahmat', kontakTelepon: '+6281234567890', nama: 'Dinas Telepon' });
  });
});
