// Risiko Kendala in Chromium: the rollup tables per kategori and per OPD show what the API sums, in Indonesian numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAngka } from '../../src/shared/format';
import { startE2e, type E2e } from './harness';

describe('Risiko Kendala in Chromium', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e({ contoh: true, operator: 'Operator Uji' });
  });
  afterAll(() => e.close());

  const isiTabel = (label: string) =>
    e.page
      .getByRole('table', { name: label })
      .locator('tbody tr')
      .evaluateAll((baris) => baris.map((b) => [...b.querySelectorAll('td')].map((td) => td.textContent)));

  it('lists the open kendala per kategori and per OPD with their counts and scores', async () => {
    const peta = await e.backend.call('risiko.peta', { status: 'terbuka' });
    expect(peta.perKategori.length).toBeGreaterThan(0);
    await e.buka('risiko');
    await e.page.getByRole('table', { name: 'Risiko per OPD' }).waitFor();
    expect(await isiTabel('Risiko per kategori')).toEqual(
      peta.perKategori.map((g) => [
        g.kategori?.nama ?? 'Belum dikategorikan',
        formatAngka(g.jumlah),
        formatAngka(g.jumlahTinggi),
        formatAngka(g.totalSkor),
      ]),
    );
    expect(await isiTabel('Risiko per OPD')).toEqual(
      peta.perOpd.map((o) => [
        o.opd?.nama ?? 'Lintas OPD',
        formatAngka(o.jumlah),
        formatAngka(o.jumlahTinggi),
        formatAngka(o.totalSkor),
        o.skorTertinggi === null ? '-' : formatAngka(o.skorTertinggi),
      ]),
    );
    // A group with a high risk is marked red, the others are not.
    const merah = await e.page.getByRole('table', { name: 'Risiko per OPD' }).locator('td.rapat-merah').count();
    expect(merah).toBe(peta.perOpd.filter((o) => o.jumlahTinggi > 0).length);
  });
});
