// Unit tests: pure functions and components, no server.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // One worker per core, not Vitest's default of one fewer: on two cores the tests spend much
    // of their time waiting on nginx, git and child processes, and one worker took 55 s where two
    // take 37 s.
    maxWorkers: availableParallelism(),
  },
});
