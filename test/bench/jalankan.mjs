// `npm run bench [-- --skala 1,4]`: vitest refuses options it does not know, so the scale travels as an environment
// variable (SINERGI_BENCH_SKALA, which can also be set directly); every other argument goes to vitest.
import { spawnSync } from 'node:child_process';

const argumen = process.argv.slice(2);
const i = argumen.indexOf('--skala');
const env = { ...process.env };
if (i >= 0) {
  env.SINERGI_BENCH_SKALA = argumen[i + 1] ?? '';
  argumen.splice(i, 2);
}
const { status } = spawnSync('npx', ['vitest', 'run', '--project', 'bench', ...argumen], { stdio: 'inherit', env });
process.exit(status ?? 1);
