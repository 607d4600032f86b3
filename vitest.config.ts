import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'renderer/**/*.test.ts',
      'electron/**/*.test.ts',
      'cli/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'test/documents/**/*.test.ts',
      'test/migrations/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['test/setup/fake-indexeddb.ts', 'test/setup/fonts.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One fork per core. Vitest's default keeps a core free for itself (one fork on CI's two cores),
    // but the document tests spend much of their time waiting on LibreOffice, qpdf or a spawned CLI.
    maxWorkers: availableParallelism(),
  },
});
