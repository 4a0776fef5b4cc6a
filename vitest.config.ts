import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/ringkasan.reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/service/**/*.test.ts'],
          // Service tests build whole reports on real files; on a loaded 2-core CI machine one takes more than
          // vitest's default 5 s. A time limit here only catches a hang: speed is measured in `npm run bench`.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'bench',
          include: ['test/bench/**/*.run.ts'],
          // The bench collects garbage before each step, so a step's peak memory is its own.
          execArgv: ['--expose-gc'],
        },
      },
      {
        test: {
          // One heavy bench step in a fresh process (ukurTerpisah in test/bench/ukur.ts starts it); not run alone.
          name: 'bench-langkah',
          include: ['test/bench/langkah.anak.ts'],
          execArgv: ['--expose-gc'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // One Chromium at a time: two cores, and each file starts its own server.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
