// Messages name periods as people say them ("s.d. Juni"), never "bulan 6".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { buatContohDomain } from '../helpers/renja';

describe('period names in messages', () => {
  let t: TempBackend;
  beforeEach(async () => {
    t = await tempBackend();
  });
  afterEach(() => t.dispose());

  it('a quarterly target above the pagu is refused naming "s.d. Juni"', async () => {
    const ids = await buatContohDomain(t.b);
    const simpan = t.b.call('renja.simpanSubKegiatan', {
      id: ids.b.id,
      revisi: ids.b.revisi,
      versi: 'murni',
      target: [{ bulan: 6, targetFisik: 40, targetKeuangan: 150_000_000 }],
    } as never);
    await expect(simpan).rejects.toThrow('Target keuangan s.d. Juni melebihi pagu');
    await expect(simpan).rejects.not.toThrow(/bulan 6/);
  });
});
