// Tentang names the version a user can quote to support: the one in package.json, which the installer carries.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/main/db/migrations';
import { startE2e, type E2e } from './harness';

describe('Tentang', () => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e();
    await e.backend.call('sistem.mulaiKosong', {});
    await e.backend.call('sistem.aturOperator', { nama: 'Rina' });
  });
  afterAll(() => e.close());

  it("shows package.json's version", async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    await e.buka('tentang');
    await expect.poll(() => e.page.getByTestId('versi').textContent()).toBe(version);
  });

  it('shows the database version as the number of its last migration', async () => {
    await e.buka('tentang');
    const terakhir = Object.keys(migrations).at(-1)!;
    await expect.poll(() => e.page.getByTestId('versi-skema').textContent()).toBe(String(Number(terakhir.slice(0, 4))));
  });
});
