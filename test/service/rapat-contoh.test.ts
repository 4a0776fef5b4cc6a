import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { bacaDocx, harusBerurutan } from '../helpers/docx';

describe('rapat in the sample data of Kabupaten Contoh', () => {
  let t: TempBackend;
  let b: Backend;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    await b.call('sistem.muatDataContoh', {});
  });
  afterEach(() => t.dispose());

  it("has a Rakor with minutes, a Pra-Rakorev with the secretaries, next week's Rakor, and an overdue follow-up", async () => {
    const daftar = await b.call('rapat.daftar', {});
    expect(daftar.map((r) => r.jenis)).toEqual(['rakor_triwulan', 'pra_rakorev', 'rakor_triwulan']);
    const [berikut, pra, lalu] = daftar;
    expect(lalu).toMatchObject({ jumlahDiundang: 9, jumlahHadir: 8 });
    expect(lalu!.nomorSurat).toMatch(/^000\.1\.5\/1\/Ekbang\/\d{4}$/);
    expect(pra!.jumlahDiundang).toBe(35);
    expect(berikut!.nomorSurat).toBe('');

    const praLengkap = await b.call('rapat.ambil', { id: pra!.id });
    expect(praLengkap.tujuan).toBe('sekretaris');
    expect(praLengkap.peserta[0]?.jabatan).toMatch(/^Sekretaris /);

    const terbuka = await b.call('tindakLanjut.perOpd', {});
    expect(terbuka[0]!.jumlahTerlambat).toBeGreaterThan(0);
    expect(terbuka[0]!.butir[0]!.terlambat).toBe(true);
    const view = await b.call('rapat.tindakLanjut', { rapatId: berikut!.id });
    expect(view.ditinjau.length).toBeGreaterThan(0);
    expect(view.kendalaDitinjau.length).toBeGreaterThan(0);

    // The minutes of last quarter print with their follow-ups; the invitation has the emblem.
    const notulen = await b.call('rapat.buatDokumen', { rapatId: lalu!.id, jenis: 'notulen' });
    const { teks } = await bacaDocx(Buffer.from((await b.call('arsip.unduh', { id: notulen.id })).base64, 'base64'));
    harusBerurutan(teks, ['NOTULEN RAPAT', 'hadir 8 (1 diwakili)', 'D. Tindak Lanjut', 'Menyusun rencana percepatan']);
    const undangan = await b.call('rapat.buatDokumen', { rapatId: berikut!.id, jenis: 'undangan' });
    const u = await bacaDocx(Buffer.from((await b.call('arsip.unduh', { id: undangan.id })).base64, 'base64'));
    expect(u.xml.includes('<pic:pic')).toBe(true);
  });
});
