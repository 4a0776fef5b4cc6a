// The child process of `ukurTerpisah` (ukur.ts): one API call measured in a fresh process on the bench's database
// file, so the step's peak RSS and CPU time are its own. Run by the bench only (vitest project "bench-langkah").
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { createBackend } from '../../src/main/backend';
import { ukurDiam, type LangkahTerpisah } from './ukur';

it('one bench step in a process of its own', { timeout: 600_000 }, async () => {
  const berkas = process.env.SINERGI_BENCH_LANGKAH;
  if (!berkas) throw new Error('Dijalankan oleh bench (ukurTerpisah di test/bench/ukur.ts), bukan sendiri');
  const langkah = JSON.parse(readFileSync(berkas, 'utf8')) as LangkahTerpisah;
  const backend = await createBackend({ dataPath: langkah.dataPath });
  try {
    await backend.latar;
    await backend.call('sistem.aturOperator', { nama: langkah.operator });
    const call = backend.call as (metode: string, input: unknown) => Promise<unknown>;
    const u = await ukurDiam(() => call(langkah.metode, langkah.input), langkah.ulang);
    writeFileSync(langkah.keluaran, JSON.stringify(u));
  } finally {
    await backend.close();
  }
});
