import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds dist/cli once: CLI tests spawn the compiled binary and its worker threads.
    globalSetup: ['tests/setup/build-cli.ts'],
  },
});
