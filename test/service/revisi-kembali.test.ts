// A save returns the row's new revision, so a grid that saves the same row again with it is not refused as stale.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { OPD_CONTOH } from '../helpers/renja';

describe('revision returned by whole-row saves', () => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await tempBackend();
    await t.b.call('sistem.aturOperator', { nama: 'Penguji' });
  });
  afterEach(() => t.dispose());

  it('OPD: the returned revision is the stored one, and a second save with it succeeds', async () => {
    const baru = await t.b.call('opd.simpan', OPD_CONTOH);
    const satu = await t.b.call('opd.simpan', { ...baru, alamat: 'Jl. Poros' });
    const [tersimpan] = await t.b.call('opd.daftar', {});
    expect(satu.revisi).toBe(tersimpan!.revisi);
    expect(satu.revisi).toBeGreaterThan(baru.revisi);
    const dua = await t.b.call('opd.simpan', { ...satu, alamat: 'Jl. Pasar' });
    expect(dua).toMatchObject({ alamat: 'Jl. Pasar', revisi: satu.revisi + 1 });
  });

  it('Penandatangan: the same', async () => {
    const baru = await t.b.call('penandatangan.simpan', {
      nama: 'Drs. H. Abdul Rahman, M.Si.',
      jabatan: 'Sekretaris Daerah',
      pangkat: 'Pembina Utama Madya',
      nip: '196805121994031005',
    });
    const satu = await t.b.call('penandatangan.simpan', { ...baru, pangkat: 'Pembina Utama' });
    const [tersimpan] = await t.b.call('penandatangan.daftar', {});
    expect(satu.revisi).toBe(tersimpan!.revisi);
    const dua = await t.b.call('penandatangan.simpan', { ...satu, jabatan: 'Plh. Sekretaris Daerah' });
    expect(dua).toMatchObject({ jabatan: 'Plh. Sekretaris Daerah', revisi: satu.revisi + 1 });
  });
});
