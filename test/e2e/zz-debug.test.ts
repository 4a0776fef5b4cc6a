import { it } from 'vitest';
import { startE2e } from '/work/wt/desktop/test/e2e/harness';
it('debug', async () => {
  const e = await startE2e();
  await e.page.setViewportSize({ width: 1366, height: 768 });
  await e.buka('beranda');
  e.page.on('console', (m) => console.log('console', m.text()));
  await e.page.getByRole('button', { name: /Muat data contoh/ }).click();
  for (let i = 0; i < 30; i++) {
    const t = await e.page.locator('[role=status]').allTextContents();
    console.log(i, JSON.stringify(t));
    if (i === 3) await e.page.screenshot({ path: '/tmp/shots/beranda-muat.png' });
    await new Promise((r) => setTimeout(r, 100));
  }
  await e.close();
}, 60000);
