import { describe, expect, it } from 'vitest';
import { LAMA_PERIODE_RPJMD, tahunAkhirPeriode, tahunPeriode } from '../../src/shared/renstra/periode';

describe('the years of an RPJMD period', () => {
  it('runs from tahun awal to tahun akhir of a period that is not the sample one', () => {
    expect(tahunAkhirPeriode(2021)).toBe(2025);
    expect(tahunPeriode({ tahunAwal: 2021, tahunAkhir: 2025 })).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(tahunPeriode({ tahunAwal: 2031, tahunAkhir: tahunAkhirPeriode(2031) })).toHaveLength(LAMA_PERIODE_RPJMD);
  });

  it('reads the years from the period it is given, not from an assumed length', () => {
    expect(tahunPeriode({ tahunAwal: 2024, tahunAkhir: 2026 })).toEqual([2024, 2025, 2026]);
    expect(tahunPeriode({ tahunAwal: 2030, tahunAkhir: 2029 })).toEqual([]);
  });
});
