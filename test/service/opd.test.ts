import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpdInput } from '../../src/shared/api/opd';
import type { Backend } from '../../src/main/backend';
import { dumpDatabase, tempBackend, type TempBackend } from '../helpers/backend';

const OPD_BARU: OpdInput = {
  kode: '3.27.0.00.0.00.02.0000',
  nama: 'Dinas Perkebunan',
  singkatan: 'Disbun',
  klaster: 'ekonomi',
  kepalaNama: 'Ir. Hasanuddin, M.P.',
  kepalaNip: '19700101 199503 1 001',
};

describe('OPD master data', () => {
  let t: TempBackend;
  let b: Backend;
  beforeEach(async () => {
    t = await tempBackend();
    b = t.b;
  });
  afterEach(() => t.dispose());

  it('saves an OPD with its NIP normalised and lists it', async () => {
    const opd = await b.call('opd.simpan', OPD_BARU);
    expect(opd.kepalaNip).toBe('197001011995031001');
    expect(opd.sekretarisNip).toBe('');
    const daftar = await b.call('opd.daftar', {});
    expect(daftar.map((o) => o.nama)).toEqual(['Dinas Perkebunan']);
  });

  it('keeps an edit after the database is closed and reopened', async () => {
    const opd = await b.call('opd.simpan', OPD_BARU);
    await b.call('opd.simpan', { ...opd, singkatan: 'DISBUN' });
    const [row] = await (await t.reopen()).call('opd.daftar', {});
    expect(row?.singkatan).toBe('DISBUN');
  });

  it.each([
    [{ kepalaNip: '12345' }, 'kepalaNip', 'NIP kepala: NIP harus terdiri atas 18 digit angka'],
    [
      { kepalaNip: '19701301199503 1001' },
      'kepalaNip',
      'NIP kepala: Tanggal lahir pada NIP (19701301) bukan tanggal yang valid',
    ],
    [{ kode: '1.01' }, 'kode', 'Kode OPD harus 8 segmen seperti 1.01.2.22.0.00.01.0000'],
    [{ nama: '   ' }, 'nama', 'Nama OPD wajib diisi'],
    [
      { klaster: 'olahraga' },
      'klaster',
      'Kelompok (klaster) harus salah satu dari: Pembangunan Manusia, Ekonomi, Infrastruktur, Pemerintahan',
    ],
    [{ sekretarisNip: '1970' }, 'sekretarisNip', 'NIP sekretaris: NIP harus terdiri atas 18 digit angka'],
    [{ nama: 42 }, 'nama', 'Nama OPD harus berupa teks'],
  ])('refuses %o with a message naming the field, and writes nothing', async (salah, kolom, pesan) => {
    const sebelum = dumpDatabase(b);
    const jawaban = await b.handle('opd.simpan', { ...OPD_BARU, ...salah });
    expect(jawaban.ok).toBe(false);
    if (jawaban.ok) return;
    expect(jawaban.galat.jenis).toBe('validasi');
    expect(jawaban.galat.rincian).toContainEqual({ kolom, pesan });
    expect(dumpDatabase(b)).toBe(sebelum);
  });

  it('refuses a duplicate code or name, naming the OPD that has it', async () => {
    await b.call('opd.simpan', OPD_BARU);
    await expect(b.call('opd.simpan', { ...OPD_BARU, nama: 'Dinas Lain' })).rejects.toThrow(
      'Kode OPD 3.27.0.00.0.00.02.0000 sudah dipakai oleh Dinas Perkebunan',
    );
    await expect(
      b.call('opd.simpan', { ...OPD_BARU, kode: '3.27.0.00.0.00.03.0000', nama: 'dinas perkebunan' }),
    ).rejects.toThrow('Nama OPD "dinas perkebunan" sudah ada');
  });

  it('deletes an OPD and says so when it is already gone', async () => {
    const opd = await b.call('opd.simpan', OPD_BARU);
    await b.call('opd.hapus', { id: opd.id });
    expect(await b.call('opd.daftar', {})).toEqual([]);
    await expect(b.call('opd.hapus', { id: opd.id })).rejects.toThrow(`OPD dengan ID ${opd.id} tidak ditemukan`);
  });
});

describe('deleting an OPD that has data', () => {
  it('is refused with a message naming the OPD, and nothing is deleted', async () => {
    const t = await tempBackend();
    try {
      const { buatContohDomain } = await import('../helpers/renja');
      const ids = await buatContohDomain(t.b);
      await expect(t.b.call('opd.hapus', { id: ids.opd.id })).rejects.toThrow(
        'Dinas Pertanian tidak dapat dihapus karena masih memiliki data (Renja, realisasi atau rapat)',
      );
      expect(await t.b.call('opd.daftar', {})).toHaveLength(1);
    } finally {
      await t.dispose();
    }
  });
});
