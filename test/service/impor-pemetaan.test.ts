// The column-mapping step: a missing or ambiguous column is a question in the preview, answered by hand, remembered
// for files with the same header, and forgettable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';
import { OPD_CONTOH, TAHUN } from '../helpers/renja';

const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// "Nomenklatur" is the name column here, but its title also says "Kegiatan Baru": Sinergi does not know it.
const BERKAS = csv(
  'Kode;Kegiatan Baru Tahun Ini;Pagu (Rp);Keterangan\n' +
    '3.27.02;PROGRAM SARANA;;\n3.27.02.2.01;Pengawasan;;\n3.27.02.2.01.0001;Pupuk;400.000.000;catatan\n',
);

describe('column mapping in the preview', () => {
  let t: TempBackend;
  let b: Backend;
  let opdId: number;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
    opdId = (await b.call('opd.simpan', OPD_CONTOH)).id;
    await b.call('sistem.aturOperator', { nama: 'Penguji' });
  });
  afterEach(() => t.dispose());

  const input = (extra: object = {}) => ({
    jenis: 'renja' as const,
    namaBerkas: 'dpa.csv',
    base64: BERKAS,
    tahun: TAHUN,
    opdId,
    ...extra,
  });

  it('asks for a missing column, takes the choice, remembers it after the import, and forgets it on request', async () => {
    const awal = await b.call('impor.pratinjau', input());
    expect(awal.perluPemetaan).toBe(true);
    expect(awal.masalah.map((m) => m.pesan)).toEqual([
      'Kolom Uraian tidak ditemukan: pilih kolomnya pada pemetaan kolom',
    ]);
    const [l] = awal.lembar;
    expect(l!.medan.slice(0, 3)).toEqual([
      { medan: 'kode', label: 'Kode', wajib: true, kolom: 0 },
      { medan: 'nama', label: 'Uraian', wajib: true, kolom: null },
      { medan: 'pagu', label: 'Pagu (Rp)', wajib: true, kolom: 2 },
    ]);
    // Every column is listed with what it feeds; unused ones as "diabaikan", never dropped silently.
    expect(l!.kolom.map((k) => `${k.huruf} ${k.judul} -> ${k.dibacaSebagai}`)).toEqual([
      'A Kode -> Kode',
      'B Kegiatan Baru Tahun Ini -> diabaikan',
      'C Pagu (Rp) -> Pagu (Rp)',
      'D Keterangan -> diabaikan',
    ]);

    const pilihan = l!.medan.map((m) => ({ tanda: l!.tanda, medan: m.medan, kolom: m.medan === 'nama' ? 1 : m.kolom }));
    const dipetakan = await b.call('impor.pratinjau', input({ pemetaan: pilihan }));
    expect(dipetakan.masalah).toEqual([]);
    expect(dipetakan.lembar[0]!.pemetaan).toBe('manual');
    expect(dipetakan.lembar[0]!.kolom[1]).toMatchObject({ dibacaSebagai: 'Uraian', asal: 'manual' });

    // The preview writes nothing, the mapping included.
    const sebelum = dumpDatabase(b);
    await b.call('impor.pratinjau', input({ pemetaan: pilihan }));
    expect(dumpDatabase(b)).toBe(sebelum);

    await b.call('impor.terapkan', input({ pemetaan: pilihan }));
    expect((await b.call('renja.daftar', { opdId, tahun: TAHUN })).baris[2]).toMatchObject({ nama: 'Pupuk' });

    const lagi = await b.call('impor.pratinjau', input());
    expect(lagi.masalah).toEqual([]);
    expect(lagi.lembar[0]).toMatchObject({ pemetaan: 'diingat', tanda: l!.tanda });
    expect(lagi.lembar[0]!.kolom[1]).toMatchObject({ dibacaSebagai: 'Uraian', asal: 'diingat' });

    expect(await b.call('impor.lupakanPemetaan', { tanda: l!.tanda })).toEqual({ dihapus: true });
    expect((await b.call('impor.pratinjau', input())).perluPemetaan).toBe(true);
    expect(await b.call('impor.lupakanPemetaan', { tanda: l!.tanda })).toEqual({ dihapus: false });
  });

  it('never guesses between two columns that fit one field: the version decides, else the user', async () => {
    const duaVersi = csv(
      'Kode;Uraian;Pagu Murni;Pagu Perubahan\n3.27.02;P;;\n3.27.02.2.01;K;;\n3.27.02.2.01.0001;S;100;120\n',
    );
    const murni = await b.call('impor.pratinjau', input({ base64: duaVersi }));
    expect(murni.masalah).toEqual([]);
    expect(murni.lembar[0]!.kolom.map((k) => k.dibacaSebagai)).toEqual(['Kode', 'Uraian', 'Pagu (Rp)', 'diabaikan']);
    expect(murni.peringatan[0]!.pesan).toBe(
      'Kolom C "Pagu Murni" dipakai sebagai Pagu (Rp) (sesuai periode yang diimpor); kolom D "Pagu Perubahan" diabaikan',
    );
    const perubahan = await b.call('impor.pratinjau', input({ base64: duaVersi, versi: 'perubahan' }));
    expect(perubahan.lembar[0]!.kolom.map((k) => k.dibacaSebagai)).toEqual([
      'Kode',
      'Uraian',
      'diabaikan',
      'Pagu (Rp)',
    ]);

    const kembar = csv('Kode;Uraian;Pagu;Anggaran\n3.27.02.2.01.0001;S;100;120\n');
    const p = await b.call('impor.pratinjau', input({ base64: kembar }));
    expect(p.perluPemetaan).toBe(true);
    expect(p.masalah.map((m) => m.pesan)).toEqual([
      'Kolom C "Pagu" dan D "Anggaran" sama-sama dapat dibaca sebagai Pagu (Rp): pilih salah satu pada pemetaan kolom',
    ]);
    await expect(b.call('impor.terapkan', input({ base64: kembar }))).rejects.toThrow('Impor dibatalkan');
  });

  it('refuses one column chosen for two fields', async () => {
    const awal = await b.call('impor.pratinjau', input());
    const l = awal.lembar[0]!;
    const pilihan = l.medan.map((m) => ({
      tanda: l.tanda,
      medan: m.medan,
      kolom: m.medan === 'nama' || m.medan === 'lokasi' ? 1 : m.kolom,
    }));
    const p = await b.call('impor.pratinjau', input({ pemetaan: pilihan }));
    expect(p.masalah.map((m) => m.pesan)).toEqual([
      'Kolom B dipilih untuk Uraian dan Lokasi: satu kolom hanya untuk satu isian',
    ]);
  });
});
