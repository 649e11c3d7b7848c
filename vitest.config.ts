import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    // Starting a server process and Chromium before a file's tests takes over vitest's 10 s on a loaded machine.
    hookTimeout: 60_000,
  },
});
