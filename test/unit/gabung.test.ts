// The one map of API methods and handlers: nothing lost to a name declared twice (the compiler refuses that, see
// lapisan.test.ts; this is the run-time half, for parts built without types).
import { describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/api';
import { gabungTanpaGanda } from '../../src/shared/gabung';
import { handlers } from '../../src/main/api/handlers';

describe('joining the domains', () => {
  it('refuses a name two parts declare, naming it', () => {
    const bagian: object[] = [{ 'opd.daftar': 1 }, { 'opd.daftar': 2 }];
    expect(() => gabungTanpaGanda(...bagian)).toThrow('Nama ganda saat menggabungkan: opd.daftar');
  });

  it('every method of the contract has exactly one handler', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });
});
