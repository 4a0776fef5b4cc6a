import { describe, expect, it } from 'vitest';
import { pemilikIndikator } from '../../src/shared/renja';

describe('the owner of an indicator', () => {
  it('is the deepest owner column that is set, for a Renja indicator at each level', () => {
    expect(pemilikIndikator({ programId: 7, kegiatanId: null, subKegiatanId: null })).toEqual(['program', 7]);
    expect(pemilikIndikator({ programId: null, kegiatanId: 12, subKegiatanId: null })).toEqual(['kegiatan', 12]);
    expect(pemilikIndikator({ programId: null, kegiatanId: null, subKegiatanId: 31 })).toEqual(['subKegiatan', 31]);
  });

  it('is a program or a kegiatan for a Renstra indicator, which has no sub kegiatan column', () => {
    expect(pemilikIndikator({ programId: 4, kegiatanId: null })).toEqual(['program', 4]);
    expect(pemilikIndikator({ programId: null, kegiatanId: 9 })).toEqual(['kegiatan', 9]);
  });
});
