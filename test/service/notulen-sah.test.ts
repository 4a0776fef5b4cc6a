// Approved minutes (disahkan) are frozen: the notulen prints what it printed when approved, byte for byte in its
// word/document.xml, after the follow-ups' statuses, the invitees and the settings changed. The later statuses show in
// the next meeting's review. Withdrawing the approval is explicit, needs a reason, and Riwayat keeps it.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { bacaDocx, barisTabel } from '../helpers/docx';
import { rakor, siapkanDunia, type Dunia } from '../helpers/rapat';

async function notulen(b: Backend, rapatId: number): Promise<{ dokumen: Buffer; xml: string }> {
  const arsip = await b.call('rapat.buatDokumen', { rapatId, jenis: 'notulen' });
  const dokumen = Buffer.from((await b.call('arsip.unduh', { id: arsip.id })).base64, 'base64');
  const xml = await (await JSZip.loadAsync(dokumen)).file('word/document.xml')!.async('string');
  return { dokumen, xml };
}

/** The Status cell of the follow-up's row (its cell also holds the "Bukti:" line when there is one). */
const statusTindakLanjut = (xml: string, uraian: string) =>
  barisTabel(xml)
    .find((r) => r[1]?.startsWith(uraian))
    ?.at(-1);

describe('approved notulen', () => {
  let t: TempBackend;
  let b: Backend;
  let d: Dunia;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    d = await siapkanDunia(b);
    await b.call('sistem.aturOperator', { nama: 'Rina Marlina' });
  });
  afterEach(() => t.dispose());

  it('prints the same document.xml after the follow-up, the invitees and the margins changed', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    await b.call('rapat.simpanNotulen', {
      rapatId: rapat.id,
      notulisNama: 'Rina Marlina, S.E.',
      notulisNip: '199001012015032001',
      pembukaan: 'Dibuka pukul 09.15 WITA.',
      kesimpulan: '1. Percepatan pengadaan.',
      pembahasan: [{ acaraId: rapat.acara[0]!.id, pembicara: 'Kepala Distanak', uraian: 'Bibit belum tiba.' }],
    });
    const tl = await b.call('tindakLanjut.simpan', {
      rapatId: rapat.id,
      uraian: 'Menyusun rencana percepatan',
      opdIds: [d.opd.distanak],
      batasWaktu: '2099-11-30',
      status: 'proses',
    });

    // Not approved yet: nothing stops a change.
    expect(rapat.notulenSah).toBeNull();
    const sah = await b.call('rapat.sahkanNotulen', { rapatId: rapat.id });
    expect(sah.notulenSah).toMatchObject({ disahkanOleh: 'Rina Marlina' });
    const disahkan = await notulen(b, rapat.id);
    expect(statusTindakLanjut(disahkan.xml, 'Menyusun rencana percepatan')).toBe('Proses');

    // Later: the follow-up is done, an invitee came after all, the regency widened its margins.
    await b.call('tindakLanjut.simpan', {
      id: tl.id,
      rapatId: rapat.id,
      uraian: tl.uraian,
      opdIds: [d.opd.distanak],
      batasWaktu: tl.batasWaktu,
      status: 'selesai',
      bukti: 'Rencana ditetapkan',
    });
    const r = await b.call('rapat.ambil', { id: rapat.id });
    await b.call('rapat.simpan', {
      ...r,
      peserta: r.peserta.map((p) => ({ ...p, kehadiran: 'hadir' as const })),
    });
    const pengaturan = await b.call('pengaturan.ambil', {});
    await b.call('pengaturan.simpan', { ...pengaturan, marginKiri: 4, marginBawah: 3 });

    const lagi = await notulen(b, rapat.id);
    expect(lagi.xml).toBe(disahkan.xml);
    expect(Buffer.compare(Buffer.from(lagi.xml), Buffer.from(disahkan.xml))).toBe(0);

    // The next meeting reviews it with today's status.
    const berikut = await b.call('rapat.simpan', rakor(d, { judul: 'Rakor Triwulan IV', tanggal: '2027-01-15' }));
    await b.call('rapat.simpanTinjauan', { rapatId: berikut.id, tindakLanjut: [{ id: tl.id, catatan: 'Tuntas' }] });
    const tinjauan = await b.call('rapat.tindakLanjut', { rapatId: berikut.id });
    expect(tinjauan.ditinjau.map((x) => [x.uraian, x.status])).toEqual([['Menyusun rencana percepatan', 'selesai']]);
    // Withdrawn, the same meeting's notulen prints today's status and margins: the snapshot was what held them.
    await b.call('rapat.batalkanPengesahan', { rapatId: rapat.id, alasan: 'Uji' });
    const hidup = await notulen(b, rapat.id);
    expect(hidup.xml).not.toBe(disahkan.xml);
    expect(statusTindakLanjut(hidup.xml, 'Menyusun rencana percepatan')).toBe('Selesai');
    expect(hidup.xml).toContain('w:left="2268"');
    const notulenBerikut = await notulen(b, berikut.id);
    expect(statusTindakLanjut(notulenBerikut.xml, 'Menyusun rencana percepatan')).toBe('Selesai');
  });

  it('is not edited, approved twice or withdrawn without a reason; a withdrawal is logged and the minutes follow again', async () => {
    const rapat = await b.call('rapat.simpan', rakor(d));
    const isiNotulen = { rapatId: rapat.id, notulisNama: 'Rina Marlina, S.E.', pembukaan: 'Dibuka.' };

    // Minutes without a notulis are not approved.
    const tanpaNotulis = await b.handle('rapat.sahkanNotulen', { rapatId: rapat.id });
    expect(tanpaNotulis.ok ? null : tanpaNotulis.galat.pesan).toBe(
      'Notulen belum dapat disahkan: nama notulis belum diisi',
    );

    await b.call('rapat.simpanNotulen', isiNotulen);
    await b.call('rapat.sahkanNotulen', { rapatId: rapat.id });
    const sebelum = dumpDatabase(b);
    const ubah = await b.handle('rapat.simpanNotulen', { ...isiNotulen, pembukaan: 'Diubah.' });
    expect(ubah.ok ? null : ubah.galat.pesan).toMatch(
      /^Notulen rapat ini sudah disahkan pada .* oleh Rina Marlina; batalkan pengesahan lebih dulu untuk mengubahnya$/,
    );
    const duaKali = await b.handle('rapat.sahkanNotulen', { rapatId: rapat.id });
    expect(duaKali.ok ? null : duaKali.galat.pesan).toMatch(/^Notulen rapat ini sudah disahkan pada /);
    const tanpaAlasan = await b.handle('rapat.batalkanPengesahan', { rapatId: rapat.id, alasan: ' ' });
    expect(tanpaAlasan.ok ? null : tanpaAlasan.galat.pesan).toContain('Alasan pembatalan pengesahan wajib diisi');
    // Riwayat does not approve or withdraw behind the Notulen page's back.
    const entri = (await b.call('riwayat.daftar', {})).find((e) => e.tabel === 'notulen_sah')!;
    expect(entri).toMatchObject({ label: 'Pengesahan notulen', aksi: 'tambah', oleh: 'Rina Marlina' });
    const pulih = await b.handle('riwayat.pulihkan', { id: entri.id });
    expect(pulih.ok ? null : pulih.galat.pesan).toBe(
      'Pengesahan notulen diubah di halaman Notulen rapat: sahkan atau batalkan di sana',
    );
    expect(dumpDatabase(b)).toBe(sebelum);

    const batal = await b.call('rapat.batalkanPengesahan', {
      rapatId: rapat.id,
      alasan: 'Kesimpulan nomor 2 tertinggal',
    });
    expect(batal.notulenSah).toBeNull();
    const [terakhir] = await b.call('riwayat.daftar', {});
    expect(terakhir).toMatchObject({ tabel: 'notulen_sah', aksi: 'ubah', oleh: 'Rina Marlina' });
    expect(terakhir!.perubahan).toEqual(
      expect.arrayContaining([
        { kolom: 'Alasan pembatalan', lama: '', baru: 'Kesimpulan nomor 2 tertinggal' },
        { kolom: 'Pengesahan dibatalkan oleh', lama: '', baru: 'Rina Marlina' },
      ]),
    );

    // Open again: edited, printed live, and approved anew.
    await b.call('rapat.simpanNotulen', { ...isiNotulen, kesimpulan: '1. Satu.\n2. Dua.' });
    expect((await bacaDocx((await notulen(b, rapat.id)).dokumen)).teks).toContain('2.\tDua.');
    expect((await b.call('rapat.sahkanNotulen', { rapatId: rapat.id })).notulenSah).not.toBeNull();
  });
});
